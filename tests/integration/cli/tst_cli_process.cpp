// Runs the real patchbay-cli binary against a real patchbay-sandbox process, for every provider:
// what it prints, its exit code, and what the sandbox received (its journal). Every run is also
// checked for the token and the secrets used: none may ever appear in stdout or stderr.

#include "common/cliharness.h"
#include "common/scriptedserver.h"
#include "providers/providerid.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUuid>

namespace {

// Secrets the tests hand to the CLI; none may be printed.
const QString diligentSecret = QStringLiteral("whsec_cli_TEST_s3cr3t_4711");
const QString atoaHeaderValue = QStringLiteral("hv-CLI-test-credential-0815");

} // namespace

class TestCliProcess : public CliHarness
{
    Q_OBJECT

private:
    static void addProviderColumn();

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void help();
    void usageErrorExits2();
    void missingTokenExits2();
    void insecureBaseUrlExits2();

    void list_data() { addProviderColumn(); }
    void list();
    void get_data() { addProviderColumn(); }
    void get();
    void detailsShowEveryNormalizedField_data() { addProviderColumn(); }
    void detailsShowEveryNormalizedField();
    void update_data();
    void update();
    void dryRunSendsNothing_data() { update_data(); }
    void dryRunSendsNothing();
    void nothingToChange_data();
    void nothingToChange();
    void validationRefusal_data();
    void validationRefusal();
    void unsupportedOption_data();
    void unsupportedOption();
    void providerRefusal_data();
    void providerRefusal();
    void serverErrorExits4_data() { addProviderColumn(); }
    void serverErrorExits4();
    void droppedConnectionExits4_data() { addProviderColumn(); }
    void droppedConnectionExits4();
    void timeoutExits4_data() { addProviderColumn(); }
    void timeoutExits4();
    void atoaAuthenticationIsSentButNeverPrinted();
    void echoedTokenIsRedacted();
    void serverTextIsInertOnTheTerminal();
    void wrongTypeInReplyExits4_data();
    void wrongTypeInReplyExits4();
    void speaksTheUsersLanguageButNotInJson();

    void accounts();
    void providerRunLoadsNoKeychain();
    void missingKeychainPluginIsReported();
};

void TestCliProcess::addProviderColumn()
{
    QTest::addColumn<QString>("provider");
    for (const QString &key : Providers::keys())
        QTest::newRow(qPrintable(key)) << key;
}

void TestCliProcess::initTestCase()
{
    m_neverPrinted << diligentSecret << atoaHeaderValue;
    const QString problem = startSandbox();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliProcess::init()
{
    resetSandbox();
}

void TestCliProcess::cleanupTestCase()
{
    stopSandbox();
}

void TestCliProcess::help()
{
    RUN_CLI(r, {QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *line :
         {"endpoints list [--health H] [--filter TEXT]", "endpoints export --format csv|json [--output FILE]",
          "endpoints update ID... [--ids-from FILE|-] [--dry-run] CHANGE...",
          "accounts add NAME --provider P [--base-url URL]", "accounts rename OLD NEW",
          "patchbay-cli --version (or -v)"})
        QVERIFY2(r.out.contains(QLatin1String(line)), line);
    QVERIFY(r.err.isEmpty());
}

void TestCliProcess::usageErrorExits2()
{
    RUN_CLI(r, {QStringLiteral("--provider"), QStringLiteral("layers"), QStringLiteral("endpoints"),
                QStringLiteral("frob")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("endpoints frob")));
    QVERIFY(r.out.isEmpty());
}

void TestCliProcess::missingTokenExits2()
{
    RUN_CLI(r, {QStringLiteral("--provider"), QStringLiteral("layers"), QStringLiteral("--base-url"),
                m_baseUrl.toString(), QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("PATCHBAY_TOKEN")), qPrintable(r.err));
    QVERIFY(journal().isEmpty());
}

void TestCliProcess::insecureBaseUrlExits2()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATCHBAY_TOKEN"), SandboxServer::tokenFor(ProviderId::Layers));
    RUN_CLI(r,
            {QStringLiteral("--provider"), QStringLiteral("layers"), QStringLiteral("--base-url"),
             QStringLiteral("http://hooks.example.com"), QStringLiteral("endpoints"), QStringLiteral("list")},
            {}, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("http://")), qPrintable(r.err));
}

