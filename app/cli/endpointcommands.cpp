#include "cli/endpointcommands.h"

#include "cli/bulkupdate.h"
#include "cli/clichanges.h"
#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "core/draft.h"
#include "core/endpointid.h"
#include "core/inerttext.h"
#include "diff/diff.h"
#include "net/apiclient.h"
#include "providers/providerspec.h"
#include "session/changejournal.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

// Runs the event loop until the call finishes and copies its results out: the call deletes
// itself after finished(), so nothing may be read from it afterwards.
struct CallResult
{
    ApiError error;
    QList<Endpoint> endpoints;
    Endpoint endpoint;
};

CallResult waitFor(ApiCall *call)
{
    CallResult result;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, [&result, &loop, call] {
        result.error = call->error();
        result.endpoints = call->endpoints();
        result.endpoint = call->endpoint();
        loop.quit();
    });
    if (!call->isFinished())
        loop.exec();
    return result;
}

} // namespace

EndpointCommands::EndpointCommands(Console &console, ApiClient &client, const Connection &connection,
                                   bool json)
    : m_console(console), m_client(client), m_connection(connection), m_json(json)
{}

int EndpointCommands::report(const ApiError &error, const QString &what) const
{
    m_console.err(what + QLatin1String(": ") + error.toString());
    return exitCodeFor(error);
}

int EndpointCommands::worse(int a, int b)
{
    const auto rank = [](int code) {
        return code == ExitCode::Failure   ? 3
               : code == ExitCode::Refused ? 2
               : code == ExitCode::Usage   ? 1
                                           : 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

int EndpointCommands::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitCode::Ok;
    case ApiError::Kind::Validation:
        return ExitCode::Usage;
    case ApiError::Kind::Refused:
        return ExitCode::Refused;
    case ApiError::Kind::Insecure:
        // Refused before sending (base URL) is a usage error; a redirect off origin came back from
        // the server and is a reply we cannot use.
        return error.httpStatus > 0 ? ExitCode::Failure : ExitCode::Usage;
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::BadReply:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Cancelled:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

int EndpointCommands::get(const QString &endpointId)
{
    const ProviderSpec &spec = Providers::spec(m_connection.provider);
    const CallResult result = waitFor(m_client.get(m_connection, endpointId));
    if (result.error.isError())
        return report(result.error,
                      tr("Could not read the %1 endpoint \"%2\"").arg(spec.displayName, endpointId));
    m_console.out(m_json ? CliOutput::endpointJson(result.endpoint)
                         : CliOutput::endpointDetails(result.endpoint));
    return ExitCode::Ok;
}

int EndpointCommands::update(const QStringList &endpointIds, bool oneAsBefore, const CliChanges &changes,
                             const QString &stdinSecret, bool dryRun)
{
    const ProviderSpec &spec = Providers::spec(m_connection.provider);
    const QStringList unsupported = CliChangeApplier::unsupportedOptions(spec, changes);
    if (!unsupported.isEmpty()) {
        for (const QString &problem : unsupported)
            m_console.err(tr("Not possible with %1: %2").arg(spec.displayName, problem));
        return ExitCode::Usage;
    }
    for (const QString &secret : CliChangeApplier::secretValues(spec, changes, stdinSecret))
        m_console.addSecret(secret);

    // Refused before anything is sent: each ID becomes the one path segment its write goes to.
    for (const QString &endpointId : endpointIds) {
        if (const QString problem = EndpointIds::refusal(endpointId); !problem.isEmpty()) {
            m_console.err(problem);
            return ExitCode::Usage;
        }
    }
    Draft probe;
    QString applyError;
    if (!CliChangeApplier::apply(changes, stdinSecret, &probe, &applyError)) { // fail before any request
        m_console.err(applyError);
        return ExitCode::Usage;
    }

    std::optional<ChangeJournal> journal; // what the window shows in its change journal
    if (!dryRun)
        journal.emplace();
    BulkUpdate bulk(m_client, m_connection, changes, stdinSecret, dryRun, journal ? &*journal : nullptr);
    const auto waiting = [this, &endpointIds](int index, int seconds) {
        m_console.err(tr("%1: the provider asked to wait; sending again in %n s.", nullptr, seconds)
                          .arg(endpointIds.at(index)));
    };
    if (oneAsBefore) {
        const QList<BulkUpdate::Outcome> outcomes = bulk.run(
            endpointIds, [](int) {}, waiting);
        return printOne(endpointIds.value(0), outcomes.value(0), dryRun);
    }

    // Human output: one result per ID in the order given, each as soon as it and those before it are done.
    int printed = 0;
    QList<bool> done(endpointIds.size(), false);
    const auto printReady = [&](int index) {
        done[index] = true;
        for (; !m_json && printed < done.size() && done.at(printed); ++printed)
            m_console.out(resultText(endpointIds.at(printed), bulk.outcome(printed)));
    };
    const QList<BulkUpdate::Outcome> outcomes = bulk.run(endpointIds, printReady, waiting);
    int code = ExitCode::Ok;
    QJsonArray array;
    for (int i = 0; i < outcomes.size(); ++i) {
        const int own = exitCodeOf(outcomes.at(i));
        code = worse(code, own);
        if (m_json)
            array.append(resultJson(endpointIds.at(i), outcomes.at(i), own));
    }
    if (m_json)
        m_console.out(
            InertText::escapeJson(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))));
    return code;
}

