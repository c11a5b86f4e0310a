#include "cli/cliarguments.h"

#include "providers/providerspec.h"

#include <QSet>

namespace {

// Options that take a value; everything else starting with "--" is a flag or unknown.
const QSet<QString> &valueOptions()
{
    static const QSet<QString> options{
        QStringLiteral("--account"),      QStringLiteral("--provider"),
        QStringLiteral("--base-url"),     QStringLiteral("--timeout"),
        QStringLiteral("--ca-file"),      QStringLiteral("--url"),
        QStringLiteral("--events"),       QStringLiteral("--description"),
        QStringLiteral("--set-metadata"), QStringLiteral("--unset-metadata"),
        QStringLiteral("--scope"),        QStringLiteral("--authentication-json"),
        QStringLiteral("--health"),       QStringLiteral("--filter"),
        QStringLiteral("--format"),       QStringLiteral("--output"),
        QStringLiteral("--ids-from")};
    return options;
}

const QSet<QString> &flagOptions()
{
    static const QSet<QString> flags{QStringLiteral("--help"),
                                     QStringLiteral("-h"),
                                     QStringLiteral("--json"),
                                     QStringLiteral("--dry-run"),
                                     QStringLiteral("--clear-description"),
                                     QStringLiteral("--enable"),
                                     QStringLiteral("--disable"),
                                     QStringLiteral("--clear-metadata"),
                                     QStringLiteral("--secret-stdin"),
                                     QStringLiteral("--remove-secret"),
                                     QStringLiteral("--remove-authentication")};
    return flags;
}

// The CHANGE options: only `endpoints update` takes them.
const QSet<QString> &changeOptions()
{
    static const QSet<QString> changes{QStringLiteral("--url"),
                                       QStringLiteral("--events"),
                                       QStringLiteral("--description"),
                                       QStringLiteral("--clear-description"),
                                       QStringLiteral("--enable"),
                                       QStringLiteral("--disable"),
                                       QStringLiteral("--set-metadata"),
                                       QStringLiteral("--unset-metadata"),
                                       QStringLiteral("--clear-metadata"),
                                       QStringLiteral("--scope"),
                                       QStringLiteral("--secret-stdin"),
                                       QStringLiteral("--remove-secret"),
                                       QStringLiteral("--authentication-json"),
                                       QStringLiteral("--remove-authentication")};
    return changes;
}

QStringList splitEvents(const QString &text)
{
    // "" is an empty set (validation names the minimum); "a,,b" keeps the empty name so that
    // validation refuses it instead of silently dropping it.
    if (text.trimmed().isEmpty())
        return {};
    QStringList events = text.split(QLatin1Char(','));
    for (QString &event : events)
        event = event.trimmed();
    return events;
}

class Parser
{
public:
    CliParseResult run(const QStringList &arguments);

private:
    bool takeOption(const QString &name, const QString &value);
    bool setOnce(const QString &name, QString *target, const QString &value);
    bool fail(const QString &message)
    {
        if (m_result.error.isEmpty())
            m_result.error = message;
        return false;
    }
    bool checkCommand();
    bool checkChanges();
    bool given(const char *option) const { return m_seen.contains(QLatin1String(option)); }

    CliParseResult m_result;
    CliCommand &m_cmd = m_result.command;
    QStringList m_positional;
    QSet<QString> m_seen;
    QString m_timeoutText;
};

CliParseResult Parser::run(const QStringList &arguments)
{
    // --help wins over everything else, even an earlier mistake on the same line.
    const QStringList options = arguments.mid(0, arguments.indexOf(QStringLiteral("--")));
    if (options.contains(QStringLiteral("--help")) || options.contains(QStringLiteral("-h"))) {
        m_cmd.kind = CliCommand::Kind::Help;
        return m_result;
    }
    // Then --version, as QCommandLineParser does in the window and the sandbox.
    if (options.contains(QStringLiteral("--version")) || options.contains(QStringLiteral("-v"))) {
        m_cmd.kind = CliCommand::Kind::Version;
        return m_result;
    }
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            m_positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        const int equals = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && equals > 2) {
            name = arg.left(equals);
            inlineValue = arg.mid(equals + 1);
        }
        if (valueOptions().contains(name)) {
            QString value;
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                fail(CliArguments::tr("The option %1 needs a value.").arg(name));
                break;
            }
            m_seen.insert(name);
            if (!takeOption(name, value))
                break;
        } else if (flagOptions().contains(name) && !inlineValue) {
            m_seen.insert(name);
            if (!takeOption(name, QString()))
                break;
        } else if (flagOptions().contains(name)) {
            fail(CliArguments::tr("The option %1 takes no value.").arg(name));
            break;
        } else {
            fail(CliArguments::tr("Unknown option %1.").arg(name));
            break;
        }
    }
    if (m_seen.contains(QStringLiteral("#help"))) { // --help wins over everything else
        m_result.error.clear();
        m_cmd.kind = CliCommand::Kind::Help;
        return m_result;
    }
    if (m_result.ok() && checkCommand())
        checkChanges();
    return m_result;
}

