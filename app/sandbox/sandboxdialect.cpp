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
