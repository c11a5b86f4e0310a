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

    QList<QJsonObject> endpoints(ProviderId provider) const { return m_endpoints.value(provider); }
    QStringList ids(ProviderId provider) const;
    int indexOf(ProviderId provider, const QString &id) const; // -1 when unknown
    bool contains(ProviderId provider, const QString &id) const { return indexOf(provider, id) >= 0; }
    QJsonObject endpoint(ProviderId provider, const QString &id) const; // empty when unknown
    void append(ProviderId provider, const QJsonObject &endpoint);      // keyed by its "id"
    void replace(ProviderId provider, const QJsonObject &endpoint);     // same "id", same place

    QJsonValue secret(ProviderId provider, const QString &id) const; // undefined when none
    void setSecret(ProviderId provider, const QString &id, const QJsonValue &secret);
    void removeSecret(ProviderId provider, const QString &id);

    const IdempotentReply *idempotentReply(const QByteArray &key) const;
    void rememberIdempotentReply(const QByteArray &key, const IdempotentReply &reply);
    void forgetIdempotentRepliesBefore(const QDateTime &cutoff);

private:
    QMap<ProviderId, QList<QJsonObject>> m_endpoints;
    QMap<ProviderId, QHash<QString, QJsonValue>> m_secrets;
    QHash<QByteArray, IdempotentReply> m_idempotent;
};
