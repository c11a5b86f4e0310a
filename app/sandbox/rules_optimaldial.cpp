#include "core/textlength.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

// OptimalDial PATCH /api/v1/webhooks/{id}: url, description (≤ 500), events (enum), is_active. Like
// FastAPI, every invalid field is reported at once: 422 {"detail": [{"type", "loc", "msg"}, …]}.
// Chosen (the page is silent): is_active false stamps disabled_at; is_active true clears disabled_at
// only and leaves consecutive_failures alone (the counter is the dispatcher's to reset on a success).

namespace SandboxRules {

SandboxReply updateOptimalDial(SandboxStore &store, const QString &id, const QJsonObject &body, SandboxAccess)
{
    const ProviderId p = ProviderId::OptimalDial;
    const ProviderSpec &spec = Providers::spec(p);
    QJsonArray details;
    auto refuse = [&details](const QString &field, const QString &type, const QString &msg) {
        details.append(QJsonObject{{QStringLiteral("type"), type},
                                   {QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), field}},
                                   {QStringLiteral("msg"), msg}});
    };

    QJsonObject e = store.endpoint(p, id);
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &k = it.key();
        const QJsonValue v = it.value();
        if (k == spec.urlKey) {
            if (!urlAllowed(spec.urlRule, v))
                refuse(k, QStringLiteral("url_parsing"),
                       QStringLiteral("Input should be an https URL (http is allowed for localhost only)"));
        } else if (k == spec.descriptionKey) {
            if (!v.isString())
                refuse(k, QStringLiteral("string_type"), QStringLiteral("Input should be a valid string"));
            else if (TextLength::characters(v.toString()) > spec.descriptionMax) // Python len(): code points
                refuse(k, QStringLiteral("string_too_long"),
                       QStringLiteral("String should have at most %1 characters").arg(spec.descriptionMax));
        } else if (k == spec.eventsKey) {
            QStringList events;
            QString bad;
            if (!readEventList(v, spec.knownEvents, &events, &bad))
                refuse(k, QStringLiteral("enum"),
                       QStringLiteral("Input should be a list of 'upload.created', 'upload.completed' or "
                                      "'upload.failed'"));
            else
                e.insert(k, QJsonArray::fromStringList(events));
            continue;
        } else if (k == spec.enabled.key) {
            if (!v.isBool()) {
                refuse(k, QStringLiteral("bool_type"), QStringLiteral("Input should be a valid boolean"));
            } else if (v.toBool() != e.value(k).toBool()) {
                e.insert(spec.read.disabledAt,
                         v.toBool() ? QJsonValue(QJsonValue::Null) : QJsonValue(nowIso(false)));
            }
        } else {
            refuse(k, QStringLiteral("extra_forbidden"), QStringLiteral("Extra inputs are not permitted"));
            continue;
        }
        e.insert(k, v);
    }
    if (!details.isEmpty())
        return SandboxReply::json(422, QJsonObject{{QStringLiteral("detail"), details}});
    e.insert(spec.read.updatedAt, nowIso(false));
    store.replace(p, e);
    return SandboxReply::json(200, e);
}

} // namespace SandboxRules