bool Parser::setOnce(const QString &name, QString *target, const QString &value)
{
    if (m_seen.contains(name + QLatin1String("#twice")))
        return fail(CliArguments::tr("The option %1 is given twice.").arg(name));
    m_seen.insert(name + QLatin1String("#twice"));
    *target = value;
    return true;
}

bool Parser::takeOption(const QString &name, const QString &value)
{
    CliChanges &c = m_cmd.changes;
    QString text;
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        m_cmd.kind = CliCommand::Kind::Help;
        m_seen.insert(QStringLiteral("#help"));
        return true;
    }
    if (name == QLatin1String("--json"))
        return m_cmd.json = true;
    if (name == QLatin1String("--dry-run"))
        return m_cmd.dryRun = true;
    if (name == QLatin1String("--account")) {
        if (value.isEmpty()) // else "--account ''" passes for "an account was named"
            return fail(CliArguments::tr("The option %1 needs a value.").arg(name));
        if (!m_cmd.accounts.contains(value)) // the same account named twice is listed once
            m_cmd.accounts << value;
        return true;
    }
    if (name == QLatin1String("--health")) {
        if (value.isEmpty() || !EndpointFilter::healthChoiceFromKey(value, &m_cmd.health))
            return fail(CliArguments::tr("Unknown health \"%1\"; use one of: %2.")
                            .arg(value, EndpointFilter::healthKeys().join(QLatin1String(", "))));
        return setOnce(name, &text, value);
    }
    if (name == QLatin1String("--filter"))
        return setOnce(name, &m_cmd.filter, value);
    if (name == QLatin1String("--format")) {
        if (value != QLatin1String("csv") && value != QLatin1String("json"))
            return fail(CliArguments::tr("Unknown format \"%1\"; use csv or json.").arg(value));
        return setOnce(name, &m_cmd.format, value);
    }
    if (name == QLatin1String("--output")) {
        if (value.isEmpty())
            return fail(CliArguments::tr("The option %1 needs a value.").arg(name));
        return setOnce(name, &m_cmd.outputPath, value);
    }
    if (name == QLatin1String("--ids-from")) {
        if (value.isEmpty())
            return fail(CliArguments::tr("--ids-from needs a file name, or - for standard input."));
        return setOnce(name, &m_cmd.idsFrom, value);
    }
    if (name == QLatin1String("--provider")) {
        ProviderId id;
        if (!Providers::fromKey(value, &id))
            return fail(CliArguments::tr("Unknown provider \"%1\"; use one of: %2.")
                            .arg(value, Providers::keys().join(QLatin1String(", "))));
        return setOnce(name, &m_cmd.provider, Providers::spec(id).key);
    }
    if (name == QLatin1String("--base-url"))
        return setOnce(name, &m_cmd.baseUrl, value);
    if (name == QLatin1String("--timeout"))
        return setOnce(name, &m_timeoutText, value);
    if (name == QLatin1String("--ca-file")) {
        if (value.isEmpty())
            return fail(CliArguments::tr("--ca-file needs the path of a PEM file."));
        return setOnce(name, &m_cmd.caFile, value);
    }
    if (name == QLatin1String("--url")) {
        if (!setOnce(name, &text, value))
            return false;
        c.url = text;
        return true;
    }
    if (name == QLatin1String("--events")) {
        if (!setOnce(name, &text, value))
            return false;
        c.events = splitEvents(text);
        return true;
    }
    if (name == QLatin1String("--description")) {
        if (!setOnce(name, &text, value))
            return false;
        c.description = text;
        return true;
    }
    if (name == QLatin1String("--clear-description"))
        return c.clearDescription = true;
    if (name == QLatin1String("--enable") || name == QLatin1String("--disable")) {
        const bool enable = name == QLatin1String("--enable");
        if (c.enabled && *c.enabled != enable)
            return fail(CliArguments::tr("Use either --enable or --disable, not both."));
        c.enabled = enable;
        return true;
    }
    if (name == QLatin1String("--set-metadata")) {
        const int equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(CliArguments::tr("--set-metadata needs KEY=VALUE (got \"%1\").").arg(value));
        c.metadata << MetadataOp{MetadataOp::Kind::Set, value.left(equals), value.mid(equals + 1)};
        return true;
    }
    if (name == QLatin1String("--unset-metadata")) {
        if (value.isEmpty())
            return fail(CliArguments::tr("--unset-metadata needs a KEY."));
        c.metadata << MetadataOp{MetadataOp::Kind::Unset, value, {}};
        return true;
    }
    if (name == QLatin1String("--clear-metadata")) {
        c.metadata << MetadataOp{MetadataOp::Kind::Clear, {}, {}};
        return true;
    }
    if (name == QLatin1String("--scope")) {
        if (!setOnce(name, &text, value))
            return false;
        c.scope = text;
        return true;
    }
    if (name == QLatin1String("--secret-stdin"))
        return c.secretStdin = true;
    if (name == QLatin1String("--remove-secret"))
        return c.removeSecret = true;
    if (name == QLatin1String("--authentication-json")) {
        // Never echo the value in a message: it carries credentials.
        if (c.authenticationJson)
            return fail(CliArguments::tr("The option %1 is given twice.").arg(name));
        c.authenticationJson = value;
        return true;
    }
    if (name == QLatin1String("--remove-authentication"))
        return c.removeAuthentication = true;
    return fail(CliArguments::tr("Unknown option %1.").arg(name));
}

