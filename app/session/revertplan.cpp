#include "session/revertplan.h"

#include "core/draft.h"
#include "diff/diff.h"
#include "providers/endpointcodec.h"
#include "providers/providerspec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The fields the body set, read the way Diff::compute writes them (the body is the redacted one:
// a secret's value is not in it, only that it was sent).
void applyBody(const ProviderSpec &spec, const QJsonObject &body, Endpoint *e, bool *touchedSecret)
{
    if (!spec.urlKey.isEmpty() && body.contains(spec.urlKey))
        e->url = body.value(spec.urlKey).toString();
    if (!spec.eventsKey.isEmpty() && body.contains(spec.eventsKey)) {
        e->events.clear();
        for (const QJsonValue &v : body.value(spec.eventsKey).toArray())
            e->events << (v.isObject() ? v.toObject().value(QLatin1String("event")).toString()
                                       : v.toString());
    }
    if (spec.hasDescription() && body.contains(spec.descriptionKey))
        e->description = body.value(spec.descriptionKey).toString(); // null clears it
    if (spec.hasEnabled() && body.contains(spec.enabled.key)) {
        const QJsonValue v = body.value(spec.enabled.key);
        e->enabled = spec.enabled.kind == EnabledSpec::Kind::Boolean
                         ? v.toBool()
                         : v.toString() == spec.enabled.activeWord;
    }
    if (spec.hasMetadata() && body.contains(spec.metadataKey)) {
        // Merged per key: "" removes a key, null removes them all.
        const QJsonValue v = body.value(spec.metadataKey);
        if (v.isNull())
            e->metadata.clear();
        const QJsonObject patch = v.toObject();
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.value().toString().isEmpty())
                e->metadata.remove(it.key());
            else
                e->metadata.insert(it.key(), it.value().toString());
        }
    }
    if (spec.hasScope() && body.contains(spec.scopeKey))
        e->scope = body.value(spec.scopeKey).toString();
    *touchedSecret = !spec.secretKey.isEmpty() && body.contains(spec.secretKey);
}

} // namespace

RevertPlan RevertPlan::of(const ChangeRecord &record)
{
    RevertPlan plan;
    if (!record.succeeded()) {
        plan.unavailableReason = tr("That change did not go through; there is nothing to revert.");
        return plan;
    }
    const ProviderSpec &spec = Providers::spec(record.provider);
    QString problem;
    if (record.base.isEmpty() || !EndpointCodec::parseEndpoint(spec, record.base, &plan.before, &problem)) {
        plan.unavailableReason = tr("The journal does not hold the endpoint as it was before that change.");
        return plan;
    }
    const QJsonDocument body = QJsonDocument::fromJson(record.body);
    if (!body.isObject()) {
        plan.unavailableReason = tr("The journal does not hold the body that change sent.");
        return plan;
    }
    plan.before.account = record.account;
    plan.before.provider = record.provider;
    plan.after = plan.before;
    applyBody(spec, body.object(), &plan.after, &plan.touchedSecret);
    if (plan.touchedSecret)
        plan.caveat = tr("The secret cannot be restored: it is write-only and was never kept.");
    const DiffResult reverse = Diff::compute(plan.after, Draft::fromEndpoint(plan.before));
    if (!reverse.isValid()) {
        plan.unavailableReason =
            tr("The previous state cannot be sent back: %1").arg(reverse.errors.first().message);
        return plan;
    }
    if (!reverse.hasChanges()) {
        plan.unavailableReason = plan.touchedSecret ? plan.caveat : tr("That change left nothing to revert.");
        return plan;
    }
    plan.possible = true;
    return plan;
}
