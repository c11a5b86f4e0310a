#include "providers/endpointcodec.h"

#include "core/health.h"
#include "core/rfc3339.h"
#include "core/textlength.h"
#include "providers/jsonslices.h"
#include "providers/providerspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointCodec", text);
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Reads a reply's fields strictly, by the provider's ReplyRules: a wrong type, a null where the page
// allows none, a missing required field, an unknown enum word, a fraction where an integer belongs or
// a time that does not parse is an error naming the field. Absent optional fields stay empty.
class Reader
{
public:
    Reader(const QJsonObject &o, const ReplyRules &rules) : m_o(o), m_rules(rules) {}

    QString error() const { return m_error; }

    QString string(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isString())
            return v.toString();
        expect(key, v, "string");
        return {};
    }
    // A string that must be one of `allowed` (the page's enum).
    QString word(const QString &key, const QStringList &allowed)
    {
        const QString text = string(key);
        if (value(key).isString() && !allowed.contains(text))
            fail(tr("field \"%1\" has the unknown value \"%2\" (expected one of: %3)")
                     .arg(key, text.left(40), allowed.join(QLatin1String(", "))));
        return text;
    }
    int integer(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d >= 0 && d <= 1e9 && std::floor(d) == d)
                return int(d);
            fail(tr("field \"%1\" should be a non-negative integer but is %2").arg(key, QString::number(d)));
            return 0;
        }
        expect(key, v, "non-negative integer");
        return 0;
    }
    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue v = value(key);
        if (v.isBool())
            return v.toBool();
        expect(key, v, "boolean");
        return fallback;
    }
    QDateTime date(const QString &key)
    {
        const QString text = string(key);
        if (!value(key).isString())
            return {};
        // RFC 3339 date-time: a date, a time and an offset (a time without one would be read as local).
        const QDateTime dt = Rfc3339::parse(text);
        if (!dt.isValid())
            fail(tr("field \"%1\" is not an RFC 3339 date-time: %2").arg(key, text.left(40)));
        return dt;
    }
    QJsonValue value(const QString &key)
    {
        if (key.isEmpty()) // the provider has no such field
            return QJsonValue(QJsonValue::Undefined);
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() && m_rules.required.contains(key))
            fail(tr("the required field \"%1\" is missing").arg(key));
        return v;
    }
    bool nullable(const QString &key) const { return m_rules.nullable.contains(key); }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

private:
    // Called when the value is not of the expected JSON type.
    void expect(const QString &key, const QJsonValue &v, const char *what)
    {
        if (v.isUndefined())
            return; // absent: value() already refused it if it is required
        if (v.isNull() && nullable(key))
            return;
        fail(tr("field \"%1\" should be a %2 but is %3")
                 .arg(key, QLatin1String(what), v.isNull() ? QStringLiteral("null") : typeName(v)));
    }

    const QJsonObject &m_o;
    const ReplyRules &m_rules;
    QString m_error;
};

QStringList readEvents(const ProviderSpec &spec, Reader &r)
{
    QStringList events;
    const QJsonValue v = r.value(spec.eventsKey);
    if (v.isUndefined())
        return events;
    if (!v.isArray()) {
        r.fail(tr("field \"%1\" should be an array but is %2").arg(spec.eventsKey, typeName(v)));
        return events;
    }
    for (const QJsonValue &item : v.toArray()) {
        // Atoa returns [{"event": "X", "label": "…"}]; the others plain strings.
        if (spec.eventsAsObjects && !item.isObject()) {
            r.fail(tr("an entry of \"%1\" is not an {\"event\", \"label\"} object").arg(spec.eventsKey));
            return {};
        }
        const QJsonValue name = spec.eventsAsObjects ? item.toObject().value(QLatin1String("event")) : item;
        if (!name.isString()) {
            r.fail(tr("an entry of \"%1\" is not an event name").arg(spec.eventsKey));
            return {};
        }
        if (spec.eventsClosedEnum && !spec.knownEvents.contains(name.toString())) {
            r.fail(tr("field \"%1\" has the unknown event \"%2\" (expected one of: %3)")
                       .arg(spec.eventsKey, name.toString().left(40),
                            spec.knownEvents.join(QLatin1String(", "))));
            return {};
        }
        events << name.toString();
    }
    return events;
}

QMap<QString, QString> readMetadata(const QString &key, Reader &r)
{
    QMap<QString, QString> metadata;
    const QJsonValue v = r.value(key);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // The page does not type the values: others are shown as JSON text and only sent back if
            // the user edits them.
            metadata.insert(
                it.key(),
                it->isString()
                    ? it->toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{*it}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
        }
    } else if (!v.isUndefined() && !(v.isNull() && r.nullable(key))) {
        r.fail(tr("field \"%1\" should be an object but is %2").arg(key, typeName(v)));
    }
    return metadata;
}

