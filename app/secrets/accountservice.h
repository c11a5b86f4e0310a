#pragma once

#include "secrets/account.h"
#include "secrets/keychain.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class AccountStore;

// What one account transaction did. The texts are translated and never contain a token.
struct AccountResult
{
    enum class Outcome
    {
        Done,           // keychain and settings both changed
        Refused,        // the request was invalid: nothing was touched
        KeychainFailed, // the keychain step failed; whatever it had changed was put back
        SettingsFailed, // the settings could not be written; the keychain change was put back
        RollbackFailed, // a later step failed and putting the keychain back failed too
    };
    Outcome outcome = Outcome::Done;
    QString error;                 // why it did not happen (empty when Done)
    QString rollbackError;         // with RollbackFailed: what is left where, and why
    bool keychainRestored = false; // the keychain had changed and was put back as it was

    bool ok() const { return outcome == Outcome::Done; }
    // The whole story for a user: the cause, then what was (or could not be) put back.
    QString message() const;
};

// Adds, updates, renames and removes accounts, each as one transaction: the keychain first, the
// settings (AccountStore) second. When the settings cannot be written, the keychain change is undone;
// the result says what happened, including an undo that failed. Every request is validated (name,
// uniqueness case-insensitively, base URL, CA file, token) before anything is touched, and the
// existence of the names is checked again right before the settings are written.
//
// Asynchronous: callbacks run later from the event loop, never inside the call, and not at all once
// the service is destroyed (a transaction then stops where it is: do not destroy a busy service).
// Two services (or processes) changing the same account at once are not coordinated.
class AccountService : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AccountResult &result)>;

    // Neither is owned; both must outlive the service.
    AccountService(AccountStore &store, Keychain &keychain, QObject *parent = nullptr);

    AccountStore &store() const { return m_store; }

    // Empty when the request is acceptable, otherwise what is wrong (translated).
    QString checkAdd(const Account &account, const QString &token) const;
    QString checkUpdate(const Account &account, const std::optional<QString> &token) const;
    QString checkRename(const QString &oldName, const Account &account,
                        const std::optional<QString> &token) const;
    QString checkRemove(const QString &name) const;

    // A new account and its token.
    void add(const Account &account, const QString &token, Callback done);
    // The stored account of exactly this name gets these fields, and this token if one is given.
    void update(const Account &account, const std::optional<QString> &token, Callback done);
    // The account oldName becomes `account` (new name and fields): the keychain entry moves (or gets
    // `token` under the new name) and the old name no longer resolves. oldName == account.name is update().
    void rename(const QString &oldName, const Account &account, const std::optional<QString> &token,
                Callback done);
    // The account's keychain entry, then its settings.
    void remove(const QString &name, Callback done);

    // The stored token of an account (a missing entry is an error).
    void readToken(const QString &name, Keychain::ReadCallback done);

signals:
    // After every transaction that changed the stored accounts.
    void accountsChanged();

private:
    // Puts the keychain back; its callback gets "" or what is left where (translated).
    using Undo = std::function<void(Keychain::DoneCallback)>;
    void refuseLater(const Callback &done, const QString &problem);
    // The settings step: recheck(), then write(); when either fails, undo (if any) puts the keychain back.
    void commitSettings(const std::function<QString()> &recheck, const std::function<bool(QString *)> &write,
                        const Undo &undo, const Callback &done);
    // Runs undo, then reports outcome (or RollbackFailed when the undo failed too).
    void undoThenReport(AccountResult::Outcome outcome, const QString &error, const Undo &undo,
                        const Callback &done);
    // newToken: what goes under the new name; oldToken: the entry under the old name, if any.
    void moveAndRename(const QString &oldName, const Account &account, const std::optional<QString> &newToken,
                       const std::optional<QString> &oldToken, const Callback &done);
    QString existsExactly(const QString &name) const;
    QString tokenProblem(const QString &token) const;

    AccountStore &m_store;
    Keychain &m_keychain;
};
