#include "sandbox/sandboxrules.h"

#include "sandbox/sandboxdialect.h"
#include "sandbox/sandboxstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

// Choices the provider pages are silent on, implemented here and in rules_*.cpp:
// - Error bodies: OpenTrain and Layers {"error": {"code", "message"}}; OptimalDial FastAPI style,
//   {"detail": "…"} and for 422 {"detail": [{"type", "loc", "msg"}]}; Diligent {"error": "<snake_code>",
//   "message"}; Atoa NestJS style {"statusCode", "message", "error": "<reason phrase>"}.
// - Validation status: 400 (OpenTrain, Diligent, Atoa), 422 (Layers "VALIDATION", OptimalDial FastAPI).
//   A body that is not a JSON object, or that has a field the provider does not document, is refused
//   the same way.
// - Order of checks: auth (401) → permission (403) → endpoint exists (404) → body (400/422) →
//   rules that need the body (Layers FORBIDDEN_SCOPE, Atoa's 3 endpoints per event).
// - Lists of events: duplicates are dropped, the first occurrence keeps its place.
// - OptimalDial's path id is a UUID (string<uuid>): anything else is a FastAPI 422 on the path.

namespace {

// "Not Found" → "NOT_FOUND" (upper) or "not_found".
QString codeFor(int status, bool upper)
{
    QString code = SandboxRules::reasonPhrase(status).replace(QLatin1Char(' '), QLatin1Char('_'));
    return upper ? code.toUpper() : code.toLower();
}

} // namespace

namespace SandboxRules {

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return status >= 500 ? QStringLiteral("Internal Server Error") : QStringLiteral("Error");
    }
}

SandboxReply error(ProviderId provider, int status, const QString &message, const QString &code)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    if (!dialect)
        return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), message}});
    switch (dialect->errorShape) {
    case SandboxDialect::ErrorShape::CodeObject: {
        QString c = code;
        if (c.isEmpty())
            c = status == dialect->validationStatus && !dialect->validationCode.isEmpty()
                    ? dialect->validationCode
                    : codeFor(status, true);
        return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"),
                                                       QJsonObject{{QStringLiteral("code"), c},
                                                                   {QStringLiteral("message"), message}}}});
    }
    case SandboxDialect::ErrorShape::FastApi:
        return SandboxReply::json(status, QJsonObject{{QStringLiteral("detail"), message}});
    case SandboxDialect::ErrorShape::SnakeCode:
        return SandboxReply::json(
            status, QJsonObject{{QStringLiteral("error"), code.isEmpty() ? codeFor(status, false) : code},
                                {QStringLiteral("message"), message}});
    case SandboxDialect::ErrorShape::NestJs:
        return SandboxReply::json(status, QJsonObject{{QStringLiteral("statusCode"), status},
                                                      {QStringLiteral("message"), message},
                                                      {QStringLiteral("error"), reasonPhrase(status)}});
    }
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

SandboxReply validationError(ProviderId provider, const QString &message, const QJsonArray &loc,
                             const QString &type)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    if (!dialect)
        return error(provider, 400, message);
    if (dialect->errorShape == SandboxDialect::ErrorShape::FastApi) {
        const QJsonObject detail{
            {QStringLiteral("type"), type},
            {QStringLiteral("loc"), loc.isEmpty() ? QJsonArray{QStringLiteral("body")} : loc},
            {QStringLiteral("msg"), message}};
        return SandboxReply::json(dialect->validationStatus,
                                  QJsonObject{{QStringLiteral("detail"), QJsonArray{detail}}});
    }
    return error(provider, dialect->validationStatus, message, dialect->validationCode);
}

SandboxReply notFound(ProviderId provider)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    return error(provider, 404, dialect ? dialect->notFoundMessage : QStringLiteral("Not found"));
}

QJsonObject present(ProviderId provider, const QJsonObject &stored)
{
    const ProviderSpec &spec = Providers::spec(provider);
    if (spec.itemWrapperKey.isEmpty())
        return stored;
    return QJsonObject{{spec.itemWrapperKey, stored}};
}

