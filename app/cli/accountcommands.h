#pragma once

#include <QCoreApplication>
#include <QString>

class AccountService;
class AccountStore;
class Console;
struct AccountResult;

// `accounts add|list|remove|rename`: each returns the process exit code (see exitcodes.h). Changes go
// through AccountService (keychain and settings in one transaction, as in the window). The token only
// ever goes from standard input into the keychain; it is never printed or written elsewhere.
class AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
public:
    AccountCommands(Console &console, AccountService &service, bool json);

    // caFile: "" or a PEM file of extra CAs; checked now and stored as an absolute path.
    int add(const QString &name, const QString &providerKey, const QString &baseUrl, const QString &caFile);
    int list();
    int remove(const QString &name);
    // Moves the keychain entry and every setting; a missing oldName or a taken newName changes nothing.
    int rename(const QString &oldName, const QString &newName);

private:
    int failed(const AccountResult &result);

    Console &m_console;
    AccountService &m_service;
    AccountStore &m_accounts;
    bool m_json;
};
