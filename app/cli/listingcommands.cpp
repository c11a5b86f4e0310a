#include "cli/listingcommands.h"

#include "cli/cliarguments.h"
#include "cli/cliconnection.h"
#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/endpointcommands.h"
#include "cli/exitcodes.h"
#include "cli/keychainloader.h"
#include "core/endpointfilter.h"
#include "net/apiclient.h"
#include "net/boundedrunner.h"
#include "net/proxypolicy.h"
#include "providers/endpointexport.h"
#include "providers/providerspec.h"
#include "secrets/accountstore.h"

#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

// The order `accounts list` shows (AccountStore::list): case-insensitive, ties by exact name.
bool accountBefore(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

} // namespace

ListingCommands::ListingCommands(Console &console, const CliCommand &command)
    : m_console(console), m_command(command)
{}

int ListingCommands::run()
{
    QList<Source> listed;
    int worst = ExitCode::Ok;
    if (!collectSources(&listed, &worst))
        return worst;
    worst = std::max(worst, load(&listed));

    const EndpointFilter filter(m_command.health, m_command.filter);
    QList<Endpoint> endpoints;
    bool anyLoaded = false;
    for (const Source &source : std::as_const(listed)) {
        anyLoaded = anyLoaded || source.loaded;
        endpoints += filter.filtered(source.endpoints);
    }
    if (!anyLoaded) // nothing to show: no empty table or file that could pass for "no endpoints"
        return worst;
    const int written =
        m_command.kind == CliCommand::Kind::EndpointsExport ? exportTo(endpoints) : print(endpoints);
    return std::max(worst, written);
}

bool ListingCommands::collectSources(QList<Source> *out, int *worst)
{
    // Checked before the keychain is asked: a run that cannot connect never reads a token.
    if (const QString problem = ProxyPolicy::environmentProblem(); !problem.isEmpty()) {
        m_console.err(problem);
        *worst = ExitCode::Usage;
        return false;
    }
    if (m_command.outputPath.isEmpty() || m_command.kind != CliCommand::Kind::EndpointsExport) {
        // nothing to check
    } else if (const QString problem = checkOutput(); !problem.isEmpty()) {
        m_console.err(problem);
        *worst = ExitCode::Usage;
        return false;
    }
    if (!m_command.provider.isEmpty()) { // --provider: one source, the token from the environment
        Source source;
        QString error;
        KeychainLoader unused; // never asked: --provider reads no keychain
        if (!CliConnection::resolve(m_command, nullptr, unused, &source.connection, &error)) {
            m_console.err(error);
            *worst = ExitCode::Usage;
            return false;
        }
        m_console.addSecret(source.connection.token);
        *out << source;
        return true;
    }

    AccountStore accounts;
    QStringList names = m_command.accounts;
    if (names.isEmpty()) {
        for (const Account &account : accounts.list())
            names << account.name;
        if (names.isEmpty()) {
            m_console.err(
                tr("No accounts are saved. Add one with \"patchbay-cli accounts add NAME --provider P\", "
                   "or name a provider with --provider P (the token in %1).")
                    .arg(QLatin1String(CliConnection::tokenVariable)));
            *worst = ExitCode::Usage;
            return false;
        }
    }
    // A misspelt name is a usage error before anything is sent, not a failed account among others.
    for (QString &name : names) {
        const std::optional<Account> account = accounts.find(name);
        if (!account) {
            m_console.err(
                tr("There is no account named \"%1\" (see: patchbay-cli accounts list).").arg(name));
            *worst = ExitCode::Usage;
            return false;
        }
        name = account->name; // "PROD" and "prod" are the same account: listed once
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), accountBefore);
    KeychainLoader tokens; // loads the keychain plugin once, for every account
    for (const QString &name : std::as_const(names)) {
        Source source;
        QString error;
        if (!accountConnection(accounts, tokens, name, &source.connection, &error)) {
            m_console.err(error); // the others are still listed
            *worst = std::max(*worst, int(ExitCode::Usage));
            continue;
        }
        m_console.addSecret(source.connection.token);
        *out << source;
    }
    return true;
}

bool ListingCommands::accountConnection(const AccountStore &accounts, KeychainLoader &tokens,
                                        const QString &name, Connection *out, QString *error)
{
    // The single-account path, once per account: base URL, CAs and the token from the keychain.
    CliCommand one = m_command;
    one.accounts = QStringList{name};
    return CliConnection::resolve(one, &accounts, tokens, out, error);
}

