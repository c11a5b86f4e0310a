// patchbay-cli endpoints list / export across accounts (issue 10): the real binary against a real
// patchbay-sandbox, with accounts at three providers in the real keychain of tests/with-keyring.sh.

#include "common/cliharness.h"
#include "common/rfc4180reader.h"
#include "common/scriptedserver.h"
#include "providers/endpointexport.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>

class TestCliListing : public CliHarness
{
    Q_OBJECT

    // Accounts at three providers, named so that they sort a, b, c.
    QString m_layers;
    QString m_optimalDial;
    QString m_diligent;

    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    }
    static QJsonArray parsedArray(const QString &out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        return error.error == QJsonParseError::NoError && doc.isArray() ? doc.array()
                                                                        : QJsonArray{{"unparsable"}};
    }
    static QStringList idsOf(const QJsonArray &array, const QString &account = QString())
    {
        QStringList ids;
        for (const QJsonValue &v : array)
            if (account.isEmpty() || v.toObject().value(QLatin1String("account")).toString() == account)
                ids << v.toObject().value(QLatin1String("id")).toString();
        return ids;
    }
    static QStringList accountsOf(const QJsonArray &array)
    {
        QStringList names;
        for (const QJsonValue &v : array) {
            const QString name = v.toObject().value(QLatin1String("account")).toString();
            if (names.isEmpty() || names.constLast() != name)
                names << name;
        }
        return names;
    }
    void deliver(ProviderId provider, const QString &id, const QJsonArray &outcomes)
    {
        control("POST", QStringLiteral("/_sandbox/deliveries"),
                {{QStringLiteral("provider"), Providers::spec(provider).key},
                 {QStringLiteral("id"), id},
                 {QStringLiteral("outcomes"), outcomes}});
    }
    // Removes accounts a test added for itself, so that the next test sees only the three.
    void removeAccounts(const QStringList &names)
    {
        for (const QString &name : names) {
            if (m_addedAccounts.removeAll(name) > 0)
                runCli({QStringLiteral("accounts"), QStringLiteral("remove"), name});
        }
    }
    // A port nothing listens on (bound, then closed again).
    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void noSavedAccountsIsExit2();
    void providerRunHasNoAccount();
    void listsEveryAccountSortedByName();
    void healthFilter_data();
    void healthFilter();
    void deliveriesMoveEndpointsBetweenFilters();
    void textFilterMatchesLikeTheWindow();
    void jsonHasEveryFieldOnEveryElement();
    void repeatedAccountIsListedOnce();
    void exportCsvAndJsonReadBack();
    void outputOverwritesWholeOrNotAtAll();
    void anEchoedTokenIsRedactedInEveryExport();
    void accountsAreListedConcurrently();
    void manyAccountsAtOneHostEachGetTheirWholeTimeout();
    void failedAccountsAreReportedAndTheOthersPrinted();
    void aDamagedSettingsEntryIsReportedOnce();
};

void TestCliListing::initTestCase()
{
    m_neverPrinted << QStringLiteral("not-the-sandbox-token-0123456789"); // the refused account's
    const QString problem = startSandbox();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliListing::init()
{
    resetSandbox();
    // The accounts, once, after noSavedAccountsIsExit2 and providerRunHasNoAccount (which need none).
    const QString test = QString::fromLatin1(QTest::currentTestFunction());
    if (test == QLatin1String("noSavedAccountsIsExit2") || test == QLatin1String("providerRunHasNoAccount") ||
        !m_layers.isEmpty())
        return;
    if (!haveKeychain())
        QSKIP(
            "needs a real Secret Service: run under tests/with-keyring.sh (sets PATCHBAY_KEYCHAIN_TESTS=1)");
    QString error;
    m_layers = addAccount(ProviderId::Layers, QStringLiteral("a-layers"), &error);
    QVERIFY2(!m_layers.isEmpty(), qPrintable(error));
    m_optimalDial =
        addAccount(ProviderId::OptimalDial, QStringLiteral("B-optimaldial"), &error); // case-insensitive
    QVERIFY2(!m_optimalDial.isEmpty(), qPrintable(error));
    m_diligent = addAccount(ProviderId::Diligent, QStringLiteral("c-diligent"), &error);
    QVERIFY2(!m_diligent.isEmpty(), qPrintable(error));
}

void TestCliListing::cleanupTestCase()
{
    removeAddedAccounts();
    stopSandbox();
}

void TestCliListing::noSavedAccountsIsExit2()
{
    for (const QStringList &command : {args({"endpoints", "list"}), args({"endpoints", "list", "--json"}),
                                       args({"endpoints", "export", "--format", "csv"})}) {
        RUN_CLI(r, command);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QLatin1String("No accounts are saved")), qPrintable(r.err));
    }
    QCOMPARE(journal().size(), 0); // nothing was sent
}

