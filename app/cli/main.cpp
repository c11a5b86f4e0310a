// patchbay-cli: the console's engine without the window (see `patchbay-cli --help`).

#include "cli/accountcommands.h"
#include "cli/cliarguments.h"
#include "cli/cliconnection.h"
#include "cli/console.h"
#include "cli/endpointcommands.h"
#include "cli/exitcodes.h"
#include "cli/keychainloader.h"
#include "cli/listingcommands.h"
#include "cli/stdinreader.h"
#include "core/inerttext.h"
#include "net/apiclient.h"
#include "secrets/accountservice.h"
#include "secrets/accountstore.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <optional>

namespace {

// English (or C) is the language of the sources: nothing to load. Any other language in the list,
// even after an English one (LANGUAGE=en_GB:de), is looked for as before.
bool speaksOnlyEnglish(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    return std::all_of(languages.cbegin(), languages.cend(), [](const QString &language) {
        return language == QLatin1String("C") || language == QLatin1String("en") ||
               language.startsWith(QLatin1String("en-"));
    });
}

// Messages in the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as in the window. What
// scripts parse (--json, exit codes, the health keys) never goes through tr().
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    // Saves looking for two catalogues (and Qt's path lookup) at every English start: ~0.1 ms of
    // a ~5 ms update. Qt's qtbase_en.qm holds no messages.
    if (speaksOnlyEnglish(locale))
        return;
    auto *qt = new QTranslator(&app); // Qt's own network error texts
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("patchbay"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

int runEndpoints(const CliCommand &command, Console &console)
{
    // The settings file is read only for --account: --provider takes nothing from it.
    std::optional<AccountStore> accounts;
    if (!command.accounts.isEmpty())
        accounts.emplace();
    KeychainLoader tokens; // loads the keychain plugin only if a token is read or written
    Connection connection;
    QString error;
    if (!CliConnection::resolve(command, accounts ? &*accounts : nullptr, tokens, &connection, &error)) {
        console.err(error);
        return ExitCode::Usage;
    }
    console.addSecret(connection.token);

    ApiClient client;
    client.setTimeoutMs(command.timeoutSeconds * 1000);
    EndpointCommands endpoints(console, client, connection, command.json);
    switch (command.kind) {
    case CliCommand::Kind::EndpointsGet:
        return endpoints.get(command.endpointId);
    default:
        break;
    }
    QString secret;
    if (command.changes.secretStdin) {
        bool ok = false;
        secret =
            StdinReader::firstLine(QCoreApplication::translate("main", "New secret (input hidden): "), &ok);
        console.addSecret(secret);
    }
    return endpoints.update(command.endpointIds.value(0), command.changes, secret, command.dryRun);
}

int runAccounts(const CliCommand &command, Console &console)
{
    AccountStore accounts;
    KeychainLoader tokens; // loads the keychain plugin only if a token is read or written
    AccountService service(accounts, tokens);
    AccountCommands commands(console, service, command.json);
    switch (command.kind) {
    case CliCommand::Kind::AccountsAdd:
        return commands.add(command.accountName, command.provider, command.baseUrl, command.caFile);
    case CliCommand::Kind::AccountsRemove:
        return commands.remove(command.accountName);
    case CliCommand::Kind::AccountsRename:
        return commands.rename(command.accountName, command.newAccountName);
    default:
        return commands.list();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    InertText::installLogFilter(); // Qt's warnings quote URLs and server text too
    // The same settings location as the window, so both see the same accounts.
    QCoreApplication::setOrganizationName(QStringLiteral("Patchbay"));
    QCoreApplication::setApplicationName(QStringLiteral("Patchbay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));
    installTranslations(app);

    Console console;
    const CliParseResult parsed = CliArguments::parse(app.arguments().mid(1));
    if (!parsed.ok()) {
        console.err(parsed.error);
        console.err(QCoreApplication::translate("main", "Try: patchbay-cli --help"));
        return ExitCode::Usage;
    }
    const CliCommand &command = parsed.command;
    switch (command.kind) {
    case CliCommand::Kind::Help:
        console.out(CliArguments::usage());
        return ExitCode::Ok;
    case CliCommand::Kind::Version: // same shape as QCommandLineParser's: "name version"
        console.out(QStringLiteral("patchbay-cli " PATCHBAY_VERSION));
        return ExitCode::Ok;
    case CliCommand::Kind::EndpointsList:
    case CliCommand::Kind::EndpointsExport: // every account named, or every saved one, at once
        return ListingCommands(console, command).run();
    case CliCommand::Kind::EndpointsGet:
    case CliCommand::Kind::EndpointsUpdate:
        return runEndpoints(command, console);
    case CliCommand::Kind::AccountsAdd:
    case CliCommand::Kind::AccountsList:
    case CliCommand::Kind::AccountsRemove:
    case CliCommand::Kind::AccountsRename:
        return runAccounts(command, console);
    }
    return ExitCode::Usage;
}
