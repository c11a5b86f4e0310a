#pragma once

enum class ProviderId
{
    OpenTrain,
    Layers,
    OptimalDial,
    Diligent,
    Atoa
};
