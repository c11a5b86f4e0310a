#include "sandbox/sandboxstore.h"

namespace {
const QString idKey = QStringLiteral("id");
}

void SandboxStore::clear()
{
    m_endpoints.clear();
    m_secrets.clear();
    m_idempotent.clear();
}

QStringList SandboxStore::ids(ProviderId provider) const
{
    QStringList result;
    for (const QJsonObject &o : m_endpoints.value(provider))
        result << o.value(idKey).toString();
    return result;
}

int SandboxStore::indexOf(ProviderId provider, const QString &id) const
{
    const QList<QJsonObject> &list = m_endpoints[provider];
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).value(idKey).toString() == id)
            return i;
    }
    return -1;
}

QJsonObject SandboxStore::endpoint(ProviderId provider, const QString &id) const
{
    const int i = indexOf(provider, id);
    return i < 0 ? QJsonObject() : m_endpoints.value(provider).at(i);
}

void SandboxStore::append(ProviderId provider, const QJsonObject &endpoint)
{
    m_endpoints[provider].append(endpoint);
}

void SandboxStore::replace(ProviderId provider, const QJsonObject &endpoint)
{
    const int i = indexOf(provider, endpoint.value(idKey).toString());
    if (i >= 0)
        m_endpoints[provider][i] = endpoint;
}

QJsonValue SandboxStore::secret(ProviderId provider, const QString &id) const
{
    return m_secrets.value(provider).value(id, QJsonValue(QJsonValue::Undefined));
}

void SandboxStore::setSecret(ProviderId provider, const QString &id, const QJsonValue &secret)
{
    m_secrets[provider].insert(id, secret);
}

void SandboxStore::removeSecret(ProviderId provider, const QString &id)
{
    m_secrets[provider].remove(id);
}

const SandboxStore::IdempotentReply *SandboxStore::idempotentReply(const QByteArray &key) const
{
    const auto it = m_idempotent.constFind(key);
    return it == m_idempotent.constEnd() ? nullptr : &it.value();
}

void SandboxStore::rememberIdempotentReply(const QByteArray &key, const IdempotentReply &reply)
{
    m_idempotent.insert(key, reply);
}

void SandboxStore::forgetIdempotentRepliesBefore(const QDateTime &cutoff)
{
    for (auto it = m_idempotent.begin(); it != m_idempotent.end();) {
        if (it.value().at < cutoff)
            it = m_idempotent.erase(it);
        else
            ++it;
    }
}