void TestCliProcess::list()
{
    QFETCH(QString, provider);
    const ProviderId id = providerOf(provider);
    RUN_AS(r, provider, {QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression headerLine(
        QStringLiteral("^ACCOUNT +ID +HEALTH +FAILURES +URL +EVENTS$"));
    QVERIFY2(headerLine.match(lines.value(0)).hasMatch(), qPrintable(lines.value(0)));
    const int healthColumn = lines.value(0).indexOf(QLatin1String("HEALTH"));
    QVERIFY2(lines.size() - 1 >= 6, "the seed has at least six endpoints per provider");
    // Every seeded endpoint is listed, with its health word in the aligned HEALTH column.
    const QSet<QString> words{QStringLiteral("active"), QStringLiteral("failing"),
                              QStringLiteral("disabled")};
    QSet<QString> seen;
    for (int i = 1; i < lines.size(); ++i) {
        const QString word = lines.at(i).mid(healthColumn).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(words.contains(word), qPrintable(lines.at(i)));
        seen.insert(word);
    }
    QVERIFY2(seen.contains(QStringLiteral("failing")), "the seed has a failing endpoint for every provider");

    RUN_AS(j, provider, {QStringLiteral("--json"), QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(j.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(j.out.toUtf8()).array();
    QCOMPARE(array.size(), lines.size() - 1);
    for (const QJsonValue &v : array) {
        QCOMPARE(v.toObject().value(QLatin1String("provider")).toString(), provider);
        QVERIFY(r.out.contains(v.toObject().value(QLatin1String("id")).toString()));
    }
    // The list request carried the provider's auth header.
    const QJsonObject first = journal().first().toObject();
    const ProviderSpec &spec = Providers::spec(id);
    QCOMPARE(header(first, QString::fromLatin1(spec.authHeader)),
             QString::fromLatin1(spec.authPrefix) + SandboxServer::tokenFor(id));
}

void TestCliProcess::get()
{
    QFETCH(QString, provider);
    // A failing endpoint of each provider, so that the health reason is not empty.
    const QMap<QString, QString> ids{{QStringLiteral("opentrain"), SandboxSeed::OpenTrain::autoDisabled},
                                     {QStringLiteral("layers"), SandboxSeed::Layers::autoPaused},
                                     {QStringLiteral("optimaldial"), SandboxSeed::OptimalDial::failing},
                                     {QStringLiteral("diligent"), SandboxSeed::Diligent::failing},
                                     {QStringLiteral("atoa"), SandboxSeed::Atoa::expiredFailing}};
    const QString id = ids.value(provider);
    RUN_AS(r, provider, {QStringLiteral("endpoints"), QStringLiteral("get"), id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("ID:")));
    QVERIFY(r.out.contains(id));
    QVERIFY(r.out.contains(QLatin1String("Health:")));
    static const QRegularExpression reason(QStringLiteral("Health reason: +\\S.+"));
    QVERIFY2(reason.match(r.out).hasMatch(), qPrintable(r.out));

    RUN_AS(j, provider, {QStringLiteral("--json"), QStringLiteral("endpoints"), QStringLiteral("get"), id});
    QCOMPARE(j.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("id")).toString(), id);
    QCOMPARE(o.value(QLatin1String("provider")).toString(), provider);
    QVERIFY(QStringList({QStringLiteral("failing"), QStringLiteral("disabled")})
                .contains(o.value(QLatin1String("health")).toString()));
    QVERIFY(!o.value(QLatin1String("healthReason")).toString().isEmpty());
}

// The text details are read from the Endpoint, not from the normalized JSON (cheaper): for every seeded
// endpoint they must still show each key of `get --json` on a line of its own, with the same value.
void TestCliProcess::detailsShowEveryNormalizedField()
{
    QFETCH(QString, provider);
    // A value as the details show it: "-" for nothing, lists and maps joined.
    std::function<QString(const QJsonValue &)> shown = [&shown](const QJsonValue &value) -> QString {
        switch (value.type()) {
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        case QJsonValue::Double:
            return QString::number(value.toDouble());
        case QJsonValue::String:
            return value.toString().isEmpty() ? QStringLiteral("-") : value.toString();
        case QJsonValue::Array: {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items << shown(item);
            return items.isEmpty() ? QStringLiteral("-") : items.join(QLatin1String(", "));
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            QStringList pairs;
            for (auto it = object.begin(); it != object.end(); ++it)
                pairs << it.key() + QLatin1Char('=') + it.value().toString();
            return pairs.isEmpty() ? QStringLiteral("-") : pairs.join(QLatin1String(", "));
        }
        default:
            return QStringLiteral("-");
        }
    };
    RUN_AS(list, provider, {QStringLiteral("--json"), QStringLiteral("endpoints"), QStringLiteral("list")});
    const QJsonArray listed = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QVERIFY(listed.size() >= 6);
    for (const QJsonValue &entry : listed) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        RUN_AS(json, provider,
               {QStringLiteral("--json"), QStringLiteral("endpoints"), QStringLiteral("get"), id});
        RUN_AS(text, provider, {QStringLiteral("endpoints"), QStringLiteral("get"), id});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(text.exitCode, 0);
        const QJsonObject fields = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QStringList expected;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            expected << shown(it.value()).trimmed();
        QStringList printed; // each line is "Label:  value"; labels have no colon
        for (const QString &line : text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            printed << line.section(QLatin1Char(':'), 1).trimmed();
        expected.sort();
        printed.sort();
        QCOMPARE(printed, expected);
    }
}

void TestCliProcess::update_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("body"); // the exact minimal JSON body

    QTest::newRow("opentrain: events replaced")
        << "opentrain" << QString(SandboxSeed::OpenTrain::active)
        << QStringList{QStringLiteral("--events"), QStringLiteral("contract.started,payment.sent")}
        << QByteArray() << "PATCH" << QByteArray(R"({"eventTypes":["contract.started","payment.sent"]})");
    QTest::newRow("layers: metadata per key, description cleared to null")
        << "layers" << QString(SandboxSeed::Layers::active)
        << QStringList{QStringLiteral("--set-metadata"), QStringLiteral("team=core"),
                       QStringLiteral("--unset-metadata"), QStringLiteral("env"),
                       QStringLiteral("--clear-description")}
        << QByteArray() << "PATCH"
        << QByteArray(R"({"metadata":{"team":"core","env":""},"description":null})");
    QTest::newRow("optimaldial: description and is_active")
        << "optimaldial" << QString(SandboxSeed::OptimalDial::active)
        << QStringList{QStringLiteral("--description"), QStringLiteral("Recordings to billing"),
                       QStringLiteral("--disable")}
        << QByteArray() << "PATCH"
        << QByteArray(R"({"description":"Recordings to billing","is_active":false})");
    QTest::newRow("diligent: secret from stdin")
        << "diligent" << QString(SandboxSeed::Diligent::activeNeverDelivered)
        << QStringList{QStringLiteral("--secret-stdin")}
        << QByteArray(diligentSecret.toUtf8() + "\nignored\n") << "PATCH"
        << QByteArray(R"({"secret":")" + diligentSecret.toUtf8() + R"("})");
    QTest::newRow("atoa: description of 100 emoji (200 UTF-16 units)")
        << "atoa" << QString(SandboxSeed::Atoa::refunds)
        << QStringList{QStringLiteral("--description"), QString::fromUtf8("\xf0\x9f\x98\x80").repeated(100)}
        << QByteArray() << "PUT"
        << QByteArray("{\"description\":\"" + QByteArray("\xf0\x9f\x98\x80").repeated(100) +
                      "\",\"events\":[\"REFUND_STATUS\"]}");
    QTest::newRow("atoa: description, with the complete events")
        << "atoa" << QString(SandboxSeed::Atoa::paymentsBasic)
        << QStringList{QStringLiteral("--description"), QStringLiteral("Payments (prod)")} << QByteArray()
        << "PUT"
        << QByteArray(
               R"json({"description":"Payments (prod)","events":["PAYMENTS_STATUS","REFUND_STATUS"]})json");
}

void TestCliProcess::update()
{
    QFETCH(QString, provider);
    QFETCH(QString, id);
    QFETCH(QStringList, changes);
    QFETCH(QByteArray, input);
    QFETCH(QString, method);
    QFETCH(QByteArray, body);
    const ProviderId pid = providerOf(provider);
    const ProviderSpec &spec = Providers::spec(pid);

    RUN_AS(r, provider, QStringList{QStringLiteral("endpoints"), QStringLiteral("update"), id} + changes,
           input);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(id));

    // Read first, then exactly one write with the minimal body, method, path and auth header.
    const QJsonArray log = journal();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).toObject().value(QLatin1String("method")).toString(), QStringLiteral("GET"));
    const QJsonObject write = log.at(1).toObject();
    QCOMPARE(write.value(QLatin1String("method")).toString(), method);
    QCOMPARE(write.value(QLatin1String("path")).toString(), spec.itemPathFor(id));
    QCOMPARE(header(write, QString::fromLatin1(spec.authHeader)),
             QString::fromLatin1(spec.authPrefix) + SandboxServer::tokenFor(pid));
    QCOMPARE(QJsonDocument::fromJson(write.value(QLatin1String("body")).toString().toUtf8()).object(),
             QJsonDocument::fromJson(body).object());
    QVERIFY(write.value(QLatin1String("status")).toInt() < 300);
    if (spec.idempotencyKey)
        QVERIFY(!QUuid::fromString(header(write, QStringLiteral("Idempotency-Key"))).isNull());
    else
        QVERIFY(header(write, QStringLiteral("Idempotency-Key")).isEmpty());
}

