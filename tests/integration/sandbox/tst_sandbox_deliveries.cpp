// POST /_sandbox/deliveries over real HTTP on loopback: each provider's failure counter, delivery facts
// and automatic disable, read back through the provider API, the client's codec, its health rules and
// an ApiClient listing; and the control endpoint's refusals of what it cannot apply.
#include "common/callwaiter.h"
#include "core/health.h"
#include "providers/endpointcodec.h"
#include "sandbox/sandboxdeliveries.h"
#include "sandbox/sandboxdialect.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxstore.h"
#include "sandboxtestclient.h"

#include <QTest>

namespace S = SandboxSeed;

namespace {

// Per provider: an endpoint without failures, a failing one and one switched off by a person (none for
// Atoa, which has no switch).
struct Seeded
{
    QString active;
    QString failing;
    QString offByUser;
};

Seeded seeded(ProviderId p)
{
    switch (p) {
    case ProviderId::OpenTrain:
        return {S::OpenTrain::active, S::OpenTrain::failing, S::OpenTrain::disabledByUser};
    case ProviderId::Layers:
        return {S::Layers::active, S::Layers::failing, S::Layers::pausedByUser};
    case ProviderId::OptimalDial:
        return {S::OptimalDial::active, S::OptimalDial::failing, S::OptimalDial::disabledByUser};
    case ProviderId::Diligent:
        return {S::Diligent::active, S::Diligent::failing, S::Diligent::disabled};
    case ProviderId::Atoa:
        return {S::Atoa::paymentsBasic, S::Atoa::paymentsHeader, QString()};
    }
    return {};
}

int threshold(ProviderId p)
{
    return SandboxDialects::find(p)->deliveries.autoDisableAfter;
}

QJsonArray repeated(int status, int times)
{
    QJsonArray a;
    for (int i = 0; i < times; ++i)
        a.append(status);
    return a;
}

// The provider's update body that switches an endpoint back on.
QJsonObject reenable(ProviderId p)
{
    const EnabledSpec &enabled = Providers::spec(p).enabled;
    if (enabled.kind == EnabledSpec::Kind::Boolean)
        return {{enabled.key, true}};
    return {{enabled.key, enabled.activeWord}};
}

} // namespace

