#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct Account;
struct Endpoint;
class PreparedRequest;

// Turns results into the text patchbay-cli prints. Pure: no I/O, no redaction (Console does that).
// Server values come out inert: each table cell on one line with its control characters escaped,
// JSON with them as \uXXXX escapes (see InertText).
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
public:
    // Plain text, columns aligned with spaces; the last column is not padded.
    static QString table(const QStringList &headers, const QList<QStringList> &rows);

    // ACCOUNT, ID, HEALTH, FAILURES, URL, EVENTS
    static QString endpointTable(const QList<Endpoint> &endpoints);
    static QString endpointDetails(const Endpoint &endpoint); // every normalized field, one per line
    static QString endpointJson(const Endpoint &endpoint);    // EndpointCodec::toNormalizedJson
    // --dry-run --json: {"dryRun": true, "method", "url", "headers", "body"}, secrets redacted.
    static QString dryRunJson(const PreparedRequest &request);

    static QString accountTable(const QList<Account> &accounts); // NAME, PROVIDER, BASE URL, ENVIRONMENT
    static QString accountsJson(const QList<Account> &accounts);
};
