// Pure parsing of the patchbay-cli command line: every command and option, and the usage errors.

#include "cli/cliarguments.h"

#include <QtTest>

class TestCliArguments : public QObject
{
    Q_OBJECT

private:
    static CliParseResult parse(const QString &line)
    {
        return CliArguments::parse(QProcess::splitCommand(line));
    }
    static CliCommand ok(const QString &line)
    {
        const CliParseResult r = parse(line);
        if (!r.ok())
            qWarning("unexpected usage error for \"%s\": %s", qPrintable(line), qPrintable(r.error));
        return r.command;
    }

private slots:
    void help_data();
    void help();
    void version_data();
    void version();
    void endpointsList();
    void endpointsGet();
    void globalOptionsAnywhere();
    void timeout();
    void updateSimpleChanges();
    void updateEvents();
    void updateMetadataInOrder();
    void updateSecretsAndAuthentication();
    void updateDryRun();
    void inlineValues();
    void caFileIsAGlobalOption();
    void doubleDashEndsOptions();
    void accountsCommands();
    void listAndExportAcrossAccounts();
    void updateSeveralIds();
    void usageErrors_data();
    void usageErrors();
    void usageErrorNeverEchoesAuthenticationJson();
    void usageTextMatchesTheSpec();
};

void TestCliArguments::help_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("--help") << "--help";
    QTest::newRow("-h") << "-h";
    QTest::newRow("help after a command") << "--provider layers endpoints list --help";
    QTest::newRow("help wins over an error") << "--bogus --help";
}

void TestCliArguments::help()
{
    QFETCH(QString, line);
    const CliParseResult r = parse(line);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.command.kind, CliCommand::Kind::Help);
}

void TestCliArguments::version_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("--version") << "--version";
    QTest::newRow("-v") << "-v";
    QTest::newRow("version after a command") << "--provider layers endpoints list --version";
    QTest::newRow("version wins over an error") << "--bogus --version";
}

void TestCliArguments::version()
{
    QFETCH(QString, line);
    const CliParseResult r = parse(line);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.command.kind, CliCommand::Kind::Version);
    // --help still wins; after "--" it is an argument, not an option.
    QCOMPARE(parse(line + QLatin1String(" --help")).command.kind, CliCommand::Kind::Help);
    const CliCommand named = ok(QStringLiteral("accounts remove -- --version"));
    QCOMPARE(named.kind, CliCommand::Kind::AccountsRemove);
    QCOMPARE(named.accountName, QStringLiteral("--version"));
}

void TestCliArguments::endpointsList()
{
    const CliCommand c = ok(QStringLiteral("--provider layers endpoints list"));
    QCOMPARE(c.kind, CliCommand::Kind::EndpointsList);
    QCOMPARE(c.provider, QStringLiteral("layers"));
    QVERIFY(c.accounts.isEmpty());
    QVERIFY(c.baseUrl.isEmpty());
    QCOMPARE(c.timeoutSeconds, CliArguments::defaultTimeoutSeconds);
    QVERIFY(!c.json);

    const CliCommand d = ok(QStringLiteral("--account prod-eu --json endpoints list"));
    QCOMPARE(d.accounts, QStringList{QStringLiteral("prod-eu")});
    QVERIFY(d.json);
    QVERIFY(d.provider.isEmpty());

    // Provider keys are case-insensitive and normalized.
    QCOMPARE(ok(QStringLiteral("--provider OptimalDial endpoints list")).provider,
             QStringLiteral("optimaldial"));
}

void TestCliArguments::endpointsGet()
{
    const CliCommand c =
        ok(QStringLiteral("--provider atoa --base-url http://127.0.0.1:8080 endpoints get ep_123"));
    QCOMPARE(c.kind, CliCommand::Kind::EndpointsGet);
    QCOMPARE(c.endpointId, QStringLiteral("ep_123"));
    QCOMPARE(c.baseUrl, QStringLiteral("http://127.0.0.1:8080"));
}

