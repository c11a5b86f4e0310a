// OpenTrain over real HTTP: list/get/update, every documented error, the re-enable reset.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QTest>

namespace S = SandboxSeed::OpenTrain;

class TestSandboxOpenTrain : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    const ProviderId p = ProviderId::OpenTrain;

    QJsonObject stored(QLatin1String id) const { return f.server->endpointJson(p, QString(id)); }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void listReturnsEveryEndpointUnwrapped()
    {
        const HttpResult r = f.client->call(p, "GET", Providers::spec(p).collectionPath);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(QLatin1String("webhookEndpoints")).toArray();
        QCOMPARE(items.size(), f.server->endpointIds(p).size());
        QCOMPARE(items.first().toObject(), stored(S::active));
        QVERIFY(r.json().value(QLatin1String("nextCursor")).isNull());
    }

    void getWrapsTheEndpoint()
    {
        const HttpResult r = f.client->get(p, QString(S::autoDisabled));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject e = r.json().value(QLatin1String("webhookEndpoint")).toObject();
        QCOMPARE(e, stored(S::autoDisabled));
        const QStringList keys = {"consecutiveFailures", "createdAt", "disabledAt", "disabledReason",
                                  "eventTypes",          "id",        "status",     "url"};
        QCOMPARE(e.keys(), keys);
    }

    void updateChangesOnlyWhatIsSent()
    {
        const QJsonObject before = stored(S::active);
        const HttpResult r = f.client->update(
            p, QString(S::active), {{"eventTypes", QJsonArray{"payment.sent", "contract.paused"}}});
        QCOMPARE(r.status, 200);
        const QJsonObject e = r.json().value(QLatin1String("webhookEndpoint")).toObject();
        QCOMPARE(toStrings(e.value(QLatin1String("eventTypes"))),
                 QStringList({"payment.sent", "contract.paused"}));
        QCOMPARE(e.value(QLatin1String("url")), before.value(QLatin1String("url")));
        QCOMPARE(e.value(QLatin1String("status")), before.value(QLatin1String("status")));
        QCOMPARE(e, stored(S::active)); // the reply is what is stored now
        QCOMPARE(
            f.client->get(p, QString(S::active)).json().value(QLatin1String("webhookEndpoint")).toObject(),
            e);
    }

    void emptyBodyChangesNothing()
    {
        const QJsonObject before = stored(S::failing);
        QCOMPARE(f.client->update(p, QString(S::failing), {}).status, 200);
        QCOMPARE(stored(S::failing), before);
    }

    void activeReenablesAndResetsFailures()
    {
        QVERIFY(stored(S::autoDisabled).value(QLatin1String("consecutiveFailures")).toInt() > 0);
        QVERIFY(stored(S::autoDisabled).value(QLatin1String("disabledReason")).isString());
        const HttpResult r = f.client->update(p, QString(S::autoDisabled), {{"status", "ACTIVE"}});
        QCOMPARE(r.status, 200);
        const QJsonObject e = stored(S::autoDisabled);
        QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(e.value(QLatin1String("consecutiveFailures")).toInt(), 0);
        QVERIFY(e.value(QLatin1String("disabledAt")).isNull());
        QVERIFY(e.value(QLatin1String("disabledReason")).isNull());
    }

    void disabledStampsTheTimeWithoutReason()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(f.client->update(p, QString(S::active), {{"status", "DISABLED"}}).status, 200);
        const QJsonObject e = stored(S::active);
        QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("DISABLED"));
        QVERIFY(QDateTime::fromString(e.value(QLatin1String("disabledAt")).toString(), Qt::ISODateWithMs) >=
                before);
        QVERIFY(e.value(QLatin1String("disabledReason")).isNull());
    }

    void loopbackHttpIsAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::newRow("https") << "https://new.example.com/hook" << 200;
        QTest::newRow("localhost") << "http://localhost:9000/hook" << 200;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1/hook" << 200;
        QTest::newRow("::1") << "http://[::1]:8080/hook" << 200;
        QTest::newRow("http elsewhere") << "http://example.com/hook" << 400;
        QTest::newRow("ftp") << "ftp://example.com/hook" << 400;
        QTest::newRow("not a url") << "hooks here" << 400;
        QTest::newRow("empty") << "" << 400;
    }
    void loopbackHttpIsAllowed()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        const HttpResult r = f.client->update(p, QString(S::active), {{"url", url}});
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(stored(S::active).value(QLatin1String("url")).toString(), url);
        } else {
            QCOMPARE(
                r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                QStringLiteral("BAD_REQUEST"));
            QVERIFY(stored(S::active).value(QLatin1String("url")).toString() != url);
        }
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("invalid json") << QByteArray("{\"status\": ");
        QTest::newRow("not an object") << QByteArray("[\"ACTIVE\"]");
        QTest::newRow("empty eventTypes") << QByteArray(R"({"eventTypes": []})");
        QTest::newRow("unknown event")
            << QByteArray(R"({"eventTypes": ["contract.started", "order.created"]})");
        QTest::newRow("eventTypes not a list") << QByteArray(R"({"eventTypes": "payment.sent"})");
        QTest::newRow("lower-case status") << QByteArray(R"({"status": "active"})");
        QTest::newRow("status not a string") << QByteArray(R"({"status": true})");
        QTest::newRow("unknown field") << QByteArray(R"({"secret": "x"})");
        QTest::newRow("url not a string") << QByteArray(R"({"url": 42})");
    }
    void badRequests()
    {
        QFETCH(QByteArray, body);
        const QJsonObject before = stored(S::failing);
        const HttpResult r = f.client->updateRaw(p, QString(S::failing), body);
        QCOMPARE(r.status, 400);
        const QJsonObject error = r.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("BAD_REQUEST"));
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(stored(S::failing), before); // nothing applied, not even partly
    }

    void nothingAppliedWhenOneFieldIsBad()
    {
        const QJsonObject before = stored(S::failing);
        const HttpResult r =
            f.client->update(p, QString(S::failing), {{"url", "https://ok.example"}, {"status", "PAUSED"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(stored(S::failing), before);
    }

    void unauthorized_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("wrong") << "not-a-token";
        QTest::newRow("empty") << "";
        QTest::newRow("another provider's") << SandboxServer::tokenFor(ProviderId::Layers);
    }
    void unauthorized()
    {
        QFETCH(QString, token);
        const HttpResult r = f.client->get(p, QString(S::active), token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(f.client->update(p, QString(S::active), {{"status", "DISABLED"}}, token).status, 401);
        QCOMPARE(stored(S::active).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    }

    void missingAuthHeaderIs401()
    {
        const HttpResult r = f.client->send("GET", Providers::spec(p).collectionPath);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    void tokenWithoutManageScopeReadsButCannotWrite()
    {
        const QString limited = SandboxServer::limitedTokenFor(p);
        QVERIFY(limited != SandboxServer::tokenFor(p));
        QCOMPARE(f.client->get(p, QString(S::active), limited).status, 200);
        QCOMPARE(f.client->call(p, "GET", Providers::spec(p).collectionPath, {}, limited).status, 200);
        const HttpResult r = f.client->update(p, QString(S::active), {{"status", "DISABLED"}}, limited);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("FORBIDDEN"));
        QCOMPARE(stored(S::active).value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
    }

    void unknownIdIs404()
    {
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
        for (const HttpResult &r :
             {f.client->get(p, unknown), f.client->update(p, unknown, {{"status", "ACTIVE"}})}) {
            QCOMPARE(r.status, 404);
            QCOMPARE(
                r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                QStringLiteral("NOT_FOUND"));
        }
    }

    void wrongMethodIs405()
    {
        const HttpResult r =
            f.client->call(p, "PUT", Providers::spec(p).itemPathFor(QString(S::active)), "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, PATCH"));
        QCOMPARE(f.client->call(p, "DELETE", Providers::spec(p).collectionPath).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOpenTrain)
#include "tst_sandbox_opentrain.moc"
