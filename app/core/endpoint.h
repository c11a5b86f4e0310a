#pragma once

#include "providers/providerid.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// One webhook endpoint in the normalized vocabulary, with the provider's raw JSON beside it.
// Fields a provider does not have stay at their empty defaults; ProviderSpec says which exist.
struct Endpoint
{
    ProviderId provider = ProviderId::OpenTrain;
    // The two flags and the ints sit beside the provider id: no padding between the 24-byte strings
    // (100k endpoints stay in memory).
    bool enabled = true;
    bool hasSecret = false; // Diligent has_secret, Atoa hasAuthentication
    int failureCount = 0;
    int lastDeliveryStatus = 0; // HTTP status of the last delivery, 0 when unknown
    QString account;            // the account it was loaded through (set by the loader, not the provider)
    QString id;
    QString url;
    QStringList events;
    QString description;             // null when the provider has none or it is unset
    QMap<QString, QString> metadata; // Layers
    QString scope;                   // Layers: own | all_children
    QString secretType;              // Atoa authenticationType
    QString environment;             // Atoa
    QString providerStatus;          // the provider's own status word, e.g. "auto_paused", "DISABLED"
    QString disabledReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastDeliveryAt;
    QDateTime lastSuccessAt;
    QDateTime lastFailureAt;
    QDateTime disabledAt;
    QDateTime verifiedAt;
    // The provider's object as received, kept as compact JSON bytes (about a third of a parsed QJsonObject):
    // it is only read for the detail pane and the change journal, so it is parsed there, on demand.
    QByteArray raw;

    // lastDeliveryAt, or for a provider without one the newer of the last success and failure; invalid
    // when there was none (the window's "Last delivery" column, `lastDeliveryAt` in --json and exports).
    QDateTime lastDelivery() const { return lastDeliveryOf(lastDeliveryAt, lastSuccessAt, lastFailureAt); }
    static QDateTime lastDeliveryOf(const QDateTime &delivery, const QDateTime &success,
                                    const QDateTime &failure);

    QJsonObject rawObject() const; // raw parsed; empty when there is none
    static QByteArray compactRaw(const QJsonObject &object);

    bool operator==(const Endpoint &other) const;
    bool operator!=(const Endpoint &other) const { return !(*this == other); }
};

// Every member is a Qt implicitly shared value, an enum or an int: a QList<Endpoint> that grows moves
// its elements with memmove instead of copying and destroying each (a listing keeps 100k of them).
// A member added later must be relocatable too (no pointer into the object itself).
Q_DECLARE_TYPEINFO(Endpoint, Q_RELOCATABLE_TYPE);
