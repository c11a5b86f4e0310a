#pragma once

#include <QCoreApplication>
#include <QString>

class AccountStore;
class Console;
class CliKeychain;

// `accounts add|list|remove`: each returns the process exit code (see exitcodes.h). The token only
// ever goes from standard input into the keychain; it is never printed or written elsewhere.
class AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
public:
    AccountCommands(Console &console, AccountStore &accounts, CliKeychain &tokens, bool json);

    // caFile: "" or a PEM file of extra CAs; checked now and stored as an absolute path.
    int add(const QString &name, const QString &providerKey, const QString &baseUrl, const QString &caFile);
    int list();
    int remove(const QString &name);

private:
    Console &m_console;
    AccountStore &m_accounts;
    CliKeychain &m_tokens;
    bool m_json;
};