void TestCliArguments::globalOptionsAnywhere()
{
    const CliCommand c = ok(QStringLiteral("endpoints get X --provider diligent --json --timeout 5"));
    QCOMPARE(c.kind, CliCommand::Kind::EndpointsGet);
    QCOMPARE(c.provider, QStringLiteral("diligent"));
    QVERIFY(c.json);
    QCOMPARE(c.timeoutSeconds, 5);
}

void TestCliArguments::timeout()
{
    QCOMPARE(ok(QStringLiteral("--provider layers --timeout 1 endpoints list")).timeoutSeconds, 1);
    QCOMPARE(ok(QStringLiteral("--provider layers --timeout 3600 endpoints list")).timeoutSeconds, 3600);
    for (const char *bad : {"0", "-1", "abc", "1.5", "3601", ""}) {
        const CliParseResult r = CliArguments::parse({QStringLiteral("--provider"), QStringLiteral("layers"),
                                                      QStringLiteral("--timeout"), QLatin1String(bad),
                                                      QStringLiteral("endpoints"), QStringLiteral("list")});
        QVERIFY2(!r.ok(), bad);
        QVERIFY(r.error.contains(QLatin1String("--timeout")));
    }
}

void TestCliArguments::updateSimpleChanges()
{
    const CliCommand c = ok(QStringLiteral("--provider layers endpoints update we_1 --url "
                                           "https://x.example/h --description \"Hello world\" --disable "
                                           "--scope own"));
    QCOMPARE(c.kind, CliCommand::Kind::EndpointsUpdate);
    QCOMPARE(c.endpointIds, QStringList{QStringLiteral("we_1")});
    QCOMPARE(c.changes.url.value(), QStringLiteral("https://x.example/h"));
    QCOMPARE(c.changes.description.value(), QStringLiteral("Hello world"));
    QCOMPARE(c.changes.enabled.value(), false);
    QCOMPARE(c.changes.scope.value(), QStringLiteral("own"));
    QVERIFY(!c.changes.events);
    QVERIFY(!c.dryRun);

    const CliCommand e =
        ok(QStringLiteral("--provider layers endpoints update we_1 --clear-description --enable"));
    QVERIFY(e.changes.clearDescription);
    QVERIFY(!e.changes.description);
    QCOMPARE(e.changes.enabled.value(), true);
    // Repeating the same flag is harmless.
    QCOMPARE(
        ok(QStringLiteral("--provider layers endpoints update a --enable --enable")).changes.enabled.value(),
        true);
}

void TestCliArguments::updateEvents()
{
    QCOMPARE(ok(QStringLiteral("--provider layers endpoints update a --events job.completed,job.failed"))
                 .changes.events.value(),
             (QStringList{QStringLiteral("job.completed"), QStringLiteral("job.failed")}));
    // Spaces around names are trimmed; an empty name is kept for validation to refuse.
    QCOMPARE(ok(QStringLiteral("--provider layers endpoints update a --events \"a, b,,c\""))
                 .changes.events.value(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QString(), QStringLiteral("c")}));
    // "" is the empty set: validation names the minimum.
    const CliParseResult empty = CliArguments::parse(
        {QStringLiteral("--provider"), QStringLiteral("layers"), QStringLiteral("endpoints"),
         QStringLiteral("update"), QStringLiteral("a"), QStringLiteral("--events"), QString()});
    QVERIFY2(empty.ok(), qPrintable(empty.error));
    QCOMPARE(empty.command.changes.events.value_or(QStringList{QStringLiteral("unset")}), QStringList());
}

void TestCliArguments::updateMetadataInOrder()
{
    const CliCommand c =
        ok(QStringLiteral("--provider layers endpoints update a --clear-metadata --set-metadata "
                          "team=core --set-metadata note=a=b --unset-metadata old"));
    const QList<MetadataOp> expected{{MetadataOp::Kind::Clear, {}, {}},
                                     {MetadataOp::Kind::Set, QStringLiteral("team"), QStringLiteral("core")},
                                     {MetadataOp::Kind::Set, QStringLiteral("note"), QStringLiteral("a=b")},
                                     {MetadataOp::Kind::Unset, QStringLiteral("old"), {}}};
    QCOMPARE(c.changes.metadata, expected);
    // An empty value is passed on: validation explains that it would unset the key.
    QCOMPARE(ok(QStringLiteral("--provider layers endpoints update a --set-metadata k="))
                 .changes.metadata.first()
                 .value,
             QString());
}