void TestCliProcess::dryRunSendsNothing()
{
    QFETCH(QString, provider);
    QFETCH(QString, id);
    QFETCH(QStringList, changes);
    QFETCH(QByteArray, input);
    QFETCH(QString, method);
    const ProviderSpec &spec = Providers::spec(providerOf(provider));

    RUN_AS(
        r, provider,
        QStringList{QStringLiteral("endpoints"), QStringLiteral("update"), id, QStringLiteral("--dry-run")} +
            changes,
        input);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(writes(journal()).isEmpty());
    // The exact request, token redacted: method and URL, the auth header's name, the body's keys.
    QVERIFY2(r.out.contains(method + QLatin1Char(' ') + m_baseUrl.toString() + spec.itemPathFor(id)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QString::fromLatin1(spec.authHeader) + QLatin1String(": ") +
                            QString::fromLatin1(spec.authPrefix) + QLatin1String("<redacted>")),
             qPrintable(r.out));
    if (provider == QLatin1String("diligent"))
        QVERIFY(r.out.contains(QLatin1String("\"secret\": \"<redacted>\"")));
}

void TestCliProcess::nothingToChange_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("changes");
    QTest::newRow("opentrain: same events, other order")
        << "opentrain" << QString(SandboxSeed::OpenTrain::active)
        << QStringList{QStringLiteral("--events"),
                       QStringLiteral("payment.sent,contract.started,contract.ended"),
                       QStringLiteral("--enable")};
    QTest::newRow("layers: same metadata value and scope")
        << "layers" << QString(SandboxSeed::Layers::active)
        << QStringList{QStringLiteral("--set-metadata"), QStringLiteral("team=growth"),
                       QStringLiteral("--scope"), QStringLiteral("own")};
    QTest::newRow("layers: clearing a description that is already null")
        << "layers" << QString(SandboxSeed::Layers::neverDelivered)
        << QStringList{QStringLiteral("--clear-description")};
    QTest::newRow("optimaldial: already active") << "optimaldial" << QString(SandboxSeed::OptimalDial::active)
                                                 << QStringList{QStringLiteral("--enable")};
    QTest::newRow("diligent: already inactive")
        << "diligent" << QString(SandboxSeed::Diligent::disabled) << QStringList{QStringLiteral("--disable")};
    QTest::newRow("atoa: same description")
        << "atoa" << QString(SandboxSeed::Atoa::refunds)
        << QStringList{QStringLiteral("--description"), QStringLiteral("Refund desk")};
    // Removing a write-only value the endpoint does not have (has_secret / hasAuthentication false).
    QTest::newRow("diligent: remove a secret that is not set")
        << "diligent" << QString(SandboxSeed::Diligent::activeNeverDelivered)
        << QStringList{QStringLiteral("--remove-secret")};
    QTest::newRow("atoa: remove authentication that is not set")
        << "atoa" << QString(SandboxSeed::Atoa::refunds)
        << QStringList{QStringLiteral("--remove-authentication")};
}

void TestCliProcess::nothingToChange()
{
    QFETCH(QString, provider);
    QFETCH(QString, id);
    QFETCH(QStringList, changes);
    RUN_AS(r, provider, QStringList{QStringLiteral("endpoints"), QStringLiteral("update"), id} + changes);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("Nothing to change: ")), qPrintable(r.out));
    QCOMPARE(journal().size(), 1); // the read only
    QVERIFY(writes(journal()).isEmpty());
}

