#pragma once

#include "cli/bulkupdate.h"
#include "net/connection.h"

#include <QJsonObject>

#include <QCoreApplication>
#include <QString>

class ApiClient;
class ApiCall;
class Console;
struct ApiError;
struct CliChanges;

// `endpoints get|update` (list and export: ListingCommands): each returns the process exit code
// (see exitcodes.h).
class EndpointCommands
{
    Q_DECLARE_TR_FUNCTIONS(EndpointCommands)
public:
    EndpointCommands(Console &console, ApiClient &client, const Connection &connection, bool json);

    int get(const QString &endpointId);
    // Reads each endpoint, applies the changes to a draft and sends what Diff::compute returns:
    // the same path as the edit dialog, a few IDs at a time (BulkUpdate). The stdin secret is read
    // by the caller (only when asked) and applies to every ID. `oneAsBefore`: one ID given alone,
    // printed as a single update always was; otherwise one result per ID (a JSON array with --json).
    // A dry run sends nothing and exits 0, unless an endpoint could not be read or the change is
    // refused for it: then the worst code, as for a real run.
    int update(const QStringList &endpointIds, bool oneAsBefore, const CliChanges &changes,
               const QString &stdinSecret, bool dryRun);

    // The documented exit code for a failed call, after printing "<what>: <error>" to stderr.
    int report(const ApiError &error, const QString &what) const;
    static int exitCodeFor(const ApiError &error);
    // The worse of two exit codes: 4 over 3 over 2 over 0.
    static int worse(int a, int b);

private:
    int printOne(const QString &endpointId, const BulkUpdate::Outcome &outcome, bool dryRun);
    static int exitCodeOf(const BulkUpdate::Outcome &outcome);
    static QString problemText(const BulkUpdate::Outcome &outcome);
    static QString resultText(const QString &endpointId, const BulkUpdate::Outcome &outcome);
    static QJsonObject resultJson(const QString &endpointId, const BulkUpdate::Outcome &outcome,
                                  int exitCode);

    Console &m_console;
    ApiClient &m_client;
    Connection m_connection;
    bool m_json;
};