bool Parser::checkCommand()
{
    if (m_positional.isEmpty())
        return fail(CliArguments::tr("No command given."));
    const QString group = m_positional.value(0);
    const QString verb = m_positional.value(1);
    int expected = 2;
    if (group == QLatin1String("endpoints")) {
        if (verb == QLatin1String("list") || verb == QLatin1String("export")) {
            m_cmd.kind = verb == QLatin1String("list") ? CliCommand::Kind::EndpointsList
                                                       : CliCommand::Kind::EndpointsExport;
        } else if (verb == QLatin1String("get")) {
            m_cmd.kind = CliCommand::Kind::EndpointsGet;
            m_cmd.endpointId = m_positional.value(2);
            if (m_cmd.endpointId.isEmpty())
                return fail(CliArguments::tr("endpoints %1 needs an endpoint ID.").arg(verb));
            expected = 3;
        } else if (verb == QLatin1String("update")) {
            m_cmd.kind = CliCommand::Kind::EndpointsUpdate;
            m_cmd.endpointIds = m_positional.mid(2);
            if (m_cmd.endpointIds.isEmpty() && !given("--ids-from"))
                return fail(
                    CliArguments::tr("endpoints update needs one or more endpoint IDs, or --ids-from."));
            for (const QString &id : std::as_const(m_cmd.endpointIds)) {
                if (id.isEmpty()) // an empty argument is a mistake in a script, never "no ID"
                    return fail(CliArguments::tr("An endpoint ID cannot be empty."));
            }
            expected = int(m_positional.size());
        } else {
            return fail(verb.isEmpty()
                            ? CliArguments::tr("endpoints needs a command: list, export, get or update.")
                            : CliArguments::tr("Unknown command \"endpoints %1\".").arg(verb));
        }
    } else if (group == QLatin1String("accounts")) {
        if (verb == QLatin1String("list")) {
            m_cmd.kind = CliCommand::Kind::AccountsList;
        } else if (verb == QLatin1String("add") || verb == QLatin1String("remove")) {
            m_cmd.kind = verb == QLatin1String("add") ? CliCommand::Kind::AccountsAdd
                                                      : CliCommand::Kind::AccountsRemove;
            m_cmd.accountName = m_positional.value(2);
            if (m_cmd.accountName.isEmpty())
                return fail(CliArguments::tr("accounts %1 needs an account NAME.").arg(verb));
            expected = 3;
        } else if (verb == QLatin1String("rename")) {
            m_cmd.kind = CliCommand::Kind::AccountsRename;
            m_cmd.accountName = m_positional.value(2);
            m_cmd.newAccountName = m_positional.value(3);
            if (m_cmd.accountName.isEmpty() || m_cmd.newAccountName.isEmpty())
                return fail(CliArguments::tr("accounts rename needs the OLD and the NEW name."));
            expected = 4;
        } else {
            return fail(verb.isEmpty()
                            ? CliArguments::tr("accounts needs a command: add, list, rename or remove.")
                            : CliArguments::tr("Unknown command \"accounts %1\".").arg(verb));
        }
    } else {
        return fail(CliArguments::tr("Unknown command \"%1\".").arg(group));
    }
    if (m_positional.size() > expected)
        return fail(CliArguments::tr("Unexpected argument \"%1\".").arg(m_positional.at(expected)));

    if (!m_timeoutText.isNull()) {
        bool ok = false;
        const int seconds = m_timeoutText.toInt(&ok);
        if (!ok || seconds < 1 || seconds > CliArguments::maxTimeoutSeconds)
            return fail(
                CliArguments::tr("--timeout needs a whole number of seconds from 1 to %1 (got \"%2\").")
                    .arg(CliArguments::maxTimeoutSeconds)
                    .arg(m_timeoutText));
        m_cmd.timeoutSeconds = seconds;
    }

    const bool endpoints =
        m_cmd.kind == CliCommand::Kind::EndpointsList || m_cmd.kind == CliCommand::Kind::EndpointsExport ||
        m_cmd.kind == CliCommand::Kind::EndpointsGet || m_cmd.kind == CliCommand::Kind::EndpointsUpdate;
    // list and export go to every saved account when neither option names one.
    const bool severalAccounts =
        m_cmd.kind == CliCommand::Kind::EndpointsList || m_cmd.kind == CliCommand::Kind::EndpointsExport;
    if (endpoints) {
        if (given("--account") && given("--provider"))
            return fail(CliArguments::tr("Use either --account or --provider, not both."));
        if (!severalAccounts && !given("--account") && !given("--provider"))
            return fail(CliArguments::tr("Say which provider to talk to: --account NAME or --provider P."));
        if (!severalAccounts && m_cmd.accounts.size() > 1)
            return fail(CliArguments::tr("endpoints %1 works on one account: give --account once.")
                            .arg(m_positional.value(1)));
        if (given("--base-url") && !given("--provider"))
            return fail(
                CliArguments::tr("--base-url goes with --provider; an account has its own base URL."));
    } else if (m_cmd.kind == CliCommand::Kind::AccountsAdd) {
        if (given("--account"))
            return fail(
                CliArguments::tr("accounts add takes the account NAME as its argument, not --account."));
        if (!given("--provider"))
            return fail(CliArguments::tr("accounts add needs --provider P."));
    } else {
        for (const char *option : {"--account", "--provider", "--base-url", "--ca-file"}) {
            if (given(option))
                return fail(CliArguments::tr("accounts %1 does not take %2.")
                                .arg(m_positional.value(1), QLatin1String(option)));
        }
    }
    if (!severalAccounts) {
        for (const char *option : {"--health", "--filter"}) {
            if (given(option))
                return fail(CliArguments::tr("%1 goes with endpoints list and endpoints export.")
                                .arg(QLatin1String(option)));
        }
    }
    if (m_cmd.kind == CliCommand::Kind::EndpointsExport) {
        if (!given("--format"))
            return fail(CliArguments::tr("endpoints export needs --format csv or --format json."));
        if (m_cmd.json) // one way to ask for JSON, so a script never wonders which one won
            return fail(CliArguments::tr("endpoints export takes --format json, not --json."));
    } else {
        for (const char *option : {"--format", "--output"}) {
            if (given(option))
                return fail(CliArguments::tr("%1 goes with endpoints export.").arg(QLatin1String(option)));
        }
    }
    if (m_cmd.kind != CliCommand::Kind::EndpointsUpdate && given("--ids-from"))
        return fail(CliArguments::tr("--ids-from goes with endpoints update."));
    if (m_cmd.kind != CliCommand::Kind::EndpointsUpdate) {
        if (m_cmd.dryRun)
            return fail(CliArguments::tr("--dry-run goes with endpoints update."));
        for (const QString &option : m_seen) {
            if (changeOptions().contains(option))
                return fail(CliArguments::tr("%1 is a change: it goes with endpoints update.").arg(option));
        }
    }
    return true;
}

