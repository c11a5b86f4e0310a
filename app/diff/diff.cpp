#include "diff/diff.h"

#include "core/draft.h"
#include "core/endpoint.h"
#include "diff/validation.h"
#include "providers/providerspec.h"

#include <QJsonArray>

namespace {

// Layers metadata is merged per key: changed/added keys with their value, removed keys as "",
// everything removed as null.
QJsonValue metadataPatch(const QMap<QString, QString> &base, const QMap<QString, QString> &draft)
{
    if (draft.isEmpty() && !base.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject patch;
    for (auto it = draft.begin(); it != draft.end(); ++it) {
        if (base.value(it.key()) != it.value() || !base.contains(it.key()))
            patch.insert(it.key(), it.value());
    }
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (!draft.contains(it.key()))
            patch.insert(it.key(), QString(QLatin1String("")));
    }
    return patch;
}

} // namespace

namespace Diff {

DiffResult compute(const Endpoint &base, const Draft &draft)
{
    const ProviderSpec &spec = Providers::spec(base.provider);
    DiffResult result;
    result.errors = Validation::check(base, draft);
    if (!result.errors.isEmpty())
        return result;

    QJsonObject body;
    if (draft.url != base.url)
        body.insert(spec.urlKey, draft.url);
    // Lists compare as sets and are sent whole: the APIs replace them.
    if (!Draft::sameEvents(draft.events, base.events))
        body.insert(spec.eventsKey, QJsonArray::fromStringList(draft.events));
    if (draft.description != base.description) {
        if (draft.description.isEmpty())
            body.insert(spec.descriptionKey, spec.descriptionClear == ClearText::Null
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(QString(QLatin1String(""))));
        else
            body.insert(spec.descriptionKey, draft.description);
    }
    if (draft.enabled != base.enabled) {
        if (spec.enabled.kind == EnabledSpec::Kind::Boolean)
            body.insert(spec.enabled.key, draft.enabled);
        else
            body.insert(spec.enabled.key,
                        draft.enabled ? spec.enabled.activeWord : spec.enabled.inactiveWord);
    }
    if (draft.metadata != base.metadata) {
        const QJsonValue patch = metadataPatch(base.metadata, draft.metadata);
        if (!patch.isObject() || !patch.toObject().isEmpty())
            body.insert(spec.metadataKey, patch);
    }
    if (draft.scope != base.scope)
        body.insert(spec.scopeKey, draft.scope);
    if (draft.secretAction == SecretAction::Replace) {
        if (spec.secretKind == SecretKind::SecretString)
            body.insert(spec.secretKey, draft.newSecret);
        else
            body.insert(spec.secretKey, draft.newAuthentication);
    } else if (draft.secretAction == SecretAction::Remove && base.hasSecret) {
        // Removing what the endpoint does not have (has_secret / hasAuthentication false) changes nothing.
        body.insert(spec.secretKey, spec.secretKind == SecretKind::SecretString
                                        ? QJsonValue(QString(QLatin1String("")))
                                        : QJsonValue(QJsonValue::Null));
    }

    // Atoa's PUT needs the complete events list every time, but only when something is sent.
    if (!body.isEmpty() && spec.eventsAlwaysSent && !body.contains(spec.eventsKey)) {
        const QString problem = Validation::checkEvents(spec, draft.events);
        if (!problem.isEmpty()) {
            result.errors << FieldError{QStringLiteral("events"), problem};
            return result;
        }
        body.insert(spec.eventsKey, QJsonArray::fromStringList(draft.events));
    }

    if (!body.isEmpty()) {
        result.request.method = spec.updateMethod;
        result.request.body = body;
    }
    return result;
}

} // namespace Diff