void TestCliProcess::validationRefusal_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("opentrain: http off loopback")
        << "opentrain" << QString(SandboxSeed::OpenTrain::active)
        << QStringList{QStringLiteral("--url"), QStringLiteral("http://hooks.example.com/x")} << "localhost";
    QTest::newRow("opentrain: no events") << "opentrain" << QString(SandboxSeed::OpenTrain::active)
                                          << QStringList{QStringLiteral("--events"), QString()} << "at least";
    QTest::newRow("layers: auto_paused is not a choice, empty metadata value")
        << "layers" << QString(SandboxSeed::Layers::active)
        << QStringList{QStringLiteral("--set-metadata"), QStringLiteral("team=")} << "team";
    QTest::newRow("layers: unknown scope")
        << "layers" << QString(SandboxSeed::Layers::active)
        << QStringList{QStringLiteral("--scope"), QStringLiteral("everything")} << "own, all_children";
    QTest::newRow("optimaldial: event outside the enum")
        << "optimaldial" << QString(SandboxSeed::OptimalDial::active)
        << QStringList{QStringLiteral("--events"), QStringLiteral("upload.deleted")} << "upload.deleted";
    QTest::newRow("optimaldial: description over 500")
        << "optimaldial" << QString(SandboxSeed::OptimalDial::active)
        << QStringList{QStringLiteral("--description"), QString(501, QLatin1Char('x'))} << "500";
    QTest::newRow("atoa: description of 101 emoji")
        << "atoa" << QString(SandboxSeed::Atoa::refunds)
        << QStringList{QStringLiteral("--description"), QString::fromUtf8("\xf0\x9f\x98\x80").repeated(101)}
        << "101";
    QTest::newRow("diligent: http URL")
        << "diligent" << QString(SandboxSeed::Diligent::active)
        << QStringList{QStringLiteral("--url"), QStringLiteral("http://localhost/x")} << "https://";
    QTest::newRow("atoa: URL is immutable")
        << "atoa" << QString(SandboxSeed::Atoa::refunds)
        << QStringList{QStringLiteral("--url"), QStringLiteral("https://support.initech.example/new")}
        << "URL";
    QTest::newRow("atoa: mixed authentication methods")
        << "atoa" << QString(SandboxSeed::Atoa::refunds)
        << QStringList{QStringLiteral("--authentication-json"),
                       QStringLiteral(R"({"username":"u","headerValue":")") + atoaHeaderValue +
                           QStringLiteral("\"}")}
        << "never mixed";
    QTest::newRow("atoa: authentication not JSON")
        << "atoa" << QString(SandboxSeed::Atoa::refunds)
        << QStringList{QStringLiteral("--authentication-json"),
                       QStringLiteral("{\"headerValue\": ") + atoaHeaderValue}
        << "not valid JSON";
}

void TestCliProcess::validationRefusal()
{
    QFETCH(QString, provider);
    QFETCH(QString, id);
    QFETCH(QStringList, changes);
    QFETCH(QString, mentions);
    RUN_AS(r, provider, QStringList{QStringLiteral("endpoints"), QStringLiteral("update"), id} + changes);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(writes(journal()).isEmpty());
}

void TestCliProcess::unsupportedOption_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("option");
    QTest::newRow("opentrain --description")
        << "opentrain" << QStringList{QStringLiteral("--description"), QStringLiteral("x")}
        << "--description";
    QTest::newRow("opentrain --clear-metadata")
        << "opentrain" << QStringList{QStringLiteral("--clear-metadata")} << "--clear-metadata";
    QTest::newRow("layers --secret-stdin")
        << "layers" << QStringList{QStringLiteral("--secret-stdin")} << "--secret-stdin";
    QTest::newRow("optimaldial --scope")
        << "optimaldial" << QStringList{QStringLiteral("--scope"), QStringLiteral("own")} << "--scope";
    QTest::newRow("diligent --remove-authentication")
        << "diligent" << QStringList{QStringLiteral("--remove-authentication")} << "--remove-authentication";
    QTest::newRow("diligent --clear-description")
        << "diligent" << QStringList{QStringLiteral("--clear-description")} << "--clear-description";
    QTest::newRow("atoa --enable") << "atoa" << QStringList{QStringLiteral("--enable")} << "--enable";
    QTest::newRow("atoa --remove-secret")
        << "atoa" << QStringList{QStringLiteral("--remove-secret")} << "--remove-secret";
}

void TestCliProcess::unsupportedOption()
{
    QFETCH(QString, provider);
    QFETCH(QStringList, changes);
    QFETCH(QString, option);
    RUN_AS(r, provider,
           QStringList{QStringLiteral("endpoints"), QStringLiteral("update"), QStringLiteral("any-id")} +
               changes,
           QByteArray("some-secret\n"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(option), qPrintable(r.err));
    QVERIFY2(r.err.contains(Providers::spec(providerOf(provider)).displayName), qPrintable(r.err));
    QVERIFY(journal().isEmpty()); // refused before even reading the endpoint
}

void TestCliProcess::providerRefusal_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // "HTTP <status> <code>"

    const QStringList get{QStringLiteral("endpoints"), QStringLiteral("get")};
    const QStringList update{QStringLiteral("endpoints"), QStringLiteral("update")};
    QTest::newRow("opentrain: 404") << "opentrain" << get + QStringList{QStringLiteral("no-such-endpoint")}
                                    << "HTTP 404";
    QTest::newRow("layers: FORBIDDEN_SCOPE")
        << "layers"
        << update + QStringList{QString(SandboxSeed::Layers::active), QStringLiteral("--scope"),
                                QStringLiteral("all_children")}
        << "HTTP 403 FORBIDDEN_SCOPE";
    // OptimalDial ids are UUIDs (a malformed one is a 422): a well-formed one that does not exist.
    QTest::newRow("optimaldial: 404")
        << "optimaldial" << get + QStringList{QStringLiteral("0d1a3c90-0d44-4b50-8888-8dd25736ffff")}
        << "HTTP 404";
    QTest::newRow("diligent: 404 on update")
        << "diligent" << update + QStringList{QStringLiteral("no-such-endpoint"), QStringLiteral("--enable")}
        << "HTTP 404";
    QTest::newRow("atoa: a 4th endpoint for PAYMENTS_STATUS")
        << "atoa"
        << update + QStringList{QString(SandboxSeed::Atoa::refunds), QStringLiteral("--events"),
                                QStringLiteral("REFUND_STATUS,PAYMENTS_STATUS")}
        << "HTTP 400";
}

