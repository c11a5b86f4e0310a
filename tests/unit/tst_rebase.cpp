#include "diff/diff.h"
#include "diff/rebase.h"
#include "testendpoints.h"

#include <QJsonArray>
#include <QtTest>

// No lost updates: the user's edits are replayed on the endpoint as the server has it now.
class TestRebase : public QObject
{
    Q_OBJECT

private:
    static Endpoint atoa(const char *eventsJson, const char *description = "Production endpoint")
    {
        return endpointFromJson(
            ProviderId::Atoa,
            json("{'id': 'a1', 'url': 'https://your-server.com/webhooks', 'description': '") + description +
                json("', 'environment': 'PRODUCTION', 'events': ") + json(eventsJson) +
                json(", 'hasAuthentication': false, 'failureCount': 0}"));
    }
    static Endpoint layers(const char *url, const char *metadataJson = "{}")
    {
        return endpointFromJson(ProviderId::Layers,
                                json("{'id': 'l1', 'url': '") + json(url) +
                                    json("', 'status': 'active', 'events': ['job.completed'], "
                                         "'description': 'Label', 'metadata': ") +
                                    json(metadataJson) + "}");
    }

private slots:
    // The case: a colleague adds an Atoa event, the user edits only the description. The
    // PUT must carry the colleague's event, not the stale list.
    void colleaguesNewEventSurvivesAnAtoaPut()
    {
        const Endpoint base = atoa("[{'event': 'PAYMENTS_STATUS', 'label': 'P'}]");
        const Endpoint theirs =
            atoa("[{'event': 'PAYMENTS_STATUS', 'label': 'P'}, {'event': 'REFUND_STATUS', 'label': 'R'}]");
        Draft mine = Draft::fromEndpoint(base);
        mine.description = QStringLiteral("Mine");
        const RebaseResult r = Rebase::onto(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        const QJsonObject sent = Diff::compute(theirs, r.merged).request.body;
        QCOMPARE(sent.value(QLatin1String("description")).toString(), QStringLiteral("Mine"));
        QCOMPARE(sent.value(QLatin1String("events")).toArray(),
                 (QJsonArray{QStringLiteral("PAYMENTS_STATUS"), QStringLiteral("REFUND_STATUS")}));
    }

    void urlChangedElsewhereIsNotOverwritten()
    {
        const Endpoint base = layers("https://old.example/x");
        const Endpoint theirs = layers("https://new.example/x");
        Draft mine = Draft::fromEndpoint(base);
        mine.description = QStringLiteral("Renamed");
        const RebaseResult r = Rebase::onto(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        const QJsonObject sent = Diff::compute(theirs, r.merged).request.body;
        QVERIFY(!sent.contains(QLatin1String("url")));
        QCOMPARE(sent.value(QLatin1String("description")).toString(), QStringLiteral("Renamed"));
    }

    void bothChangedTheUrlIsAConflict()
    {
        const Endpoint base = layers("https://old.example/x");
        const Endpoint theirs = layers("https://theirs.example/x");
        Draft mine = Draft::fromEndpoint(base);
        mine.url = QStringLiteral("https://mine.example/x");
        const RebaseResult r = Rebase::onto(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().field, QStringLiteral("url"));
        QCOMPARE(r.merged.url, mine.url); // keep mine
        QCOMPARE(r.keepingTheirs().url, theirs.url);
        QCOMPARE(r.base.url, base.url);
        QVERIFY(!Diff::compute(theirs, r.keepingTheirs()).hasChanges());
    }

    void sameChangeOnBothSidesIsNoConflict()
    {
        const Endpoint base = layers("https://old.example/x");
        const Endpoint theirs = layers("https://same.example/x");
        Draft mine = Draft::fromEndpoint(base);
        mine.url = theirs.url;
        const RebaseResult r = Rebase::onto(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        QVERIFY(!Diff::compute(theirs, r.merged).hasChanges());
    }

    void eventsCompareAsSets()
    {
        const Endpoint base = atoa("[{'event': 'PAYMENTS_STATUS', 'label': 'P'}, {'event': 'REFUND_STATUS', "
                                   "'label': 'R'}]");
        const Endpoint theirs =
            atoa("[{'event': 'REFUND_STATUS', 'label': 'R'}, {'event': 'PAYMENTS_STATUS', "
                 "'label': 'P'}]");
        Draft mine = Draft::fromEndpoint(base);
        mine.events = {QStringLiteral("PAYMENTS_STATUS")};
        const RebaseResult r = Rebase::onto(base, theirs, mine); // reordered on the server: not a change
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.merged.events, mine.events);

        const Endpoint theirsRemoved = atoa("[{'event': 'REFUND_STATUS', 'label': 'R'}]");
        mine.events = {QStringLiteral("PAYMENTS_STATUS"), QStringLiteral("REFUND_STATUS"),
                       QStringLiteral("EXPIRED_STATUS")};
        const RebaseResult both = Rebase::onto(base, theirsRemoved, mine);
        QCOMPARE(both.conflicts.size(), 1);
        QCOMPARE(both.conflicts.first().field, QStringLiteral("events"));
    }

    void metadataMergesPerKey()
    {
        const Endpoint base = layers("https://h.example/x", "{'team': 'core', 'tier': 'gold'}");
        const Endpoint theirs =
            layers("https://h.example/x", "{'team': 'core', 'tier': 'gold', 'region': 'eu'}");
        Draft mine = Draft::fromEndpoint(base);
        mine.metadata.insert(QStringLiteral("owner"), QStringLiteral("ana"));
        mine.metadata.remove(QStringLiteral("tier"));
        const RebaseResult r = Rebase::onto(base, theirs, mine);
        QVERIFY(!r.hasConflicts());
        const QMap<QString, QString> expected{{QStringLiteral("team"), QStringLiteral("core")},
                                              {QStringLiteral("region"), QStringLiteral("eu")},
                                              {QStringLiteral("owner"), QStringLiteral("ana")}};
        QCOMPARE(r.merged.metadata, expected);
        // Only the user's keys are sent; the colleague's region is left alone.
        const QJsonObject patch =
            Diff::compute(theirs, r.merged).request.body.value(QLatin1String("metadata")).toObject();
        QCOMPARE(patch, (QJsonObject{{QStringLiteral("owner"), QStringLiteral("ana")},
                                     {QStringLiteral("tier"), QString(QLatin1String(""))}}));
    }

    void sameMetadataKeyChangedOnBothSidesIsAConflict()
    {
        const Endpoint base = layers("https://h.example/x", "{'tier': 'gold'}");
        const Endpoint theirs = layers("https://h.example/x", "{'tier': 'silver'}");
        Draft mine = Draft::fromEndpoint(base);
        mine.metadata.remove(QStringLiteral("tier"));
        const RebaseResult r = Rebase::onto(base, theirs, mine);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().key, QStringLiteral("tier"));
        QVERIFY(!r.merged.metadata.contains(QStringLiteral("tier")));
        QCOMPARE(r.keepingTheirs().metadata.value(QStringLiteral("tier")), QStringLiteral("silver"));
    }

    void theSecretActionIsAlwaysTheUsers()
    {
        const Endpoint base = layers("https://h.example/x");
        Draft mine = Draft::fromEndpoint(base);
        mine.secretAction = SecretAction::Replace;
        mine.newSecret = QStringLiteral("whsec_x");
        const RebaseResult r = Rebase::onto(base, layers("https://other.example/x"), mine);
        QCOMPARE(r.merged.secretAction, SecretAction::Replace);
        QCOMPARE(r.keepingTheirs().newSecret, QStringLiteral("whsec_x"));
    }
};

QTEST_GUILESS_MAIN(TestRebase)
#include "tst_rebase.moc"