void TestCliListing::providerRunHasNoAccount()
{
    RUN_AS(json, QStringLiteral("layers"), args({"endpoints", "list", "--json"}));
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = parsedArray(json.out);
    QCOMPARE(array.size(), 7);
    for (const QJsonValue &v : array) {
        QVERIFY(v.toObject().contains(QLatin1String("account")));
        QVERIFY(v.toObject().value(QLatin1String("account")).isNull());
    }
    RUN_AS(text, QStringLiteral("layers"), args({"endpoints", "list"}));
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.value(0).startsWith(QLatin1String("ACCOUNT  ID")));
    QCOMPARE(lines.size(), 8);
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.startsWith(QLatin1String("-  ")), qPrintable(line));
}

void TestCliListing::listsEveryAccountSortedByName()
{
    RUN_CLI(json, args({"endpoints", "list", "--json"}));
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray array = parsedArray(json.out);
    // By account name, case-insensitively (as `accounts list`), each in its provider's order.
    QCOMPARE(accountsOf(array), (QStringList{m_layers, m_optimalDial, m_diligent}));
    QCOMPARE(idsOf(array, m_layers).size(), 7);
    QCOMPARE(idsOf(array, m_layers).value(0), QString(SandboxSeed::Layers::active));
    QCOMPARE(idsOf(array, m_optimalDial).size(), 7);
    QCOMPARE(idsOf(array, m_diligent).size(), 6);
    // The same listing, one account at a time, in the same order.
    for (const QString &name : {m_layers, m_optimalDial, m_diligent}) {
        RUN_CLI(one, {QStringLiteral("--account"), name, QStringLiteral("endpoints"), QStringLiteral("list"),
                      QStringLiteral("--json")});
        QCOMPARE(idsOf(parsedArray(one.out)), idsOf(array, name));
    }
    // Human output: one ACCOUNT column, a row per endpoint.
    RUN_CLI(text, args({"endpoints", "list"}));
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 20);
    QVERIFY(lines.at(0).startsWith(QLatin1String("ACCOUNT")));
    QVERIFY(lines.at(1).startsWith(m_layers + QLatin1Char(' ')));
    QVERIFY(lines.at(20).startsWith(m_diligent + QLatin1Char(' ')));
}

void TestCliListing::healthFilter_data()
{
    QTest::addColumn<QString>("health");
    QTest::addColumn<QStringList>("layers"); // the Layers account's part, from the seed's own words
    namespace L = SandboxSeed::Layers;
    QTest::newRow("any") << QString()
                         << QStringList{L::active,     L::activeFirehose, L::failing,       L::pausedByUser,
                                        L::autoPaused, L::neverDelivered, L::autoPausedGone};
    QTest::newRow("active") << "active" << QStringList{L::active, L::activeFirehose, L::neverDelivered};
    QTest::newRow("failing") << "failing" << QStringList{L::failing};
    QTest::newRow("disabled") << "disabled" << QStringList{L::pausedByUser, L::autoPaused, L::autoPausedGone};
    QTest::newRow("attention") << "attention" << QStringList{L::failing, L::autoPaused, L::autoPausedGone};
}

