#include "sandbox/sandboxdialect.h"

#include "sandbox/sandboxseed.h"

#include <QList>

namespace {

QList<SandboxDialect> table()
{
    const QString mustBeObject = QStringLiteral("The request body must be a JSON object");
    QList<SandboxDialect> t;

    SandboxDialect openTrain;
    openTrain.provider = ProviderId::OpenTrain;
    openTrain.errorShape = SandboxDialect::ErrorShape::CodeObject;
    openTrain.notFoundMessage = QStringLiteral("No endpoint with this ID on this install");
    openTrain.badBodyMessage = QStringLiteral("Body is not a valid JSON object");
    openTrain.limitedToken = QStringLiteral("sandbox-opentrain-readonly-token");
    openTrain.limitedAccess = SandboxAccess::ReadOnly;
    openTrain.readOnlyRefusal = QStringLiteral("Token lacks the webhooks:manage scope");
    openTrain.update = SandboxRules::updateOpenTrain;
    openTrain.seed = SandboxSeed::seedOpenTrain;
    openTrain.synthetic = SandboxSeed::syntheticOpenTrain;
    openTrain.syntheticIdPrefix = QLatin1String("0a1e");
    // The seed's auto-disabled endpoint: "Automatically disabled after 50 consecutive failed deliveries".
    openTrain.deliveries.autoDisableAfter = 50;
    openTrain.deliveries.autoDisabledReason = QStringLiteral(
        "Automatically disabled after %1 consecutive failed deliveries (last response: HTTP %2)");
    t << openTrain;

    SandboxDialect layers;
    layers.provider = ProviderId::Layers;
    layers.errorShape = SandboxDialect::ErrorShape::CodeObject;
    layers.validationStatus = 422;
    layers.validationCode = QStringLiteral("VALIDATION");
    layers.notFoundMessage = QStringLiteral("Endpoint not owned by the calling org");
    layers.badBodyMessage = mustBeObject;
    layers.limitedToken = QStringLiteral("sandbox-layers-admin-token");
    layers.limitedAccess = SandboxAccess::Admin;
    layers.updateRequest = SandboxRules::updateLayers;
    layers.seed = SandboxSeed::seedLayers;
    layers.synthetic = SandboxSeed::syntheticLayers;
    layers.syntheticIdPrefix = QLatin1String("1a7e");
    // "auto_paused is the dispatcher's lane"; the seed's auto-paused endpoint stopped after 25.
    layers.deliveries.autoDisableAfter = 25;
    layers.deliveries.autoDisabledWord = QStringLiteral("auto_paused");
    layers.deliveries.autoDisabledReason = QStringLiteral(
        "Paused by the dispatcher after %1 consecutive delivery failures (last response: HTTP %2)");
    t << layers;

    SandboxDialect optimalDial;
    optimalDial.provider = ProviderId::OptimalDial;
    optimalDial.errorShape = SandboxDialect::ErrorShape::FastApi;
    optimalDial.validationStatus = 422;
    optimalDial.notFoundMessage = QStringLiteral("Webhook not found");
    optimalDial.badBodyMessage = mustBeObject;
    optimalDial.tokenPrefix = QStringLiteral("od_live_");
    optimalDial.uuidIds = true; // string<uuid>
    optimalDial.update = SandboxRules::updateOptimalDial;
    optimalDial.seed = SandboxSeed::seedOptimalDial;
    optimalDial.synthetic = SandboxSeed::syntheticOptimalDial;
    optimalDial.syntheticIdPrefix = QLatin1String("0d1a");
    // The seed's auto-disabled endpoint has 10 consecutive_failures; there is no reason field.
    optimalDial.deliveries.autoDisableAfter = 10;
    optimalDial.deliveries.millisecondTimes = false; // "2023-11-07T05:31:56Z" on the page
    t << optimalDial;

    SandboxDialect diligent;
    diligent.provider = ProviderId::Diligent;
    diligent.errorShape = SandboxDialect::ErrorShape::SnakeCode;
    diligent.notFoundMessage =
        QStringLiteral("No webhook with that ID exists for the authenticated customer");
    diligent.badBodyMessage = mustBeObject;
    diligent.update = SandboxRules::updateDiligent;
    diligent.seed = SandboxSeed::seedDiligent;
    diligent.synthetic = SandboxSeed::syntheticDiligent;
    diligent.syntheticIdPrefix = QLatin1String("d111");
    // The page shows no counter (the sandbox keeps it unseen) and no reason: is_active turns false.
    diligent.deliveries.autoDisableAfter = 10;
    t << diligent;

    SandboxDialect atoa;
    atoa.provider = ProviderId::Atoa;
    atoa.errorShape = SandboxDialect::ErrorShape::NestJs;
    atoa.notFoundMessage = QStringLiteral("Endpoint not found");
    atoa.badBodyMessage = mustBeObject;
    atoa.update = SandboxRules::updateAtoa;
    atoa.seed = SandboxSeed::seedAtoa;
    atoa.synthetic = SandboxSeed::syntheticAtoa;
    atoa.syntheticIdPrefix = QLatin1String("a70a");
    atoa.deliveries.autoDisableAfter = 0; // no on/off switch: failures are only counted
    t << atoa;
    return t;
}

} // namespace

namespace SandboxDialects {

const SandboxDialect *find(ProviderId provider)
{
    static const QList<SandboxDialect> dialects = table();
    for (const SandboxDialect &d : dialects) {
        if (d.provider == provider)
            return &d;
    }
    return nullptr;
}

} // namespace SandboxDialects