int EndpointCommands::exitCodeOf(const BulkUpdate::Outcome &outcome)
{
    switch (outcome.result) {
    case BulkUpdate::Outcome::Result::Updated:
    case BulkUpdate::Outcome::Result::Unchanged:
    case BulkUpdate::Outcome::Result::DryRun:
        return ExitCode::Ok;
    case BulkUpdate::Outcome::Result::Refused:
        return ExitCode::Usage;
    case BulkUpdate::Outcome::Result::ReadFailed:
    case BulkUpdate::Outcome::Result::UpdateFailed:
        break;
    }
    return exitCodeFor(outcome.error);
}

QString EndpointCommands::problemText(const BulkUpdate::Outcome &outcome)
{
    if (outcome.result != BulkUpdate::Outcome::Result::Refused)
        return outcome.error.toString();
    QStringList problems;
    for (const FieldError &error : outcome.fieldErrors)
        problems << tr("Refused before sending (%1): %2").arg(error.field, error.message);
    return problems.join(QLatin1String("; "));
}

QString EndpointCommands::resultText(const QString &endpointId, const BulkUpdate::Outcome &outcome)
{
    switch (outcome.result) {
    case BulkUpdate::Outcome::Result::Updated:
        return tr("%1: updated").arg(endpointId) + QLatin1Char('\n');
    case BulkUpdate::Outcome::Result::Unchanged:
        return tr("%1: nothing to change").arg(endpointId) + QLatin1Char('\n');
    case BulkUpdate::Outcome::Result::DryRun:
        return tr("%1: dry run, nothing was sent. The request would be:").arg(endpointId) +
               QLatin1Char('\n') + outcome.request.toDisplayText() + QLatin1String("\n\n");
    case BulkUpdate::Outcome::Result::ReadFailed:
    case BulkUpdate::Outcome::Result::Refused:
    case BulkUpdate::Outcome::Result::UpdateFailed:
        break;
    }
    return tr("%1: failed: %2").arg(endpointId, problemText(outcome)) + QLatin1Char('\n');
}

QJsonObject EndpointCommands::resultJson(const QString &endpointId, const BulkUpdate::Outcome &outcome,
                                         int exitCode)
{
    // Keys and result words are for scripts: never translated. The objects are CliOutput's own.
    const auto parsed = [](const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); };
    QJsonObject o{{QStringLiteral("id"), endpointId}, {QStringLiteral("exitCode"), exitCode}};
    QJsonValue endpoint; // null: it could not be read
    switch (outcome.result) {
    case BulkUpdate::Outcome::Result::Updated:
        o.insert(QStringLiteral("result"), QStringLiteral("updated"));
        break;
    case BulkUpdate::Outcome::Result::Unchanged:
        o.insert(QStringLiteral("result"), QStringLiteral("unchanged"));
        break;
    case BulkUpdate::Outcome::Result::DryRun:
        o.insert(QStringLiteral("result"), QStringLiteral("dryRun"));
        o.insert(QStringLiteral("request"), parsed(CliOutput::dryRunJson(outcome.request)));
        break;
    case BulkUpdate::Outcome::Result::ReadFailed:
    case BulkUpdate::Outcome::Result::Refused:
    case BulkUpdate::Outcome::Result::UpdateFailed:
        o.insert(QStringLiteral("result"), QStringLiteral("failed"));
        break;
    }
    if (outcome.result != BulkUpdate::Outcome::Result::ReadFailed)
        endpoint = parsed(CliOutput::endpointJson(outcome.endpoint));
    o.insert(QStringLiteral("endpoint"), endpoint);
    o.insert(QStringLiteral("error"),
             exitCode == ExitCode::Ok ? QJsonValue() : QJsonValue(problemText(outcome)));
    return o;
}

// One ID alone: exactly what a single update always printed.
int EndpointCommands::printOne(const QString &endpointId, const BulkUpdate::Outcome &outcome, bool dryRun)
{
    const ProviderSpec &spec = Providers::spec(m_connection.provider);
    switch (outcome.result) {
    case BulkUpdate::Outcome::Result::ReadFailed:
        return report(outcome.error,
                      tr("Could not read the %1 endpoint \"%2\"").arg(spec.displayName, endpointId));
    case BulkUpdate::Outcome::Result::Refused:
        for (const FieldError &error : outcome.fieldErrors)
            m_console.err(tr("Refused before sending (%1): %2").arg(error.field, error.message));
        return ExitCode::Usage;
    case BulkUpdate::Outcome::Result::Unchanged: {
        const QString note =
            tr("Nothing to change: the %1 endpoint \"%2\" already has these values; nothing was sent.\n")
                .arg(spec.displayName, endpointId);
        if (m_json) { // stdout stays JSON (the endpoint as it is), the same in every language
            m_console.err(note.trimmed());
            m_console.out(CliOutput::endpointJson(outcome.endpoint));
        } else {
            m_console.out(note);
        }
        return ExitCode::Ok;
    }
    case BulkUpdate::Outcome::Result::DryRun:
        Q_ASSERT(dryRun);
        if (m_json) {
            m_console.err(tr("Dry run: nothing was sent."));
            m_console.out(CliOutput::dryRunJson(outcome.request));
        } else {
            m_console.out(tr("Dry run: nothing was sent. The request would be:\n\n") +
                          outcome.request.toDisplayText());
        }
        return ExitCode::Ok;
    case BulkUpdate::Outcome::Result::UpdateFailed:
        return report(outcome.error,
                      tr("Could not update the %1 endpoint \"%2\"").arg(spec.displayName, endpointId));
    case BulkUpdate::Outcome::Result::Updated:
        break;
    }
    if (m_json) {
        m_console.out(CliOutput::endpointJson(outcome.endpoint));
    } else {
        m_console.out(tr("Updated the %1 endpoint \"%2\".\n\n").arg(spec.displayName, endpointId) +
                      CliOutput::endpointDetails(outcome.endpoint));
    }
    return ExitCode::Ok;
}
