#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

// Diligent PATCH /webhooks/{id}: webhook_url (must start with https://), is_active, events (enum),
// secret (write-only: omitted keeps, "" removes, a value replaces). The secret lives in the store beside
// the endpoint, never in it: replies show has_secret only. `status` is derived after every change.
// Chosen: re-enabling resets the dispatcher's unseen failure counter (see sandboxdeliveries.h).

namespace SandboxRules {

SandboxReply updateDiligent(SandboxStore &store, const QString &id, const QJsonObject &body, SandboxAccess)
{
    const ProviderId p = ProviderId::Diligent;
    const ProviderSpec &spec = Providers::spec(p);
    QJsonObject e = store.endpoint(p, id);
    QJsonValue newSecret(QJsonValue::Undefined);
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue v = it.value();
        if (k == spec.urlKey) {
            if (!urlAllowed(spec.urlRule, v))
                return error(p, 400,
                             QStringLiteral("webhook_url must be a valid URL starting with https://"));
            e.insert(k, v);
        } else if (k == spec.enabled.key) {
            if (!v.isBool())
                return error(p, 400, QStringLiteral("is_active must be a boolean"));
            if (v.toBool() && !e.value(k).toBool())
                store.setUnseenFailures(p, id, 0); // re-enabled: the dispatcher starts counting afresh
            e.insert(k, v);
        } else if (k == spec.eventsKey) {
            QStringList events;
            QString bad;
            if (!readEventList(v, spec.knownEvents, &events, &bad))
                return error(p, 400,
                             bad.isEmpty() ? QStringLiteral("events must be a list of event types")
                                           : QStringLiteral("Unknown event type: %1").arg(bad));
            e.insert(k, QJsonArray::fromStringList(events));
        } else if (k == spec.secretKey) {
            if (!v.isString())
                return error(p, 400, QStringLiteral("secret must be a string"));
            newSecret = v;
        } else {
            return error(p, 400, QStringLiteral("Unknown field: %1").arg(k));
        }
    }
    if (newSecret.isString()) {
        if (newSecret.toString().isEmpty())
            store.removeSecret(p, id);
        else
            store.setSecret(p, id, newSecret);
    }
    e.insert(spec.read.hasSecret, store.secret(p, id).isString());
    e.insert(spec.read.derivedStatus, diligentStatus(e));
    store.replace(p, e);
    return SandboxReply::json(200, e);
}

} // namespace SandboxRules