SandboxReply get(const SandboxStore &store, ProviderId provider, const QString &id)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    if (dialect && dialect->uuidIds && !isUuid(id))
        return validationError(provider, QStringLiteral("Input should be a valid UUID"),
                               QJsonArray{QStringLiteral("path"), QStringLiteral("webhook_id")},
                               QStringLiteral("uuid_parsing"));
    if (!store.contains(provider, id))
        return notFound(provider);
    return SandboxReply::json(200, present(provider, store.endpoint(provider, id)));
}

SandboxReply update(SandboxStore &store, ProviderId provider, const QString &id,
                    const SandboxRequest &request, SandboxAccess access)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    if (!dialect || (!dialect->update && !dialect->updateRequest))
        return error(provider, 501, QStringLiteral("The sandbox has no update rule for this provider"));
    if (dialect->updateRequest)
        return dialect->updateRequest(store, id, request, access);
    if (access == SandboxAccess::ReadOnly)
        return error(provider, 403, dialect->readOnlyRefusal);
    if (dialect->uuidIds && !isUuid(id))
        return get(store, provider, id); // the same path 422
    if (!store.contains(provider, id))
        return notFound(provider);

    QJsonObject body;
    if (!parseObject(request.body, &body))
        return validationError(provider, dialect->badBodyMessage, {},
                               QStringLiteral("model_attributes_type"));
    return dialect->update(store, id, body, access);
}

bool parseObject(const QByteArray &body, QJsonObject *out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

bool urlAllowed(UrlRule rule, const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || text.trimmed() != text)
        return false;
    const QString scheme = url.scheme(); // QUrl lower-cases the scheme
    if (scheme == QLatin1String("https"))
        return rule == UrlRule::HttpsOnly ? text.startsWith(QLatin1String("https://")) : true;
    if (scheme != QLatin1String("http") || rule == UrlRule::HttpsOnly)
        return false;
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

QString nowIso(bool milliseconds)
{
    return QDateTime::currentDateTimeUtc().toString(milliseconds ? Qt::ISODateWithMs : Qt::ISODate);
}

bool readEventList(const QJsonValue &value, const QStringList &allowed, QStringList *out, QString *bad)
{
    if (!value.isArray())
        return false;
    QStringList result;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString() || !allowed.contains(v.toString())) {
            *bad = v.isString()
                       ? v.toString()
                       : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
            return false;
        }
        if (!result.contains(v.toString()))
            result << v.toString();
    }
    *out = result;
    return true;
}

QString diligentStatus(const QJsonObject &stored)
{
    if (!stored.value(QStringLiteral("is_active")).toBool())
        return QStringLiteral("disabled");
    const QJsonValue last = stored.value(QStringLiteral("last_delivery_status"));
    if (last.isDouble() && (last.toInt() < 200 || last.toInt() > 299))
        return QStringLiteral("failing");
    return QStringLiteral("active");
}

QString atoaEventLabel(const QString &event)
{
    // "PAYMENTS_STATUS" → "Payment Status", as on Atoa's page.
    if (event == QLatin1String("PAYMENTS_STATUS"))
        return QStringLiteral("Payment Status");
    QStringList words = event.toLower().split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w.at(0).toUpper();
    return words.join(QLatin1Char(' '));
}

QJsonArray atoaEventObjects(const QStringList &events)
{
    QJsonArray result;
    for (const QString &e : events)
        result.append(
            QJsonObject{{QStringLiteral("event"), e}, {QStringLiteral("label"), atoaEventLabel(e)}});
    return result;
}

QStringList atoaEventNames(const QJsonObject &stored)
{
    QStringList names;
    for (const QJsonValue &v : stored.value(QStringLiteral("events")).toArray())
        names << v.toObject().value(QStringLiteral("event")).toString();
    return names;
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace SandboxRules