void TestCliProcess::providerRefusal()
{
    QFETCH(QString, provider);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    RUN_AS(r, provider, args);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(expected + QLatin1Char(' ')) || r.err.contains(expected + QLatin1Char(':')),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliProcess::serverErrorExits4()
{
    QFETCH(QString, provider);
    addFault({{QStringLiteral("kind"), QStringLiteral("server_error")}, {QStringLiteral("status"), 500}});
    RUN_AS(r, provider, {QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QLatin1String("HTTP 500")), qPrintable(r.err));
}

void TestCliProcess::droppedConnectionExits4()
{
    QFETCH(QString, provider);
    // Several turns: Qt's HTTP layer itself re-sends a request once when a kept-alive connection
    // closes without a reply, so a one-shot drop would never reach the CLI.
    addFault({{QStringLiteral("kind"), QStringLiteral("drop_connection")}, {QStringLiteral("remaining"), 5}});
    RUN_AS(r, provider, {QStringLiteral("endpoints"), QStringLiteral("get"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!r.err.isEmpty());
}

void TestCliProcess::timeoutExits4()
{
    QFETCH(QString, provider);
    // The server's delay is far beyond the deadline, so that a slow start of the process (a loaded CI
    // machine, a sanitizer build) cannot be mistaken for waiting for the server.
    addFault({{QStringLiteral("kind"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 8000}});
    QElapsedTimer timer;
    timer.start();
    RUN_AS(r, provider,
           {QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("endpoints"),
            QStringLiteral("list")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QLatin1String("timed out")), qPrintable(r.err));
    QVERIFY2(timer.elapsed() < 6000, "gave up after --timeout, not after the server's delay");
}

void TestCliProcess::atoaAuthenticationIsSentButNeverPrinted()
{
    const QString id = SandboxSeed::Atoa::refunds;
    const QString auth = QStringLiteral(R"({"headerName":"X-Refund-Key","headerValue":")") + atoaHeaderValue +
                         QStringLiteral("\"}");
    RUN_AS(dry, QStringLiteral("atoa"),
           {QStringLiteral("endpoints"), QStringLiteral("update"), id, QStringLiteral("--dry-run"),
            QStringLiteral("--authentication-json"), auth});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QLatin1String("<redacted>")));
    QVERIFY(writes(journal()).isEmpty());

    RUN_AS(r, QStringLiteral("atoa"),
           {QStringLiteral("--json"), QStringLiteral("endpoints"), QStringLiteral("update"), id,
            QStringLiteral("--authentication-json"), auth});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QJsonObject> sent = writes(journal());
    QCOMPARE(sent.size(), 1);
    const QJsonObject body =
        QJsonDocument::fromJson(sent.first().value(QLatin1String("body")).toString().toUtf8()).object();
    QCOMPARE(body,
             (QJsonObject{{QStringLiteral("authentication"), QJsonDocument::fromJson(auth.toUtf8()).object()},
                          {QStringLiteral("events"), QJsonArray{QStringLiteral("REFUND_STATUS")}}}));
    const QJsonObject updated = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(updated.value(QLatin1String("hasSecret")).toBool(), true);

    RUN_AS(removed, QStringLiteral("atoa"),
           {QStringLiteral("endpoints"), QStringLiteral("update"), id,
            QStringLiteral("--remove-authentication")});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    const QJsonObject removal =
        QJsonDocument::fromJson(writes(journal()).last().value(QLatin1String("body")).toString().toUtf8())
            .object();
    QVERIFY(removal.value(QLatin1String("authentication")).isNull());
}

void TestCliProcess::echoedTokenIsRedacted()
{
    // A token that comes back in the output (here through the endpoint ID the error names, as a
    // server echoing it would) is replaced wherever it appears.
    const QString token = QStringLiteral("tok-echo-7Hq2vX9");
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATCHBAY_TOKEN"), token);
    const CliRun r =
        runCli({QStringLiteral("--provider"), QStringLiteral("layers"), QStringLiteral("--base-url"),
                m_baseUrl.toString(), QStringLiteral("endpoints"), QStringLiteral("get"), token},
               {}, env);
    QCOMPARE(r.exitCode, 3); // 401: the token is not one the sandbox knows
    QVERIFY2(r.err.contains(QLatin1String("HTTP 401")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(token) && !r.out.contains(token), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("<redacted>")));
}

namespace {

// Text a hostile server puts into its fields: clear screen, set the title (OSC ended by BEL, and by
// ST), colour, cursor up, CR, DEL, a C1 CSI, a bidi override, isolates, zero-width characters.
QString hostileText(const char *label)
{
    return QString::fromLatin1(label) +
           QStringLiteral("\x1b[2J\x1b]0;pwned\x07|\x1b]2;t\x1b\\|\x1b[31m|\x1b[1A|") +
           QStringLiteral("\r|\n|\x7f|") + QChar(0x9b) + QStringLiteral("1m|") + QChar(0x202e) +
           QStringLiteral("exe.gnp|") + QChar(0x2066) + QChar(0x2069) + QChar(0x200b) + QChar(0x200d);
}

// Checked independently of InertText: no C0 but the newline, no DEL or C1, none of the format
// characters used above.
QString firstRawControl(const QString &text)
{
    const QList<char32_t> format{0x202e, 0x2066, 0x2069, 0x200b, 0x200d};
    for (const char32_t c : text.toUcs4()) {
        if ((c < 0x20 && c != U'\n') || (c >= 0x7f && c <= 0x9f) || format.contains(c))
            return QStringLiteral("U+%1 in: ").arg(uint(c), 4, 16, QLatin1Char('0')) + text;
    }
    return {};
}

} // namespace

void TestCliProcess::serverTextIsInertOnTheTerminal()
{
    // A Layers server whose endpoint fields and error message are all hostile text.
    const QString id = hostileText("ep");
    const QJsonObject endpoint{
        {QStringLiteral("id"), id},
        {QStringLiteral("url"), QString(QStringLiteral("https://h.example/") + hostileText("u"))},
        {QStringLiteral("events"), QJsonArray{hostileText("ev1"), hostileText("ev2")}},
        {QStringLiteral("description"), hostileText("d")},
        {QStringLiteral("metadata"), QJsonObject{{hostileText("k"), hostileText("v")}}},
        {QStringLiteral("status"), QStringLiteral("paused")},
        {QStringLiteral("scope"), QStringLiteral("own")},
        {QStringLiteral("consecutiveFailureCount"), 2},
        {QStringLiteral("createdAt"), QStringLiteral("2026-01-08T09:12:00.000Z")},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-01-08T09:12:00.000Z")},
        {QStringLiteral("lastDeliveryAt"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lastDeliveryStatus"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("pausedAt"), QStringLiteral("2026-02-08T09:12:00.000Z")},
        {QStringLiteral("pausedReason"), hostileText("why")}};
    const QJsonObject error{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), hostileText("CODE")},
                     {QStringLiteral("message"),
                      QString(hostileText("msg") + QStringLiteral("\npatchbay-cli: fake line"))}}}};
    const QByteArray collection = Providers::spec(ProviderId::Layers).collectionPath.toUtf8();
    ScriptedServer server([&](const ScriptedServer::Request &request) {
        if (request.target.startsWith(QByteArray(collection + "?")))
            return ScriptedServer::json(200, QJsonObject{{QStringLiteral("data"), QJsonArray{endpoint}},
                                                         {QStringLiteral("has_more"), false}});
        if (request.target.endsWith("/missing"))
            return ScriptedServer::json(422, error);
        return ScriptedServer::json(200, endpoint);
    });
    QVERIFY(server.isListening());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATCHBAY_TOKEN"), QStringLiteral("tok-inert-1"));
    const QStringList base{QStringLiteral("--provider"), QStringLiteral("layers"),
                           QStringLiteral("--base-url"), server.url().toString()};

    // Human output: every field shows, escaped; one endpoint stays one table row.
    RUN_CLI(list, base + QStringList{QStringLiteral("endpoints"), QStringLiteral("list")}, {}, env);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(firstRawControl(list.out).isEmpty(), qPrintable(firstRawControl(list.out)));
    QCOMPARE(list.out.count(QLatin1Char('\n')), 2); // the header and one row
    QVERIFY2(list.out.contains(QLatin1String("ep\\x1b[2J\\x1b]0;pwned\\x07|")), qPrintable(list.out));
    QVERIFY(list.out.contains(QLatin1String("|\\u202eexe.gnp|")));

    RUN_CLI(get, base + QStringList{QStringLiteral("endpoints"), QStringLiteral("get"), id}, {}, env);
    QVERIFY2(get.exitCode == 0, qPrintable(get.err));
    QVERIFY2(firstRawControl(get.out).isEmpty(), qPrintable(firstRawControl(get.out)));
    for (const char *label : {"u", "ev1", "ev2", "d", "k", "v", "why"})
        QVERIFY2(get.out.contains(QLatin1String(label) + QLatin1String("\\x1b[2J")), label);

    // What the user typed is shown inert too (the dry run prints the request body).
    RUN_CLI(dry,
            base + QStringList{QStringLiteral("endpoints"), QStringLiteral("update"), id,
                               QStringLiteral("--dry-run"), QStringLiteral("--description"),
                               hostileText("typed")},
            {}, env);
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY2(firstRawControl(dry.out).isEmpty(), qPrintable(firstRawControl(dry.out)));
    QVERIFY2(dry.out.contains(QLatin1String("\\u202eexe.gnp")), qPrintable(dry.out));

    // The error message: one line on stderr, escaped, so it cannot fake a second message.
    RUN_CLI(refused,
            base + QStringList{QStringLiteral("endpoints"), QStringLiteral("get"), QStringLiteral("missing")},
            {}, env);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(firstRawControl(refused.err).isEmpty(), qPrintable(firstRawControl(refused.err)));
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(refused.err.contains(QLatin1String("msg\\x1b[2J")) &&
                 refused.err.contains(QLatin1String("\\npatchbay-cli: fake line")),
             qPrintable(refused.err));

    // JSON: valid, free of raw control characters, and it parses back to the server's exact strings.
    for (const QStringList &command : {QStringList{QStringLiteral("endpoints"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("endpoints"), QStringLiteral("get"), id}}) {
        RUN_CLI(j, base + QStringList{QStringLiteral("--json")} + command, {}, env);
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        QVERIFY2(firstRawControl(j.out).isEmpty(), qPrintable(firstRawControl(j.out)));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(j.out.toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject o = document.isArray() ? document.array().first().toObject() : document.object();
        QCOMPARE(o.value(QLatin1String("id")).toString(), id);
        QCOMPARE(o.value(QLatin1String("url")), endpoint.value(QLatin1String("url")));
        QCOMPARE(o.value(QLatin1String("events")), endpoint.value(QLatin1String("events")));
        QCOMPARE(o.value(QLatin1String("description")), endpoint.value(QLatin1String("description")));
        QCOMPARE(o.value(QLatin1String("metadata")), endpoint.value(QLatin1String("metadata")));
        QVERIFY(o.value(QLatin1String("healthReason")).toString().contains(hostileText("why")));
    }
}

void TestCliProcess::wrongTypeInReplyExits4_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("fraction failures") << "consecutiveFailureCount" << QJsonValue(1.5);
    QTest::newRow("null status") << "status" << QJsonValue(QJsonValue::Null);
    QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("hibernating"));
}