void TestCliListing::healthFilter()
{
    QFETCH(QString, health);
    QFETCH(QStringList, layers);
    RUN_CLI(all, args({"endpoints", "list", "--json"}));
    QStringList command = args({"endpoints", "list", "--json"});
    if (!health.isEmpty())
        command << QStringLiteral("--health") << health;
    RUN_CLI(r, command);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray filtered = parsedArray(r.out);
    QCOMPARE(idsOf(filtered, m_layers), layers);
    // Every account: exactly the elements of the full listing whose health fits.
    QStringList expected;
    for (const QJsonValue &v : parsedArray(all.out)) {
        const QJsonObject o = v.toObject();
        const QString h = o.value(QLatin1String("health")).toString();
        const bool byProvider = o.value(QLatin1String("disabledBy")).toString() == QLatin1String("provider");
        const bool fits = health.isEmpty() || h == health ||
                          (health == QLatin1String("attention") &&
                           (h == QLatin1String("failing") || (h == QLatin1String("disabled") && byProvider)));
        if (fits)
            expected << o.value(QLatin1String("account")).toString() + QLatin1Char('/') +
                            o.value(QLatin1String("id")).toString();
    }
    QStringList got;
    for (const QJsonValue &v : filtered)
        got << v.toObject().value(QLatin1String("account")).toString() + QLatin1Char('/') +
                   v.toObject().value(QLatin1String("id")).toString();
    QCOMPARE(got, expected);
    QVERIFY(!got.isEmpty());
    if (!health.isEmpty() && health != QLatin1String("attention"))
        for (const QJsonValue &v : filtered)
            QCOMPARE(v.toObject().value(QLatin1String("health")).toString(), health);
}

void TestCliListing::deliveriesMoveEndpointsBetweenFilters()
{
    const QString id = SandboxSeed::Layers::active;
    const QStringList account{QStringLiteral("--account"), m_layers};
    const auto listed = [&](const char *health) {
        return account + args({"endpoints", "list", "--json", "--health"}) << QString::fromUtf8(health);
    };
    deliver(ProviderId::Layers, id, {500});
    RUN_CLI(failing, listed("failing"));
    QVERIFY(idsOf(parsedArray(failing.out)).contains(id));
    RUN_CLI(active, listed("active"));
    QVERIFY(!idsOf(parsedArray(active.out)).contains(id));
    RUN_CLI(attention, listed("attention"));
    QVERIFY(idsOf(parsedArray(attention.out)).contains(id));

    // Enough failures and the provider switches it off: still needs attention, now as disabled.
    QJsonArray many;
    for (int i = 0; i < 100; ++i)
        many.append(503);
    deliver(ProviderId::Layers, id, many);
    RUN_CLI(disabled, listed("disabled"));
    const QJsonArray array = parsedArray(disabled.out);
    QVERIFY(idsOf(array).contains(id));
    for (const QJsonValue &v : array)
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            QCOMPARE(v.toObject().value(QLatin1String("disabledBy")).toString(), QStringLiteral("provider"));
    RUN_CLI(stillAttention, listed("attention"));
    QVERIFY(idsOf(parsedArray(stillAttention.out)).contains(id));
    RUN_CLI(noLongerFailing, listed("failing"));
    QVERIFY(!idsOf(parsedArray(noLongerFailing.out)).contains(id));
}

void TestCliListing::textFilterMatchesLikeTheWindow()
{
    // Case-insensitive, surrounding spaces ignored: the URL of Layers' failing endpoint only.
    RUN_CLI(url, args({"endpoints", "list", "--json", "--filter", "  CMS.NORTHWIND "}));
    QCOMPARE(url.exitCode, 0);
    QCOMPARE(idsOf(parsedArray(url.out)), QStringList{SandboxSeed::Layers::failing});
    QCOMPARE(accountsOf(parsedArray(url.out)), QStringList{m_layers});
    // The description, the events and the ID are searched too; never two fields at once.
    RUN_CLI(description, args({"endpoints", "list", "--json", "--filter", "moderation sync"}));
    QCOMPARE(idsOf(parsedArray(description.out)), QStringList{SandboxSeed::Layers::failing});
    RUN_CLI(id, args({"endpoints", "list", "--json", "--filter", "D1116EB1-4C6A-439F-B668-7CCA0CD70003"}));
    QCOMPARE(idsOf(parsedArray(id.out)), QStringList{SandboxSeed::Diligent::failing});
    RUN_CLI(events, args({"endpoints", "list", "--json", "--health", "failing", "--filter",
                          "content.approved, "
                          "content.rejected"}));
    QCOMPARE(idsOf(parsedArray(events.out)), QStringList{SandboxSeed::Layers::failing});
    RUN_CLI(across, args({"endpoints", "list", "--json", "--filter", "layerscms moderation"}));
    QCOMPARE(across.exitCode, 0);
    QCOMPARE(parsedArray(across.out), QJsonArray());
    // The table too, with a match in two accounts.
    RUN_CLI(text, args({"endpoints", "list", "--filter", "HTTPS://"}));
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(QLatin1Char('\n')), 1 + 20);
}

