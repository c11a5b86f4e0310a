#include "core/endpoint.h"
#include "core/endpointfilter.h"
#include "core/health.h"

#include <QtTest>

// The filter the CLI's list/export and the window's export use: the health choices (attention =
// failing, or disabled by the provider) and the text matched as the window's filter box matches.
class TestEndpointFilter : public QObject
{
    Q_OBJECT

    // Layers: a status word with an automatic one, so every kind of health can be made from fields.
    static Endpoint layers(const QString &id, const QString &status, int failures = 0)
    {
        Endpoint e;
        e.provider = ProviderId::Layers;
        e.id = id;
        e.url = QStringLiteral("https://hooks.example/") + id;
        e.events = {QStringLiteral("job.completed")};
        e.providerStatus = status;
        e.enabled = status == QLatin1String("active");
        e.failureCount = failures;
        return e;
    }
    static QStringList ids(const QList<Endpoint> &endpoints)
    {
        QStringList out;
        for (const Endpoint &e : endpoints)
            out << e.id;
        return out;
    }

private slots:
    void healthKeys_data();
    void healthKeys();
    void attentionIsFailingOrDisabledByTheProvider();
    void healthChoicesOnEndpoints_data();
    void healthChoicesOnEndpoints();
    void textFoldsCaseAndAccentsAndIgnoresSurroundingSpace();
    void textSearchesUrlDescriptionEventsAndId();
    void textNeverMatchesAcrossTwoFields();
    void healthAndTextTogetherKeepTheOrder();
};

void TestEndpointFilter::healthKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("choice");
    using C = EndpointFilter::HealthChoice;
    QTest::newRow("any") << QString() << true << int(C::Any);
    QTest::newRow("active") << "active" << true << int(C::Active);
    QTest::newRow("failing") << "failing" << true << int(C::Failing);
    QTest::newRow("disabled") << "disabled" << true << int(C::Disabled);
    QTest::newRow("attention") << "attention" << true << int(C::Attention);
    QTest::newRow("case matters") << "Active" << false << 0;
    QTest::newRow("unknown") << "paused" << false << 0;
}

void TestEndpointFilter::healthKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, known);
    QFETCH(int, choice);
    EndpointFilter::HealthChoice parsed = EndpointFilter::HealthChoice::Failing;
    QCOMPARE(EndpointFilter::healthChoiceFromKey(key, &parsed), known);
    if (known)
        QCOMPARE(int(parsed), choice);
}

void TestEndpointFilter::attentionIsFailingOrDisabledByTheProvider()
{
    using C = EndpointFilter::HealthChoice;
    QVERIFY(!EndpointFilter::healthAccepts(C::Attention, Health::Active, DisabledBy::NotDisabled));
    QVERIFY(EndpointFilter::healthAccepts(C::Attention, Health::Failing, DisabledBy::NotDisabled));
    QVERIFY(EndpointFilter::healthAccepts(C::Attention, Health::Disabled, DisabledBy::Provider));
    QVERIFY(!EndpointFilter::healthAccepts(C::Attention, Health::Disabled, DisabledBy::User));
    QVERIFY(!EndpointFilter::healthAccepts(C::Attention, Health::Disabled, DisabledBy::Unknown));
    // The same rule as HealthRules (which the window's model asks).
    for (Health h : {Health::Active, Health::Failing, Health::Disabled})
        for (DisabledBy by :
             {DisabledBy::NotDisabled, DisabledBy::User, DisabledBy::Provider, DisabledBy::Unknown})
            QCOMPARE(EndpointFilter::healthAccepts(C::Attention, h, by), HealthRules::needsAttention(h, by));
}

void TestEndpointFilter::healthChoicesOnEndpoints_data()
{
    QTest::addColumn<QString>("health");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("any") << QString() << QStringList{"a", "f", "u", "p"};
    QTest::newRow("active") << "active" << QStringList{"a"};
    QTest::newRow("failing") << "failing" << QStringList{"f"};
    QTest::newRow("disabled") << "disabled" << QStringList{"u", "p"};
    QTest::newRow("attention") << "attention" << QStringList{"f", "p"};
}