bool parseDocument(const QByteArray &body, QJsonDocument *doc, QString *error)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the reply is not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc->isObject()) {
        *error = tr("the reply is not a JSON object");
        return false;
    }
    return true;
}

QJsonValue dateValue(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(Rfc3339::format(dt)) : QJsonValue(QJsonValue::Null);
}

} // namespace

namespace EndpointCodec {

bool parseEndpoint(const ProviderSpec &spec, const QJsonObject &o, Endpoint *out, QString *error,
                   const QByteArray &raw)
{
    Reader r(o, spec.reply);
    Endpoint e;
    e.provider = spec.id;
    e.raw = raw.isEmpty() ? Endpoint::compactRaw(o) : raw;
    e.id = r.string(spec.read.id);
    if (e.id.isEmpty() && r.error().isEmpty())
        r.fail(tr("the endpoint has no \"%1\"").arg(spec.read.id));
    e.url = r.string(spec.urlKey);
    e.events = readEvents(spec, r);
    if (spec.hasDescription()) {
        e.description = r.string(spec.descriptionKey);
        if (spec.reply.descriptionMaxApplies && TextLength::characters(e.description) > spec.descriptionMax)
            r.fail(tr("field \"%1\" is longer than %2 characters")
                       .arg(spec.descriptionKey)
                       .arg(spec.descriptionMax));
    }
    switch (spec.enabled.kind) {
    case EnabledSpec::Kind::Boolean:
        e.enabled = r.boolean(spec.enabled.key, true);
        break;
    case EnabledSpec::Kind::StatusWord:
        e.providerStatus =
            r.word(spec.enabled.key,
                   QStringList{spec.enabled.activeWord, spec.enabled.inactiveWord} + spec.enabled.autoWords);
        e.enabled = e.providerStatus == spec.enabled.activeWord;
        break;
    case EnabledSpec::Kind::None:
        break;
    }
    if (!spec.read.derivedStatus.isEmpty())
        e.providerStatus = r.word(spec.read.derivedStatus, spec.reply.derivedStatusValues);
    if (spec.hasMetadata())
        e.metadata = readMetadata(spec.metadataKey, r);
    if (spec.hasScope())
        e.scope = r.word(spec.scopeKey, spec.scopeValues);
    if (!spec.read.hasSecret.isEmpty())
        e.hasSecret = r.boolean(spec.read.hasSecret, false);
    e.secretType = r.string(spec.read.secretType);
    e.environment = r.string(spec.read.environment);
    e.disabledReason = r.string(spec.read.disabledReason);
    e.failureCount = r.integer(spec.read.failureCount);
    e.lastDeliveryStatus = r.integer(spec.read.lastDeliveryStatus);
    e.createdAt = r.date(spec.read.createdAt);
    e.updatedAt = r.date(spec.read.updatedAt);
    e.lastDeliveryAt = r.date(spec.read.lastDeliveryAt);
    e.lastSuccessAt = r.date(spec.read.lastSuccessAt);
    e.lastFailureAt = r.date(spec.read.lastFailureAt);
    e.disabledAt = r.date(spec.read.disabledAt);
    e.verifiedAt = r.date(spec.read.verifiedAt);

    if (!r.error().isEmpty()) {
        if (error)
            *error = e.id.isEmpty()
                         ? tr("%1 endpoint: %2").arg(spec.displayName, r.error())
                         : tr("%1 endpoint %2: %3").arg(spec.displayName, e.id.left(80), r.error());
        return false;
    }
    *out = e;
    return true;
}

bool parseItemReply(const ProviderSpec &spec, const QByteArray &body, Endpoint *out, QString *error)
{
    QJsonDocument doc;
    QString message;
    if (!parseDocument(body, &doc, &message)) {
        *error = message;
        return false;
    }
    QJsonObject object = doc.object();
    const std::optional<QByteArray> raw = JsonSlices::object(body, spec.itemWrapperKey.toUtf8());
    if (!spec.itemWrapperKey.isEmpty()) {
        const QJsonValue inner = object.value(spec.itemWrapperKey);
        if (!inner.isObject()) {
            *error = tr("the reply has no \"%1\" object").arg(spec.itemWrapperKey);
            return false;
        }
        object = inner.toObject();
    }
    return parseEndpoint(spec, object, out, error, raw.value_or(QByteArray()));
}

bool parsePage(const ProviderSpec &spec, const QByteArray &body, int currentPage, EndpointPage *out,
               QString *error)
{
    QJsonDocument doc;
    if (!parseDocument(body, &doc, error))
        return false;
    const QJsonObject o = doc.object();
    const QJsonValue items = o.value(spec.paging.itemsKey);
    if (!items.isArray()) {
        *error = tr("the list reply has no \"%1\" array").arg(spec.paging.itemsKey);
        return false;
    }
    EndpointPage page;
    const QJsonArray array = items.toArray();
    // Each entry's bytes as sent, when the scanner agrees with the parser on what the entries are.
    std::optional<QList<QByteArray>> raws = JsonSlices::objectsInMember(body, spec.paging.itemsKey.toUtf8());
    if (raws && raws->size() != array.size())
        raws.reset();
    page.endpoints.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            *error = tr("an entry of \"%1\" is not an object").arg(spec.paging.itemsKey);
            return false;
        }
        Endpoint e;
        if (!parseEndpoint(spec, item.toObject(), &e, error, raws ? raws->at(i) : QByteArray()))
            return false;
        page.endpoints << e;
    }
    const QJsonValue next = o.value(spec.paging.nextKey);
    switch (spec.paging.style) {
    case PagingSpec::Style::CursorToken:
        if (!next.isString() && !next.isNull() && !next.isUndefined()) {
            *error = tr("\"%1\" should be a string or null").arg(spec.paging.nextKey);
            return false;
        }
        page.nextCursor = next.toString();
        page.hasMore = !page.nextCursor.isEmpty();
        break;
    case PagingSpec::Style::StartingAfterId:
        // A has_more that is not a boolean would otherwise end the listing silently.
        if (!next.isBool()) {
            *error = tr("\"%1\" should be a boolean").arg(spec.paging.nextKey);
            return false;
        }
        page.hasMore = next.toBool() && !page.endpoints.isEmpty();
        page.nextCursor = page.hasMore ? page.endpoints.constLast().id : QString();
        break;
    case PagingSpec::Style::PageNumber: {
        if (!next.isDouble() || next.toDouble() < 0 || std::floor(next.toDouble()) != next.toDouble()) {
            *error = tr("\"%1\" should be a non-negative integer").arg(spec.paging.nextKey);
            return false;
        }
        const double total = next.toDouble();
        page.hasMore = !page.endpoints.isEmpty() && double(currentPage) * spec.paging.pageSize < total;
        page.nextCursor = page.hasMore ? QString::number(currentPage + 1) : QString();
        break;
    }
    }
    *out = page;
    return true;
}

