#include "cli/accountcommands.h"

#include "cli/cliconnection.h"
#include "cli/clikeychain.h"
#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "cli/stdinreader.h"
#include "providers/providerspec.h"
#include "secrets/accountstore.h"
#include "secrets/tokenstore.h"

#include <QFileInfo>

AccountCommands::AccountCommands(Console &console, AccountStore &accounts, CliKeychain &tokens, bool json)
    : m_console(console), m_accounts(accounts), m_tokens(tokens), m_json(json)
{}

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
    if (!TokenStore::isPlausibleToken(token)) {
        m_console.err(
            tr("The token contains whitespace or control characters, or is longer than %1 characters.")
                .arg(TokenStore::MaxTokenLength));
        return ExitCode::Usage;
    }

    QString error;
    if (!m_tokens.writeToken(account.name, token, &error)) {
        m_console.err(tr("Could not store the token in the keychain: %1").arg(error));
        return ExitCode::Usage;
    }
    if (!m_accounts.save(account, &error)) {
        // Do not leave an orphaned token behind.
        QString ignored;
        m_tokens.removeToken(account.name, &ignored);
        m_console.err(tr("Could not save the account: %1").arg(error));
        return ExitCode::Usage;
    }
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
    // Keychain first: if it fails, the account stays listed so the removal can be retried.
    QString error;
    if (!m_tokens.removeToken(account->name, &error)) {
        m_console.err(
            tr("Could not remove the token of \"%1\" from the keychain: %2").arg(account->name, error));
        return ExitCode::Usage;
    }
    if (!m_accounts.remove(account->name, &error)) {
        m_console.err(tr("Removed the token, but could not remove the account: %1").arg(error));
        return ExitCode::Usage;
    }
    m_console.out(tr("Removed the account \"%1\" and its keychain entry.\n").arg(account->name));
    return ExitCode::Ok;
}
