#include "core/endpoint.h"
#include "core/health.h"

#include <QtTest>

// DESIGN.md's health rules: disabled when the provider is not delivering (and by whom), failing when
// delivering but the last deliveries failed, active otherwise.
class TestHealth : public QObject
{
    Q_OBJECT

private:
    static Endpoint make(ProviderId p)
    {
        Endpoint e;
        e.provider = p;
        e.id = QStringLiteral("e");
        return e;
    }

private slots:
    void activeByDefault()
    {
        for (ProviderId p : {ProviderId::OpenTrain, ProviderId::Layers, ProviderId::OptimalDial,
                             ProviderId::Diligent, ProviderId::Atoa})
            QCOMPARE(HealthRules::evaluate(make(p)).health, Health::Active);
    }

    void openTrainAutoDisabledNamesProviderAndReason()
    {
        Endpoint e = make(ProviderId::OpenTrain);
        e.enabled = false;
        e.providerStatus = QStringLiteral("DISABLED");
        e.disabledReason = QStringLiteral("20 consecutive failures");
        e.disabledAt = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
        e.failureCount = 20;
        const HealthInfo h = HealthRules::evaluate(e);
        QCOMPARE(h.health, Health::Disabled); // disabled wins over failing
        QCOMPARE(h.disabledBy, DisabledBy::Provider);
        QVERIFY(h.reason.contains(QLatin1String("20 consecutive failures")));
        QCOMPARE(h.providerWords, QStringLiteral("status: DISABLED"));
        QCOMPARE(h.since, e.disabledAt);
    }

    void layersPausedByPersonVersusDispatcher()
    {
        Endpoint e = make(ProviderId::Layers);
        e.enabled = false;
        e.providerStatus = QStringLiteral("paused");
        QCOMPARE(HealthRules::evaluate(e).disabledBy, DisabledBy::User);
        e.providerStatus = QStringLiteral("auto_paused");
        QCOMPARE(HealthRules::evaluate(e).disabledBy, DisabledBy::Provider);
        QCOMPARE(HealthRules::evaluate(e).providerWords, QStringLiteral("status: auto_paused"));
    }

    void booleanProvidersCannotTellWho()
    {
        Endpoint e = make(ProviderId::OptimalDial);
        e.enabled = false;
        const HealthInfo h = HealthRules::evaluate(e);
        QCOMPARE(h.health, Health::Disabled);
        QCOMPARE(h.disabledBy, DisabledBy::Unknown);
        QCOMPARE(h.providerWords, QStringLiteral("is_active: false"));
    }

    void optimalDialAutoDisableIsInferred()
    {
        // As OptimalDial documents it (and the sandbox writes it): disabled_at equals last_failure_at.
        Endpoint e = make(ProviderId::OptimalDial);
        e.enabled = false;
        e.failureCount = 10;
        e.lastFailureAt = QDateTime(QDate(2026, 6, 1), QTime(8, 0, 5), Qt::UTC);
        e.disabledAt = e.lastFailureAt;
        HealthInfo h = HealthRules::evaluate(e);
        QCOMPARE(h.disabledBy, DisabledBy::Provider);
        QCOMPARE(h.reason, QStringLiteral("Disabled automatically by OptimalDial after 10 consecutive "
                                          "failures (inferred: disabled at the time of the last failure)"));
        QCOMPARE(h.since, e.disabledAt);
        QVERIFY(HealthRules::evaluate(e, HealthRules::Wording::Source).reason.contains(QLatin1String("10")));

        // A person switched it off later: no inference.
        e.disabledAt = e.lastFailureAt.addSecs(3600);
        QCOMPARE(HealthRules::evaluate(e).disabledBy, DisabledBy::Unknown);
        // The same instant but no failures counted (reset since): no inference either.
        e.disabledAt = e.lastFailureAt;
        e.failureCount = 0;
        QCOMPARE(HealthRules::evaluate(e).disabledBy, DisabledBy::Unknown);
    }

    void diligentDisableStaysUnknown()
    {
        // Diligent documents neither a failure count nor a disable time: nothing to infer from.
        Endpoint e = make(ProviderId::Diligent);
        e.enabled = false;
        e.providerStatus = QStringLiteral("disabled");
        e.lastDeliveryStatus = 503;
        QCOMPARE(HealthRules::evaluate(e).disabledBy, DisabledBy::Unknown);
    }

    void failingSignals()
    {
        Endpoint e = make(ProviderId::Atoa);
        e.failureCount = 3;
        QCOMPARE(HealthRules::evaluate(e).health, Health::Failing);

        e = make(ProviderId::Diligent);
        e.providerStatus = QStringLiteral("failing");
        QCOMPARE(HealthRules::evaluate(e).health, Health::Failing);
        QCOMPARE(HealthRules::evaluate(e).providerWords, QStringLiteral("status: failing"));
        // The switch the user edits keeps its own words beside the derived status.
        QCOMPARE(HealthRules::evaluate(e).switchWords, QStringLiteral("is_active: true"));

        e = make(ProviderId::Diligent);
        e.lastDeliveryStatus = 502;
        QVERIFY(HealthRules::evaluate(e).reason.contains(QLatin1String("502")));
        e.lastDeliveryStatus = 204;
        QCOMPARE(HealthRules::evaluate(e).health, Health::Active);

        e = make(ProviderId::OptimalDial);
        e.lastSuccessAt = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
        e.lastFailureAt = QDateTime(QDate(2026, 1, 3), QTime(0, 0), Qt::UTC);
        QCOMPARE(HealthRules::evaluate(e).health, Health::Failing);
        e.lastSuccessAt = e.lastFailureAt.addSecs(60); // recovered
        QCOMPARE(HealthRules::evaluate(e).health, Health::Active);
    }

    void stableKeysAndLabels()
    {
        QCOMPARE(HealthRules::key(Health::Failing), QStringLiteral("failing"));
        QCOMPARE(HealthRules::label(Health::Disabled), QStringLiteral("Disabled"));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