void TestEndpointFilter::healthChoicesOnEndpoints()
{
    QFETCH(QString, health);
    QFETCH(QStringList, expected);
    const QList<Endpoint> all{layers("a", "active"), layers("f", "active", 3), layers("u", "paused"),
                              layers("p", "auto_paused", 25)};
    EndpointFilter::HealthChoice choice;
    QVERIFY(EndpointFilter::healthChoiceFromKey(health, &choice));
    QCOMPARE(ids(EndpointFilter(choice, QString()).filtered(all)), expected);
}

void TestEndpointFilter::textFoldsCaseAndAccentsAndIgnoresSurroundingSpace()
{
    Endpoint e = layers("ep-1", "active");
    e.description = QStringLiteral("Émile's Straße");
    using C = EndpointFilter::HealthChoice;
    QVERIFY(EndpointFilter(C::Any, QStringLiteral("  EMILE ")).accepts(e));
    QVERIFY(EndpointFilter(C::Any, QStringLiteral("strasse")).accepts(e));
    QVERIFY(EndpointFilter(C::Any, QStringLiteral("HOOKS.EXAMPLE")).accepts(e));
    QVERIFY(!EndpointFilter(C::Any, QStringLiteral("emilie")).accepts(e));
    QCOMPARE(EndpointFilter(C::Any, QStringLiteral("  ÉMILE ")).needle(), QStringLiteral("emile"));
    QVERIFY(EndpointFilter(C::Any, QStringLiteral("   ")).needle().isEmpty()); // blank: every endpoint
    QVERIFY(EndpointFilter(C::Any, QStringLiteral("   ")).accepts(e));
}

void TestEndpointFilter::textSearchesUrlDescriptionEventsAndId()
{
    Endpoint e = layers("id-XYZ", "active");
    e.url = QStringLiteral("https://payroll.example/in");
    e.description = QStringLiteral("Team Blue");
    e.events = {QStringLiteral("job.completed"), QStringLiteral("post.failed")};
    e.scope = QStringLiteral("all_children"); // not searched: the window does not either
    e.account = QStringLiteral("acme");       // not searched (the window has its own account filter)
    using C = EndpointFilter::HealthChoice;
    for (const char *text : {"payroll", "team blue", "post.failed", "id-xyz", "completed, post"})
        QVERIFY2(EndpointFilter(C::Any, QString::fromUtf8(text)).accepts(e), text);
    for (const char *text : {"all_children", "acme", "layers"})
        QVERIFY2(!EndpointFilter(C::Any, QString::fromUtf8(text)).accepts(e), text);
}

void TestEndpointFilter::textNeverMatchesAcrossTwoFields()
{
    Endpoint e = layers("id", "active");
    e.url = QStringLiteral("https://h.example/abc");
    e.description = QStringLiteral("def");
    using C = EndpointFilter::HealthChoice;
    QVERIFY(EndpointFilter(C::Any, QStringLiteral("abc")).accepts(e));
    QVERIFY(!EndpointFilter(C::Any, QStringLiteral("abcdef")).accepts(e));
    QVERIFY(!EndpointFilter(C::Any, QStringLiteral("abc\ndef")).accepts(e));
    QVERIFY(!EndpointFilter(C::Any, QString::fromUtf16(u"abc\0def", 7)).accepts(e));
    e.description = QString(); // null: nothing to match, no crash
    QVERIFY(!EndpointFilter(C::Any, QStringLiteral("def")).accepts(e));
}

void TestEndpointFilter::healthAndTextTogetherKeepTheOrder()
{
    QList<Endpoint> all{layers("b-2", "active", 1), layers("a-1", "active", 2), layers("c-1", "active"),
                        layers("d-1", "auto_paused", 9)};
    const EndpointFilter filter(EndpointFilter::HealthChoice::Attention, QStringLiteral("-1"));
    QCOMPARE(ids(filter.filtered(all)), (QStringList{"a-1", "d-1"}));
    QCOMPARE(ids(EndpointFilter().filtered(all)), (QStringList{"b-2", "a-1", "c-1", "d-1"}));
}

QTEST_GUILESS_MAIN(TestEndpointFilter)
#include "tst_endpointfilter.moc"
