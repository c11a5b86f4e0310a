#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

// OpenTrain PATCH /api/partner/v1/webhook-endpoints/{id}: all fields optional; 400 BAD_REQUEST for
// invalid JSON, url, eventTypes or status; the reply is wrapped in {"webhookEndpoint": …}.

namespace SandboxRules {

SandboxReply updateOpenTrain(SandboxStore &store, const QString &id, const QJsonObject &body, SandboxAccess)
{
    const ProviderId p = ProviderId::OpenTrain;
    const ProviderSpec &spec = Providers::spec(p);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != spec.urlKey && it.key() != spec.eventsKey && it.key() != spec.enabled.key)
            return error(p, 400, QStringLiteral("Unknown field: %1").arg(it.key()));
    }

    QJsonObject e = store.endpoint(p, id);
    if (body.contains(spec.urlKey)) {
        if (!urlAllowed(spec.urlRule, body.value(spec.urlKey)))
            return error(p, 400,
                         QStringLiteral("url must be an HTTPS URL (http is allowed for localhost only)"));
        e.insert(spec.urlKey, body.value(spec.urlKey));
    }
    if (body.contains(spec.eventsKey)) {
        QStringList events;
        QString bad;
        if (!readEventList(body.value(spec.eventsKey), spec.knownEvents, &events, &bad))
            return error(p, 400,
                         bad.isEmpty() ? QStringLiteral("eventTypes must be a list of event types")
                                       : QStringLiteral("Unknown event type: %1").arg(bad));
        if (events.isEmpty())
            return error(p, 400, QStringLiteral("eventTypes must contain at least one event type"));
        e.insert(spec.eventsKey, QJsonArray::fromStringList(events));
    }
    if (body.contains(spec.enabled.key)) {
        const QString status = body.value(spec.enabled.key).toString();
        if (status == spec.enabled.activeWord) {
            // "ACTIVE re-enables an auto-disabled endpoint and resets consecutiveFailures to 0": sending
            // ACTIVE always resets the counter, whatever the endpoint's state was.
            e.insert(spec.enabled.key, status);
            e.insert(spec.read.failureCount, 0);
            e.insert(spec.read.disabledAt, QJsonValue::Null);
            e.insert(spec.read.disabledReason, QJsonValue::Null);
        } else if (status == spec.enabled.inactiveWord) {
            // Disabling an already disabled endpoint keeps its time and reason (auto-disabled stays
            // explained).
            if (e.value(spec.enabled.key).toString() != spec.enabled.inactiveWord) {
                e.insert(spec.enabled.key, status);
                e.insert(spec.read.disabledAt, nowIso(true));
                e.insert(spec.read.disabledReason, QJsonValue::Null);
            }
        } else {
            return error(p, 400, QStringLiteral("status must be ACTIVE or DISABLED"));
        }
    }
    store.replace(p, e);
    return SandboxReply::json(200, present(p, e));
}

} // namespace SandboxRules
