#include "cli/accountcommands.h"

#include "cli/cliconnection.h"
#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/stdinreader.h"
#include "providers/providerspec.h"
#include "secrets/accountservice.h"
#include "secrets/accountstore.h"
#include "secrets/blockingaccountservice.h"

#include <QFileInfo>

AccountCommands::AccountCommands(Console &console, AccountService &service, bool json)
    : m_console(console), m_service(service), m_accounts(service.store()), m_json(json)
{}

int AccountCommands::failed(const AccountResult &result)
{
    m_console.err(result.message());
    return ExitCode::Usage;
}

int AccountCommands::add(const QString &name, const QString &providerKey, const QString &baseUrlText,
                         const QString &caFile)
{
    ProviderId provider;
    if (!Providers::fromKey(providerKey, &provider)) {
        m_console.err(tr("Unknown provider \"%1\".").arg(providerKey));
        return ExitCode::Usage;
    }
    Account account(name, provider);
    QString problem;
    account.baseUrl = CliConnection::baseUrlFor(provider, baseUrlText, &problem);
    if (!problem.isEmpty()) {
        m_console.err(tr("--base-url: %1").arg(problem));
        return ExitCode::Usage;
    }
    if (!caFile.isEmpty()) {
        account.caFile = QFileInfo(caFile).absoluteFilePath();
        problem = AccountStore::checkCaFile(account.caFile);
        if (!problem.isEmpty()) {
            m_console.err(tr("--ca-file: %1").arg(problem));
            return ExitCode::Usage;
        }
    }
    // Check everything before reading the token, so a refused account never consumes it.
    if (m_accounts.find(name)) {
        m_console.err(tr("An account named \"%1\" already exists; remove it first.").arg(name));
        return ExitCode::Usage;
    }
    problem = m_accounts.check(account);
    if (!problem.isEmpty()) {
        m_console.err(problem);
        return ExitCode::Usage;
    }

    bool readOk = false;
    const QString token =
        StdinReader::firstLine(tr("API token for %1 (input hidden): ").arg(account.name), &readOk);
    m_console.addSecret(token);
    if (!readOk || token.isEmpty()) {
        m_console.err(tr("No token given: put the token on the first line of standard input."));
        return ExitCode::Usage;
    }
    if (!Keychain::isPlausibleToken(token)) {
        m_console.err(
            tr("The token contains whitespace or control characters, or is longer than %1 characters.")
                .arg(Keychain::MaxTokenLength));
        return ExitCode::Usage;
    }
    const AccountResult result = BlockingAccountService(m_service).add(account, token);
    if (!result.ok())
        return failed(result);
    m_console.out(tr("Added the account \"%1\" (%2, %3); its token is in the keychain.\n")
                      .arg(account.name, Providers::spec(provider).displayName, account.baseUrl.toString()));
    return ExitCode::Ok;
}

int AccountCommands::list()
{
    const QList<Account> accounts = m_accounts.list();
    if (m_json)
        m_console.out(CliOutput::accountsJson(accounts));
    else if (accounts.isEmpty())
        m_console.out(tr("No accounts. Add one with: patchbay-cli accounts add NAME --provider P\n"));
    else
        m_console.out(CliOutput::accountTable(accounts));
    return ExitCode::Ok;
}

int AccountCommands::remove(const QString &name)
{
    const std::optional<Account> account = m_accounts.find(name);
    if (!account) {
        m_console.err(tr("There is no account named \"%1\".").arg(name));
        return ExitCode::Usage;
    }
    const AccountResult result = BlockingAccountService(m_service).remove(account->name);
    if (!result.ok())
        return failed(result);
    m_console.out(tr("Removed the account \"%1\" and its keychain entry.\n").arg(account->name));
    return ExitCode::Ok;
}

int AccountCommands::rename(const QString &oldName, const QString &newName)
{
    // OLD as typed or in another case, like --account; NEW exactly as typed.
    const std::optional<Account> account = m_accounts.find(oldName);
    if (!account) {
        m_console.err(tr("There is no account named \"%1\".").arg(oldName));
        return ExitCode::Usage;
    }
    if (account->name == newName) { // nothing moves: say so, rather than that the keychain entry moved
        const QString note = tr("The account is already named \"%1\"; nothing was changed.").arg(newName);
        if (m_json) { // stdout stays JSON, as for a rename
            m_console.err(note);
            m_console.out(CliOutput::accountsJson({*account}));
        } else {
            m_console.out(note + QLatin1Char('\n'));
        }
        return ExitCode::Ok;
    }
    Account renamed = *account;
    renamed.name = newName;
    const AccountResult result =
        BlockingAccountService(m_service).rename(account->name, renamed, std::nullopt);
    if (!result.ok())
        return failed(result);
    if (m_json)
        m_console.out(CliOutput::accountsJson({renamed}));
    else
        m_console.out(tr("Renamed the account \"%1\" to \"%2\"; its keychain entry moved with it.\n")
                          .arg(account->name, newName));
    return ExitCode::Ok;
}
