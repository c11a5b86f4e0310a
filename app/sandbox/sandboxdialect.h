#pragma once

#include "providers/providerid.h"
#include "sandbox/sandboxrules.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

class SandboxStore;

// One provider's server-side dialect, as data: what its pages leave to the server (error shapes, the
// validation status, tokens, the id rule) and the code that data cannot say (its update rule, its seed),
// by pointer. The sandbox's counterpart of ProviderSpec: adding a provider adds one entry to the table
// in sandboxdialect.cpp. A provider without an entry is answered with generic errors and has no seed.
struct SandboxDialect
{
    enum class ErrorShape
    {
        CodeObject, // {"error": {"code": "NOT_FOUND", "message"}} (OpenTrain, Layers)
        FastApi,    // {"detail": "…"}; validation {"detail": [{"type", "loc", "msg"}]} (OptimalDial)
        SnakeCode,  // {"error": "not_found", "message"} (Diligent)
        NestJs      // {"statusCode", "message", "error": "Not Found"} (Atoa)
    };
    // The update call after the common checks, with the body parsed into a JSON object.
    using BodyRule = SandboxReply (*)(SandboxStore &, const QString &id, const QJsonObject &body,
                                      SandboxAccess);
    // The update call reading the raw request itself (Layers: Idempotency-Key decides before the body).
    using RequestRule = SandboxReply (*)(SandboxStore &, const QString &id, const SandboxRequest &,
                                         SandboxAccess);
    // What a delivery does to an endpoint (POST /_sandbox/deliveries, sandboxdeliveries.h). The pages
    // name the fields but not the dispatcher's policy: these are the sandbox's choices, per provider.
    struct Deliveries
    {
        int autoDisableAfter = 0;     // consecutive failures that switch the endpoint off; 0 = never
        QString autoDisabledWord;     // the status word then (empty: the inactive word, or false)
        QString autoDisabledReason;   // into ReadKeys::disabledReason: %1 failures, %2 the last HTTP status
        bool millisecondTimes = true; // timestamps written like the provider's own
    };

    ProviderId provider;
    ErrorShape errorShape = ErrorShape::CodeObject;
    int validationStatus = 400;
    QString validationCode; // the error code of a validation refusal, when the shape has codes
    QString notFoundMessage;
    QString badBodyMessage; // the body is not a JSON object
    QString tokenPrefix;    // documented key prefix, e.g. "od_live_"
    // A second token: OpenTrain's without webhooks:manage (ReadOnly), Layers' org:admin key (Admin).
    QString limitedToken;
    SandboxAccess limitedAccess = SandboxAccess::Full;
    QString readOnlyRefusal; // the 403 of an update with a ReadOnly token
    bool uuidIds = false;    // a path id that is not a UUID is a validation error on the path
    BodyRule update = nullptr;
    RequestRule updateRequest = nullptr; // used instead of `update` when set
    void (*seed)(SandboxStore &) = nullptr;
    // A synthetic endpoint without its id and URL (set by SandboxSeed::synthetic): healthy, or failing
    // `failures` times; `variant` (0 or 1) alternates between neighbours. Built once per variant.
    QJsonObject (*synthetic)(int variant, int failures) = nullptr;
    QLatin1String syntheticIdPrefix; // 4 hex digits, the first group of the seed's ids
    Deliveries deliveries;
};

namespace SandboxDialects {
const SandboxDialect *find(ProviderId provider); // nullptr when the sandbox has no entry for it
} // namespace SandboxDialects