void TestCliProcess::wrongTypeInReplyExits4()
{
    // Before, 1.5 failures read as 0 and a null status as "disabled": now the reply is refused.
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject endpoint{{QStringLiteral("id"), QStringLiteral("ep_typed")},
                         {QStringLiteral("url"), QStringLiteral("https://h.example/x")},
                         {QStringLiteral("events"), QJsonArray{QStringLiteral("job.completed")}},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("consecutiveFailureCount"), 0}};
    endpoint.insert(field, value);
    ScriptedServer server(
        [&](const ScriptedServer::Request &) { return ScriptedServer::json(200, endpoint); });
    QVERIFY(server.isListening());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATCHBAY_TOKEN"), QStringLiteral("tok-typed-1"));
    RUN_CLI(r,
            {QStringLiteral("--provider"), QStringLiteral("layers"), QStringLiteral("--base-url"),
             server.url().toString(), QStringLiteral("endpoints"), QStringLiteral("get"),
             QStringLiteral("ep_typed")},
            {}, env);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QLatin1Char('"') + field + QLatin1Char('"')) &&
                 r.err.contains(QLatin1String("ep_typed")),
             qPrintable(r.err));
}

// Messages follow the user's language; --json output and exit codes are the same in every language.
void TestCliProcess::speaksTheUsersLanguageButNotInJson()
{
    QProcessEnvironment german;
    german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")); // need not be generated
    QProcessEnvironment english;                                            // runCli's default

    const QStringList unknown{QStringLiteral("--provider"), QStringLiteral("layers"),
                              QStringLiteral("endpoints"), QStringLiteral("frob")};
    RUN_CLI(deUsage, unknown, {}, german);
    RUN_CLI(enUsage, unknown, {}, english);
    QCOMPARE(deUsage.exitCode, 2);
    QCOMPARE(enUsage.exitCode, deUsage.exitCode);
    QVERIFY2(deUsage.err.contains(QLatin1String("Unbekannter Befehl")), qPrintable(deUsage.err));
    QVERIFY2(enUsage.err.contains(QLatin1String("Unknown command")), qPrintable(enUsage.err));

    // Failing and disabled endpoints carry a health reason, the one text in the JSON that is worded.
    for (const QString &provider : {QStringLiteral("opentrain"), QStringLiteral("layers")}) {
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("PATCHBAY_TOKEN"), SandboxServer::tokenFor(providerOf(provider)));
            const QStringList base{QStringLiteral("--provider"), provider, QStringLiteral("--base-url"),
                                   m_baseUrl.toString()};
            RUN_CLI(enJson,
                    base + QStringList{QStringLiteral("--json"), QStringLiteral("endpoints"),
                                       QStringLiteral("list")},
                    {}, env);
            env.insert(QStringLiteral("LANGUAGE"), language);
            RUN_CLI(otherJson,
                    base + QStringList{QStringLiteral("--json"), QStringLiteral("endpoints"),
                                       QStringLiteral("list")},
                    {}, env);
            QCOMPARE(enJson.exitCode, 0);
            QCOMPARE(otherJson.exitCode, 0);
            QVERIFY(enJson.out.contains(QLatin1String("\"healthReason\": \"Disabled")));
            QCOMPARE(otherJson.out.toUtf8(), enJson.out.toUtf8()); // byte for byte

            // The same listing for people is translated (its health reason included).
            RUN_CLI(text,
                    base + QStringList{QStringLiteral("endpoints"), QStringLiteral("get"),
                                       provider == QLatin1String("layers")
                                           ? QString(SandboxSeed::Layers::autoPaused)
                                           : QString(SandboxSeed::OpenTrain::autoDisabled)},
                    {}, env);
            QCOMPARE(text.exitCode, 0);
            QVERIFY2(!text.out.contains(QLatin1String("Disabled")), qPrintable(text.out));

            // An error in JSON mode: the same exit code and stdout, the message in the user's language.
            const QStringList missing =
                base + QStringList{QStringLiteral("--json"), QStringLiteral("endpoints"),
                                   QStringLiteral("get"), QStringLiteral("no_such_id")};
            RUN_CLI(otherMissing, missing, {}, env);
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
            RUN_CLI(enMissing, missing, {}, env);
            QVERIFY(enMissing.exitCode != 0);
            QCOMPARE(otherMissing.exitCode, enMissing.exitCode);
            QCOMPARE(otherMissing.out, enMissing.out);
            QVERIFY(otherMissing.err != enMissing.err);
        }
    }

    // Updates in JSON mode: stdout is JSON in every outcome, the notes for people go to stderr.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATCHBAY_TOKEN"), SandboxServer::tokenFor(ProviderId::OptimalDial));
    const QStringList update{QStringLiteral("--provider"), QStringLiteral("optimaldial"),
                             QStringLiteral("--base-url"), m_baseUrl.toString(),
                             QStringLiteral("--json"),     QStringLiteral("endpoints"),
                             QStringLiteral("update"),     QString(SandboxSeed::OptimalDial::active)};
    for (const QStringList &changes :
         {QStringList{QStringLiteral("--enable")}, // nothing to change
          QStringList{QStringLiteral("--dry-run"), QStringLiteral("--disable")}}) {
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        RUN_CLI(en, update + changes, {}, env);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        RUN_CLI(de, update + changes, {}, env);
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(de.exitCode, 0);
        QJsonParseError error;
        QJsonDocument::fromJson(en.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(en.out));
        QCOMPARE(de.out.toUtf8(), en.out.toUtf8());
        QVERIFY2(de.err.contains(QLatin1String("nichts")) || de.err.contains(QLatin1String("Nichts")),
                 qPrintable(de.err));
    }
    QVERIFY(writes(journal()).isEmpty());
}

