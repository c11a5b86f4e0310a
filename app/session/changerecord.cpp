#include "session/changerecord.h"

#include "core/endpoint.h"
#include "core/health.h"
#include "providers/providerspec.h"

namespace {

// Stable keys in the file; a line without "kind" is from before redo and revert existed.
QString kindKey(ChangeRecord::Kind kind)
{
    switch (kind) {
    case ChangeRecord::Kind::Undo:
        return QStringLiteral("undo");
    case ChangeRecord::Kind::Redo:
        return QStringLiteral("redo");
    case ChangeRecord::Kind::Revert:
        return QStringLiteral("revert");
    case ChangeRecord::Kind::Change:
        break;
    }
    return QStringLiteral("change");
}

} // namespace

QJsonObject ChangeRecord::toJson() const
{
    QJsonObject o{
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("account"), account},
        {QStringLiteral("provider"), Providers::spec(provider).key},
        {QStringLiteral("endpointId"), endpointId},
        {QStringLiteral("endpointUrl"), endpointUrl},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("requestUrl"), requestUrl},
        {QStringLiteral("body"), QString::fromUtf8(body)},
        {QStringLiteral("base"), base},
        {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("error"), error},
        {QStringLiteral("undo"), isUndo()}, // what older versions read
        {QStringLiteral("kind"), kindKey(kind)},
    };
    if (!by.isEmpty())
        o.insert(QStringLiteral("by"), by);
    if (!lostProviderReason.isEmpty()) {
        o.insert(QStringLiteral("lostProviderReason"), lostProviderReason);
        o.insert(QStringLiteral("lostFailureCount"), lostFailureCount);
    }
    return o;
}

bool ChangeRecord::fromJson(const QJsonObject &o, ChangeRecord *out)
{
    ChangeRecord r;
    r.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    if (!r.at.isValid() || !Providers::fromKey(o.value(QLatin1String("provider")).toString(), &r.provider))
        return false;
    r.account = o.value(QLatin1String("account")).toString();
    r.endpointId = o.value(QLatin1String("endpointId")).toString();
    r.endpointUrl = o.value(QLatin1String("endpointUrl")).toString();
    r.method = o.value(QLatin1String("method")).toString().toLatin1();
    r.requestUrl = o.value(QLatin1String("requestUrl")).toString();
    r.body = o.value(QLatin1String("body")).toString().toUtf8();
    r.base = o.value(QLatin1String("base")).toObject();
    r.httpStatus = o.value(QLatin1String("httpStatus")).toInt();
    r.error = o.value(QLatin1String("error")).toString();
    r.by = o.value(QLatin1String("by")).toString();
    r.kind = o.value(QLatin1String("undo")).toBool() ? Kind::Undo : Kind::Change;
    const QString kind = o.value(QLatin1String("kind")).toString();
    for (Kind k : {Kind::Change, Kind::Undo, Kind::Redo, Kind::Revert})
        if (kind == kindKey(k))
            r.kind = k;
    r.lostProviderReason = o.value(QLatin1String("lostProviderReason")).toString();
    r.lostFailureCount = qMax(0, o.value(QLatin1String("lostFailureCount")).toInt());
    if (r.account.isEmpty() || r.endpointId.isEmpty())
        return false;
    *out = r;
    return true;
}

bool ChangeRecord::providerDisableOf(const Endpoint &fresh, QString *reason, int *failures)
{
    const HealthInfo health = HealthRules::evaluate(fresh);
    if (health.disabledBy != DisabledBy::Provider)
        return false;
    // The provider's own words when it gave some ("Disabled by X: …" would repeat who did it).
    *reason = fresh.disabledReason.isEmpty() ? health.reason : fresh.disabledReason;
    *failures = fresh.failureCount;
    return true;
}
