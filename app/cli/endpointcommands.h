#pragma once

#include "net/connection.h"

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
    // Reads the endpoint, applies the changes to a draft and sends what Diff::compute returns:
    // the same path as the edit dialog. The stdin secret is read by the caller (only when asked).
    int update(const QString &endpointId, const CliChanges &changes, const QString &stdinSecret, bool dryRun);

    // The documented exit code for a failed call, after printing "<what>: <error>" to stderr.
    int report(const ApiError &error, const QString &what) const;

private:
    Console &m_console;
    ApiClient &m_client;
    Connection m_connection;
    bool m_json;
};
