#include "cli/clioutput.h"

#include "core/endpoint.h"
#include "core/health.h"
#include "core/inerttext.h"
#include "net/preparedrequest.h"
#include "providers/endpointcodec.h"
#include "providers/providerspec.h"
#include "secrets/account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

// QJsonDocument escapes only C0; DEL, C1 and format characters (U+202E…) are escaped here too, so
// the JSON is safe on a terminal and still parses to the server's exact strings.
QString jsonText(const QJsonDocument &document)
{
    return InertText::escapeJson(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

// One normalized value as a person reads it.
QString plainValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    case QJsonValue::Bool:
        return value.toBool() ? CliOutput::tr("yes") : CliOutput::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.isEmpty() ? QStringLiteral("-") : text;
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << plainValue(item);
        return items.isEmpty() ? QStringLiteral("-") : items.join(QLatin1String(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList items;
        for (auto it = object.begin(); it != object.end(); ++it)
            items << it.key() + QLatin1Char('=') + it.value().toString();
        return items.isEmpty() ? QStringLiteral("-") : items.join(QLatin1String(", "));
    }
    }
    return {};
}

// Labels for the normalized keys, in the order `get` prints them. Keys the codec adds later are
// still printed (after these), under their JSON name.
QList<QPair<QString, QString>> detailLabels()
{
    return {
        {QStringLiteral("id"), CliOutput::tr("ID")},
        {QStringLiteral("provider"), CliOutput::tr("Provider")},
        {QStringLiteral("account"), CliOutput::tr("Account")},
        {QStringLiteral("url"), CliOutput::tr("URL")},
        {QStringLiteral("events"), CliOutput::tr("Events")},
        {QStringLiteral("description"), CliOutput::tr("Description")},
        {QStringLiteral("enabled"), CliOutput::tr("Enabled")},
        {QStringLiteral("health"), CliOutput::tr("Health")},
        {QStringLiteral("healthReason"), CliOutput::tr("Health reason")},
        {QStringLiteral("providerStatus"), CliOutput::tr("Provider status")},
        {QStringLiteral("disabledBy"), CliOutput::tr("Disabled by")},
        {QStringLiteral("disabledAt"), CliOutput::tr("Disabled at")},
        {QStringLiteral("failureCount"), CliOutput::tr("Failures")},
        {QStringLiteral("lastDeliveryAt"), CliOutput::tr("Last delivery")},
        {QStringLiteral("lastDeliveryStatus"), CliOutput::tr("Last delivery status")},
        {QStringLiteral("metadata"), CliOutput::tr("Metadata")},
        {QStringLiteral("scope"), CliOutput::tr("Scope")},
        {QStringLiteral("hasSecret"), CliOutput::tr("Secret set")},
        {QStringLiteral("secretType"), CliOutput::tr("Secret type")},
        {QStringLiteral("environment"), CliOutput::tr("Environment")},
        {QStringLiteral("createdAt"), CliOutput::tr("Created")},
    };
}

} // namespace

QString CliOutput::table(const QStringList &headers, const QList<QStringList> &rowsIn)
{
    // Every cell is one line of inert text: a newline, CR or ESC from a server cannot break or
    // repaint the table. Escaped before measuring, so the columns stay aligned.
    QList<QStringList> rows = rowsIn;
    for (QStringList &row : rows) {
        for (QString &cell : row)
            cell = InertText::escape(cell);
    }
    QList<int> widths;
    auto measure = [&widths](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i == widths.size())
                widths << 0;
            widths[i] = qMax(widths[i], cells.at(i).size());
        }
    };
    measure(headers);
    for (const QStringList &row : rows)
        measure(row);
    qsizetype lineLength = 1;
    for (const int width : widths)
        lineLength += width + 2;
    QString text;
    text.reserve(lineLength * (rows.size() + 1));
    // Written in place: a table is a few KiB, built once per command.
    auto appendLine = [&widths, &text](const QStringList &cells) {
        const qsizetype start = text.size();
        for (int i = 0; i < cells.size(); ++i) {
            text += cells.at(i);
            if (i < cells.size() - 1)
                text.resize(text.size() + qMax(0, widths.at(i) - cells.at(i).size()) + 2, QLatin1Char(' '));
        }
        // A trailing empty cell leaves padding behind; keep lines clean for diff and grep.
        qsizetype end = text.size();
        while (end > start && text.at(end - 1) == QLatin1Char(' '))
            --end;
        text.truncate(end);
        text += QLatin1Char('\n');
    };
    if (!headers.isEmpty())
        appendLine(headers);
    for (const QStringList &row : rows)
        appendLine(row);
    return text;
}

