#include "cli/bulkupdate.h"

#include "cli/clichanges.h"
#include "core/draft.h"
#include "diff/diff.h"
#include "net/apiclient.h"
#include "net/boundedrunner.h"
#include "providers/providerspec.h"
#include "session/changejournal.h"

#include <QEventLoop>

BulkUpdate::BulkUpdate(ApiClient &client, const Connection &connection, const CliChanges &changes,
                       const QString &stdinSecret, bool dryRun, ChangeJournal *journal)
    : m_client(client), m_connection(connection), m_changes(changes), m_secret(stdinSecret), m_dryRun(dryRun),
      m_journal(journal)
{}

BulkUpdate::~BulkUpdate() = default;

QList<BulkUpdate::Outcome> BulkUpdate::run(const QStringList &ids, const std::function<void(int)> &onFinished,
                                           const std::function<void(int, int)> &onWaiting)
{
    m_ids = ids;
    m_outcomes = QList<Outcome>(ids.size());
    BoundedRunner runner;
    // One account, so one lane: its provider's.
    const QString lane = Providers::spec(m_connection.provider).key;
    for (int index = 0; index < ids.size(); ++index)
        runner.add(lane, [this, index](const BoundedRunner::Done &done) { runOne(index, done); });
    QEventLoop loop;
    QObject::connect(&runner, &BoundedRunner::jobFinished, &loop, [this, &runner, &onFinished](int index) {
        if (runner.attempts(index) == 0) // never run (the provider refused every attempt of another): unsent
            m_outcomes[index].error = runner.error(index);
        onFinished(index);
    });
    QObject::connect(&runner, &BoundedRunner::jobWaiting, &loop, onWaiting);
    QObject::connect(&runner, &BoundedRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    return m_outcomes;
}

void BulkUpdate::runOne(int index, const std::function<void(const ApiError &)> &done)
{
    const QString id = m_ids.at(index);
    ApiCall *read = m_client.get(m_connection, id);
    // The call deletes itself after finished(): everything is copied out in the slot.
    connect(read, &ApiCall::finished, this, [this, read, index, id, done] {
        Outcome outcome;
        if (read->error().isError()) {
            outcome.error = read->error();
            m_outcomes[index] = outcome;
            done(outcome.error);
            return;
        }
        const Endpoint base = read->endpoint();
        outcome.endpoint = base;
        Draft draft = Draft::fromEndpoint(base);
        QString applyError; // checked once before any request (EndpointCommands::update)
        CliChangeApplier::apply(m_changes, m_secret, &draft, &applyError);
        const DiffResult diff = Diff::compute(base, draft);
        if (!diff.isValid()) {
            outcome.result = Outcome::Result::Refused;
            outcome.fieldErrors = diff.errors;
            outcome.error = ApiError{ApiError::Kind::Validation, 0, {}, {}, -1};
            m_outcomes[index] = outcome;
            done(outcome.error);
            return;
        }
        if (!diff.hasChanges()) {
            outcome.result = Outcome::Result::Unchanged;
            m_outcomes[index] = outcome;
            done(ApiError());
            return;
        }
        // Prepared once: the dry run shows, and the update sends, this very request.
        outcome.request = m_client.prepareUpdate(m_connection, id, diff.request);
        if (m_dryRun) {
            outcome.result = Outcome::Result::DryRun;
            m_outcomes[index] = outcome;
            done(ApiError());
            return;
        }
        ApiCall *update = m_client.update(m_connection, id, outcome.request);
        connect(update, &ApiCall::finished, this, [this, update, index, base, outcome, done]() mutable {
            journal(base, outcome.request, update->error(), update->httpStatus(), update->endpoint());
            if (update->error().isError()) {
                outcome.result = Outcome::Result::UpdateFailed;
                outcome.error = update->error();
            } else {
                outcome.result = Outcome::Result::Updated;
                outcome.endpoint = update->endpoint();
            }
            m_outcomes[index] = outcome;
            done(outcome.error);
        });
    });
}

void BulkUpdate::journal(const Endpoint &base, const PreparedRequest &request, const ApiError &error,
                         int httpStatus, const Endpoint &result)
{
    if (!m_journal)
        return;
    // The record the window writes (Workspace::record), by "patchbay-cli": the body redacted, the
    // reply's errors already redacted by the API client.
    ChangeRecord r;
    r.at = QDateTime::currentDateTimeUtc();
    // A --provider run has no saved account: named so that it can be told apart and never revert
    // into a real account.
    r.account = m_connection.account.isEmpty()
                    ? QStringLiteral("--provider ") + Providers::spec(m_connection.provider).key
                    : m_connection.account;
    r.provider = base.provider;
    r.endpointId = base.id;
    r.endpointUrl = base.url;
    r.method = request.method;
    r.requestUrl = request.url.toString();
    r.body = request.redactedBody();
    r.base = base.rawObject();
    r.httpStatus = error.isError() ? error.httpStatus : httpStatus;
    r.error = error.isError() ? error.toString() : QString();
    r.by = QStringLiteral("patchbay-cli");
    // A re-enable clears the provider's reason and count: the journal keeps them (also when it
    // failed: whether the server applied it is not certain).
    const bool reEnabled = error.isError() ? m_changes.enabled.value_or(false) : result.enabled;
    QString reason;
    int failures = 0;
    if (reEnabled && ChangeRecord::providerDisableOf(base, &reason, &failures)) {
        r.lostProviderReason = reason;
        r.lostFailureCount = failures;
    }
    QString problem;
    if (!m_journal->appendUnloaded(r, &problem))
        qWarning("%s", qPrintable(problem));
}
