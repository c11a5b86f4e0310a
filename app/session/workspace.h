#pragma once

#include "core/apierror.h"
#include "core/endpoint.h"
#include "diff/updaterequest.h"
#include "net/apiclient.h"
#include "net/connection.h"
#include "net/preparedrequest.h"
#include "secrets/account.h"
#include "session/changerecord.h"
#include "session/refreshpacer.h"
#include "session/revertplan.h"
#include "session/savejob.h"
#include "session/undohistory.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ChangeJournal;

// What "Undo" (or "Redo") would do right now, or why it cannot.
struct UndoInfo
{
    bool available = false;
    QString description; // "Undo re-enable of https://…"
    QString menuText;    // the same with its mnemonic, for the Edit menu (also when unavailable)
    QString caveat;      // e.g. the write-only secret cannot be restored
    QString skipped;     // the secret rotations stepped over to reach this step, if any
    QString unavailableReason;
    QString account; // whose endpoint it changes: production accounts ask first
};

// The live session: accounts with their tokens (in memory only), loading endpoints, sending
// changes, the change journal and the undo history of this run. No widgets; the window and tests drive it.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(ApiClient *client, ChangeJournal *journal, QObject *parent = nullptr);
    ~Workspace() override;

    ApiClient *client() const { return m_client; }
    ChangeJournal *journal() const { return m_journal; }

    // Adds or replaces; reads the account's CA file now and at each refresh (a problem is the load's error).
    void setAccount(const Account &account, const QString &token);
    void removeAccount(const QString &name);
    QList<Account> accounts() const;
    bool hasAccount(const QString &name) const { return m_accounts.contains(name); }
    Account account(const QString &name) const { return m_accounts.value(name).account; }
    Connection connectionFor(const QString &accountName) const;

    void refreshAll();
    void refresh(const QString &account); // the user's: always at once

    // One round of auto-refresh (the window's timer calls it each interval): the accounts start in name
    // order, spread over the start of the round, each only when RefreshPacer says it is due (a due time
    // past this round waits there); an account still loading is left alone. A round replaces the last.
    void autoRefresh(int intervalMs);
    void stopAutoRefresh();
    const RefreshPacer &pacer() const { return m_pacer; }
    bool isLoading() const { return !m_loads.isEmpty() || !m_queue.isEmpty(); } // or still delivering

    // The request a change would be against the endpoint as loaded (token redacted in its display
    // forms). What is finally sent is computed against a fresh copy, see save().
    PreparedRequest preview(const Endpoint &base, const UpdateRequest &request) const;
    // Saves the user's draft of `base` without lost updates (see SaveJob), already started: set its
    // options right away, before returning to the event loop. It is journaled when a request went out;
    // on success endpointChanged() carries the result and the change becomes undoable.
    SaveJob *save(const Endpoint &base, const Draft &draft);

    // Undo and redo step through the changes of this run (UndoHistory). Each is a change like any
    // other: the endpoint is re-read first, the diff is computed against that copy, and a field
    // someone else changed meanwhile is a conflict (nothing is sent). nullptr when not available.
    UndoInfo undoInfo() const;
    UndoInfo redoInfo() const;
    SaveJob *undo();
    SaveJob *redo();
    const UndoHistory &history() const { return m_history; }

    // Sends back a change from the journal (RevertPlan::of(record) says whether it can be): a field
    // changed since is a conflict, asked (setAskOnConflict is on) so the user decides. nullptr when
    // not possible, with *why.
    SaveJob *revert(const ChangeRecord &record, QString *why = nullptr);

    // A re-enable of `fresh`, disabled by its provider, clears the provider's reason and failure
    // count for good: what is lost, or false when `fresh` was not disabled by the provider.
    static bool providerDisableOf(const Endpoint &fresh, QString *reason, int *failures);

    // loadProgress() comes at most this often (the first page at once, the latest count at the end of
    // each interval): a load of 1,000 pages must not repaint the window 1,000 times.
    static constexpr int ProgressIntervalMs = 100;
    // endpointsLoaded() carries at most this many endpoints per event-loop turn, so the receiver's
    // work per turn stays bounded (the window builds and sorts rows for each).
    static constexpr int DefaultMaxBatch = 1000;
    void setMaxBatch(int endpoints) { m_maxBatch = qMax(1, endpoints); }
    int maxBatch() const { return m_maxBatch; }

