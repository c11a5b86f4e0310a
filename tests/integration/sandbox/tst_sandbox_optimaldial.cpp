// OptimalDial over real HTTP: the documented reply shape, FastAPI-style 422s, is_active semantics.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QTest>

namespace S = SandboxSeed::OptimalDial;

class TestSandboxOptimalDial : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    const ProviderId p = ProviderId::OptimalDial;

    QJsonObject stored(QLatin1String id) const { return f.server->endpointJson(p, QString(id)); }
    // The FastAPI detail list's locations, e.g. {"body.description"}.
    static QStringList locations(const HttpResult &r)
    {
        QStringList out;
        for (const QJsonValue &d : r.json().value(QLatin1String("detail")).toArray()) {
            QStringList parts;
            for (const QJsonValue &l : d.toObject().value(QLatin1String("loc")).toArray())
                parts << (l.isString() ? l.toString() : QString::number(l.toInt()));
            out << parts.join(QLatin1Char('.'));
        }
        return out;
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void replyHasExactlyTheDocumentedKeys()
    {
        const HttpResult r = f.client->update(p, QString(S::active), {{"description", "Renamed"}});
        QCOMPARE(r.status, 200);
        const QStringList keys = {"consecutive_failures",
                                  "created_at",
                                  "description",
                                  "disabled_at",
                                  "events",
                                  "id",
                                  "is_active",
                                  "last_failure_at",
                                  "last_success_at",
                                  "organization_id",
                                  "updated_at",
                                  "url",
                                  "user_id",
                                  "verified_at"};
        QCOMPARE(r.json().keys(), keys);
        QCOMPARE(r.json().value(QLatin1String("description")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(r.json(), stored(S::active));
        QCOMPARE(f.client->get(p, QString(S::active)).json(), r.json());
    }

    void listIsPagedByNumber()
    {
        const HttpResult r = f.client->call(p, "GET", Providers::spec(p).collectionPath);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("data")).toArray().size(), f.server->endpointIds(p).size());
        QCOMPARE(r.json().value(QLatin1String("page")).toInt(), 1);
        QCOMPARE(r.json().value(QLatin1String("total")).toInt(), f.server->endpointIds(p).size());
    }

    void validationListsEveryBadField()
    {
        const QJsonObject before = stored(S::failing);
        const HttpResult r = f.client->update(p, QString(S::failing),
                                              {{"description", QString(501, QLatin1Char('x'))},
                                               {"events", QJsonArray{"upload.deleted"}},
                                               {"is_active", "yes"},
                                               {"url", "http://example.com/hook"},
                                               {"name", "extra"}});
        QCOMPARE(r.status, 422);
        QStringList locs = locations(r);
        locs.sort();
        QCOMPARE(locs,
                 QStringList({"body.description", "body.events", "body.is_active", "body.name", "body.url"}));
        for (const QJsonValue &d : r.json().value(QLatin1String("detail")).toArray())
            QVERIFY(!d.toObject().value(QLatin1String("msg")).toString().isEmpty());
        QCOMPARE(stored(S::failing), before);
    }

    void descriptionLimitIs500()
    {
        QCOMPARE(f.client->update(p, QString(S::failing), {{"description", QString(500, QLatin1Char('y'))}})
                     .status,
                 200);
        QCOMPARE(f.client->update(p, QString(S::failing), {{"description", QString(501, QLatin1Char('y'))}})
                     .status,
                 422);
    }

    // "Maximum string length" counts characters (code points), as FastAPI/Pydantic do, not UTF-16
    // units: 500 emoji (1000 units) are fine, 501 are not; a combining mark is a character of its own.
    void descriptionLimitCountsCharacters()
    {
        const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
        QCOMPARE(f.client->update(p, QString(S::failing), {{"description", emoji.repeated(500)}}).status,
                 200);
        QCOMPARE(f.client->update(p, QString(S::failing), {{"description", emoji.repeated(501)}}).status,
                 422);
        const QString accented = QString::fromUtf8("e\xcc\x81"); // e + U+0301: two characters
        QCOMPARE(f.client->update(p, QString(S::failing), {{"description", accented.repeated(250)}}).status,
                 200);
        QCOMPARE(f.client
                     ->update(p, QString(S::failing),
                              {{"description", QString(accented.repeated(250) + QLatin1Char('x'))}})
                     .status,
                 422);
    }

    void notAnObjectIs422()
    {
        const HttpResult r = f.client->updateRaw(p, QString(S::active), "[1,2]");
        QCOMPARE(r.status, 422);
        QVERIFY(r.json().value(QLatin1String("detail")).isArray());
    }

    void deactivatingStampsDisabledAt()
    {
        QCOMPARE(f.client->update(p, QString(S::active), {{"is_active", false}}).status, 200);
        QCOMPARE(stored(S::active).value(QLatin1String("is_active")), QJsonValue(false));
        QVERIFY(stored(S::active).value(QLatin1String("disabled_at")).isString());
    }

    void reactivatingClearsDisabledAtOnly()
    {
        const QJsonObject before = stored(S::autoDisabled);
        QVERIFY(before.value(QLatin1String("disabled_at")).isString());
        QCOMPARE(f.client->update(p, QString(S::autoDisabled), {{"is_active", true}}).status, 200);
        const QJsonObject after = stored(S::autoDisabled);
        QCOMPARE(after.value(QLatin1String("is_active")), QJsonValue(true));
        QVERIFY(after.value(QLatin1String("disabled_at")).isNull());
        // Chosen: the page is silent, so the failure counter stays the dispatcher's.
        QCOMPARE(after.value(QLatin1String("consecutive_failures")),
                 before.value(QLatin1String("consecutive_failures")));
    }

    void eventsAreAnEnum()
    {
        QCOMPARE(f.client->update(p, QString(S::active), {{"events", QJsonArray{"upload.failed"}}}).status,
                 200);
        QCOMPARE(toStrings(stored(S::active).value(QLatin1String("events"))), QStringList({"upload.failed"}));
    }

    void authAndLookupErrors()
    {
        const HttpResult unauthorized = f.client->get(p, QString(S::active), QStringLiteral("od_live_wrong"));
        QCOMPARE(unauthorized.status, 401);
        QVERIFY(unauthorized.json().value(QLatin1String("detail")).isString());

        const HttpResult missing = f.client->get(p, QStringLiteral("0d1a3c90-0d44-4b50-8888-000000000000"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().value(QLatin1String("detail")).isString());
        QCOMPARE(
            f.client->update(p, QStringLiteral("0d1a3c90-0d44-4b50-8888-000000000000"), {{"is_active", true}})
                .status,
            404);

        // webhook_id is a string<uuid>: anything else fails validation of the path.
        const HttpResult notUuid = f.client->get(p, QStringLiteral("not-a-uuid"));
        QCOMPARE(notUuid.status, 422);
        QCOMPARE(locations(notUuid), QStringList({"path.webhook_id"}));
    }
};

QTEST_GUILESS_MAIN(TestSandboxOptimalDial)
#include "tst_sandbox_optimaldial.moc"
