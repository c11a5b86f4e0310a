#pragma once

#include "core/endpoint.h"
#include "net/connection.h"
#include "providers/endpointexport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

class AccountStore;
class Console;
class KeychainLoader;
struct CliCommand;

// `endpoints list` and `endpoints export`: every source the command names (its --account options,
// every saved account when it names none, or --provider) listed at once through one ApiClient,
// filtered by --health / --filter as the window filters, then printed or written. Sources that fail
// are reported on stderr by name while the others are still printed; the exit code is the worst one.
// Output order: by account name (as `accounts list` sorts), each account's endpoints as its provider
// listed them.
class ListingCommands
{
    Q_DECLARE_TR_FUNCTIONS(ListingCommands)
public:
    ListingCommands(Console &console, const CliCommand &command);

    int run(); // list or export, by the command's kind

private:
    struct Source
    {
        Connection connection;
        QList<Endpoint> endpoints;
        bool loaded = false;
    };
    // The connections to list. An account whose connection cannot be made (token, CA file) is reported
    // and left out (*worst); false, with *worst, when nothing can be sent at all.
    bool collectSources(QList<Source> *out, int *worst);
    // A saved account's connection, its token read from the keychain: the only keychain use here.
    bool accountConnection(const AccountStore &accounts, KeychainLoader &tokens, const QString &name,
                           Connection *out, QString *error);
    // Lists every source concurrently; the worst exit code of the failed ones (0 when none failed).
    int load(QList<Source> *sources);
    int print(const QList<Endpoint> &endpoints) const;
    QString checkOutput() const; // why --output cannot be written, or ""
    int exportTo(const QList<Endpoint> &endpoints) const;
    int writeToStdout(const QList<Endpoint> &endpoints, EndpointExport::Format format) const;
    bool stream(const QList<Endpoint> &endpoints, EndpointExport::Format format, QIODevice *device) const;

    Console &m_console;
    const CliCommand &m_command;
};
