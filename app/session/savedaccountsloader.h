#pragma once

#include <QObject>
#include <QString>

class AccountService;
class Workspace;

// Start-up: every saved account appears in the session at once, and its endpoints load as soon as
// the keychain hands over its token. An account whose token cannot be read is reported
// (keychainFailed) and stays listed without endpoints; the others load regardless.
class SavedAccountsLoader : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive the loader.
    SavedAccountsLoader(AccountService *accounts, Workspace *workspace, QObject *parent = nullptr);

    void start();
    bool isBusy() const { return m_pending > 0; }

signals:
    // error is the keychain's message (it never contains a token).
    void keychainFailed(const QString &account, const QString &error);
    // Every account's keychain answer has arrived (its endpoints may still be loading).
    void finished();

private:
    AccountService *m_accounts;
    Workspace *m_workspace;
    int m_pending = 0;
};
