#include "cli/endpointcommands.h"

#include "cli/clichanges.h"
#include "cli/clioutput.h"
#include "cli/console.h"
#include "cli/exitcodes.h"
#include "core/draft.h"
#include "core/endpointid.h"
#include "diff/diff.h"
#include "net/apiclient.h"
#include "providers/providerspec.h"

#include <QEventLoop>

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

int EndpointCommands::update(const QString &endpointId, const CliChanges &changes, const QString &stdinSecret,
                             bool dryRun)
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

    // Refused before anything is sent: the ID becomes the one path segment the write goes to.
    if (const QString problem = EndpointIds::refusal(endpointId); !problem.isEmpty()) {
        m_console.err(problem);
        return ExitCode::Usage;
    }
    Draft probe;
    QString applyError;
    if (!CliChangeApplier::apply(changes, stdinSecret, &probe, &applyError)) { // fail before any request
        m_console.err(applyError);
        return ExitCode::Usage;
    }

    const CallResult base = waitFor(m_client.get(m_connection, endpointId));
    if (base.error.isError())
        return report(base.error,
                      tr("Could not read the %1 endpoint \"%2\"").arg(spec.displayName, endpointId));

    Draft draft = Draft::fromEndpoint(base.endpoint);
    CliChangeApplier::apply(changes, stdinSecret, &draft, &applyError);
    const DiffResult diff = Diff::compute(base.endpoint, draft);
    if (!diff.isValid()) {
        for (const FieldError &error : diff.errors)
            m_console.err(tr("Refused before sending (%1): %2").arg(error.field, error.message));
        return ExitCode::Usage;
    }
    if (!diff.hasChanges()) {
        const QString note =
            tr("Nothing to change: the %1 endpoint \"%2\" already has these values; nothing was sent.\n")
                .arg(spec.displayName, endpointId);
        if (m_json) { // stdout stays JSON (the endpoint as it is), the same in every language
            m_console.err(note.trimmed());
            m_console.out(CliOutput::endpointJson(base.endpoint));
        } else {
            m_console.out(note);
        }
        return ExitCode::Ok;
    }
    // Prepared once: the dry run shows, and the update sends, this very request.
    const PreparedRequest request = m_client.prepareUpdate(m_connection, endpointId, diff.request);
    if (dryRun) {
        if (m_json) {
            m_console.err(tr("Dry run: nothing was sent."));
            m_console.out(CliOutput::dryRunJson(request));
        } else {
            m_console.out(tr("Dry run: nothing was sent. The request would be:\n\n") +
                          request.toDisplayText());
        }
        return ExitCode::Ok;
    }

    const CallResult updated = waitFor(m_client.update(m_connection, endpointId, request));
    if (updated.error.isError())
        return report(updated.error,
                      tr("Could not update the %1 endpoint \"%2\"").arg(spec.displayName, endpointId));
    if (m_json) {
        m_console.out(CliOutput::endpointJson(updated.endpoint));
    } else {
        m_console.out(tr("Updated the %1 endpoint \"%2\".\n\n").arg(spec.displayName, endpointId) +
                      CliOutput::endpointDetails(updated.endpoint));
    }
    return ExitCode::Ok;
}
