#include "datetext.h"

#include <QTest>

// One locale-aware date format everywhere, always with a four-digit year (issue 7 §3).
class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void fourDigitYearPerLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("3/7/2024 09:05");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("07.03.2024 09:05");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("07/03/2024 09:05");
    }

    void fourDigitYearPerLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        const QDateTime local(QDate(2024, 3, 7), QTime(9, 5, 42, 123), Qt::LocalTime);
        QCOMPARE(DateText::text(local), expected);
        QCOMPARE(DateText::text(local, DateText::Precision::Seconds), expected + QStringLiteral(":42"));
        QCOMPARE(DateText::text(local, DateText::Precision::Milliseconds),
                 expected + QStringLiteral(":42.123"));
        // The same instant given in UTC is shown in local time.
        QCOMPARE(DateText::text(local.toUTC()), expected);
    }

    void alreadyFourDigitsStaysFour()
    {
        const QString format = DateText::format(QLocale(QStringLiteral("fr_FR")));
        QVERIFY2(format.contains(QStringLiteral("yyyy")) && !format.contains(QStringLiteral("yyyyy")),
                 qPrintable(format));
    }

    void invalidIsEmpty() { QVERIFY(DateText::text(QDateTime()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