class TestSandboxDeliveries : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QDateTime m_startedAt;

    HttpResult deliverRaw(const QByteArray &body)
    {
        return f.client->send("POST", QStringLiteral("/_sandbox/deliveries"), body);
    }
    HttpResult deliver(ProviderId p, const QString &id, const QJsonArray &outcomes)
    {
        const QJsonObject body{{QStringLiteral("provider"), Providers::spec(p).key},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("outcomes"), outcomes}};
        return deliverRaw(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // The reply read by the client's own codec: it must be the provider's item shape.
    static Endpoint parsed(ProviderId p, const HttpResult &r)
    {
        Endpoint e;
        QString error;
        if (!EndpointCodec::parseItemReply(Providers::spec(p), r.body, &e, &error))
            qWarning() << "the codec refused the reply:" << error;
        return e;
    }
    // The endpoint as a user's next refresh sees it: an ApiClient listing of the whole account.
    Endpoint listed(ProviderId p, const QString &id)
    {
        ApiClient client;
        client.setTimeoutMs(5000);
        const Connection c{QStringLiteral("test"), p, f.server->baseUrl(), SandboxServer::tokenFor(p)};
        const CallResult r = waitFor(client.list(c));
        if (r.error.isError())
            qWarning() << "listing failed:" << r.error.toString();
        for (const Endpoint &e : r.endpoints) {
            if (e.id == id)
                return e;
        }
        return {};
    }
    // Every stored endpoint of every provider, to show that a refusal changed nothing.
    QByteArray everything() const
    {
        QByteArray all;
        for (ProviderId p : Providers::all()) {
            for (const QString &id : f.server->endpointIds(p))
                all += QJsonDocument(f.server->endpointJson(p, id)).toJson(QJsonDocument::Compact);
        }
        return all;
    }
    bool recent(const QDateTime &t) const
    {
        // OptimalDial writes whole seconds.
        return t.isValid() && t >= m_startedAt.addSecs(-1) && t <= QDateTime::currentDateTimeUtc().addSecs(1);
    }

private slots:
    void init()
    {
        QVERIFY(f.start());
        m_startedAt = QDateTime::currentDateTimeUtc();
    }
    void cleanup() { f.stop(); }

    void everyProvider_data()
    {
        QTest::addColumn<int>("provider");
        for (ProviderId p : Providers::all())
            QTest::newRow(qPrintable(Providers::spec(p).key)) << int(p);
    }

    // The choices written in sandboxdialect.cpp and the README agree.
    void documentedThresholds()
    {
        QCOMPARE(threshold(ProviderId::OpenTrain), 50);
        QCOMPARE(threshold(ProviderId::Layers), 25);
        QCOMPARE(threshold(ProviderId::OptimalDial), 10);
        QCOMPARE(threshold(ProviderId::Diligent), 10);
        QCOMPARE(threshold(ProviderId::Atoa), 0);
    }

    void failuresAreCounted_data() { everyProvider_data(); }
    void failuresAreCounted()
    {
        QFETCH(int, provider);
        const ProviderId p = ProviderId(provider);
        const ProviderSpec &spec = Providers::spec(p);
        const QString id = seeded(p).active;

        const HttpResult r = deliver(p, id, {503, 500});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Sandbox-Delivered"), QByteArray("2"));
        const Endpoint e = parsed(p, r);
        QCOMPARE(e.id, id);
        QVERIFY(e.enabled);
        if (!spec.read.failureCount.isEmpty())
            QCOMPARE(e.failureCount, 2);
        if (!spec.read.lastDeliveryStatus.isEmpty())
            QCOMPARE(e.lastDeliveryStatus, 500);
        if (!spec.read.lastDeliveryAt.isEmpty())
            QVERIFY(recent(e.lastDeliveryAt));
        if (!spec.read.lastFailureAt.isEmpty())
            QVERIFY(recent(e.lastFailureAt));
        if (!spec.read.derivedStatus.isEmpty())
            QCOMPARE(e.providerStatus, QStringLiteral("failing"));
        QCOMPARE(HealthRules::evaluate(e).health, Health::Failing);

        // Stored: the provider API's GET shows the same object, and the next refresh sees it failing.
        QCOMPARE(f.client->get(p, id).json(), r.json());
        const Endpoint seen = listed(p, id);
        QCOMPARE(seen.id, id);
        QCOMPARE(seen.failureCount, e.failureCount);
        QCOMPARE(HealthRules::evaluate(seen).health, Health::Failing);
    }

    void successRecovers_data() { everyProvider_data(); }
    void successRecovers()
    {
        QFETCH(int, provider);
        const ProviderId p = ProviderId(provider);
        const ProviderSpec &spec = Providers::spec(p);
        const QString id = seeded(p).failing;
        QCOMPARE(HealthRules::evaluate(listed(p, id)).health, Health::Failing);

        const HttpResult r = deliver(p, id, {503, 200});
        QCOMPARE(r.status, 200);
        const Endpoint e = parsed(p, r);
        QCOMPARE(e.failureCount, 0);
        if (!spec.read.lastDeliveryStatus.isEmpty())
            QCOMPARE(e.lastDeliveryStatus, 200);
        if (!spec.read.lastSuccessAt.isEmpty())
            QVERIFY(recent(e.lastSuccessAt));
        QCOMPARE(HealthRules::evaluate(e).health, Health::Active);
        QCOMPARE(HealthRules::evaluate(listed(p, id)).health, Health::Active);
    }

    void thresholdSwitchesOff_data()
    {
        QTest::addColumn<int>("provider");
        for (ProviderId p : Providers::all()) {
            if (Providers::spec(p).hasEnabled())
                QTest::newRow(qPrintable(Providers::spec(p).key)) << int(p);
        }
    }
    void thresholdSwitchesOff()
    {
        QFETCH(int, provider);
        const ProviderId p = ProviderId(provider);
        const ProviderSpec &spec = Providers::spec(p);
        const QString id = seeded(p).active;
        const int n = threshold(p);
        QVERIFY(n > 1);

        HttpResult r = deliver(p, id, repeated(503, n - 1));
        QCOMPARE(r.header("Sandbox-Delivered"), QByteArray::number(n - 1));
        QVERIFY(parsed(p, r).enabled); // one short of the threshold

        // The n-th consecutive failure switches it off; what follows is not delivered.
        r = deliver(p, id, {502, 200, 200});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Sandbox-Delivered"), QByteArray("1"));
        const Endpoint e = parsed(p, r);
        QVERIFY(!e.enabled);
        if (!spec.read.failureCount.isEmpty())
            QCOMPARE(e.failureCount, n);
        if (!spec.read.lastDeliveryStatus.isEmpty())
            QCOMPARE(e.lastDeliveryStatus, 502);
        if (!spec.read.disabledAt.isEmpty())
            QVERIFY(recent(e.disabledAt));
        if (spec.enabled.kind == EnabledSpec::Kind::StatusWord)
            QCOMPARE(e.providerStatus, spec.enabled.autoWords.isEmpty() ? spec.enabled.inactiveWord
                                                                        : spec.enabled.autoWords.first());
        if (!spec.read.derivedStatus.isEmpty())
            QCOMPARE(e.providerStatus, QStringLiteral("disabled"));

        const HealthInfo health = HealthRules::evaluate(e, HealthRules::Wording::Source);
        QCOMPARE(health.health, Health::Disabled);
        if (p == ProviderId::OpenTrain)
            QCOMPARE(e.disabledReason, QStringLiteral("Automatically disabled after 50 consecutive failed "
                                                      "deliveries (last response: HTTP 502)"));
        if (p == ProviderId::Layers)
            QCOMPARE(e.disabledReason,
                     QStringLiteral("Paused by the dispatcher after 25 consecutive delivery "
                                    "failures (last response: HTTP 502)"));
        // Where the provider has a reason field or an automatic status word, the client can tell who did
        // it; OptimalDial's disabled_at equal to its last_failure_at, with failures counted, says it too;
        // Diligent shows only is_active: false.
        const bool infers = !spec.read.disabledAt.isEmpty() && !spec.read.lastFailureAt.isEmpty() &&
                            !spec.read.failureCount.isEmpty();
        const bool tellsWho =
            !spec.read.disabledReason.isEmpty() || !spec.enabled.autoWords.isEmpty() || infers;
        QCOMPARE(health.disabledBy, tellsWho ? DisabledBy::Provider : DisabledBy::Unknown);
        if (p == ProviderId::OptimalDial)
            QCOMPARE(health.reason,
                     QStringLiteral("Disabled automatically by OptimalDial after %1 consecutive "
                                    "failures (inferred: disabled at the time of the last failure)")
                         .arg(n));
        const Endpoint seen = listed(p, id);
        QCOMPARE(HealthRules::evaluate(seen).health, Health::Disabled);
        QCOMPARE(HealthRules::evaluate(seen).disabledBy, health.disabledBy);

        // Switched off, it receives nothing: a success does not bring it back.
        const QByteArray before = f.client->get(p, id).body;
        r = deliver(p, id, {200});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Sandbox-Delivered"), QByteArray("0"));
        QCOMPARE(f.client->get(p, id).body, before);
    }

    void switchedOffByAPersonGetsNoDeliveries_data() { thresholdSwitchesOff_data(); }
    void switchedOffByAPersonGetsNoDeliveries()
    {
        QFETCH(int, provider);
        const ProviderId p = ProviderId(provider);
        const QString id = seeded(p).offByUser;
        const QByteArray before = f.client->get(p, id).body;
        const HttpResult r = deliver(p, id, {503, 503});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Sandbox-Delivered"), QByteArray("0"));
        QCOMPARE(f.client->get(p, id).body, before);
    }

    // Re-enabled through the provider's own update call: OpenTrain ("ACTIVE … resets
    // consecutiveFailures"), Layers ("resets consecutiveFailureCount so the dispatcher doesn't
    // immediately re-pause") and Diligent (chosen) count afresh; OptimalDial keeps its counter (chosen:
    // the dispatcher resets it on a success), so one more failure switches it off again.
    void reenabledEndpointCountsAsTheProviderSays_data() { thresholdSwitchesOff_data(); }
    void reenabledEndpointCountsAsTheProviderSays()
    {
        QFETCH(int, provider);
        const ProviderId p = ProviderId(provider);
        const QString id = seeded(p).active;
        QVERIFY(!parsed(p, deliver(p, id, repeated(500, threshold(p)))).enabled);
        QCOMPARE(f.client->update(p, id, reenable(p)).status, 200);

        const Endpoint e = parsed(p, deliver(p, id, {500}));
        QCOMPARE(e.enabled, p != ProviderId::OptimalDial);
        if (p == ProviderId::OptimalDial) {
            QCOMPARE(e.failureCount, threshold(p) + 1);
        } else {
            QCOMPARE(HealthRules::evaluate(e).health, Health::Failing);
            QVERIFY(parsed(p, deliver(p, id, repeated(500, threshold(p) - 2))).enabled);
            QCOMPARE(HealthRules::evaluate(parsed(p, deliver(p, id, {200}))).health, Health::Active);
        }
    }

    void atoaOnlyCounts()
    {
        const ProviderId p = ProviderId::Atoa;
        const QString id = seeded(p).active;
        HttpResult r = deliver(p, id, repeated(503, SandboxDeliveries::maxOutcomes));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Sandbox-Delivered"), QByteArray::number(SandboxDeliveries::maxOutcomes));
        Endpoint e = parsed(p, r);
        QCOMPARE(e.failureCount, SandboxDeliveries::maxOutcomes);
        QVERIFY(recent(e.lastDeliveryAt));
        QCOMPARE(HealthRules::evaluate(listed(p, id)).health, Health::Failing);

        e = parsed(p, deliver(p, id, {204}));
        QCOMPARE(e.failureCount, 0);
        QCOMPARE(HealthRules::evaluate(listed(p, id)).health, Health::Active);
    }

    // A synthetic endpoint (built when read) is stored once a delivery changes it.
    void syntheticEndpointsChangeToo()
    {
        const ProviderId p = ProviderId::Layers;
        f.server->addSyntheticEndpoints(p, 10);
        const QStringList ids = f.server->endpointIds(p);
        const QString id = ids.at(ids.size() - 10); // the first synthetic one, healthy
        QCOMPARE(f.server->endpointJson(p, id).value(Providers::spec(p).read.failureCount).toInt(), 0);
        const Endpoint e = parsed(p, deliver(p, id, repeated(500, 3)));
        QCOMPARE(e.failureCount, 3);
        QCOMPARE(listed(p, id).failureCount, 3);
    }

    void unknownIs404_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("id");
        const QString opentrain = QStringLiteral("opentrain");
        QTest::newRow("unknown provider") << QStringLiteral("stripe") << QString(S::OpenTrain::active);
        QTest::newRow("empty provider") << QString() << QString(S::OpenTrain::active);
        QTest::newRow("provider with escapes")
            << QStringLiteral("opentrain\x1b[2J") << QString(S::OpenTrain::active);
        QTest::newRow("unknown id") << opentrain << QStringLiteral("0a1e7c52-3b1d-4c7e-9a10-5d2f6b8c9999");
        QTest::newRow("dot dot") << opentrain << QStringLiteral("..");
        QTest::newRow("encoded dot dot") << opentrain << QStringLiteral("%2e%2e");
        QTest::newRow("path") << opentrain << QStringLiteral("../../_sandbox/reset");
        QTest::newRow("escape bytes") << opentrain << QStringLiteral("\x1b[31m\r\n\x07");
        QTest::newRow("nul") << opentrain << QString(QChar(0)) + QString(S::OpenTrain::active);
        QTest::newRow("padded") << opentrain << QString(S::OpenTrain::active) + QLatin1Char(' ');
        QTest::newRow("other provider's id") << QStringLiteral("layers") << QString(S::OpenTrain::active);
        // Synthetic ids are numbered: beyond the count (none here) or beyond int they name nothing.
        QTest::newRow("synthetic not added")
            << QStringLiteral("layers") << QStringLiteral("1a7eeeee-0000-4000-8000-000000000001");
        QTest::newRow("synthetic huge")
            << QStringLiteral("layers") << QStringLiteral("1a7eeeee-0000-4000-8000-999999999999");
        QTest::newRow("long") << opentrain << QString(100000, QLatin1Char('a'));
    }
    void unknownIs404()
    {
        QFETCH(QString, provider);
        QFETCH(QString, id);
        const QByteArray before = everything();
        const QJsonObject body{{QStringLiteral("provider"), provider},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("outcomes"), QJsonArray{503}}};
        const HttpResult r = deliverRaw(QJsonDocument(body).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 404);
        QVERIFY(r.json().value(QLatin1String("error")).isString()); // the control API's error shape
        QVERIFY(!r.body.contains("\x1b"));
        if (id.size() > 2)
            QVERIFY(!r.json().value(QLatin1String("error")).toString().contains(id)); // never echoed
        QCOMPARE(everything(), before);
    }

    void malformedIs400_data()
    {
        QTest::addColumn<QByteArray>("body");
        // Written with ' for " (moc misreads raw strings that end in a quote); @ is a seeded id.
        const auto q = [](const char *text) -> QByteArray {
            return QByteArray(text).replace('\'', '"').replace("@", QByteArray(S::OpenTrain::active.data()));
        };
        const auto with = [&q](const char *outcomes) -> QByteArray {
            return q("{'provider':'opentrain','id':'@','outcomes':") + outcomes + '}';
        };
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("not json") << QByteArray("provider=opentrain");
        QTest::newRow("truncated") << with("[503").left(40);
        QTest::newRow("array") << QByteArray("[503]");
        QTest::newRow("string") << q("'opentrain'");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("no provider") << q("{'id':'@','outcomes':[503]}");
        QTest::newRow("provider number") << q("{'provider':1,'id':'@','outcomes':[503]}");
        QTest::newRow("provider null") << q("{'provider':null,'id':'@','outcomes':[503]}");
        QTest::newRow("no id") << q("{'provider':'opentrain','outcomes':[503]}");
        QTest::newRow("empty id") << q("{'provider':'opentrain','id':'','outcomes':[503]}");
        QTest::newRow("id number") << q("{'provider':'opentrain','id':3,'outcomes':[503]}");
        QTest::newRow("id array") << q("{'provider':'opentrain','id':['@'],'outcomes':[503]}");
        QTest::newRow("no outcomes") << q("{'provider':'opentrain','id':'@'}");
        QTest::newRow("outcomes object") << with("{'0':503}");
        QTest::newRow("outcomes number") << with("503");
        QTest::newRow("outcomes string") << with("'503,200'");
        QTest::newRow("outcomes empty") << with("[]");
        QTest::newRow("outcomes too many")
            << with(QJsonDocument(repeated(503, SandboxDeliveries::maxOutcomes + 1))
                        .toJson(QJsonDocument::Compact)
                        .constData());
        QTest::newRow("outcome as string") << with("['503']");
        QTest::newRow("outcome fraction") << with("[503.5]");
        QTest::newRow("outcome 99") << with("[99]");
        QTest::newRow("outcome 600") << with("[600]");
        QTest::newRow("outcome 0") << with("[0]");
        QTest::newRow("outcome negative") << with("[-503]");
        QTest::newRow("outcome huge") << with("[1e300]");
        QTest::newRow("outcome beyond int") << with("[4294967799]");
        QTest::newRow("outcome bool") << with("[true]");
        QTest::newRow("outcome null") << with("[null]");
        QTest::newRow("outcome nested") << with("[[503]]");
        QTest::newRow("one bad among good") << with("[503,200,'x']");
        QTest::newRow("unknown field")
            << q("{'provider':'opentrain','id':'@','outcomes':[503],'status':'DISABLED'}");
        // The shape is checked before the lookup: a malformed body is a 400 even for unknown names.
        QTest::newRow("bad shape, unknown provider") << q("{'provider':'x','id':'y','outcomes':[1]}");
    }
    void malformedIs400()
    {
        QFETCH(QByteArray, body);
        const QByteArray before = everything();
        const HttpResult r = deliverRaw(body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QLatin1String("error")).isString());
        QCOMPARE(everything(), before);
    }

    void onlyPost()
    {
        const HttpResult r = f.client->send("GET", QStringLiteral("/_sandbox/deliveries"));
        QCOMPARE(r.status, 405);
    }

    // A counter at the client's ceiling stays readable: without the cap the whole listing would be
    // refused by the codec (counts above 1e9 are not believed).
    void counterStaysReadable()
    {
        const ProviderId p = ProviderId::Atoa;
        SandboxStore store;
        QJsonObject o = S::synthetic(p, 0);
        o.insert(Providers::spec(p).read.failureCount, 1000000000);
        QVERIFY(store.append(p, o));
        const QString id = o.value(QLatin1String("id")).toString();
        const SandboxDeliveries::Result result = SandboxDeliveries::apply(store, p, id, {500, 500});
        QVERIFY(result.found);
        Endpoint e;
        QString error;
        QVERIFY2(EndpointCodec::parseEndpoint(Providers::spec(p), result.endpoint, &e, &error),
                 qPrintable(error));
        QCOMPARE(e.failureCount, 1000000000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDeliveries)
#include "tst_sandbox_deliveries.moc"
