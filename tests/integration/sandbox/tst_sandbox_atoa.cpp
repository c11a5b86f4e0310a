// Atoa over real HTTP: PUT with the complete events set, authentication methods, read-only URL,
// and the account-wide limit of 3 endpoints per event type.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QTest>

namespace S = SandboxSeed::Atoa;

class TestSandboxAtoa : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    const ProviderId p = ProviderId::Atoa;

    QJsonObject stored(QLatin1String id) const { return f.server->endpointJson(p, QString(id)); }
    QStringList events(QLatin1String id) const
    {
        QStringList out;
        for (const QJsonValue &e : stored(id).value(QLatin1String("events")).toArray())
            out << e.toObject().value(QLatin1String("event")).toString();
        return out;
    }
    int subscribers(const QString &event) const
    {
        int n = 0;
        for (const QString &id : f.server->endpointIds(p)) {
            for (const QJsonValue &e : f.server->endpointJson(p, id).value(QLatin1String("events")).toArray())
                n += e.toObject().value(QLatin1String("event")).toString() == event;
        }
        return n;
    }
    static void expect400(const HttpResult &r)
    {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QLatin1String("statusCode")).toInt(), 400);
        QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("Bad Request"));
        QVERIFY(!r.json().value(QLatin1String("message")).toString().isEmpty());
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void putReplacesEventsAndKeepsWhatIsOmitted()
    {
        const QJsonObject before = stored(S::paymentsBasic);
        const HttpResult r =
            f.client->update(p, QString(S::paymentsBasic), {{"events", QJsonArray{"REFUND_STATUS"}}});
        QCOMPARE(r.status, 200);
        const QJsonObject e = r.json();
        QCOMPARE(e, stored(S::paymentsBasic));
        QCOMPARE(e.value(QLatin1String("events")).toArray(),
                 QJsonArray({QJsonObject{{"event", "REFUND_STATUS"}, {"label", "Refund Status"}}}));
        QCOMPARE(e.value(QLatin1String("description")), before.value(QLatin1String("description")));
        QCOMPARE(e.value(QLatin1String("hasAuthentication")), QJsonValue(true));
        QCOMPARE(e.value(QLatin1String("authenticationType")), QJsonValue("BASIC"));
        const QStringList keys = {
            "authenticationType", "createdAt",         "description", "environment",     "events",
            "failureCount",       "hasAuthentication", "id",          "lastDeliveredAt", "url"};
        QCOMPARE(e.keys(), keys);
        QVERIFY(!r.body.contains("basic-sandbox-pass"));
    }

    void patchIsNotAtoas()
    {
        const HttpResult r = f.client->call(p, "PATCH", Providers::spec(p).itemPathFor(QString(S::refunds)),
                                            R"({"events":["REFUND_STATUS"]})");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, PUT"));
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("events missing") << QByteArray(R"({"description": "x"})");
        QTest::newRow("events empty") << QByteArray(R"({"events": []})");
        QTest::newRow("events unknown") << QByteArray(R"({"events": ["CHARGEBACK_STATUS"]})");
        QTest::newRow("events repeated") << QByteArray(R"({"events": ["REFUND_STATUS", "REFUND_STATUS"]})");
        QTest::newRow("url") << QByteArray(
            "{\"events\": [\"REFUND_STATUS\"], \"url\": \"https://new.example\"}");
        QTest::newRow("description 101")
            << QByteArray("{\"events\": [\"REFUND_STATUS\"], \"description\": \"") + QByteArray(101, 'd') +
                   QByteArray("\"}");
        QTest::newRow("description null")
            << QByteArray(R"({"events": ["REFUND_STATUS"], "description": null})");
        QTest::newRow("auth mixed") << QByteArray(
            R"({"events": ["REFUND_STATUS"], "authentication": {"username": "u", "headerValue": "v"}})");
        QTest::newRow("auth incomplete")
            << QByteArray(R"({"events": ["REFUND_STATUS"], "authentication": {"username": "u"}})");
        QTest::newRow("auth unknown field")
            << QByteArray(R"({"events": ["REFUND_STATUS"], "authentication": {"token": "t"}})");
        QTest::newRow("auth empty") << QByteArray(R"({"events": ["REFUND_STATUS"], "authentication": {}})");
        QTest::newRow("auth string") << QByteArray(
            R"({"events": ["REFUND_STATUS"], "authentication": "basic"})");
        QTest::newRow("unknown field")
            << QByteArray(R"({"events": ["REFUND_STATUS"], "environment": "SANDBOX"})");
        QTest::newRow("not json") << QByteArray("events=REFUND_STATUS");
    }
    void badRequests()
    {
        QFETCH(QByteArray, body);
        const QJsonObject before = stored(S::refunds);
        expect400(f.client->updateRaw(p, QString(S::refunds), body));
        QCOMPARE(stored(S::refunds), before);
    }

    void descriptionUpTo100()
    {
        const QString hundred(100, QLatin1Char('d'));
        QCOMPARE(f.client
                     ->update(p, QString(S::refunds),
                              {{"events", QJsonArray{"REFUND_STATUS"}}, {"description", hundred}})
                     .status,
                 200);
        QCOMPARE(stored(S::refunds).value(QLatin1String("description")).toString(), hundred);
    }

    // "max 100 characters" counts code points: 100 emoji (200 UTF-16 units) pass, 101 do not; a
    // combining mark counts as a character of its own.
    void descriptionLimitCountsCharacters_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("status");
        const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
        const QString accented = QString::fromUtf8("e\xcc\x81");
        QTest::newRow("100 emoji") << emoji.repeated(100) << 200;
        QTest::newRow("101 emoji") << emoji.repeated(101) << 400;
        QTest::newRow("50 e+U+0301") << accented.repeated(50) << 200;
        QTest::newRow("50 e+U+0301 and one more") << accented.repeated(50) + QLatin1Char('x') << 400;
    }
    void descriptionLimitCountsCharacters()
    {
        QFETCH(QString, description);
        QFETCH(int, status);
        QCOMPARE(f.client
                     ->update(p, QString(S::refunds),
                              {{"events", QJsonArray{"REFUND_STATUS"}}, {"description", description}})
                     .status,
                 status);
        QCOMPARE(stored(S::refunds).value(QLatin1String("description")).toString() == description,
                 status == 200);
    }

    void authenticationMethods()
    {
        const QJsonArray ev{"REFUND_STATUS"};
        HttpResult r = f.client->update(
            p, QString(S::refunds),
            {{"events", ev},
             {"authentication", QJsonObject{{"headerName", "X-Key"}, {"headerValue", "v1"}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("hasAuthentication")), QJsonValue(true));
        QCOMPARE(r.json().value(QLatin1String("authenticationType")), QJsonValue("HEADER"));
        QVERIFY(!r.body.contains("v1\""));

        r = f.client->update(p, QString(S::refunds), {{"events", ev}}); // omitted: kept
        QCOMPARE(r.json().value(QLatin1String("authenticationType")), QJsonValue("HEADER"));

        r = f.client->update(
            p, QString(S::refunds),
            {{"events", ev}, {"authentication", QJsonObject{{"username", "u"}, {"password", "p"}}}});
        QCOMPARE(r.json().value(QLatin1String("authenticationType")), QJsonValue("BASIC"));

        r = f.client->update(p, QString(S::refunds), {{"events", ev}, {"authentication", QJsonValue::Null}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("hasAuthentication")), QJsonValue(false));
        QVERIFY(r.json().value(QLatin1String("authenticationType")).isNull());
    }

    void fourthEndpointForAnEventIsRefused()
    {
        const QString full = QString(S::fullEvent);
        QCOMPARE(subscribers(full), 3); // the seed's promise, counted, not assumed
        QVERIFY(!events(S::refunds).contains(full));
        const HttpResult r =
            f.client->update(p, QString(S::refunds), {{"events", QJsonArray{"REFUND_STATUS", full}}});
        expect400(r);
        QVERIFY(r.json().value(QLatin1String("message")).toString().contains(full));
        QCOMPARE(events(S::refunds), QStringList({"REFUND_STATUS"}));
        QCOMPARE(subscribers(full), 3);
    }

    void keepingAFullEventIsFine()
    {
        // Re-sending an event the endpoint already has is not adding it.
        QVERIFY(events(S::paymentsPlain).contains(QString(S::fullEvent)));
        QCOMPARE(
            f.client->update(p, QString(S::paymentsPlain), {{"events", QJsonArray{QString(S::fullEvent)}}})
                .status,
            200);
    }

    void aFreedSlotCanBeTaken()
    {
        QCOMPARE(
            f.client->update(p, QString(S::paymentsPlain), {{"events", QJsonArray{"EXPIRED_STATUS"}}}).status,
            200);
        QCOMPARE(subscribers(QString(S::fullEvent)), 2);
        QCOMPARE(
            f.client->update(p, QString(S::refunds), {{"events", QJsonArray{QString(S::fullEvent)}}}).status,
            200);
        QCOMPARE(subscribers(QString(S::fullEvent)), 3);
        // ...and now EXPIRED_STATUS is full too (expiredFailing, expiredNew, paymentsPlain).
        QCOMPARE(subscribers(QStringLiteral("EXPIRED_STATUS")), 3);
        expect400(
            f.client->update(p, QString(S::paymentsHeader), {{"events", QJsonArray{"EXPIRED_STATUS"}}}));
    }

    void errors401And404()
    {
        const HttpResult unauthorized = f.client->update(
            p, QString(S::refunds), {{"events", QJsonArray{"REFUND_STATUS"}}}, QStringLiteral("x"));
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(unauthorized.json().value(QLatin1String("statusCode")).toInt(), 401);
        const HttpResult missing =
            f.client->update(p, QStringLiteral("missing"), {{"events", QJsonArray{"REFUND_STATUS"}}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().value(QLatin1String("error")).toString(), QStringLiteral("Not Found"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAtoa)
#include "tst_sandbox_atoa.moc"
