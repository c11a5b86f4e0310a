#pragma once

#include "core/apierror.h"
#include "core/endpoint.h"
#include "diff/updaterequest.h"
#include "net/apiclient.h"
#include "net/connection.h"
#include "net/preparedrequest.h"
#include "secrets/account.h"
#include "session/changerecord.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class ChangeJournal;

// What "Undo" would do right now, or why it cannot.
struct UndoInfo
{
    bool available = false;
    QString description; // "Undo: re-enable https://…"
    QString caveat;      // e.g. the write-only secret cannot be restored
    QString unavailableReason;
    QString account; // whose endpoint it changes: production accounts ask first
};

// The live session: accounts with their tokens (in memory only), loading endpoints, sending
// changes, the change journal and one-step undo. No widgets; the window and tests drive it.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(ApiClient *client, ChangeJournal *journal, QObject *parent = nullptr);
    ~Workspace() override;

    ApiClient *client() const { return m_client; }
    ChangeJournal *journal() const { return m_journal; }

    // Adds or replaces; reads the account's CA file now (a problem shows when the account loads).
    void setAccount(const Account &account, const QString &token);
    void removeAccount(const QString &name);
    QList<Account> accounts() const;
    bool hasAccount(const QString &name) const { return m_accounts.contains(name); }
    Account account(const QString &name) const { return m_accounts.value(name).account; }
    Connection connectionFor(const QString &accountName) const;

    void refreshAll();
    void refresh(const QString &account);
    bool isLoading() const { return !m_loads.isEmpty(); }

    // The exact request update() would send (token redacted in its display forms).
    PreparedRequest preview(const Endpoint &base, const UpdateRequest &request) const;
    // Sends a change; journals it; on success emits endpointChanged and makes it undoable.
    ApiCall *update(const Endpoint &base, const UpdateRequest &request);

    UndoInfo undoInfo() const;
    ApiCall *undoLast(); // nullptr when nothing can be undone

signals:
    void loadStarted(const QString &account);
    void loadProgress(const QString &account, int loaded);
    void loadFinished(const QString &account, const QList<Endpoint> &endpoints);
    void loadFailed(const QString &account, const ApiError &error);
    void endpointChanged(const Endpoint &endpoint);
    void changeRecorded(const ChangeRecord &record);
    void undoChanged();
    void accountsChanged();

private:
    struct AccountEntry
    {
        Account account;
        QString token;
        QList<QSslCertificate> extraCas; // from account.caFile, read when the account is set
        QString caError;                 // why account.caFile cannot be used; nothing is sent then
    };
    struct UndoRecord
    {
        Endpoint before;
        Endpoint after;
        bool touchedSecret = false;
    };
    ApiCall *send(const Endpoint &base, const UpdateRequest &request, bool isUndo);
    void record(const Endpoint &base, const PreparedRequest &sent, const ApiCall *call, bool isUndo);

    ApiClient *m_client;
    ChangeJournal *m_journal;
    QHash<QString, AccountEntry> m_accounts;
    QHash<QString, QPointer<ApiCall>> m_loads;
    std::optional<UndoRecord> m_undo;
};
