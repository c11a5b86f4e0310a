#include "sandbox/sandboxstore.h"

#include "sandbox/sandboxseed.h"

namespace {
const QString idKey = QStringLiteral("id");
}

void SandboxStore::clear()
{
    m_tables.clear();
    m_secrets.clear();
    m_unseenFailures.clear();
    m_idempotent.clear();
}

int SandboxStore::count(ProviderId provider) const
{
    const auto it = m_tables.constFind(provider);
    return it == m_tables.constEnd() ? 0 : int(it->stored.size()) + it->synthetic;
}

QJsonObject SandboxStore::at(ProviderId provider, int index) const
{
    const auto it = m_tables.constFind(provider);
    if (it == m_tables.constEnd() || index < 0)
        return {};
    if (index < it->stored.size())
        return it->stored.at(index);
    const int n = index - int(it->stored.size());
    if (n >= it->synthetic)
        return {};
    const auto changed = it->changedSynthetic.constFind(n);
    return changed != it->changedSynthetic.constEnd() ? changed.value() : SandboxSeed::synthetic(provider, n);
}

QStringList SandboxStore::ids(ProviderId provider) const
{
    QStringList result;
    const int n = count(provider);
    result.reserve(n);
    for (int i = 0; i < n; ++i)
        result << at(provider, i).value(idKey).toString();
    return result;
}

int SandboxStore::indexOf(ProviderId provider, const QString &id) const
{
    const auto it = m_tables.constFind(provider);
    if (it == m_tables.constEnd())
        return -1;
    const int stored = it->index.value(id, -1);
    if (stored >= 0)
        return stored;
    const int n = SandboxSeed::syntheticNumber(provider, id);
    return n >= 0 && n < it->synthetic ? int(it->stored.size()) + n : -1;
}

QJsonObject SandboxStore::endpoint(ProviderId provider, const QString &id) const
{
    const int i = indexOf(provider, id);
    return i < 0 ? QJsonObject() : at(provider, i);
}

bool SandboxStore::append(ProviderId provider, const QJsonObject &endpoint)
{
    const QString id = endpoint.value(idKey).toString();
    if (id.isEmpty() || contains(provider, id))
        return false;
    Table &table = m_tables[provider];
    table.index.insert(id, int(table.stored.size()));
    table.stored.append(endpoint);
    return true;
}

void SandboxStore::replace(ProviderId provider, const QJsonObject &endpoint)
{
    const int i = indexOf(provider, endpoint.value(idKey).toString());
    if (i < 0)
        return;
    Table &table = m_tables[provider];
    if (i < table.stored.size())
        table.stored[i] = endpoint;
    else
        table.changedSynthetic.insert(i - int(table.stored.size()), endpoint);
}

bool SandboxStore::remove(ProviderId provider, const QString &id)
{
    const auto it = m_tables.find(provider);
    if (it == m_tables.end())
        return false;
    const int i = it->index.value(id, -1);
    if (i < 0)
        return false; // unknown, or synthetic: those are a numbered run, never removed
    it->stored.removeAt(i);
    it->index.remove(id);
    for (auto e = it->index.begin(); e != it->index.end(); ++e) {
        if (e.value() > i)
            --e.value();
    }
    m_secrets[provider].remove(id);
    m_unseenFailures[provider].remove(id);
    return true;
}

void SandboxStore::addSynthetic(ProviderId provider, int count)
{
    if (count > 0)
        m_tables[provider].synthetic += count;
}

int SandboxStore::syntheticCount(ProviderId provider) const
{
    return m_tables.value(provider).synthetic;
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

int SandboxStore::unseenFailures(ProviderId provider, const QString &id) const
{
    return m_unseenFailures.value(provider).value(id, 0);
}

void SandboxStore::setUnseenFailures(ProviderId provider, const QString &id, int count)
{
    if (count > 0)
        m_unseenFailures[provider].insert(id, count);
    else
        m_unseenFailures[provider].remove(id);
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
