#pragma once

#include "providers/providerid.h"

#include <QJsonObject>
#include <QLatin1String>

class SandboxStore;

// The seed data: every provider's endpoints in every health state that provider can express, with
// fixed ids and 2026 timestamps so that tests can name them. Atoa has no on/off switch, so it has
// active and failing endpoints only; its PAYMENTS_STATUS event already has 3 endpoints (the limit).
namespace SandboxSeed {

namespace OpenTrain {
// ACTIVE, 0 failures
inline constexpr QLatin1String active{"0a1e7c52-3b1d-4c7e-9a10-5d2f6b8c0001"};
// ACTIVE, http://localhost
inline constexpr QLatin1String activeLoopback{"0a1e7c52-3b1d-4c7e-9a10-5d2f6b8c0002"};
// ACTIVE, 3 failures
inline constexpr QLatin1String failing{"0a1e7c52-3b1d-4c7e-9a10-5d2f6b8c0003"};
// ACTIVE, 12 failures
inline constexpr QLatin1String failingMany{"0a1e7c52-3b1d-4c7e-9a10-5d2f6b8c0004"};
// DISABLED, no reason
inline constexpr QLatin1String disabledByUser{"0a1e7c52-3b1d-4c7e-9a10-5d2f6b8c0005"};
// DISABLED + reason, 50 failures
inline constexpr QLatin1String autoDisabled{"0a1e7c52-3b1d-4c7e-9a10-5d2f6b8c0006"};
// DISABLED + reason, 20 failures
inline constexpr QLatin1String autoDisabledTls{"0a1e7c52-3b1d-4c7e-9a10-5d2f6b8c0007"};
} // namespace OpenTrain

namespace Layers {
// active, own, metadata
inline constexpr QLatin1String active{"1a7e4b62-9c0d-4e51-8f3a-2b6c7d8e0001"};
// active, all_children
inline constexpr QLatin1String activeFirehose{"1a7e4b62-9c0d-4e51-8f3a-2b6c7d8e0002"};
// active, 4 failures, last 502
inline constexpr QLatin1String failing{"1a7e4b62-9c0d-4e51-8f3a-2b6c7d8e0003"};
// paused, no reason
inline constexpr QLatin1String pausedByUser{"1a7e4b62-9c0d-4e51-8f3a-2b6c7d8e0004"};
// auto_paused + reason, 25 failures
inline constexpr QLatin1String autoPaused{"1a7e4b62-9c0d-4e51-8f3a-2b6c7d8e0005"};
// active, description null
inline constexpr QLatin1String neverDelivered{"1a7e4b62-9c0d-4e51-8f3a-2b6c7d8e0006"};
// auto_paused, HTTP 410
inline constexpr QLatin1String autoPausedGone{"1a7e4b62-9c0d-4e51-8f3a-2b6c7d8e0007"};
} // namespace Layers

namespace OptimalDial {
// success only
inline constexpr QLatin1String active{"0d1a3c90-0d44-4b50-8888-8dd257360001"};
// success newer than failure
inline constexpr QLatin1String activeRecovered{"0d1a3c90-0d44-4b50-8888-8dd257360002"};
// failure newer, 3 failures
inline constexpr QLatin1String failing{"0d1a3c90-0d44-4b50-8888-8dd257360003"};
// failures only, 2
inline constexpr QLatin1String failingNeverOk{"0d1a3c90-0d44-4b50-8888-8dd257360004"};
// is_active false, 0 failures
inline constexpr QLatin1String disabledByUser{"0d1a3c90-0d44-4b50-8888-8dd257360005"};
// is_active false, 10 failures
inline constexpr QLatin1String autoDisabled{"0d1a3c90-0d44-4b50-8888-8dd257360006"};
// never verified nor delivered
inline constexpr QLatin1String unverified{"0d1a3c90-0d44-4b50-8888-8dd257360007"};
} // namespace OptimalDial

namespace Diligent {
// 200, has secret
inline constexpr QLatin1String active{"d1116eb1-4c6a-439f-b668-7cca0cd70001"};
// nulls, no secret
inline constexpr QLatin1String activeNeverDelivered{"d1116eb1-4c6a-439f-b668-7cca0cd70002"};
// last 500
inline constexpr QLatin1String failing{"d1116eb1-4c6a-439f-b668-7cca0cd70003"};
// last 404
inline constexpr QLatin1String failingNotFound{"d1116eb1-4c6a-439f-b668-7cca0cd70004"};
// inactive, last 200
inline constexpr QLatin1String disabled{"d1116eb1-4c6a-439f-b668-7cca0cd70005"};
// inactive, last 503
inline constexpr QLatin1String disabledFailing{"d1116eb1-4c6a-439f-b668-7cca0cd70006"};
} // namespace Diligent

namespace Atoa {
// PAYMENTS+REFUND, BASIC
inline constexpr QLatin1String paymentsBasic{"a70a4f25-fe8d-47a0-92c8-16d94cbf0001"};
// PAYMENTS, HEADER, 7 failures
inline constexpr QLatin1String paymentsHeader{"a70a4f25-fe8d-47a0-92c8-16d94cbf0002"};
// PAYMENTS, no auth, SANDBOX
inline constexpr QLatin1String paymentsPlain{"a70a4f25-fe8d-47a0-92c8-16d94cbf0003"};
// REFUND
inline constexpr QLatin1String refunds{"a70a4f25-fe8d-47a0-92c8-16d94cbf0004"};
// EXPIRED, 2 failures
inline constexpr QLatin1String expiredFailing{"a70a4f25-fe8d-47a0-92c8-16d94cbf0005"};
// EXPIRED, never delivered
inline constexpr QLatin1String expiredNew{"a70a4f25-fe8d-47a0-92c8-16d94cbf0006"};
// PAYMENTS_STATUS is subscribed by exactly 3 endpoints: adding it anywhere else is a 400.
inline constexpr QLatin1String fullEvent{"PAYMENTS_STATUS"};
} // namespace Atoa

void seed(SandboxStore &store); // every provider's, through its SandboxDialect
// The n-th (0-based) synthetic endpoint of a provider: healthy, every fifth one failing.
QJsonObject synthetic(ProviderId provider, int n);
// n when `id` is the n-th synthetic endpoint's id, -1 otherwise.
int syntheticNumber(ProviderId provider, const QString &id);

// Per provider, referenced from its SandboxDialect (sandboxdialect.cpp).
void seedOpenTrain(SandboxStore &store);
void seedLayers(SandboxStore &store);
void seedOptimalDial(SandboxStore &store);
void seedDiligent(SandboxStore &store);
void seedAtoa(SandboxStore &store);
QJsonObject syntheticOpenTrain(int variant, int failures);
QJsonObject syntheticLayers(int variant, int failures);
QJsonObject syntheticOptimalDial(int variant, int failures);
QJsonObject syntheticDiligent(int variant, int failures);
QJsonObject syntheticAtoa(int variant, int failures);
} // namespace SandboxSeed
