// The control API over HTTP (what out-of-process tests use), the journal, listen() and routing basics.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace S = SandboxSeed;

class TestSandboxControl : public QObject
{
    Q_OBJECT
    SandboxFixture f;

    HttpResult control(const QByteArray &method, const QString &what, const QByteArray &body = {})
    {
        return f.client->send(method, QStringLiteral("/_sandbox/") + what, body);
    }

private slots:
    void initTestCase() { qRegisterMetaType<SandboxJournalEntry>(); }
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void listensOnLoopbackOnly()
    {
        QVERIFY(f.server->port() > 0);
        QCOMPARE(f.server->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(f.server->port())));
        QVERIFY(f.server->errorString().isEmpty());
    }

    void busyPortFailsWithAReason()
    {
        SandboxServer other;
        QVERIFY(!other.listen(f.server->port()));
        QVERIFY(!other.errorString().isEmpty());
    }

    void journalRecordsProviderRequests()
    {
        QSignalSpy spy(f.server.get(), &SandboxServer::requestJournaled);
        const QByteArray key = "0f5c2b8e-4a1d-4e3b-9c7a-2d6e8f1a3b5c";
        f.client->update(ProviderId::Layers, QString(S::Layers::active), {{"description", "journaled"}},
                         QString(), {{"Idempotency-Key", key}});
        f.client->call(ProviderId::Layers, "GET", QStringLiteral("/v1/webhook-endpoints?limit=2"));

        const QList<SandboxJournalEntry> entries = f.server->journal();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(spy.count(), 2);
        const SandboxJournalEntry &patch = entries.first();
        QCOMPARE(patch.method, QByteArray("PATCH"));
        QCOMPARE(patch.path, Providers::spec(ProviderId::Layers).itemPathFor(QString(S::Layers::active)));
        QCOMPARE(patch.body, QByteArray(R"({"description":"journaled"})"));
        QCOMPARE(patch.status, 200);
        bool sawKey = false;
        for (const auto &h : patch.headers)
            sawKey |= h.first.compare("Idempotency-Key", Qt::CaseInsensitive) == 0 && h.second == key;
        QVERIFY(sawKey);
        QCOMPARE(entries.last().query, QStringLiteral("limit=2"));
        QCOMPARE(spy.last().first().value<SandboxJournalEntry>().status, 200);

        // Over HTTP, as JSON; control requests themselves are not journaled.
        const HttpResult r = control("GET", QStringLiteral("journal"));
        QCOMPARE(r.status, 200);
        const QJsonArray json = r.jsonArray();
        QCOMPARE(json.size(), 2);
        const QJsonObject first = json.first().toObject();
        QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
        QCOMPARE(first.value(QLatin1String("path")).toString(), patch.path);
        QCOMPARE(first.value(QLatin1String("body")).toString(),
                 QStringLiteral(R"({"description":"journaled"})"));
        QCOMPARE(first.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(first.value(QLatin1String("headers"))
                     .toObject()
                     .value(QLatin1String("Idempotency-Key"))
                     .toString(),
                 QString::fromLatin1(key));
        QCOMPARE(json.last().toObject().value(QLatin1String("query")).toString(), QStringLiteral("limit=2"));
        QCOMPARE(f.server->journal().size(), 2);
    }

    void journalRecordsRefusals()
    {
        f.client->get(ProviderId::Atoa, QString(S::Atoa::refunds), QStringLiteral("wrong"));
        f.client->send("GET", QStringLiteral("/no/such/path"));
        QCOMPARE(f.server->journal().size(), 2);
        QCOMPARE(f.server->journal().at(0).status, 401);
        QCOMPARE(f.server->journal().at(1).status, 404);
    }

    void deleteJournal()
    {
        f.client->get(ProviderId::Atoa, QString(S::Atoa::refunds));
        QCOMPARE(control("DELETE", QStringLiteral("journal")).status, 200);
        QVERIFY(f.server->journal().isEmpty());
        QCOMPARE(control("GET", QStringLiteral("journal")).jsonArray().size(), 0);
    }

    void postFaults()
    {
        const HttpResult r = control(
            "POST", QStringLiteral("faults"),
            R"({"kind":"rate_limit","path":"/webhooks","method":"get","remaining":2,"retryAfter":3})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QLatin1String("method")).toString(), QStringLiteral("GET"));
        for (int i = 0; i < 2; ++i) {
            const HttpResult limited = f.client->get(ProviderId::Diligent, QString(S::Diligent::active));
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
        }
        QCOMPARE(f.client->get(ProviderId::Diligent, QString(S::Diligent::active)).status, 200);

        QCOMPARE(control("POST", QStringLiteral("faults"),
                         R"({"kind":"server_error","status":502,"remaining":-1})")
                     .status,
                 201);
        QCOMPARE(f.client->get(ProviderId::Diligent, QString(S::Diligent::active)).status, 502);
        QCOMPARE(control("DELETE", QStringLiteral("faults")).status, 200);
        QCOMPARE(f.client->get(ProviderId::Diligent, QString(S::Diligent::active)).status, 200);
    }

    void postFaultsEveryKind()
    {
        for (const char *kind : {"delay", "server_error", "rate_limit", "broken_json", "drop_connection"}) {
            const HttpResult r = control("POST", QStringLiteral("faults"),
                                         QByteArray("{\"kind\":\"") + kind + "\",\"delayMs\":10}");
            QCOMPARE(r.status, 201);
            QCOMPARE(r.json().value(QLatin1String("kind")).toString(), QString::fromLatin1(kind));
        }
    }

    void badFaultsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("kind=delay");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"explode"})");
        QTest::newRow("unknown field") << QByteArray(R"({"kind":"delay","delay":5})");
        QTest::newRow("status 200") << QByteArray(R"({"kind":"server_error","status":200})");
        QTest::newRow("status unsendable") << QByteArray(R"({"kind":"server_error","status":599})");
        QTest::newRow("remaining 0") << QByteArray(R"({"kind":"delay","remaining":0})");
        QTest::newRow("fractional") << QByteArray(R"({"kind":"delay","delayMs":1.5})");
    }
    void badFaultsAreRefused()
    {
        QFETCH(QByteArray, body);
        const HttpResult r = control("POST", QStringLiteral("faults"), body);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.json().value(QLatin1String("error")).toString().isEmpty());
        QCOMPARE(f.client->get(ProviderId::Diligent, QString(S::Diligent::active)).status, 200);
    }

    void resetRestoresTheSeed()
    {
        const QJsonObject seeded =
            f.server->endpointJson(ProviderId::OpenTrain, QString(S::OpenTrain::autoDisabled));
        QCOMPARE(
            f.client
                ->update(ProviderId::OpenTrain, QString(S::OpenTrain::autoDisabled), {{"status", "ACTIVE"}})
                .status,
            200);
        QVERIFY(f.server->endpointJson(ProviderId::OpenTrain, QString(S::OpenTrain::autoDisabled)) != seeded);
        control("POST", QStringLiteral("faults"), R"({"kind":"server_error","remaining":-1})");

        QCOMPARE(control("POST", QStringLiteral("reset")).status, 200);
        QCOMPARE(f.server->endpointJson(ProviderId::OpenTrain, QString(S::OpenTrain::autoDisabled)), seeded);
        QVERIFY(f.server->journal().isEmpty());
        QCOMPARE(f.client->get(ProviderId::OpenTrain, QString(S::OpenTrain::autoDisabled)).status, 200);
    }

    void syntheticOverHttp()
    {
        const int before = f.server->endpointIds(ProviderId::Atoa).size();
        const HttpResult r =
            control("POST", QStringLiteral("synthetic"), R"({"provider":"atoa","count":12})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("total")).toInt(), before + 12);
        QCOMPARE(f.server->endpointIds(ProviderId::Atoa).size(), before + 12);
        QCOMPARE(control("POST", QStringLiteral("synthetic"), R"({"provider":"nope","count":1})").status,
                 400);
    }

    void controlErrors()
    {
        QCOMPARE(control("PUT", QStringLiteral("journal")).status, 405);
        QCOMPARE(control("GET", QStringLiteral("reset")).status, 405);
        QCOMPARE(control("GET", QStringLiteral("nothing-here")).status, 404);
        QVERIFY(f.server->journal().isEmpty());
    }

    void unknownPathIs404()
    {
        const HttpResult r = f.client->send("GET", QStringLiteral("/api/partner/v2/webhook-endpoints"));
        QCOMPARE(r.status, 404);
        QVERIFY(r.isJson());
    }

    void idWithASlashStaysOneSegment()
    {
        // itemPathFor() percent-encodes the id; the sandbox must not split it into two segments.
        const HttpResult r = f.client->get(ProviderId::Diligent, QStringLiteral("a/b"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandbox_control.moc"