QJsonObject toNormalizedJson(const Endpoint &e)
{
    const ProviderSpec &spec = Providers::spec(e.provider);
    // Machine-readable: the reason keeps its source wording in every language.
    const HealthInfo health = HealthRules::evaluate(e, HealthRules::Wording::Source);
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    // Every element has the same core keys (null where there is no value), so a script or a CSV
    // column never has to ask whether a key exists. Never the raw object: it may echo a secret.
    QJsonObject o{
        {QStringLiteral("account"), textOrNull(e.account)}, // null: given by --provider, not an account
        {QStringLiteral("id"), e.id},
        {QStringLiteral("provider"), spec.key},
        {QStringLiteral("url"), e.url},
        {QStringLiteral("events"), QJsonArray::fromStringList(e.events)},
        {QStringLiteral("description"),
         spec.hasDescription() && !e.description.isNull() ? QJsonValue(e.description) : QJsonValue()},
        {QStringLiteral("health"), HealthRules::key(health.health)},
        {QStringLiteral("healthReason"), textOrNull(health.reason)},
        {QStringLiteral("providerStatus"), health.providerWords},
        {QStringLiteral("failureCount"), e.failureCount},
        {QStringLiteral("lastDeliveryAt"), dateValue(e.lastDelivery())},
        {QStringLiteral("createdAt"), dateValue(e.createdAt)},
    };
    if (spec.hasEnabled())
        o.insert(QStringLiteral("enabled"), e.enabled);
    if (health.disabledBy != DisabledBy::NotDisabled) {
        o.insert(QStringLiteral("disabledBy"), HealthRules::disabledByKey(health.disabledBy));
        o.insert(QStringLiteral("disabledAt"), dateValue(e.disabledAt));
    }
    if (spec.hasMetadata()) {
        QJsonObject metadata;
        for (auto it = e.metadata.begin(); it != e.metadata.end(); ++it)
            metadata.insert(it.key(), it.value());
        o.insert(QStringLiteral("metadata"), metadata);
    }
    if (spec.hasScope())
        o.insert(QStringLiteral("scope"), e.scope);
    if (spec.hasSecret())
        o.insert(QStringLiteral("hasSecret"), e.hasSecret);
    if (!e.secretType.isEmpty())
        o.insert(QStringLiteral("secretType"), e.secretType);
    if (!e.environment.isEmpty())
        o.insert(QStringLiteral("environment"), e.environment);
    if (e.lastDeliveryStatus)
        o.insert(QStringLiteral("lastDeliveryStatus"), e.lastDeliveryStatus);
    return o;
}

} // namespace EndpointCodec
