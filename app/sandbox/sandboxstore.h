#pragma once

#include "providers/providerid.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>

// The sandbox's state: per provider, the endpoints as raw provider-shaped JSON objects in list
// order; beside them the write-only secrets (never part of an endpoint object, so never echoed);
// and the Idempotency-Key replies Layers replays.
//
// Lookups by id go through a hash index (a page of a 100k listing must not scan the list). Synthetic
// endpoints (paging and scale tests, the big demo) are kept as a count: the n-th is built by
// SandboxSeed::synthetic() when it is read, and stored only once it is changed. They follow the
// stored endpoints in list order.
class SandboxStore
{
public:
    struct IdempotentReply
    {
        QByteArray fingerprint; // method, path and canonical body of the first request
        int status = 0;
        QByteArray body;
        QDateTime at;
    };

    void clear();

    int count(ProviderId provider) const;
    QJsonObject at(ProviderId provider, int index) const; // 0 <= index < count()
    QStringList ids(ProviderId provider) const;
    int indexOf(ProviderId provider, const QString &id) const; // -1 when unknown
    bool contains(ProviderId provider, const QString &id) const { return indexOf(provider, id) >= 0; }
    QJsonObject endpoint(ProviderId provider, const QString &id) const; // empty when unknown
    // Keyed by its "id", which must be new; false (nothing added) when the id is taken or empty.
    bool append(ProviderId provider, const QJsonObject &endpoint);
    void replace(ProviderId provider, const QJsonObject &endpoint); // same "id", same place
    bool remove(ProviderId provider, const QString &id);            // false when unknown
    void addSynthetic(ProviderId provider, int count);
    int syntheticCount(ProviderId provider) const;

    QJsonValue secret(ProviderId provider, const QString &id) const; // undefined when none
    void setSecret(ProviderId provider, const QString &id, const QJsonValue &secret);
    void removeSecret(ProviderId provider, const QString &id);

    // The dispatcher's count of consecutive failed deliveries where the provider shows none (Diligent).
    int unseenFailures(ProviderId provider, const QString &id) const;
    void setUnseenFailures(ProviderId provider, const QString &id, int count);

    const IdempotentReply *idempotentReply(const QByteArray &key) const;
    void rememberIdempotentReply(const QByteArray &key, const IdempotentReply &reply);
    void forgetIdempotentRepliesBefore(const QDateTime &cutoff);

private:
    struct Table
    {
        QList<QJsonObject> stored;
        QHash<QString, int> index;                // id → position in `stored`
        int synthetic = 0;                        // synthetic endpoints 0 … synthetic-1 follow `stored`
        QHash<int, QJsonObject> changedSynthetic; // by synthetic number, once changed
    };

    QMap<ProviderId, Table> m_tables;
    QMap<ProviderId, QHash<QString, QJsonValue>> m_secrets;
    QMap<ProviderId, QHash<QString, int>> m_unseenFailures;
    QHash<QByteArray, IdempotentReply> m_idempotent;
};
