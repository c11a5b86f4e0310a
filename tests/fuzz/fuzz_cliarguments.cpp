// libFuzzer target: the patchbay-cli command line. The input is the argument list, one argument per
// NUL-separated chunk (UTF-8). Parsing must never crash, and what it accepts must be a command the
// commands can run as they are: the invariants below are what they rely on.
#include "cli/cliarguments.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments;
    if (size > 0) {
        const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
        for (const QByteArray &argument : bytes.split('\0'))
            arguments << QString::fromUtf8(argument);
    }
    const CliParseResult result = CliArguments::parse(arguments);
    if (!result.ok() || result.command.kind == CliCommand::Kind::Help)
        return 0;
    const CliCommand &command = result.command;
    if (command.timeoutSeconds < 1 || command.timeoutSeconds > CliArguments::maxTimeoutSeconds)
        abort();
    switch (command.kind) {
    case CliCommand::Kind::EndpointsGet:
    case CliCommand::Kind::EndpointsUpdate:
        if (command.kind == CliCommand::Kind::EndpointsGet && command.endpointId.isEmpty())
            abort();
        if (command.kind == CliCommand::Kind::EndpointsUpdate &&
            (command.changes.isEmpty() || command.endpointIds.contains(QString()) ||
             (command.endpointIds.isEmpty() && command.idsFrom.isEmpty())))
            abort();
        if (command.accounts.size() + (command.provider.isEmpty() ? 0 : 1) != 1) // exactly one of them
            abort();
        break;
    case CliCommand::Kind::EndpointsList:
    case CliCommand::Kind::EndpointsExport:
        if (!command.accounts.isEmpty() && !command.provider.isEmpty())
            abort();
        if (command.kind == CliCommand::Kind::EndpointsExport && command.format.isEmpty())
            abort();
        break;
    case CliCommand::Kind::AccountsAdd:
    case CliCommand::Kind::AccountsRemove:
    case CliCommand::Kind::AccountsRename:
        if (command.accountName.isEmpty())
            abort();
        if (command.kind == CliCommand::Kind::AccountsRename && command.newAccountName.isEmpty())
            abort();
        break;
    default:
        break;
    }
    if (command.dryRun && command.kind != CliCommand::Kind::EndpointsUpdate)
        abort();
    QStringList accounts = command.accounts;
    if (accounts.contains(QString()) || accounts.removeDuplicates() != 0)
        abort();
    return 0;
}