QString CliOutput::endpointTable(const QList<Endpoint> &endpoints)
{
    QList<QStringList> rows;
    for (const Endpoint &e : endpoints) {
        rows << QStringList{e.id, HealthRules::key(HealthRules::evaluate(e).health),
                            QString::number(e.failureCount), e.url, e.events.join(QLatin1Char(','))};
    }
    return table({tr("ID"), tr("HEALTH"), tr("FAILURES"), tr("URL"), tr("EVENTS")}, rows);
}

QString CliOutput::endpointDetails(const Endpoint &endpoint)
{
    QJsonObject fields = EndpointCodec::toNormalizedJson(endpoint);
    // For people: the reason in their language (the JSON keeps the source wording).
    fields.insert(QStringLiteral("healthReason"), HealthRules::evaluate(endpoint).reason);
    const QList<QPair<QString, QString>> labels = detailLabels();
    QList<QStringList> rows;
    rows.reserve(fields.size());
    for (const auto &label : labels) {
        const auto it = fields.constFind(label.first);
        if (it != fields.constEnd())
            rows << QStringList{label.second + QLatin1Char(':'), plainValue(*it)};
    }
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString key = it.key();
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(),
                                          [&key](const auto &label) { return label.first == key; });
        if (!labelled)
            rows << QStringList{key + QLatin1Char(':'), plainValue(*it)};
    }
    return table({}, rows); // no header line: a label/value list, aligned like the table
}

QString CliOutput::endpointJson(const Endpoint &endpoint)
{
    return jsonText(QJsonDocument(EndpointCodec::toNormalizedJson(endpoint)));
}

QString CliOutput::endpointsJson(const QList<Endpoint> &endpoints)
{
    QJsonArray array;
    for (const Endpoint &e : endpoints)
        array.append(EndpointCodec::toNormalizedJson(e));
    return jsonText(QJsonDocument(array));
}

QString CliOutput::dryRunJson(const PreparedRequest &request)
{
    QJsonObject headers;
    for (const auto &header : request.redactedHeaders())
        headers.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    const QByteArray body = request.redactedBody();
    const QJsonDocument parsed = QJsonDocument::fromJson(body);
    const QJsonValue bodyValue = body.isEmpty()      ? QJsonValue()
                                 : parsed.isObject() ? QJsonValue(parsed.object())
                                 : parsed.isArray()  ? QJsonValue(parsed.array())
                                                     : QJsonValue(QString::fromUtf8(body));
    return jsonText(QJsonDocument(QJsonObject{{QStringLiteral("dryRun"), true},
                                              {QStringLiteral("method"), QString::fromLatin1(request.method)},
                                              {QStringLiteral("url"), request.url.toString()},
                                              {QStringLiteral("headers"), headers},
                                              {QStringLiteral("body"), bodyValue}}));
}

QString CliOutput::accountTable(const QList<Account> &accounts)
{
    QList<QStringList> rows;
    for (const Account &a : accounts)
        rows << QStringList{a.name, Providers::spec(a.provider).key, a.baseUrl.toString(),
                            a.environment.isEmpty() ? QStringLiteral("-") : a.environment};
    return table({tr("NAME"), tr("PROVIDER"), tr("BASE URL"), tr("ENVIRONMENT")}, rows);
}

QString CliOutput::accountsJson(const QList<Account> &accounts)
{
    QJsonArray array;
    for (const Account &a : accounts)
        array.append(QJsonObject{{QStringLiteral("name"), a.name},
                                 {QStringLiteral("provider"), Providers::spec(a.provider).key},
                                 {QStringLiteral("baseUrl"), a.baseUrl.toString()},
                                 {QStringLiteral("environment"), a.environment},
                                 {QStringLiteral("caFile"), a.caFile}});
    return jsonText(QJsonDocument(array));
}
