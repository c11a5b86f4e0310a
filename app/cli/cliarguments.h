#pragma once

#include "core/endpointfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One metadata edit, applied in command-line order (Layers).
struct MetadataOp
{
    enum class Kind
    {
        Set,
        Unset,
        Clear
    };
    Kind kind = Kind::Set;
    QString key;
    QString value;

    bool operator==(const MetadataOp &other) const
    {
        return kind == other.kind && key == other.key && value == other.value;
    }
};

// The CHANGE options of `endpoints update`, exactly as given; nothing provider-specific yet.
struct CliChanges
{
    std::optional<QString> url;
    std::optional<QStringList> events;
    std::optional<QString> description; // --description TEXT
    bool clearDescription = false;
    std::optional<bool> enabled; // --enable / --disable
    QList<MetadataOp> metadata;
    std::optional<QString> scope;
    bool secretStdin = false;
    bool removeSecret = false;
    std::optional<QString> authenticationJson;
    bool removeAuthentication = false;

    bool isEmpty() const
    {
        return !url && !events && !description && !clearDescription && !enabled && metadata.isEmpty() &&
               !scope && !secretStdin && !removeSecret && !authenticationJson && !removeAuthentication;
    }
};

// A parsed command line. Plain data: parsing never touches the network, keychain or stdin.
struct CliCommand
{
    enum class Kind
    {
        Help,
        Version, // --version / -v: the program's version, nothing else
        EndpointsList,
        EndpointsExport,
        EndpointsGet,
        EndpointsUpdate,
        AccountsAdd,
        AccountsList,
        AccountsRemove,
        AccountsRename
    };
    Kind kind = Kind::Help;

    // Global options.
    // --account NAME, in the order given, without repeats. list/export take several (none: every
    // saved account); get/update take one.
    QStringList accounts;
    QString provider;  // --provider P (a valid key, lower case); also `accounts add … --provider P`
    QString baseUrl;   // --base-url URL, empty = the provider's documented host
    bool json = false; // --json
    int timeoutSeconds = 30;
    QString caFile; // --ca-file PEM: CAs trusted in addition to the system's (with accounts add: stored)

    // Command arguments.
    QString endpointId;      // get
    QStringList endpointIds; // update: the positional IDs as given (--ids-from is read later)
    QString idsFrom;         // update --ids-from FILE, "-" for standard input
    EndpointFilter::HealthChoice health = EndpointFilter::HealthChoice::Any; // list/export --health
    QString filter;         // list/export --filter TEXT, matched like the window's filter box
    QString format;         // export --format: csv or json
    QString outputPath;     // export --output FILE, "" for standard output
    QString accountName;    // accounts add / remove / rename (the old name)
    QString newAccountName; // accounts rename
    bool dryRun = false;
    CliChanges changes;
};

struct CliParseResult
{
    CliCommand command;
    QString error; // non-empty: a usage error, for stderr (exit 2)

    bool ok() const { return error.isEmpty(); }
};

class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)
public:
    static constexpr int defaultTimeoutSeconds = 30;
    static constexpr int maxTimeoutSeconds = 3600;

    // arguments without the program name.
    static CliParseResult parse(const QStringList &arguments);
    static QString usage();
};
