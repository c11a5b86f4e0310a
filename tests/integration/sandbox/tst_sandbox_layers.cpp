// Layers over real HTTP: update rules, metadata merge, scope permission, Idempotency-Key replay/conflict.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QTest>
#include <QUuid>

namespace S = SandboxSeed::Layers;

class TestSandboxLayers : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    const ProviderId p = ProviderId::Layers;

    QJsonObject stored(QLatin1String id) const { return f.server->endpointJson(p, QString(id)); }
    static QString code(const HttpResult &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    static QList<QPair<QByteArray, QByteArray>> key(const QByteArray &k) { return {{"Idempotency-Key", k}}; }
    static QByteArray newKey() { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void getAndListShapes()
    {
        const HttpResult item = f.client->get(p, QString(S::active));
        QCOMPARE(item.status, 200);
        QCOMPARE(item.json(), stored(S::active)); // not wrapped
        const QStringList keys = {"consecutiveFailureCount",
                                  "createdAt",
                                  "description",
                                  "events",
                                  "id",
                                  "lastDeliveryAt",
                                  "lastDeliveryStatus",
                                  "metadata",
                                  "pausedAt",
                                  "pausedReason",
                                  "scope",
                                  "status",
                                  "updatedAt",
                                  "url"};
        QCOMPARE(item.json().keys(), keys);
        const HttpResult list = f.client->call(p, "GET", Providers::spec(p).collectionPath);
        QCOMPARE(list.json().value(QLatin1String("object")).toString(), QStringLiteral("list"));
        QCOMPARE(list.json().value(QLatin1String("data")).toArray().size(), f.server->endpointIds(p).size());
        QCOMPARE(list.json().value(QLatin1String("has_more")), QJsonValue(false));
    }

    void updateReplacesEventsAndStampsUpdatedAt()
    {
        const QString before = stored(S::active).value(QLatin1String("updatedAt")).toString();
        const HttpResult r =
            f.client->update(p, QString(S::active),
                             {{"events", QJsonArray{"job.completed", "content.approved", "post.published"}}},
                             QString(), key(newKey()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), stored(S::active));
        QVERIFY(r.json().value(QLatin1String("updatedAt")).toString() > before);
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no fields") << QByteArray("{}");
        QTest::newRow("not json") << QByteArray("description=x");
        QTest::newRow("array body") << QByteArray("[]");
        QTest::newRow("unknown event") << QByteArray(R"({"events": ["job.completed", "job.started"]})");
        QTest::newRow("empty events") << QByteArray(R"({"events": []})");
        QTest::newRow("bad url") << QByteArray("{\"url\": \"http://hooks.example.com\"}");
        QTest::newRow("auto_paused by hand") << QByteArray(R"({"status": "auto_paused"})");
        QTest::newRow("unknown status") << QByteArray(R"({"status": "disabled"})");
        QTest::newRow("unknown scope") << QByteArray(R"({"scope": "everyone"})");
        QTest::newRow("metadata list") << QByteArray(R"({"metadata": ["a"]})");
        QTest::newRow("metadata number") << QByteArray(R"({"metadata": {"a": 1}})");
        QTest::newRow("description number") << QByteArray(R"({"description": 7})");
        QTest::newRow("unknown field") << QByteArray(R"({"secret": "x"})");
    }
    void validation()
    {
        QFETCH(QByteArray, body);
        const QJsonObject before = stored(S::failing);
        const HttpResult r = f.client->updateRaw(p, QString(S::failing), body);
        QCOMPARE(r.status, 422);
        QCOMPARE(code(r), QStringLiteral("VALIDATION"));
        QCOMPARE(stored(S::failing), before);
    }

    void fiftyEventsIsTheLimit()
    {
        // The catalog has fewer than 51 distinct events: 51 entries (with repeats) are refused.
        QJsonArray tooMany;
        for (int i = 0; i < 51; ++i)
            tooMany.append(Providers::spec(p).knownEvents.at(i % Providers::spec(p).knownEvents.size()));
        const HttpResult r = f.client->update(p, QString(S::failing), {{"events", tooMany}});
        QCOMPARE(r.status, 422);
        QCOMPARE(code(r), QStringLiteral("VALIDATION"));
        QCOMPARE(f.client
                     ->update(p, QString(S::failing),
                              {{"events", QJsonArray::fromStringList(Providers::spec(p).knownEvents)}})
                     .status,
                 200);
    }

    void descriptionNullClears()
    {
        QVERIFY(stored(S::active).value(QLatin1String("description")).isString());
        QCOMPARE(f.client->update(p, QString(S::active), {{"description", QJsonValue::Null}}).status, 200);
        QVERIFY(stored(S::active).value(QLatin1String("description")).isNull());
        QCOMPARE(f.client->update(p, QString(S::active), {{"description", "Back"}}).status, 200);
        QCOMPARE(stored(S::active).value(QLatin1String("description")).toString(), QStringLiteral("Back"));
    }

    void metadataMergesPerKey()
    {
        // Seeded: {"team": "growth", "env": "prod"}.
        QCOMPARE(stored(S::active).value(QLatin1String("metadata")).toObject(),
                 QJsonObject({{"team", "growth"}, {"env", "prod"}}));
        const HttpResult r =
            f.client->update(p, QString(S::active),
                             {{"metadata", QJsonObject{{"env", ""}, {"owner", "ops"}, {"team", "core"}}}});
        QCOMPARE(r.status, 200);
        // env unset by "", team overwritten, owner added, nothing else touched.
        QCOMPARE(r.json().value(QLatin1String("metadata")).toObject(),
                 QJsonObject({{"team", "core"}, {"owner", "ops"}}));
        QCOMPARE(
            f.client->update(p, QString(S::active), {{"metadata", QJsonObject{{"region", "eu"}}}}).status,
            200);
        QCOMPARE(stored(S::active).value(QLatin1String("metadata")).toObject(),
                 QJsonObject({{"team", "core"}, {"owner", "ops"}, {"region", "eu"}}));
        QCOMPARE(f.client->update(p, QString(S::active), {{"metadata", QJsonValue::Null}}).status, 200);
        QCOMPARE(stored(S::active).value(QLatin1String("metadata")).toObject(), QJsonObject());
    }

    void activeOnAutoPausedResetsTheCounter()
    {
        QVERIFY(stored(S::autoPaused).value(QLatin1String("consecutiveFailureCount")).toInt() > 0);
        const HttpResult r = f.client->update(p, QString(S::autoPaused), {{"status", "active"}});
        QCOMPARE(r.status, 200);
        const QJsonObject e = stored(S::autoPaused);
        QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(e.value(QLatin1String("consecutiveFailureCount")).toInt(), 0);
        QVERIFY(e.value(QLatin1String("pausedAt")).isNull());
        QVERIFY(e.value(QLatin1String("pausedReason")).isNull());
    }

    void activeOnFailingKeepsTheCounter()
    {
        // Only an auto-paused endpoint has its counter reset (the page says so for auto_paused only).
        const int failures = stored(S::failing).value(QLatin1String("consecutiveFailureCount")).toInt();
        QVERIFY(failures > 0);
        QCOMPARE(f.client->update(p, QString(S::failing), {{"status", "active"}}).status, 200);
        QCOMPARE(stored(S::failing).value(QLatin1String("consecutiveFailureCount")).toInt(), failures);
    }

    void pausingStampsPausedAt()
    {
        QCOMPARE(f.client->update(p, QString(S::active), {{"status", "paused"}}).status, 200);
        QCOMPARE(stored(S::active).value(QLatin1String("status")).toString(), QStringLiteral("paused"));
        QVERIFY(stored(S::active).value(QLatin1String("pausedAt")).isString());
        QVERIFY(stored(S::active).value(QLatin1String("pausedReason")).isNull());
    }

    void allChildrenNeedsAnAdminKey()
    {
        const HttpResult r = f.client->update(p, QString(S::active), {{"scope", "all_children"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(code(r), QStringLiteral("FORBIDDEN_SCOPE"));
        QCOMPARE(stored(S::active).value(QLatin1String("scope")).toString(), QStringLiteral("own"));

        const QString admin = SandboxServer::limitedTokenFor(p);
        QCOMPARE(admin, QStringLiteral("sandbox-layers-admin-token"));
        QCOMPARE(f.client->update(p, QString(S::active), {{"scope", "all_children"}}, admin).status, 200);
        QCOMPARE(stored(S::active).value(QLatin1String("scope")).toString(), QStringLiteral("all_children"));
        // Back to own needs no admin rights.
        QCOMPARE(f.client->update(p, QString(S::active), {{"scope", "own"}}).status, 200);
    }

    void forbiddenScopeAppliesNothing()
    {
        const QJsonObject before = stored(S::active);
        const HttpResult r =
            f.client->update(p, QString(S::active), {{"scope", "all_children"}, {"description", "changed"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(stored(S::active), before);
    }

    void idempotencyKeyReplaysWithoutApplyingAgain()
    {
        const QByteArray k = newKey();
        const QJsonObject change{{"description", "first"}};
        const HttpResult first = f.client->update(p, QString(S::failing), change, QString(), key(k));
        QCOMPARE(first.status, 200);

        // The endpoint moves on through another request...
        QCOMPARE(f.client->update(p, QString(S::failing), {{"description", "second"}}).status, 200);
        const QJsonObject now = stored(S::failing);

        // ...and a retry of the first request gets the first reply, verbatim, and changes nothing.
        const HttpResult replay = f.client->update(p, QString(S::failing), change, QString(), key(k));
        QCOMPARE(replay.status, first.status);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(stored(S::failing), now);
        QCOMPARE(now.value(QLatin1String("description")).toString(), QStringLiteral("second"));
    }

    void sameBodyWrittenDifferentlyIsTheSameRequest()
    {
        const QByteArray k = newKey();
        const auto path = Providers::spec(p).itemPathFor(QString(S::failing));
        const HttpResult a =
            f.client->call(p, "PATCH", path, R"({"description":"x","status":"paused"})", {}, key(k));
        const HttpResult b = f.client->call(
            p, "PATCH", path, "{ \"status\": \"paused\",\n  \"description\": \"x\" }", {}, key(k));
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.body, a.body);
    }

    void idempotencyKeyWithAnotherBodyConflicts()
    {
        const QByteArray k = newKey();
        QCOMPARE(f.client->update(p, QString(S::failing), {{"description", "a"}}, QString(), key(k)).status,
                 200);
        const HttpResult r =
            f.client->update(p, QString(S::failing), {{"description", "b"}}, QString(), key(k));
        QCOMPARE(r.status, 409);
        QCOMPARE(code(r), QStringLiteral("IDEMPOTENCY_CONFLICT"));
        QCOMPARE(stored(S::failing).value(QLatin1String("description")).toString(), QStringLiteral("a"));
        // The same key on another endpoint is another request, too.
        QCOMPARE(f.client->update(p, QString(S::active), {{"description", "a"}}, QString(), key(k)).status,
                 409);
    }

    void refusedRequestsAreNotRemembered()
    {
        const QByteArray k = newKey();
        QCOMPARE(
            f.client->update(p, QString(S::failing), {{"status", "auto_paused"}}, QString(), key(k)).status,
            422);
        // A fixed body with the same key is judged afresh (only successes are replayed).
        QCOMPARE(f.client->update(p, QString(S::failing), {{"status", "paused"}}, QString(), key(k)).status,
                 200);
    }

    void idempotencyKeyMustBeAUuid()
    {
        const HttpResult r =
            f.client->update(p, QString(S::failing), {{"description", "a"}}, QString(), key("abc"));
        QCOMPARE(r.status, 422);
        QCOMPARE(code(r), QStringLiteral("VALIDATION"));
    }

    void errors401And404()
    {
        const HttpResult unauthorized =
            f.client->update(p, QString(S::active), {{"description", "x"}}, "nope");
        QCOMPARE(unauthorized.status, 401);
        QCOMPARE(code(unauthorized), QStringLiteral("UNAUTHORIZED"));
        const HttpResult missing = f.client->update(p, QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                                    {{"description", "x"}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(code(missing), QStringLiteral("NOT_FOUND"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLayers)
#include "tst_sandbox_layers.moc"