void TestCliArguments::updateSecretsAndAuthentication()
{
    QVERIFY(ok(QStringLiteral("--provider diligent endpoints update a --secret-stdin")).changes.secretStdin);
    QVERIFY(
        ok(QStringLiteral("--provider diligent endpoints update a --remove-secret")).changes.removeSecret);
    const CliCommand c =
        CliArguments::parse({QStringLiteral("--provider"), QStringLiteral("atoa"),
                             QStringLiteral("endpoints"), QStringLiteral("update"), QStringLiteral("a"),
                             QStringLiteral("--authentication-json"), QStringLiteral("{\"username\":\"u\"}")})
            .command;
    QCOMPARE(c.changes.authenticationJson.value(), QStringLiteral("{\"username\":\"u\"}"));
    QVERIFY(ok(QStringLiteral("--provider atoa endpoints update a --remove-authentication"))
                .changes.removeAuthentication);
}

void TestCliArguments::updateDryRun()
{
    const CliCommand c = ok(QStringLiteral("--provider opentrain endpoints update a --dry-run --disable"));
    QVERIFY(c.dryRun);
}

void TestCliArguments::inlineValues()
{
    const CliCommand c =
        ok(QStringLiteral("--provider=layers --timeout=7 endpoints update a --url=https://h.example/x?a=b"));
    QCOMPARE(c.provider, QStringLiteral("layers"));
    QCOMPARE(c.timeoutSeconds, 7);
    QCOMPARE(c.changes.url.value(), QStringLiteral("https://h.example/x?a=b"));
}

void TestCliArguments::caFileIsAGlobalOption()
{
    for (const char *line : {"--ca-file ca.pem --provider layers endpoints list",
                             "--provider layers endpoints get x --ca-file=ca.pem",
                             "--account a --ca-file ca.pem endpoints update x --enable"})
        QCOMPARE(ok(QString::fromLatin1(line)).caFile, QStringLiteral("ca.pem"));
    QVERIFY(ok(QStringLiteral("--provider layers endpoints list")).caFile.isEmpty());
}

void TestCliArguments::doubleDashEndsOptions()
{
    const CliCommand c = ok(QStringLiteral("--provider layers endpoints get -- -odd-id"));
    QCOMPARE(c.endpointId, QStringLiteral("-odd-id"));
}

void TestCliArguments::accountsCommands()
{
    CliCommand c =
        ok(QStringLiteral("accounts add prod --provider layers --base-url https://staging.layers.example"));
    QCOMPARE(c.kind, CliCommand::Kind::AccountsAdd);
    QCOMPARE(c.accountName, QStringLiteral("prod"));
    QCOMPARE(c.provider, QStringLiteral("layers"));
    QCOMPARE(c.baseUrl, QStringLiteral("https://staging.layers.example"));
    QCOMPARE(ok(QStringLiteral("accounts list")).kind, CliCommand::Kind::AccountsList);
    QVERIFY(ok(QStringLiteral("accounts list --json")).json);
    c = ok(QStringLiteral("accounts add prod --provider layers --ca-file /etc/staging-ca.pem"));
    QCOMPARE(c.caFile, QStringLiteral("/etc/staging-ca.pem"));
    c = ok(QStringLiteral("accounts remove prod"));
    QCOMPARE(c.kind, CliCommand::Kind::AccountsRemove);
    QCOMPARE(c.accountName, QStringLiteral("prod"));
    c = ok(QStringLiteral("accounts rename prod payroll-prod"));
    QCOMPARE(c.kind, CliCommand::Kind::AccountsRename);
    QCOMPARE(c.accountName, QStringLiteral("prod"));
    QCOMPARE(c.newAccountName, QStringLiteral("payroll-prod"));
}

