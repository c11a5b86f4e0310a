#pragma once

#include "cli/cliarguments.h"
#include "core/apierror.h"
#include "core/endpoint.h"
#include "diff/updaterequest.h"
#include "net/connection.h"
#include "net/preparedrequest.h"

#include <QObject>
#include <QStringList>
#include <functional>

class ApiClient;
class BoundedRunner;
class ChangeJournal;

// `endpoints update` over one or many IDs. Each ID is read and diffed on its own, exactly as one
// ID alone (GET, Draft, Diff::compute, prepareUpdate), and the IDs run through the BoundedRunner
// (a few at a time, the provider's Retry-After honoured: a retry re-reads and re-diffs). Every
// update sent is appended to the change journal, as the window's are, whatever its result.
class BulkUpdate : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class Result
        {
            Updated,
            Unchanged,
            DryRun,       // what would be sent: request
            ReadFailed,   // error
            Refused,      // fieldErrors: the change is not possible on this endpoint; nothing sent
            UpdateFailed, // error
        };
        Result result = Result::ReadFailed;
        ApiError error;
        QList<FieldError> fieldErrors;
        Endpoint endpoint;       // Updated: the reply; Unchanged / Refused: as it is
        PreparedRequest request; // DryRun, Updated, UpdateFailed
    };

    // journal: nullptr writes none (a dry run sends nothing).
    BulkUpdate(ApiClient &client, const Connection &connection, const CliChanges &changes,
               const QString &stdinSecret, bool dryRun, ChangeJournal *journal);
    ~BulkUpdate() override;

    // Runs every ID to its outcome (in the event loop) and returns them in the order of `ids`.
    // onFinished(i) comes as each one is done, onWaiting(i, seconds) when its provider asks to wait.
    QList<Outcome> run(const QStringList &ids, const std::function<void(int index)> &onFinished,
                       const std::function<void(int index, int seconds)> &onWaiting);
    const Outcome &outcome(int index) const { return m_outcomes.at(index); }

private:
    void runOne(int index, const std::function<void(const ApiError &)> &done);
    void journal(const Endpoint &base, const PreparedRequest &request, const ApiError &error, int httpStatus,
                 const Endpoint &result);

    ApiClient &m_client;
    Connection m_connection;
    CliChanges m_changes;
    QString m_secret;
    bool m_dryRun;
    ChangeJournal *m_journal;
    QStringList m_ids;
    QList<Outcome> m_outcomes;
};