bool Parser::checkChanges()
{
    if (m_cmd.kind != CliCommand::Kind::EndpointsUpdate)
        return true;
    const CliChanges &c = m_cmd.changes;
    if (c.isEmpty())
        return fail(CliArguments::tr("endpoints update needs at least one change (see --help)."));
    if (c.description && c.clearDescription)
        return fail(CliArguments::tr("Use either --description or --clear-description, not both."));
    if (c.secretStdin && c.removeSecret)
        return fail(CliArguments::tr("Use either --secret-stdin or --remove-secret, not both."));
    if (c.authenticationJson && c.removeAuthentication)
        return fail(
            CliArguments::tr("Use either --authentication-json or --remove-authentication, not both."));
    if ((c.secretStdin || c.removeSecret) && (c.authenticationJson || c.removeAuthentication))
        return fail(CliArguments::tr("Secret options and authentication options cannot be combined."));
    if (c.secretStdin && m_cmd.idsFrom == QLatin1String("-"))
        return fail(CliArguments::tr("--secret-stdin and --ids-from - both read standard input: put the IDs "
                                     "in a file."));
    return true;
}

} // namespace

CliParseResult CliArguments::parse(const QStringList &arguments)
{
    return Parser().run(arguments);
}

QString CliArguments::usage()
{
    const QString text = tr(
        "Usage:\n"
        "patchbay-cli [--account NAME]... [--json] [--timeout SECONDS (default 30)] [--ca-file PEM] COMMAND\n"
        "patchbay-cli --provider P [--base-url URL] [--json] [--timeout SECONDS] [--ca-file PEM] COMMAND\n"
        "  P: opentrain | layers | optimaldial | diligent | atoa     (--base-url defaults to the provider's "
        "documented host)\n"
        "  Options may come before or after the command.\n"
        "  endpoints list [--health H] [--filter TEXT]\n"
        "  endpoints export --format csv|json [--output FILE] [--health H] [--filter TEXT]\n"
        "    Without --account or --provider: every saved account; --account may be repeated.\n"
        "    H: active | failing | disabled | attention (failing, or disabled by the provider)\n"
        "    --filter TEXT: like the window's filter box (part of the URL, description, an event or the ID)\n"
        "    --output FILE: overwritten; without it, standard output\n"
        "  endpoints get ID\n"
        "  endpoints update ID... [--ids-from FILE|-] [--dry-run] CHANGE...\n"
        "    --ids-from: one ID per line (- for standard input); --dry-run prints the requests, sends none\n"
        "    --url URL | --events A,B,... | --description TEXT | --clear-description | --enable | --disable\n"
        "    --set-metadata KEY=VALUE | --unset-metadata KEY | --clear-metadata     (repeatable; Layers)\n"
        "    --scope own|all_children                                               (Layers)\n"
        "    --secret-stdin | --remove-secret          (Diligent; the new secret is the first line of "
        "standard input)\n"
        "    --authentication-json JSON | --remove-authentication                   (Atoa)\n"
        "  (get and update work on one account: --account NAME once, or --provider P)\n"
        "  accounts add NAME --provider P [--base-url URL] [--ca-file PEM]\n"
        "                                                    (token: first line of standard input, into the "
        "keychain)\n"
        "  accounts list\n"
        "  accounts rename OLD NEW                           (moves its keychain entry and settings)\n"
        "  accounts remove NAME                              (removes its keychain entry too)\n"
        "\n"
        "Token: with --account, from the keychain; with --provider, from the environment variable "
        "PATCHBAY_TOKEN.\n"
        "TLS: certificates are always verified; nothing turns that off. A CA file (PEM) adds CAs to the "
        "system's,\n"
        "e.g. a staging host's private CA. One is used, the first given of: --ca-file PEM, the environment "
        "variable\n"
        "PATCHBAY_CA_FILE, the account's own (accounts add --ca-file PEM, stored as an absolute path).\n"
        "Proxies: https_proxy, all_proxy and no_proxy as curl reads them, else the system's settings. "
        "localhost is\n"
        "never proxied; an https request goes through a proxy as an encrypted tunnel (CONNECT).\n"
        "CSV: RFC 4180 (UTF-8, CRLF), a header row of the --json field names, events joined by \";\", null "
        "as an\n"
        "empty cell; a cell that begins with = + - @, tab or carriage return gets a leading ' (a spreadsheet "
        "never runs it).\n"
        "Exit codes: 0 done or nothing to change; 2 usage or validation error (nothing was sent);\n"
        "3 the provider refused (4xx); 4 network failure, TLS failure, timeout, 5xx or an unreadable "
        "reply.\n"
        "Several accounts or IDs: the worst of them (4 over 3 over 2); the others still run.\n");
    // A string of its own, so that the long text's translations stay as they are.
    return text + tr("patchbay-cli --version (or -v) prints the version; --help (or -h) prints this text.\n");
}