void TestCliArguments::listAndExportAcrossAccounts()
{
    // No account named: every saved account. Repeats are listed once, in the order given.
    CliCommand c = ok(QStringLiteral("endpoints list"));
    QCOMPARE(c.kind, CliCommand::Kind::EndpointsList);
    QVERIFY(c.accounts.isEmpty());
    QVERIFY(c.provider.isEmpty());
    c = ok(QStringLiteral("--account b endpoints list --account a --account b --health attention --json"));
    QCOMPARE(c.accounts, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(c.health, EndpointFilter::HealthChoice::Attention);
    QVERIFY(c.json);
    using C = EndpointFilter::HealthChoice;
    for (const auto &[key, choice] :
         {std::pair{"active", C::Active}, std::pair{"failing", C::Failing},
          std::pair{"disabled", C::Disabled}, std::pair{"attention", C::Attention}})
        QCOMPARE(ok(QStringLiteral("endpoints list --health ") + QLatin1String(key)).health, choice);
    c = ok(QStringLiteral("endpoints export --format csv --output /tmp/x.csv --filter \"pay roll\" "
                          "--health failing"));
    QCOMPARE(c.kind, CliCommand::Kind::EndpointsExport);
    QCOMPARE(c.format, QStringLiteral("csv"));
    QCOMPARE(c.outputPath, QStringLiteral("/tmp/x.csv"));
    QCOMPARE(c.filter, QStringLiteral("pay roll"));
    QCOMPARE(c.health, EndpointFilter::HealthChoice::Failing);
    c = ok(QStringLiteral("--provider layers endpoints export --format=json"));
    QCOMPARE(c.format, QStringLiteral("json"));
    QVERIFY(c.outputPath.isEmpty());
}

void TestCliArguments::updateSeveralIds()
{
    CliCommand c = ok(QStringLiteral("--account a endpoints update x y --dry-run z --enable"));
    QCOMPARE(c.endpointIds, (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
    QVERIFY(c.dryRun);
    // --ids-from alone is enough; "-" is standard input, not an option.
    c = ok(QStringLiteral("endpoints update --ids-from - --account a --disable"));
    QVERIFY(c.endpointIds.isEmpty());
    QCOMPARE(c.idsFrom, QStringLiteral("-"));
    c = ok(QStringLiteral("--account a endpoints update x --ids-from ids.txt --disable"));
    QCOMPARE(c.endpointIds, QStringList{QStringLiteral("x")});
    QCOMPARE(c.idsFrom, QStringLiteral("ids.txt"));
    // An empty argument (a script's unset variable) is a mistake, never "no ID".
    const CliParseResult empty = CliArguments::parse(
        {QStringLiteral("--account"), QStringLiteral("a"), QStringLiteral("endpoints"),
         QStringLiteral("update"), QStringLiteral("x"), QString(), QStringLiteral("--enable")});
    QVERIFY(empty.error.contains(QLatin1String("empty")));
    // A secret from standard input is fine when the IDs come from a file.
    QVERIFY(ok(QStringLiteral("--account a endpoints update --ids-from ids.txt --secret-stdin"))
                .changes.secretStdin);
}

void TestCliArguments::usageErrors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("mentions"); // the error names its cause

    QTest::newRow("nothing") << ""
                             << "No command";
    QTest::newRow("unknown command") << "--provider layers frobnicate"
                                     << "frobnicate";
    QTest::newRow("unknown endpoints verb") << "--provider layers endpoints delete x"
                                            << "endpoints delete";
    QTest::newRow("endpoints alone") << "--provider layers endpoints"
                                     << "list, export, get or update";
    QTest::newRow("unknown option") << "--provider layers endpoints list --frob"
                                    << "--frob";
    QTest::newRow("missing value") << "--provider layers endpoints list --timeout"
                                   << "--timeout";
    QTest::newRow("flag with value") << "--provider layers endpoints list --json=yes"
                                     << "--json";
    QTest::newRow("unknown provider") << "--provider acme endpoints list"
                                      << "acme";
    QTest::newRow("no provider or account") << "endpoints get x"
                                            << "--account";
    QTest::newRow("update on two accounts") << "--account a --account b endpoints update x --enable"
                                            << "--account once";
    QTest::newRow("base-url without provider") << "--base-url https://x endpoints list"
                                               << "--base-url";
    QTest::newRow("unknown health") << "endpoints list --health sick"
                                    << "sick";
    QTest::newRow("health on get") << "--provider layers endpoints get x --health failing"
                                   << "--health";
    QTest::newRow("filter on update") << "--provider layers endpoints update x --enable --filter a"
                                      << "--filter";
    QTest::newRow("export without format") << "endpoints export"
                                           << "--format";
    QTest::newRow("export unknown format") << "endpoints export --format xlsx"
                                           << "xlsx";
    QTest::newRow("export with --json") << "endpoints export --format csv --json"
                                        << "--json";
    QTest::newRow("output on list") << "endpoints list --output x.csv"
                                    << "--output";
    QTest::newRow("ids-from on list") << "endpoints list --ids-from ids.txt"
                                      << "--ids-from";
    QTest::newRow("ids-from twice") << "--account a endpoints update --ids-from a --ids-from b --enable"
                                    << "twice";
    QTest::newRow("ids and secret both on stdin")
        << "--account a endpoints update --ids-from - --secret-stdin"
        << "standard input";
    QTest::newRow("rename with one name") << "accounts rename a"
                                          << "NEW";
    QTest::newRow("rename with three names") << "accounts rename a b c"
                                             << "\"c\"";
    QTest::newRow("both account and provider") << "--account a --provider layers endpoints list"
                                               << "--provider";
    QTest::newRow("base-url with account") << "--account a --base-url https://x endpoints list"
                                           << "--base-url";
    QTest::newRow("get without id") << "--provider layers endpoints get"
                                    << "ID";
    QTest::newRow("update without id") << "--provider layers endpoints update"
                                       << "ID";
    QTest::newRow("extra argument") << "--provider layers endpoints get a b"
                                    << "\"b\"";
    QTest::newRow("update without change") << "--provider layers endpoints update a"
                                           << "change";
    QTest::newRow("update with only dry-run") << "--provider layers endpoints update a --dry-run"
                                              << "change";
    QTest::newRow("change on get") << "--provider layers endpoints get a --url https://x"
                                   << "--url";
    QTest::newRow("dry-run on list") << "--provider layers endpoints list --dry-run"
                                     << "--dry-run";
    QTest::newRow("enable and disable") << "--provider layers endpoints update a --enable --disable"
                                        << "--disable";
    QTest::newRow("description twice")
        << "--provider layers endpoints update a --description x --description y"
        << "twice";
    QTest::newRow("description and clear")
        << "--provider layers endpoints update a --description x --clear-description"
        << "--clear-description";
    QTest::newRow("secret and remove")
        << "--provider diligent endpoints update a --secret-stdin --remove-secret"
        << "--remove-secret";
    QTest::newRow("auth and remove")
        << "--provider atoa endpoints update a --authentication-json {} --remove-authentication"
        << "--remove-authentication";
    QTest::newRow("secret and auth")
        << "--provider atoa endpoints update a --secret-stdin --remove-authentication"
        << "cannot be combined";
    QTest::newRow("metadata without =") << "--provider layers endpoints update a --set-metadata key"
                                        << "KEY=VALUE";
    QTest::newRow("metadata empty key") << "--provider layers endpoints update a --set-metadata =v"
                                        << "KEY=VALUE";
    QTest::newRow("accounts add without provider") << "accounts add prod"
                                                   << "--provider";
    QTest::newRow("accounts add without name") << "accounts add --provider layers"
                                               << "NAME";
    QTest::newRow("accounts add with --account") << "accounts add x --provider layers --account y"
                                                 << "--account";
    QTest::newRow("accounts list with provider") << "accounts list --provider layers"
                                                 << "--provider";
    QTest::newRow("accounts remove without name") << "accounts remove"
                                                  << "NAME";
    QTest::newRow("accounts unknown verb") << "accounts move a b"
                                           << "accounts move";
    QTest::newRow("ca-file twice") << "--provider layers --ca-file a.pem --ca-file b.pem endpoints list"
                                   << "--ca-file";
    QTest::newRow("account empty") << "--account= endpoints list"
                                   << "--account";
    QTest::newRow("account empty, update") << "endpoints update ep_1 --account= --disable"
                                           << "--account";
    QTest::newRow("ca-file empty") << "--provider layers --ca-file= endpoints list"
                                   << "--ca-file";
    QTest::newRow("ca-file without value") << "--provider layers endpoints list --ca-file"
                                           << "--ca-file";
    QTest::newRow("accounts list with ca-file") << "accounts list --ca-file a.pem"
                                                << "--ca-file";
    QTest::newRow("accounts remove with ca-file") << "accounts remove x --ca-file a.pem"
                                                  << "--ca-file";
}

void TestCliArguments::usageErrors()
{
    QFETCH(QString, line);
    QFETCH(QString, mentions);
    const CliParseResult r = parse(line);
    QVERIFY2(!r.ok(), qPrintable(line));
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestCliArguments::usageErrorNeverEchoesAuthenticationJson()
{
    const CliParseResult r = CliArguments::parse(
        {QStringLiteral("--provider"), QStringLiteral("atoa"), QStringLiteral("endpoints"),
         QStringLiteral("update"), QStringLiteral("a"), QStringLiteral("--authentication-json"),
         QStringLiteral("{\"password\":\"hunter2\"}"), QStringLiteral("--authentication-json"),
         QStringLiteral("{\"password\":\"hunter3\"}")});
    QVERIFY(!r.ok());
    QVERIFY(!r.error.contains(QLatin1String("hunter")));
}

void TestCliArguments::usageTextMatchesTheSpec()
{
    const QString usage = CliArguments::usage();
    // One line per command and option of the spec, so that --help can never fall behind the parser.
    for (const char *line :
         {"patchbay-cli [--account NAME]... [--json] [--timeout SECONDS (default 30)] [--ca-file PEM] "
          "COMMAND",
          "patchbay-cli --provider P [--base-url URL] [--json] [--timeout SECONDS] [--ca-file PEM] COMMAND",
          "  endpoints list [--health H] [--filter TEXT]",
          "  endpoints export --format csv|json [--output FILE] [--health H] [--filter TEXT]",
          "    Without --account or --provider: every saved account; --account may be repeated.",
          "    H: active | failing | disabled | attention (failing, or disabled by the provider)",
          "  endpoints get ID", "  endpoints update ID... [--ids-from FILE|-] [--dry-run] CHANGE...",
          "    --ids-from: one ID per line (- for standard input)",
          "    --set-metadata KEY=VALUE | --unset-metadata KEY | --clear-metadata     (repeatable; Layers)",
          "    --authentication-json JSON | --remove-authentication                   (Atoa)",
          "  accounts rename OLD NEW ",
          "  accounts remove NAME                              (removes its keychain entry too)",
          "gets a leading '", "(4 over 3 over 2)", "patchbay-cli --version (or -v) prints the version"})
        QVERIFY2(usage.contains(QLatin1String(line)), line);
    // Every option the parser takes is named.
    for (const char *option : {"--account",
                               "--provider",
                               "--base-url",
                               "--json",
                               "--timeout",
                               "--ca-file",
                               "--health",
                               "--filter",
                               "--format",
                               "--output",
                               "--ids-from",
                               "--dry-run",
                               "--url",
                               "--events",
                               "--description",
                               "--clear-description",
                               "--enable",
                               "--disable",
                               "--set-metadata",
                               "--unset-metadata",
                               "--clear-metadata",
                               "--scope",
                               "--secret-stdin",
                               "--remove-secret",
                               "--authentication-json",
                               "--remove-authentication",
                               "--version",
                               "--help"})
        QVERIFY2(usage.contains(QRegularExpression(QRegularExpression::escape(QLatin1String(option)) +
                                                   QLatin1String("(?![-\\w])"))),
                 option);
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
