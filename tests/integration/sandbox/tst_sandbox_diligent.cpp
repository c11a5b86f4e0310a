// Diligent over real HTTP: https-only URL, the write-only secret, the derived status.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QTest>

namespace S = SandboxSeed::Diligent;

class TestSandboxDiligent : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    const ProviderId p = ProviderId::Diligent;

    QJsonObject stored(QLatin1String id) const { return f.server->endpointJson(p, QString(id)); }
    bool hasSecret(QLatin1String id) const { return stored(id).value(QLatin1String("has_secret")).toBool(); }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void getAndListUseTheApiKeyHeader()
    {
        const HttpResult r = f.client->get(p, QString(S::failing));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), stored(S::failing));
        QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("failing"));
        QVERIFY(!r.json().contains(QLatin1String("secret")));
        // Bearer is not Diligent's scheme.
        const HttpResult bearer =
            f.client->send("GET", Providers::spec(p).collectionPath, {},
                           {{"Authorization", "Bearer " + SandboxServer::tokenFor(p).toUtf8()}});
        QCOMPARE(bearer.status, 401);
        QCOMPARE(bearer.json().value(QLatin1String("error")).toString(), QStringLiteral("unauthorized"));
    }

    void secretOmittedKeepsIt()
    {
        QVERIFY(hasSecret(S::active));
        const HttpResult r =
            f.client->update(p, QString(S::active), {{"events", QJsonArray{"search_completed"}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("has_secret")), QJsonValue(true));
    }

    void secretEmptyRemovesIt()
    {
        const HttpResult r = f.client->update(p, QString(S::active), {{"secret", ""}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("has_secret")), QJsonValue(false));
        QVERIFY(!hasSecret(S::active));
    }

    void secretValueReplacesAndIsNeverEchoed()
    {
        QVERIFY(!hasSecret(S::activeNeverDelivered));
        const QString secret = QStringLiteral("whsec_brand_new_value_42");
        const HttpResult r = f.client->update(p, QString(S::activeNeverDelivered), {{"secret", secret}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("has_secret")), QJsonValue(true));
        QVERIFY(!r.body.contains(secret.toUtf8()));
        QVERIFY(!f.client->get(p, QString(S::activeNeverDelivered)).body.contains(secret.toUtf8()));
        QVERIFY(!f.client->call(p, "GET", Providers::spec(p).collectionPath).body.contains(secret.toUtf8()));
        QVERIFY(!QJsonDocument(stored(S::activeNeverDelivered)).toJson().contains(secret.toUtf8()));
        // Still set after an unrelated change.
        QCOMPARE(f.client->update(p, QString(S::activeNeverDelivered), {{"is_active", false}})
                     .json()
                     .value(QLatin1String("has_secret")),
                 QJsonValue(true));
    }

    void statusIsDerived()
    {
        QCOMPARE(f.client->update(p, QString(S::failing), {{"is_active", false}})
                     .json()
                     .value(QLatin1String("status")),
                 QJsonValue("disabled"));
        // Active again, but the last delivery was a 500: failing.
        QCOMPARE(f.client->update(p, QString(S::failing), {{"is_active", true}})
                     .json()
                     .value(QLatin1String("status")),
                 QJsonValue("failing"));
        QCOMPARE(f.client->update(p, QString(S::disabled), {{"is_active", true}})
                     .json()
                     .value(QLatin1String("status")),
                 QJsonValue("active"));
        QCOMPARE(stored(S::activeNeverDelivered).value(QLatin1String("status")).toString(),
                 QStringLiteral("active"));
    }

    void urlMustBeHttps_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::newRow("https") << "https://hooks.example.com/d" << 200;
        QTest::newRow("http localhost") << "http://localhost/d" << 400; // https only, even on loopback
        QTest::newRow("http") << "http://hooks.example.com/d" << 400;
        QTest::newRow("upper-case scheme") << "HTTPS://hooks.example.com/d" << 400;
        QTest::newRow("no host") << "https://" << 400;
    }
    void urlMustBeHttps()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        const HttpResult r = f.client->update(p, QString(S::active), {{"webhook_url", url}});
        QCOMPARE(r.status, status);
        if (status == 400)
            QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("bad_request"));
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("unknown event") << QByteArray(R"({"events": ["search_started"]})");
        QTest::newRow("is_active string") << QByteArray(R"({"is_active": "false"})");
        QTest::newRow("secret null") << QByteArray(R"({"secret": null})");
        QTest::newRow("unknown field") << QByteArray("{\"url\": \"https://x.example\"}");
    }
    void badRequests()
    {
        QFETCH(QByteArray, body);
        const QJsonObject before = stored(S::active);
        const HttpResult r = f.client->updateRaw(p, QString(S::active), body);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.json().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(stored(S::active), before);
    }

    void emptyEventListIsAllowed()
    {
        // The page's own request example sends "events": [].
        QCOMPARE(f.client->update(p, QString(S::active), {{"events", QJsonArray()}}).status, 200);
        QCOMPARE(stored(S::active).value(QLatin1String("events")).toArray().size(), 0);
    }

    void unknownIdIs404()
    {
        const HttpResult r = f.client->update(p, QStringLiteral("nope"), {{"is_active", true}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDiligent)
#include "tst_sandbox_diligent.moc"
