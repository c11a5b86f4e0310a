#pragma once

#include "core/endpoint.h"

#include <QDateTime>
#include <QTimeZone>

// Endpoint values built directly (no JSON, no network) in each of the three health states.
namespace Fixtures {

inline QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, 0), QTimeZone::utc());
}

inline Endpoint active(const QString &account, const QString &id, ProviderId provider = ProviderId::OpenTrain)
{
    Endpoint e;
    e.provider = provider;
    e.account = account;
    e.id = id;
    e.url = QStringLiteral("https://hooks.example.com/") + id;
    e.events = {QStringLiteral("contract.started"), QStringLiteral("payment.sent")};
    e.enabled = true;
    e.providerStatus = QStringLiteral("ACTIVE");
    return e;
}

inline Endpoint failing(const QString &account, const QString &id, int failures = 3)
{
    Endpoint e = active(account, id);
    e.failureCount = failures;
    e.lastFailureAt = at(10);
    e.lastDeliveryAt = at(10);
    e.lastDeliveryStatus = 500;
    return e;
}

inline Endpoint disabled(const QString &account, const QString &id)
{
    Endpoint e = active(account, id);
    e.enabled = false;
    e.providerStatus = QStringLiteral("DISABLED");
    e.disabledReason = QStringLiteral("Too many failures");
    e.disabledAt = at(11);
    return e;
}

// Layers says who paused: "paused" is a person, "auto_paused" the dispatcher.
inline Endpoint pausedByPerson(const QString &account, const QString &id)
{
    Endpoint e = active(account, id, ProviderId::Layers);
    e.enabled = false;
    e.providerStatus = QStringLiteral("paused");
    e.disabledAt = at(12);
    return e;
}

} // namespace Fixtures
