#include "core/sortkey.h"

#include <QTest>

class TestSortKey : public QObject
{
    Q_OBJECT
private slots:
    void lowerCaseAsciiIsSharedNotCopied();
    void caseAndAccentsFold_data();
    void caseAndAccentsFold();
    void keysOrderLikeAReader();
};

void TestSortKey::lowerCaseAsciiIsSharedNotCopied()
{
    const QString url = QStringLiteral("https://hooks.example.com/a");
    const QString key = SortKey::of(url);
    QCOMPARE(key, url);
    QCOMPARE(key.constData(), url.constData()); // the same characters: the key costs no memory
    QCOMPARE(SortKey::of(QString()), QString());
}

void TestSortKey::caseAndAccentsFold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("ascii") << QStringLiteral("Hooks.Example.COM") << QStringLiteral("hooks.example.com");
    QTest::newRow("accent") << QStringLiteral("Émile Zola") << QStringLiteral("emile zola");
    QTest::newRow("umlaut") << QStringLiteral("Öl für Köln") << QStringLiteral("ol fur koln");
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("ligature") << QStringLiteral("ﬁle") << QStringLiteral("file");
    QTest::newRow("greek keeps its letters") << QStringLiteral("Ωμέγα") << QStringLiteral("ωμεγα");
}

void TestSortKey::caseAndAccentsFold()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(SortKey::of(text), key);
}

void TestSortKey::keysOrderLikeAReader()
{
    QStringList words{QStringLiteral("zebra"),  QStringLiteral("Émile"), QStringLiteral("apple"),
                      QStringLiteral("Banana"), QStringLiteral("eagle"), QStringLiteral("Ørsted")};
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return SortKey::of(a) < SortKey::of(b); });
    // "Ørsted": Ø has no decomposition, so it stays after the ASCII letters; every other word sorts by
    // its base letters, whatever its case.
    QCOMPARE(words, (QStringList{"apple", "Banana", "eagle", "Émile", "zebra", "Ørsted"}));
}

QTEST_GUILESS_MAIN(TestSortKey)
#include "tst_sortkey.moc"
