#pragma once

#include "common/callwaiter.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"
#include "session/workspace.h"

#include <QJsonDocument>
#include <memory>

// The real sandbox on loopback and a Workspace with one account per provider (named after it), for
// tests that drive the session or the window. colleagueSends() changes an endpoint behind the
// Workspace's back, through a second client, as someone else would.
class SandboxWorkspace
{
public:
    explicit SandboxWorkspace(ChangeJournal *journal = nullptr)
        : m_workspace(std::make_unique<Workspace>(&m_client, journal))
    {
        m_listening = m_sandbox.listen(0);
        for (ProviderId p : Providers::all()) {
            Account account(accountOf(p), p);
            account.baseUrl = m_sandbox.baseUrl();
            m_workspace->setAccount(account, SandboxServer::tokenFor(p));
        }
    }

    static QString accountOf(ProviderId p) { return Providers::spec(p).displayName; }
    bool isListening() const { return m_listening; }
    SandboxServer &sandbox() { return m_sandbox; }
    ApiClient &client() { return m_client; }
    Workspace *workspace() const { return m_workspace.get(); }
    Connection connection(ProviderId p) const { return m_workspace->connectionFor(accountOf(p)); }

    Endpoint load(ProviderId p, const QString &id)
    {
        return waitFor(m_client.get(connection(p), id)).endpoint;
    }
    // The endpoint as the server has it now, read by someone else.
    Endpoint current(ProviderId p, const QString &id)
    {
        return waitFor(m_colleague.get(connection(p), id)).endpoint;
    }
    // Returns the error text, empty when the colleague's change landed.
    QString colleagueSends(ProviderId p, const QString &id, const QJsonObject &body)
    {
        const CallResult r = waitFor(
            m_colleague.update(connection(p), id, UpdateRequest{Providers::spec(p).updateMethod, body}));
        return r.error.isError() ? r.error.toString() : QString();
    }
    // The bodies of every write the sandbox received, oldest first.
    QList<QJsonObject> writeBodies() const
    {
        QList<QJsonObject> bodies;
        for (const SandboxJournalEntry &e : m_sandbox.journal())
            if (e.method != "GET")
                bodies << QJsonDocument::fromJson(e.body).object();
        return bodies;
    }

private:
    SandboxServer m_sandbox;
    bool m_listening = false;
    ApiClient m_client;
    ApiClient m_colleague;
    std::unique_ptr<Workspace> m_workspace;
};
