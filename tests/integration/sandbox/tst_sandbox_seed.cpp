// The seed: every provider has endpoints in every health state it can express (judged from the raw
// JSON with the provider's own words), the documented ids exist, and each one reads back over HTTP.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QTest>

namespace S = SandboxSeed;

class TestSandboxSeed : public QObject
{
    Q_OBJECT
    SandboxServer m_server;

    QList<QJsonObject> all(ProviderId p) const
    {
        QList<QJsonObject> out;
        for (const QString &id : m_server.endpointIds(p))
            out << m_server.endpointJson(p, id);
        return out;
    }
    template <typename Pred> int count(ProviderId p, Pred pred) const
    {
        int n = 0;
        for (const QJsonObject &o : all(p))
            n += pred(o) ? 1 : 0;
        return n;
    }
    static int num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInt(); }
    static QString text(const QJsonObject &o, const char *key)
    {
        return o.value(QLatin1String(key)).toString();
    }
    static bool isNull(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).isNull(); }

private slots:
    void sizesAndIds()
    {
        const QMap<ProviderId, QList<QLatin1String>> documented = {
            {ProviderId::OpenTrain,
             {S::OpenTrain::active, S::OpenTrain::activeLoopback, S::OpenTrain::failing,
              S::OpenTrain::failingMany, S::OpenTrain::disabledByUser, S::OpenTrain::autoDisabled,
              S::OpenTrain::autoDisabledTls}},
            {ProviderId::Layers,
             {S::Layers::active, S::Layers::activeFirehose, S::Layers::failing, S::Layers::pausedByUser,
              S::Layers::autoPaused, S::Layers::neverDelivered, S::Layers::autoPausedGone}},
            {ProviderId::OptimalDial,
             {S::OptimalDial::active, S::OptimalDial::activeRecovered, S::OptimalDial::failing,
              S::OptimalDial::failingNeverOk, S::OptimalDial::disabledByUser, S::OptimalDial::autoDisabled,
              S::OptimalDial::unverified}},
            {ProviderId::Diligent,
             {S::Diligent::active, S::Diligent::activeNeverDelivered, S::Diligent::failing,
              S::Diligent::failingNotFound, S::Diligent::disabled, S::Diligent::disabledFailing}},
            {ProviderId::Atoa,
             {S::Atoa::paymentsBasic, S::Atoa::paymentsHeader, S::Atoa::paymentsPlain, S::Atoa::refunds,
              S::Atoa::expiredFailing, S::Atoa::expiredNew}},
        };
        for (ProviderId p : Providers::all()) {
            QStringList ids;
            // A provider without documented seed ids fails here instead of reading past a list.
            QVERIFY2(documented.contains(p), qPrintable(Providers::spec(p).key));
            for (QLatin1String id : documented.value(p))
                ids << QString(id);
            QCOMPARE(m_server.endpointIds(p), ids);
            QVERIFY(ids.size() >= 6 && ids.size() <= 9);
        }
    }

    void openTrainStates()
    {
        const ProviderId p = ProviderId::OpenTrain;
        auto active = [](const QJsonObject &o) { return text(o, "status") == QLatin1String("ACTIVE"); };
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return active(o) && num(o, "consecutiveFailures") == 0;
                }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return active(o) && num(o, "consecutiveFailures") > 0;
                }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return !active(o) && isNull(o, "disabledReason") && !isNull(o, "disabledAt");
                }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return !active(o) && !text(o, "disabledReason").isEmpty() && !isNull(o, "disabledAt");
                }) > 0);
    }

    void layersStates()
    {
        const ProviderId p = ProviderId::Layers;
        auto status = [](const QJsonObject &o) { return text(o, "status"); };
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return status(o) == QLatin1String("active") && num(o, "consecutiveFailureCount") == 0;
                }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return status(o) == QLatin1String("active") && num(o, "consecutiveFailureCount") > 0;
                }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return status(o) == QLatin1String("paused") && isNull(o, "pausedReason");
                }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return status(o) == QLatin1String("auto_paused") && !text(o, "pausedReason").isEmpty() &&
                           !isNull(o, "pausedAt");
                }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return text(o, "scope") == QLatin1String("all_children");
                }) > 0);
    }

    void optimalDialStates()
    {
        const ProviderId p = ProviderId::OptimalDial;
        auto on = [](const QJsonObject &o) { return o.value(QLatin1String("is_active")).toBool(); };
        auto failingNow = [](const QJsonObject &o) {
            return !isNull(o, "last_failure_at") &&
                   (isNull(o, "last_success_at") || text(o, "last_failure_at") > text(o, "last_success_at"));
        };
        QVERIFY(count(p, [&](const QJsonObject &o) { return on(o) && !failingNow(o); }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) { return on(o) && failingNow(o); }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return !on(o) && num(o, "consecutive_failures") == 0;
                }) > 0);
        QVERIFY(count(p, [&](const QJsonObject &o) {
                    return !on(o) && num(o, "consecutive_failures") > 0 && !isNull(o, "disabled_at");
                }) > 0);
    }

    void diligentStates()
    {
        const ProviderId p = ProviderId::Diligent;
        for (const char *status : {"active", "failing", "disabled"})
            QVERIFY2(
                count(p, [&](const QJsonObject &o) { return text(o, "status") == QLatin1String(status); }) >
                    0,
                status);
        // The derived status agrees with its inputs everywhere.
        for (const QJsonObject &o : all(p)) {
            const bool on = o.value(QLatin1String("is_active")).toBool();
            const QJsonValue last = o.value(QLatin1String("last_delivery_status"));
            const bool bad = last.isDouble() && (last.toInt() < 200 || last.toInt() > 299);
            QCOMPARE(text(o, "status"), QString::fromLatin1(!on ? "disabled" : bad ? "failing" : "active"));
        }
    }

    void atoaStates()
    {
        const ProviderId p = ProviderId::Atoa;
        QVERIFY(count(p, [](const QJsonObject &o) { return num(o, "failureCount") == 0; }) > 0);
        QVERIFY(count(p, [](const QJsonObject &o) { return num(o, "failureCount") > 0; }) > 0);
        QVERIFY(count(p, [](const QJsonObject &o) {
                    return text(o, "authenticationType") == QLatin1String("BASIC");
                }) > 0);
        QVERIFY(count(p, [](const QJsonObject &o) {
                    return text(o, "authenticationType") == QLatin1String("HEADER");
                }) > 0);
        // Exactly one event type is at the limit of 3 endpoints.
        QMap<QString, int> perEvent;
        for (const QJsonObject &o : all(p)) {
            for (const QJsonValue &e : o.value(QLatin1String("events")).toArray())
                ++perEvent[e.toObject().value(QLatin1String("event")).toString()];
        }
        QCOMPARE(perEvent.value(QString(S::Atoa::fullEvent)), 3);
        QCOMPARE(std::count(perEvent.cbegin(), perEvent.cend(), 3), 1);
        for (int n : perEvent)
            QVERIFY(n <= 3);
    }

    void seedTimestampsAreIn2026()
    {
        for (ProviderId p : Providers::all()) {
            const QString createdKey = Providers::spec(p).read.createdAt;
            for (const QJsonObject &o : all(p)) {
                if (!createdKey.isEmpty())
                    QVERIFY(o.value(createdKey).toString().startsWith(QLatin1String("2026-")));
            }
        }
    }

    void everySeedReadsBackOverHttp()
    {
        QVERIFY(m_server.listen());
        SandboxTestClient client(m_server.baseUrl());
        for (ProviderId p : Providers::all()) {
            for (const QString &id : m_server.endpointIds(p)) {
                const HttpResult r = client.get(p, id);
                QCOMPARE(r.status, 200);
                const QString wrapper = Providers::spec(p).itemWrapperKey;
                const QJsonObject e = wrapper.isEmpty() ? r.json() : r.json().value(wrapper).toObject();
                QCOMPARE(e, m_server.endpointJson(p, id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeed)
#include "tst_sandbox_seed.moc"