signals:
    void loadStarted(const QString &account);
    void loadProgress(const QString &account, int loaded); // throttled, see ProgressIntervalMs; never
                                                           // after that load's loadFinished / loadFailed
    // A load's endpoints as its pages arrive, released with loadProgress() and split into batches of
    // at most MaxBatch; all of them come before that load's loadFinished / loadFailed. An endpoint can
    // come again in a later load (same account + id): it replaces the earlier one. Only loadFinished
    // says which endpoints are gone.
    void endpointsLoaded(const QString &account, const QList<Endpoint> &endpoints);
    // `ids`: every endpoint of the load (they all came with endpointsLoaded before); rows of the account
    // that are not among them are gone upstream.
    void loadFinished(const QString &account, const QStringList &ids);
    void loadFailed(const QString &account, const ApiError &error);
    void endpointChanged(const Endpoint &endpoint);
    void changeRecorded(const ChangeRecord &record);
    void historyChanged(); // what undo and redo would do changed
    void accountsChanged();

private:
    struct AccountEntry
    {
        Account account;
        QString token;
        QList<QSslCertificate> extraCas; // from account.caFile, read when set and at each refresh
        QString caError;                 // why account.caFile cannot be used; nothing is sent then
    };
    static void loadTrust(AccountEntry *entry);
    SaveJob *startSave(const Endpoint &base, const Draft &draft, ChangeRecord::Kind kind);
    UndoInfo stepInfo(bool redo) const;
    void onListProgress(const QString &account, int loaded);
    void flushProgress();
    void release(const QString &account); // its arrived endpoints join the delivery queue
    void deliver();
    void forget(const QString &account); // drops what is still queued of its load
    void record(const SaveJob *job, ChangeRecord::Kind kind);

    ApiClient *m_client;
    ChangeJournal *m_journal;
    QHash<QString, AccountEntry> m_accounts;
    QHash<QString, QPointer<ApiCall>> m_loads;
    // Polite auto-refresh: see autoRefresh().
    void runDueAutoRefreshes();
    RefreshPacer m_pacer;
    QElapsedTimer m_clock;            // the pacer's monotonic time
    QHash<QString, qint64> m_autoDue; // this round's accounts not started yet, by due time
    QTimer m_autoTimer;               // single shot: the next due time
    qint64 m_autoIntervalMs = 0;
    QHash<QString, int> m_pendingProgress; // latest count per account, not yet emitted
    QTimer m_progressTimer;                // single shot: emits m_pendingProgress
    QElapsedTimer m_sinceProgress;         // since the last loadProgress, any account
    // Endpoints of pages that arrived, per account, not released yet (released with each loadProgress).
    QHash<QString, QList<Endpoint>> m_arrived;
    QHash<QString, QStringList> m_listedIds; // per running load: the IDs of every page so far
    // Released, in order: endpoints to deliver, or a load's outcome (after all of its endpoints).
    struct Delivery
    {
        QString account;
        QList<Endpoint> endpoints;
        bool outcome = false;
        ApiError error;
        QStringList ids; // an outcome: the load's IDs
    };
    QList<Delivery> m_queue;
    QTimer m_deliveryTimer; // single shot, 0 ms: one batch per event-loop turn
    int m_maxBatch = DefaultMaxBatch;
    UndoHistory m_history;
    bool m_stepping = false; // an undo or redo is on its way: the next one waits for it
    int m_historyEdits = 0;  // pushes and removals: an undo that finishes after one is not a step
};
