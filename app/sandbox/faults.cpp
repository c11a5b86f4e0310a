#include "sandbox/faults.h"

#include <QHttpServerResponder>
#include <QMetaEnum>

namespace {

struct KindName
{
    SandboxFault::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {SandboxFault::Kind::Delay, "delay"},
    {SandboxFault::Kind::ServerError, "server_error"},
    {SandboxFault::Kind::RateLimit, "rate_limit"},
    {SandboxFault::Kind::BrokenJson, "broken_json"},
    {SandboxFault::Kind::DropConnection, "drop_connection"},
};

// Reads an optional integer field; false when present but not a whole number in [min, max].
bool readInt(const QJsonObject &json, const char *key, int min, int max, int *out, QString *error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1e18);
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min || d > max) {
        *error =
            QStringLiteral("%1 must be an integer in [%2, %3]").arg(QLatin1String(key)).arg(min).arg(max);
        return false;
    }
    *out = static_cast<int>(d);
    return true;
}

} // namespace

bool SandboxFault::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    return pathContains.isEmpty() || path.contains(pathContains);
}

QString SandboxFault::kindName(Kind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

// QHttpServerResponder 6.4 looks the reason phrase up with std::map::at(), which throws for a
// status it does not know: only statuses in its enum (minus 599, absent from the phrase table) are
// sent.
bool SandboxFault::isSendableStatus(int status)
{
    const QMetaEnum e = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    return status >= 400 && status < 599 && e.valueToKey(status) != nullptr;
}

bool SandboxFault::fromJson(const QJsonObject &json, SandboxFault *out, QString *error)
{
    static const QStringList knownKeys = {QStringLiteral("kind"),      QStringLiteral("path"),
                                          QStringLiteral("method"),    QStringLiteral("remaining"),
                                          QStringLiteral("delayMs"),   QStringLiteral("status"),
                                          QStringLiteral("retryAfter")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys.contains(it.key())) {
            *error = QStringLiteral("unknown field %1").arg(it.key());
            return false;
        }
    }
    SandboxFault f;
    const QString kind = json.value(QLatin1String("kind")).toString();
    bool found = false;
    for (const KindName &k : kindNames) {
        if (kind == QLatin1String(k.name)) {
            f.kind = k.kind;
            found = true;
        }
    }
    if (!found) {
        *error = QStringLiteral("kind must be one of delay, server_error, rate_limit, broken_json, "
                                "drop_connection");
        return false;
    }
    const QJsonValue path = json.value(QLatin1String("path"));
    const QJsonValue method = json.value(QLatin1String("method"));
    if ((!path.isUndefined() && !path.isNull() && !path.isString()) ||
        (!method.isUndefined() && !method.isNull() && !method.isString())) {
        *error = QStringLiteral("path and method must be strings");
        return false;
    }
    f.pathContains = path.toString();
    f.method = method.toString().toUpper().toLatin1();
    if (!readInt(json, "remaining", -1, 1000000, &f.remaining, error) ||
        !readInt(json, "delayMs", 0, 600000, &f.delayMs, error) ||
        !readInt(json, "status", 400, 598, &f.status, error) ||
        !readInt(json, "retryAfter", 0, 86400, &f.retryAfterSeconds, error))
        return false;
    if (f.remaining == 0) {
        *error = QStringLiteral("remaining must be -1 (forever) or at least 1");
        return false;
    }
    if (!isSendableStatus(f.status)) {
        *error = QStringLiteral("status %1 cannot be sent").arg(f.status);
        return false;
    }
    *out = f;
    return true;
}

QJsonObject SandboxFault::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("path"), pathContains},
                       {QStringLiteral("method"), QString::fromLatin1(method)},
                       {QStringLiteral("remaining"), remaining},
                       {QStringLiteral("delayMs"), delayMs},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("retryAfter"), retryAfterSeconds}};
}

std::optional<SandboxFault> SandboxFaultList::take(const QByteArray &method, const QString &path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        SandboxFault &f = m_faults[i];
        if (!f.matches(method, path))
            continue;
        const SandboxFault taken = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}