void TestCliProcess::accounts()
{
    if (qEnvironmentVariable("PATCHBAY_KEYCHAIN_TESTS") != QLatin1String("1"))
        QSKIP(
            "needs a real Secret Service: run under tests/with-keyring.sh (sets PATCHBAY_KEYCHAIN_TESTS=1)");

    // A unique name, so that even a developer's own keychain is never confused with it.
    const QString name = QStringLiteral("cli-test-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString token = SandboxServer::tokenFor(ProviderId::Layers);

    RUN_CLI(empty,
            {QStringLiteral("accounts"), QStringLiteral("add"), name, QStringLiteral("--provider"),
             QStringLiteral("layers"), QStringLiteral("--base-url"), m_baseUrl.toString()},
            QByteArray("\n"));
    QCOMPARE(empty.exitCode, 2);

    RUN_CLI(add,
            {QStringLiteral("accounts"), QStringLiteral("add"), name, QStringLiteral("--provider"),
             QStringLiteral("layers"), QStringLiteral("--base-url"), m_baseUrl.toString()},
            token.toUtf8() + "\n");
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));

    RUN_CLI(list, {QStringLiteral("accounts"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(name) && list.out.contains(QLatin1String("layers")) &&
                 list.out.contains(m_baseUrl.toString()),
             qPrintable(list.out));
    // The settings file holds the account but never the token.
    QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(file.fileName()));
    }

    RUN_CLI(use, {QStringLiteral("--account"), name, QStringLiteral("endpoints"), QStringLiteral("get"),
                  QString(SandboxSeed::Layers::active)});
    QVERIFY2(use.exitCode == 0, qPrintable(use.err));
    QCOMPARE(header(journal().last().toObject(), QStringLiteral("Authorization")),
             QStringLiteral("Bearer ") + token);

    RUN_CLI(again,
            {QStringLiteral("accounts"), QStringLiteral("add"), name, QStringLiteral("--provider"),
             QStringLiteral("layers")},
            token.toUtf8() + "\n");
    QCOMPARE(again.exitCode, 2); // never silently replaced

    RUN_CLI(remove, {QStringLiteral("accounts"), QStringLiteral("remove"), name});
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
    RUN_CLI(gone, {QStringLiteral("--account"), name, QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(gone.exitCode, 2);
    RUN_CLI(after, {QStringLiteral("accounts"), QStringLiteral("list")});
    QVERIFY(!after.out.contains(name));
}

// The keychain is a plugin (app/cli/clikeychain.h): a --provider run, whose token comes from the
// environment, must not pay for QtKeychain, QtDBus and libsecret, nor be exposed to them. The
// dynamic loader names every object it maps (LD_DEBUG=libs), including dlopen()ed ones.
void TestCliProcess::providerRunLoadsNoKeychain()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATCHBAY_TOKEN"), SandboxServer::tokenFor(ProviderId::Layers));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("endpoints"), QStringLiteral("list")},
          QStringList{QStringLiteral("endpoints"), QStringLiteral("update"),
                      QString(SandboxSeed::Layers::active), QStringLiteral("--description"),
                      QStringLiteral("no keychain")}}) {
        RUN_CLI(r,
                QStringList{QStringLiteral("--provider"), QStringLiteral("layers"),
                            QStringLiteral("--base-url"), m_baseUrl.toString()} +
                    command,
                {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.right(2000)));
        QVERIFY2(r.err.contains(QLatin1String("libQt6Network.so")), "LD_DEBUG=libs had no effect");
        for (const QLatin1String library :
             {QLatin1String("qt6keychain"), QLatin1String("libQt6DBus"), QLatin1String("libsecret"),
              QLatin1String("patchbay-cli-keychain")})
            QVERIFY2(!r.err.contains(library, Qt::CaseInsensitive), library.data());
    }
}

// Where the plugin is missing (a copy of the binary alone), a command that needs the keychain says
// so and stores nothing; --provider runs still work.
void TestCliProcess::missingKeychainPluginIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("patchbay-cli"));
    QVERIFY(QFile::copy(QStringLiteral(PATCHBAY_CLI_BINARY), copy));
    m_program = copy;
    const auto restore = qScopeGuard([this] { m_program = QStringLiteral(PATCHBAY_CLI_BINARY); });

    RUN_CLI(add,
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("no-plugin"),
             QStringLiteral("--provider"), QStringLiteral("layers"), QStringLiteral("--base-url"),
             m_baseUrl.toString()},
            SandboxServer::tokenFor(ProviderId::Layers).toUtf8() + "\n");
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(QLatin1String("keychain support could not be loaded")), qPrintable(add.err));
    RUN_CLI(list, {QStringLiteral("accounts"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(!list.out.contains(QLatin1String("no-plugin")), qPrintable(list.out));

    RUN_AS(listed, QStringLiteral("layers"), {QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cli_process.moc"
