#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

#include <QJsonDocument>

// Layers PATCH /v1/webhook-endpoints/{id}: at least one field; metadata merged per key; 422 VALIDATION,
// 403 FORBIDDEN_SCOPE, 404, 409 IDEMPOTENCY_CONFLICT. Chosen: the idempotency window is 24 hours, and
// only successful (2xx) replies are remembered (like Stripe: a refused request may be fixed and retried
// with a new body); a replay carries the header "Idempotent-Replayed: true".

namespace {

constexpr qint64 idempotencyWindowSeconds = 24 * 3600;
const ProviderId p = ProviderId::Layers;

QByteArray fingerprint(const SandboxRequest &request)
{
    // The same change written with other whitespace or key order is the same body.
    QJsonObject parsed;
    const QByteArray body = SandboxRules::parseObject(request.body, &parsed)
                                ? QJsonDocument(parsed).toJson(QJsonDocument::Compact)
                                : request.body;
    return request.method + ' ' + request.encodedPath.toUtf8() + '\n' + body;
}

// Validates the body and applies it to `e`; returns an error reply, or status 0 when all is well.
SandboxReply apply(const QJsonObject &body, SandboxAccess access, QJsonObject &e)
{
    using namespace SandboxRules;
    const ProviderSpec &spec = Providers::spec(p);
    const QStringList known = {spec.urlKey,      spec.eventsKey,   spec.descriptionKey,
                               spec.metadataKey, spec.enabled.key, spec.scopeKey};
    if (body.isEmpty())
        return validationError(p, QStringLiteral("No fields supplied: at least one field is required"));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return validationError(p, QStringLiteral("Unknown field: %1").arg(it.key()));
    }

    if (body.contains(spec.urlKey)) {
        if (!urlAllowed(spec.urlRule, body.value(spec.urlKey)))
            return validationError(p, QStringLiteral("url is invalid: HTTPS required"));
        e.insert(spec.urlKey, body.value(spec.urlKey));
    }
    if (body.contains(spec.eventsKey)) {
        QStringList events;
        QString bad;
        if (!readEventList(body.value(spec.eventsKey), spec.knownEvents, &events, &bad))
            return validationError(p, bad.isEmpty() ? QStringLiteral("events must be a list of event types")
                                                    : QStringLiteral("Unknown event type: %1").arg(bad));
        // The limit counts what was sent, repeats included.
        const int sent = int(body.value(spec.eventsKey).toArray().size());
        if (events.size() < spec.eventsMin || sent > spec.eventsMax)
            return validationError(p, QStringLiteral("events must hold between %1 and %2 event types")
                                          .arg(spec.eventsMin)
                                          .arg(spec.eventsMax));
        e.insert(spec.eventsKey, QJsonArray::fromStringList(events));
    }
    if (body.contains(spec.descriptionKey)) {
        const QJsonValue d = body.value(spec.descriptionKey);
        if (!d.isString() && !d.isNull())
            return validationError(p, QStringLiteral("description must be a string or null"));
        e.insert(spec.descriptionKey, d); // null clears
    }
    if (body.contains(spec.metadataKey)) {
        const QJsonValue m = body.value(spec.metadataKey);
        if (m.isNull()) {
            e.insert(spec.metadataKey, QJsonObject()); // null clears all keys
        } else if (m.isObject()) {
            QJsonObject merged = e.value(spec.metadataKey).toObject();
            const QJsonObject sent = m.toObject();
            for (auto it = sent.begin(); it != sent.end(); ++it) {
                if (!it.value().isString())
                    return validationError(p, QStringLiteral("metadata.%1 must be a string").arg(it.key()));
                if (it.value().toString().isEmpty())
                    merged.remove(it.key()); // "" unsets the key
                else
                    merged.insert(it.key(), it.value());
            }
            e.insert(spec.metadataKey, merged);
        } else {
            return validationError(p, QStringLiteral("metadata must be an object or null"));
        }
    }
    if (body.contains(spec.enabled.key)) {
        const QString status = body.value(spec.enabled.key).toString();
        const QString before = e.value(spec.enabled.key).toString();
        if (spec.enabled.autoWords.contains(status))
            return validationError(p,
                                   QStringLiteral("status %1 can only be set by the dispatcher").arg(status));
        if (status == spec.enabled.activeWord) {
            if (spec.enabled.autoWords.contains(before))
                e.insert(spec.read.failureCount, 0); // so the dispatcher does not re-pause at once
            e.insert(spec.read.disabledAt, QJsonValue::Null);
            e.insert(spec.read.disabledReason, QJsonValue::Null);
        } else if (status == spec.enabled.inactiveWord) {
            if (before != spec.enabled.inactiveWord)
                e.insert(spec.read.disabledAt, nowIso(true));
            e.insert(spec.read.disabledReason, QJsonValue::Null); // now paused by the user
        } else {
            return validationError(p, QStringLiteral("status must be active or paused"));
        }
        e.insert(spec.enabled.key, status);
    }
    if (body.contains(spec.scopeKey)) {
        const QString scope = body.value(spec.scopeKey).toString();
        if (!spec.scopeValues.contains(scope))
            return validationError(p, QStringLiteral("scope must be own or all_children"));
        if (scope == QLatin1String("all_children") && access != SandboxAccess::Admin)
            return error(p, 403, QStringLiteral("scope all_children requires an org:admin key"),
                         QStringLiteral("FORBIDDEN_SCOPE"));
        e.insert(spec.scopeKey, scope);
    }
    e.insert(spec.read.updatedAt, nowIso(true));
    SandboxReply ok;
    ok.status = 0;
    return ok;
}

} // namespace

namespace SandboxRules {

SandboxReply updateLayers(SandboxStore &store, const QString &id, const SandboxRequest &request,
                          SandboxAccess access)
{
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    const QByteArray print = fingerprint(request);
    if (!key.isEmpty()) {
        if (!isUuid(QString::fromLatin1(key)))
            return validationError(p, QStringLiteral("Idempotency-Key must be a UUID"));
        store.forgetIdempotentRepliesBefore(
            QDateTime::currentDateTimeUtc().addSecs(-idempotencyWindowSeconds));
        if (const SandboxStore::IdempotentReply *seen = store.idempotentReply(key)) {
            if (seen->fingerprint != print)
                return error(p, 409, QStringLiteral("Idempotency-Key reused with a different request"),
                             QStringLiteral("IDEMPOTENCY_CONFLICT"));
            SandboxReply replay;
            replay.status = seen->status;
            replay.body = seen->body;
            replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            return replay;
        }
    }
    if (!store.contains(p, id))
        return notFound(p);
    QJsonObject body;
    if (!parseObject(request.body, &body))
        return validationError(p, QStringLiteral("The request body must be a JSON object"));

    QJsonObject e = store.endpoint(p, id);
    SandboxReply refused = apply(body, access, e);
    if (refused.status != 0)
        return refused;
    store.replace(p, e);
    const SandboxReply reply = SandboxReply::json(200, e);
    if (!key.isEmpty())
        store.rememberIdempotentReply(key,
                                      {print, reply.status, reply.body, QDateTime::currentDateTimeUtc()});
    return reply;
}

} // namespace SandboxRules