int ListingCommands::load(QList<Source> *sources)
{
    ApiClient client;
    client.setTimeoutMs(m_command.timeoutSeconds * 1000);
    QList<ApiError> errors(sources->size());
    // Hosts side by side (the slowest sets the time, not the sum of them), a few accounts at a time per
    // host: QNetworkAccessManager opens at most 6 connections to one host and queues the rest, where
    // their deadline already runs, so that a dozen accounts at one provider timed out however fast each
    // listing was.
    BoundedRunner runner;
    for (qsizetype i = 0; i < sources->size(); ++i) {
        const QUrl &base = sources->at(i).connection.baseUrl;
        const QString host = base.scheme() + QLatin1String("://") + base.host() + QLatin1Char(':') +
                             QString::number(base.port(base.scheme() == QLatin1String("https") ? 443 : 80));
        runner.add(host, [&, i](const BoundedRunner::Done &done) {
            ApiCall *call = client.list(sources->at(i).connection);
            QObject::connect(call, &ApiCall::finished, &runner, [&, i, call, done] {
                // The call deletes itself after finished(): everything is copied out here.
                errors[i] = call->error();
                (*sources)[i].endpoints = call->endpoints();
                (*sources)[i].loaded = !call->error().isError();
                done(ApiError()); // a listing's retries are the API client's: the runner never repeats it
            });
        });
    }
    QEventLoop loop;
    QObject::connect(&runner, &BoundedRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();

    int worst = ExitCode::Ok;
    for (qsizetype i = 0; i < sources->size(); ++i) {
        if (!errors.at(i).isError())
            continue;
        const Connection &connection = sources->at(i).connection;
        const QString provider = Providers::spec(connection.provider).displayName;
        const QString what = connection.account.isEmpty()
                                 ? tr("Could not list the %1 endpoints").arg(provider)
                                 : tr("Could not list the endpoints of the account \"%1\" (%2)")
                                       .arg(connection.account, provider);
        worst = std::max(worst,
                         EndpointCommands(m_console, client, connection, false).report(errors.at(i), what));
    }
    return worst;
}

int ListingCommands::print(const QList<Endpoint> &endpoints) const
{
    if (m_command.json) // the export's array, streamed like it: never a whole document in memory
        return writeToStdout(endpoints, EndpointExport::Format::Json);
    m_console.out(CliOutput::endpointTable(endpoints));
    return ExitCode::Ok;
}

QString ListingCommands::checkOutput() const
{
    // Opened (and dropped) before anything is sent: a path that cannot be written costs no requests.
    QSaveFile probe(m_command.outputPath);
    if (!probe.open(QIODevice::WriteOnly))
        return tr("Cannot write the export to \"%1\": %2").arg(m_command.outputPath, probe.errorString());
    probe.cancelWriting();
    return {};
}

int ListingCommands::exportTo(const QList<Endpoint> &endpoints) const
{
    const auto format =
        m_command.format == QLatin1String("csv") ? EndpointExport::Format::Csv : EndpointExport::Format::Json;
    if (m_command.outputPath.isEmpty())
        return writeToStdout(endpoints, format);
    // Whole or not at all: the file appears (or replaces the old one) only once every byte is on disk.
    QSaveFile file(m_command.outputPath);
    if (!file.open(QIODevice::WriteOnly) || !stream(endpoints, format, &file) || !file.commit()) {
        m_console.err(tr("Could not write the export to \"%1\": %2 (an existing file is unchanged).")
                          .arg(m_command.outputPath, file.errorString()));
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

int ListingCommands::writeToStdout(const QList<Endpoint> &endpoints, EndpointExport::Format format) const
{
    QFile out;
    const bool written = out.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle) &&
                         stream(endpoints, format, &out) && out.flush();
    return written && std::fflush(stdout) == 0 ? ExitCode::Ok : ExitCode::Failure;
}

bool ListingCommands::stream(const QList<Endpoint> &endpoints, EndpointExport::Format format,
                             QIODevice *device) const
{
    // No token is ever in an export; redacted anyway, as everything this program writes, chunk by
    // chunk. The bytes are inert already (EndpointExport), so they are written as they are: the CSV's
    // CRLF stays.
    return EndpointExport::write(endpoints, format, device,
                                 [this](const QByteArray &chunk) { return m_console.redact(chunk); });
}