void TestCliListing::jsonHasEveryFieldOnEveryElement()
{
    RUN_CLI(r, args({"endpoints", "list", "--json"}));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray array = parsedArray(r.out);
    QCOMPARE(array.size(), 20);
    const QHash<QString, QString> providerOf{
        {m_layers, QStringLiteral("layers")},
        {m_optimalDial, QStringLiteral("optimaldial")},
        {m_diligent, QStringLiteral("diligent")},
    };
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString what = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        const QString account = o.value(QLatin1String("account")).toString();
        QVERIFY2(providerOf.contains(account), qPrintable(what));
        QCOMPARE(o.value(QLatin1String("provider")).toString(), providerOf.value(account));
        QVERIFY2(!o.value(QLatin1String("id")).toString().isEmpty(), qPrintable(what));
        QVERIFY2(o.value(QLatin1String("url")).toString().startsWith(QLatin1String("http")),
                 qPrintable(what));
        QVERIFY2(o.value(QLatin1String("events")).isArray(), qPrintable(what));
        for (const QJsonValue &event : o.value(QLatin1String("events")).toArray())
            QVERIFY2(event.isString(), qPrintable(what));
        const QJsonValue description = o.value(QLatin1String("description"));
        QVERIFY2(description.isString() || description.isNull(), qPrintable(what));
        if (account == m_diligent) // Diligent has no description
            QVERIFY2(description.isNull(), qPrintable(what));
        const QString health = o.value(QLatin1String("health")).toString();
        QVERIFY2(QStringList({"active", "failing", "disabled"}).contains(health), qPrintable(what));
        QCOMPARE(o.contains(QLatin1String("disabledBy")), health == QLatin1String("disabled"));
        if (health == QLatin1String("disabled"))
            QVERIFY2(QStringList({"provider", "user", "unknown"})
                         .contains(o.value(QLatin1String("disabledBy")).toString()),
                     qPrintable(what));
        const QJsonValue reason = o.value(QLatin1String("healthReason"));
        QVERIFY2(reason.isNull() == (health == QLatin1String("active")), qPrintable(what));
        QVERIFY2(reason.isNull() || !reason.toString().isEmpty(), qPrintable(what));
        QVERIFY2(o.value(QLatin1String("failureCount")).isDouble() &&
                     o.value(QLatin1String("failureCount")).toInt(-1) >= 0,
                 qPrintable(what));
        QVERIFY2(o.contains(QLatin1String("lastDeliveryAt")), qPrintable(what));
        const QJsonValue last = o.value(QLatin1String("lastDeliveryAt"));
        QVERIFY2(last.isNull() || QDateTime::fromString(last.toString(), Qt::ISODateWithMs).isValid(),
                 qPrintable(what));
    }
    // OptimalDial has no "last delivery" field: its last success / failure stands in, as in the window.
    for (const QJsonValue &v : array)
        if (v.toObject().value(QLatin1String("id")).toString() == SandboxSeed::OptimalDial::active)
            QVERIFY(v.toObject().value(QLatin1String("lastDeliveryAt")).isString());
}

