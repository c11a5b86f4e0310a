#pragma once

#include <Qt>

// How a request went, as a hint for painting. Models expose it under StatusToneRole; the view's
// StatusTintDelegate picks palette-aware colours. The text beside it always says the same thing,
// so colour is never the only carrier.
enum class StatusTone
{
    Neutral, // no status yet
    Success, // 2xx
    Warning, // 3xx / 4xx: the provider answered and refused
    Failure  // 5xx or no HTTP reply at all
};

// One role value shared by the inspector and journal models, so one delegate serves both.
inline constexpr int StatusToneRole = Qt::UserRole + 64;

inline StatusTone statusToneFor(int httpStatus, bool hasError)
{
    if (httpStatus == 0)
        return hasError ? StatusTone::Failure : StatusTone::Neutral;
    if (httpStatus >= 500)
        return StatusTone::Failure;
    if (httpStatus >= 300 || hasError)
        return StatusTone::Warning;
    return StatusTone::Success;
}
