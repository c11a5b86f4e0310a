#pragma once

#include "providers/providerid.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class SandboxStore;

// Deliveries the sandbox pretends to have made to an endpoint, so that endpoints can fail, get disabled
// by their provider and recover while a client watches (POST /_sandbox/deliveries, the demo).
//
// Each outcome is the HTTP status the receiver answered, applied in order through the fields the
// provider's page names: the consecutive-failure counter (a 2xx resets it), the last delivery's time and
// status, OptimalDial's last_success_at / last_failure_at, Diligent's derived status. After
// SandboxDialect::Deliveries::autoDisableAfter consecutive failures the provider switches the endpoint
// off with its own word, time and reason. A switched-off endpoint receives no deliveries: the outcomes
// after that point are not applied (it comes back through the provider's update call). Atoa has no
// switch, so its endpoints only count failures. All outcomes of one call share the call's time.
namespace SandboxDeliveries {

constexpr int maxOutcomes = 1000;

bool isOutcome(double status); // a whole number in 100..599

struct Result
{
    bool found = false;   // false: no such endpoint, nothing changed
    int delivered = 0;    // outcomes applied before the endpoint was (or was found) switched off
    QJsonObject endpoint; // as stored, unwrapped
};

Result apply(SandboxStore &store, ProviderId provider, const QString &id, const QList<int> &outcomes);

} // namespace SandboxDeliveries
