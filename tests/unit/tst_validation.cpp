#include "core/draft.h"
#include "core/endpoint.h"
#include "diff/validation.h"
#include "providers/providerspec.h"

#include <QtTest>

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void loopbackHosts()
    {
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("localhost")));
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("LOCALHOST")));
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("127.8.9.10")));
        QVERIFY(Validation::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!Validation::isLoopbackHost(QStringLiteral("localhost.evil.example")));
        QVERIFY(!Validation::isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!Validation::isLoopbackHost(QStringLiteral("128.0.0.1")));
    }

    void urls_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        const int ot = int(ProviderId::OpenTrain);
        const int dl = int(ProviderId::Diligent);
        QTest::newRow("https") << ot << "https://hooks.example.com/a" << true;
        QTest::newRow("http localhost") << ot << "http://localhost:3000/a" << true;
        QTest::newRow("http public") << ot << "http://hooks.example.com/a" << false;
        QTest::newRow("ftp") << ot << "ftp://hooks.example.com/a" << false;
        QTest::newRow("relative") << ot << "/hooks" << false;
        QTest::newRow("empty") << ot << "" << false;
        QTest::newRow("spaces") << ot << " https://hooks.example.com/a" << false;
        QTest::newRow("no host") << ot << "https:///a" << false;
        QTest::newRow("diligent https") << dl << "https://hooks.example.com/a" << true;
        QTest::newRow("diligent http localhost") << dl << "http://localhost/a" << false;
    }
    void urls()
    {
        QFETCH(int, provider);
        QFETCH(QString, url);
        QFETCH(bool, ok);
        const QString message = Validation::checkUrl(Providers::spec(ProviderId(provider)), url);
        QCOMPARE(message.isEmpty(), ok);
    }

    void eventsAgainstEachSpec()
    {
        const ProviderSpec &od = Providers::spec(ProviderId::OptimalDial);
        QVERIFY(
            Validation::checkEvents(od, {QStringLiteral("upload.created"), QStringLiteral("upload.failed")})
                .isEmpty());
        QVERIFY(
            !Validation::checkEvents(od, {QStringLiteral("upload.created"), QStringLiteral("upload.created")})
                 .isEmpty());
        const ProviderSpec &dl = Providers::spec(ProviderId::Diligent);
        for (const QString &e : dl.knownEvents)
            QVERIFY(Validation::checkEvents(dl, {e}).isEmpty());
        QCOMPARE(dl.knownEvents.size(), 7);
        QVERIFY(!Validation::checkEvents(dl, {QStringLiteral("search.completed")}).isEmpty());
        const ProviderSpec &atoa = Providers::spec(ProviderId::Atoa);
        QVERIFY(!Validation::checkEvents(atoa, {}).isEmpty());
        QVERIFY(
            Validation::checkEvents(atoa, {QStringLiteral("ANY_FUTURE_EVENT")}).isEmpty()); // open catalog
    }

    void onlyChangedFieldsAreJudged()
    {
        Endpoint base;
        base.provider = ProviderId::OpenTrain;
        base.id = QStringLiteral("e");
        base.url = QStringLiteral("http://legacy.example.com/hook"); // breaks today's rule
        base.events = {QStringLiteral("contract.started")};
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        QVERIFY(Validation::check(base, draft).isEmpty()); // pausing it must still be possible
    }

    void providersWithoutAFieldRefuseIt()
    {
        Endpoint base;
        base.provider = ProviderId::Atoa;
        base.id = QStringLiteral("e");
        base.events = {QStringLiteral("REFUND_STATUS")};
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        draft.scope = QStringLiteral("own");
        draft.metadata.insert(QStringLiteral("k"), QStringLiteral("v"));
        const QList<FieldError> errors = Validation::check(base, draft);
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("enabled"), QStringLiteral("metadata"),
                                      QStringLiteral("scope")}));
    }

    void layersScopeAndMetadataRules()
    {
        Endpoint base;
        base.provider = ProviderId::Layers;
        base.id = QStringLiteral("e");
        base.url = QStringLiteral("https://ok.example/x");
        base.scope = QStringLiteral("own");
        Draft draft = Draft::fromEndpoint(base);
        draft.scope = QStringLiteral("everything");
        QCOMPARE(Validation::check(base, draft).size(), 1);
        draft.scope = QStringLiteral("all_children"); // allowed here; the server checks the key's rights
        QVERIFY(Validation::check(base, draft).isEmpty());
        draft.metadata.insert(QStringLiteral("owner"), QString());
        QCOMPARE(Validation::check(base, draft).first().field, QStringLiteral("metadata"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
