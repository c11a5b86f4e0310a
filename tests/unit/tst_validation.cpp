#include "core/draft.h"
#include "core/endpoint.h"
#include "core/textlength.h"
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

    // The pages state description limits in characters: code points, not UTF-16 units (an emoji is
    // two units), and no grapheme clusters (no page speaks of them): e + U+0301 is two characters.
    void textLengthCountsCodePoints()
    {
        QCOMPARE(TextLength::characters(QString()), 0);
        QCOMPARE(TextLength::characters(QStringLiteral("abc")), 3);
        QCOMPARE(TextLength::characters(QString::fromUtf8("\xf0\x9f\x98\x80").repeated(3)), 3);
        QCOMPARE(TextLength::characters(QString::fromUtf8("e\xcc\x81")), 2);
        QCOMPARE(TextLength::characters(QString(QChar(0xd83d)) + QLatin1Char('x')), 2); // a lone surrogate
    }

    void descriptionLimitsCountCharacters_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("characters"); // -1: within the limit
        const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
        const QString accented = QString::fromUtf8("e\xcc\x81");
        const int atoa = int(ProviderId::Atoa);
        const int od = int(ProviderId::OptimalDial);
        QTest::newRow("atoa 100 ascii") << atoa << QString(100, QLatin1Char('d')) << -1;
        QTest::newRow("atoa 101 ascii") << atoa << QString(101, QLatin1Char('d')) << 101;
        QTest::newRow("atoa 100 emoji") << atoa << emoji.repeated(100) << -1;
        QTest::newRow("atoa 101 emoji") << atoa << emoji.repeated(101) << 101;
        QTest::newRow("atoa 99 ascii + emoji") << atoa << QString(99, QLatin1Char('d')) + emoji << -1;
        QTest::newRow("atoa 50 e+U+0301") << atoa << accented.repeated(50) << -1;
        QTest::newRow("atoa 50 e+U+0301 + x") << atoa << accented.repeated(50) + QLatin1Char('x') << 101;
        QTest::newRow("optimaldial 500 emoji") << od << emoji.repeated(500) << -1;
        QTest::newRow("optimaldial 501 emoji") << od << emoji.repeated(501) << 501;
        QTest::newRow("optimaldial 250 e+U+0301") << od << accented.repeated(250) << -1;
        QTest::newRow("optimaldial 250 e+U+0301 + emoji") << od << accented.repeated(250) + emoji << 501;
    }
    void descriptionLimitsCountCharacters()
    {
        QFETCH(int, provider);
        QFETCH(QString, description);
        QFETCH(int, characters);
        const ProviderSpec &spec = Providers::spec(ProviderId(provider));
        const QString message = Validation::checkDescription(spec, description);
        if (characters < 0) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
        } else {
            // The message counts as the page does.
            QVERIFY2(message.contains(QStringLiteral("this one has %1").arg(characters)),
                     qPrintable(message));
        }
        // The same through the whole check the diff runs.
        Endpoint base;
        base.provider = spec.id;
        base.id = QStringLiteral("e");
        base.events = spec.knownEvents.mid(0, 1);
        Draft draft = Draft::fromEndpoint(base);
        draft.description = description;
        QCOMPARE(Validation::check(base, draft).isEmpty(), characters < 0);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