void TestCliListing::repeatedAccountIsListedOnce()
{
    RUN_CLI(r, {QStringLiteral("--account"), m_diligent, QStringLiteral("endpoints"), QStringLiteral("list"),
                QStringLiteral("--json"), QStringLiteral("--account"), m_layers, QStringLiteral("--account"),
                m_diligent, QStringLiteral("--account"), m_layers.toUpper()}); // the same account, any case
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray array = parsedArray(r.out);
    QCOMPARE(accountsOf(array), (QStringList{m_layers, m_diligent}));
    QCOMPARE(array.size(), 7 + 6);
    // A name that is not saved is a usage error before anything is sent.
    resetSandbox();
    RUN_CLI(typo, {QStringLiteral("--account"), m_layers, QStringLiteral("--account"),
                   QStringLiteral("no-such"), QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY(typo.err.contains(QLatin1String("no-such")));
    QCOMPARE(typo.out, QString());
    QCOMPARE(journal().size(), 0);
}

void TestCliListing::exportCsvAndJsonReadBack()
{
    // A description a spreadsheet would run, and one with the CSV's own separators.
    const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
    const QString separators = QStringLiteral("a, \"quoted\"\nsecond line");
    RUN_CLI(set,
            {QStringLiteral("--account"), m_layers, QStringLiteral("endpoints"), QStringLiteral("update"),
             QString(SandboxSeed::Layers::active), QStringLiteral("--description"), formula});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    RUN_CLI(set2, {QStringLiteral("--account"), m_optimalDial, QStringLiteral("endpoints"),
                   QStringLiteral("update"), QString(SandboxSeed::OptimalDial::active),
                   QStringLiteral("--description"), separators});
    QVERIFY2(set2.exitCode == 0, qPrintable(set2.err));

    RUN_CLI(list, args({"endpoints", "list", "--json"}));
    const QJsonArray listed = parsedArray(list.out);
    QCOMPARE(listed.size(), 20);

    RUN_CLI(json, args({"endpoints", "export", "--format", "json"}));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(parsedArray(json.out), listed); // the same array as list --json
    QCOMPARE(json.out, list.out);

    RUN_CLI(csv, args({"endpoints", "export", "--format", "csv"}));
    QCOMPARE(csv.exitCode, 0);
    QList<QStringList> records;
    QVERIFY2(readRfc4180(csv.out, &records), qPrintable(csv.out.left(400)));
    QCOMPARE(records.value(0), EndpointExport::fieldNames());
    QCOMPARE(records.size(), 1 + listed.size());
    const qsizetype idColumn = records.at(0).indexOf(QStringLiteral("id"));
    const qsizetype descriptionColumn = records.at(0).indexOf(QStringLiteral("description"));
    const qsizetype accountColumn = records.at(0).indexOf(QStringLiteral("account"));
    const qsizetype eventsColumn = records.at(0).indexOf(QStringLiteral("events"));
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const QJsonObject o = listed.at(i).toObject();
        const QStringList &record = records.at(i + 1);
        QCOMPARE(record.size(), records.at(0).size());
        QCOMPARE(record.at(idColumn), o.value(QLatin1String("id")).toString());
        QCOMPARE(record.at(accountColumn), o.value(QLatin1String("account")).toString());
        QStringList events;
        for (const QJsonValue &event : o.value(QLatin1String("events")).toArray())
            events << event.toString();
        QCOMPARE(record.at(eventsColumn), events.join(QLatin1Char(';')));
        const QString id = o.value(QLatin1String("id")).toString();
        if (id == SandboxSeed::Layers::active) {
            QCOMPARE(o.value(QLatin1String("description")).toString(), formula); // JSON: the data as is
            QCOMPARE(record.at(descriptionColumn), QLatin1Char('\'') + formula); // CSV: never a formula
        } else if (id == SandboxSeed::OptimalDial::active) {
            QCOMPARE(record.at(descriptionColumn), separators);
        } else {
            QCOMPARE(record.at(descriptionColumn), o.value(QLatin1String("description")).toString());
        }
    }
    // Filters apply to exports as to lists.
    RUN_CLI(some,
            args({"endpoints", "export", "--format", "csv", "--health", "attention", "--filter", "layers"}));
    QVERIFY(readRfc4180(some.out, &records));
    RUN_CLI(someListed, args({"endpoints", "list", "--json", "--health", "attention", "--filter", "layers"}));
    QCOMPARE(records.size(), 1 + parsedArray(someListed.out).size());
    QVERIFY(records.size() > 1);
}

void TestCliListing::anEchoedTokenIsRedactedInEveryExport()
{
    // A server that writes the account's token back into an endpoint. Two layers keep it out: ApiClient
    // redacts each reply before parsing, and the export redacts each streamed chunk again; either alone
    // passes this test (RUN_CLI fails any run that prints a token; the file is read here).
    const QString token = SandboxServer::tokenFor(ProviderId::Layers);
    RUN_CLI(set,
            {QStringLiteral("--account"), m_layers, QStringLiteral("endpoints"), QStringLiteral("update"),
             QString(SandboxSeed::Layers::active), QStringLiteral("--description"),
             QStringLiteral("echoed ") + token + QStringLiteral(" back")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    RUN_CLI(listed, args({"endpoints", "list", "--json"}));
    QVERIFY(listed.out.contains(QStringLiteral("echoed <redacted> back")));
    for (const char *format : {"json", "csv"}) {
        RUN_CLI(exported, args({"endpoints", "export", "--format", format}));
        QVERIFY(exported.out.contains(QStringLiteral("echoed <redacted> back")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out"));
        RUN_CLI(toFile, args({"endpoints", "export", "--format", format, "--output"}) << path);
        QCOMPARE(toFile.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(bytes.contains("echoed <redacted> back"));
    }
}

void TestCliListing::outputOverwritesWholeOrNotAtAll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("endpoints.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x')); // longer than the export: no tail may survive
    }
    RUN_CLI(stdoutCsv, args({"endpoints", "export", "--format", "csv"}));
    RUN_CLI(toFile, args({"endpoints", "export", "--format", "csv", "--output"}) << path);
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QCOMPARE(toFile.out, QString());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), stdoutCsv.out.toUtf8());
    written.close();

    RUN_CLI(json, args({"endpoints", "export", "--format", "json", "--output"}) << path);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).array().size(), 20);
    written.close();

    // A path that cannot be written: usage error, nothing sent, the old file (here: none) untouched.
    resetSandbox();
    const QString nowhere = dir.filePath(QStringLiteral("missing-dir/endpoints.csv"));
    RUN_CLI(bad, args({"endpoints", "export", "--format", "csv", "--output"}) << nowhere);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(nowhere), qPrintable(bad.err));
    QCOMPARE(journal().size(), 0);
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestCliListing::accountsAreListedConcurrently()
{
    // A provider that answers no listing until three are waiting: listed one after another, the first
    // would wait for the others until its timeout (exit 4).
    QList<QPointer<QTcpSocket>> waiting;
    HostileServer server([&waiting](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
        waiting << socket;
        if (waiting.size() < 3)
            return;
        const QByteArray empty =
            ScriptedServer::json(200, {{QStringLiteral("object"), QStringLiteral("list")},
                                       {QStringLiteral("data"), QJsonArray()},
                                       {QStringLiteral("has_more"), false}});
        for (const QPointer<QTcpSocket> &s : std::as_const(waiting))
            if (s)
                HostileServer::replyAndClose(s, empty);
        waiting.clear();
    });
    QVERIFY(server.start());
    QStringList command;
    QStringList names;
    const auto removeNames = qScopeGuard([&] { removeAccounts(names); }); // even when a check fails
    for (int i = 0; i < 3; ++i) {
        QString error;
        const QString name =
            addAccount(ProviderId::Layers, QStringLiteral("waiting-%1").arg(i), &error, server.url());
        QVERIFY2(!name.isEmpty(), qPrintable(error));
        names << name;
        command << QStringLiteral("--account") << name;
    }
    RUN_CLI(r, command + args({"--timeout", "5", "endpoints", "list", "--json"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(parsedArray(r.out), QJsonArray());
    QCOMPARE(server.requests, 3);
}

void TestCliListing::manyAccountsAtOneHostEachGetTheirWholeTimeout()
{
    // Eight accounts at one provider (an agency's clients), each listing answered in 1.2 s of a 2 s
    // timeout. Sent all at once, six went out (the connections per host) and two waited for a free
    // connection while their own timeout ran: they timed out at 2 s though each took 1.2 s.
    HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
        QTimer::singleShot(1200, socket, [socket] {
            HostileServer::replyAndClose(
                socket, ScriptedServer::json(200, {{QStringLiteral("object"), QStringLiteral("list")},
                                                   {QStringLiteral("data"), QJsonArray()},
                                                   {QStringLiteral("has_more"), false}}));
        });
    });
    QVERIFY(server.start());
    QStringList command;
    QStringList names;
    const auto removeNames = qScopeGuard([&] { removeAccounts(names); }); // even when a check fails
    for (int i = 0; i < 8; ++i) {
        QString error;
        const QString name =
            addAccount(ProviderId::Layers, QStringLiteral("agency-%1").arg(i), &error, server.url());
        QVERIFY2(!name.isEmpty(), qPrintable(error));
        names << name;
        command << QStringLiteral("--account") << name;
    }
    RUN_CLI(r, command + args({"--timeout", "2", "endpoints", "list", "--json"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    QCOMPARE(parsedArray(r.out), QJsonArray());
    QCOMPARE(server.requests, 8);
}

void TestCliListing::failedAccountsAreReportedAndTheOthersPrinted()
{
    // An account the provider refuses (a wrong token: 401, exit 3) and one whose host is down (exit 4).
    const QString refused = QStringLiteral("d-refused-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString down = QStringLiteral("e-down-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto removeBoth = qScopeGuard([&] { removeAccounts({refused, down}); }); // even when a check fails
    RUN_CLI(addRefused,
            {QStringLiteral("accounts"), QStringLiteral("add"), refused, QStringLiteral("--provider"),
             QStringLiteral("layers"), QStringLiteral("--base-url"), m_baseUrl.toString()},
            QByteArray("not-the-sandbox-token-0123456789\n"));
    QVERIFY2(addRefused.exitCode == 0, qPrintable(addRefused.err));
    m_addedAccounts << refused;
    QUrl closed = m_baseUrl;
    closed.setPort(closedPort());
    RUN_CLI(addDown,
            {QStringLiteral("accounts"), QStringLiteral("add"), down, QStringLiteral("--provider"),
             QStringLiteral("opentrain"), QStringLiteral("--base-url"), closed.toString()},
            SandboxServer::tokenFor(ProviderId::OpenTrain).toUtf8() + "\n");
    QVERIFY2(addDown.exitCode == 0, qPrintable(addDown.err));
    m_addedAccounts << down;

    RUN_CLI(all, args({"endpoints", "list", "--json"}));
    QCOMPARE(all.exitCode, 4); // 4 over 3
    QCOMPARE(accountsOf(parsedArray(all.out)), (QStringList{m_layers, m_optimalDial, m_diligent}));
    const QStringList errors = all.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(refused) && errors.at(1).contains(down), qPrintable(all.err));

    RUN_CLI(some, {QStringLiteral("--account"), refused, QStringLiteral("--account"), m_diligent,
                   QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(some.exitCode, 3);
    QCOMPARE(some.out.count(QLatin1Char('\n')), 1 + 6);
    QVERIFY(some.err.contains(refused));

    RUN_CLI(exported, args({"endpoints", "export", "--format", "csv"}));
    QCOMPARE(exported.exitCode, 4);
    QList<QStringList> records;
    QVERIFY(readRfc4180(exported.out, &records));
    QCOMPARE(records.size(), 1 + 20);

    // Nothing loaded at all: nothing printed (no empty list that could pass for "no endpoints").
    RUN_CLI(none, {QStringLiteral("--account"), down, QStringLiteral("endpoints"), QStringLiteral("list"),
                   QStringLiteral("--json")});
    QCOMPARE(none.exitCode, 4);
    QCOMPARE(none.out, QString());
}

void TestCliListing::aDamagedSettingsEntryIsReportedOnce()
{
    // A hand-edited entry that is no account: skipped with a warning, the others listed. Each account
    // is looked up again while the listing is prepared: the warning came once per look-up (with a
    // hundred accounts, 201 lines on stderr).
    const QString settingsPath = m_home.path() + QStringLiteral("/config/Patchbay/Patchbay.conf");
    QSettings(settingsPath, QSettings::IniFormat)
        .setValue(QStringLiteral("accounts/broken/provider"), QStringLiteral("no-such-provider"));
    const auto removeBroken = qScopeGuard([settingsPath] {
        QSettings(settingsPath, QSettings::IniFormat).remove(QStringLiteral("accounts/broken"));
    });
    RUN_CLI(r, args({"endpoints", "list", "--json"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(accountsOf(parsedArray(r.out)), (QStringList{m_layers, m_optimalDial, m_diligent}));
    QCOMPARE(r.err.count(QLatin1String("Skipping account \"broken\"")), 1);
}

QTEST_GUILESS_MAIN(TestCliListing)
#include "tst_cli_listing.moc"
