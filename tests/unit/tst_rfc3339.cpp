#include "core/rfc3339.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

namespace {

// The reader this parser replaced, kept as the oracle: a strict RFC 3339 shape, then Qt's ISO reader.
QDateTime former(const QString &text)
{
    static const QRegularExpression rfc3339(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[+-]\\d\\d:\\d\\d)$"));
    return rfc3339.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
}

QString describe(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODateWithMs) + QStringLiteral(" spec %1").arg(int(dt.timeSpec()))
                        : QStringLiteral("invalid");
}

} // namespace

// The hand-written RFC 3339 reader accepts, rejects and converts exactly as the former one did.
class TestRfc3339 : public QObject
{
    Q_OBJECT

    void agree(const QString &text)
    {
        const QDateTime mine = Rfc3339::parse(text);
        const QDateTime theirs = former(text);
        QVERIFY2(describe(mine) == describe(theirs), qPrintable(text + QStringLiteral(": ") + describe(mine) +
                                                                QStringLiteral(" vs ") + describe(theirs)));
    }

private slots:
    void providerExamples()
    {
        QCOMPARE(Rfc3339::parse(u"2026-06-12T10:00:00Z"),
                 QDateTime(QDate(2026, 6, 12), QTime(10, 0), Qt::UTC));
        QCOMPARE(Rfc3339::parse(u"2023-11-07T05:31:56.123+02:00"),
                 QDateTime(QDate(2023, 11, 7), QTime(3, 31, 56, 123), Qt::UTC));
        QVERIFY(!Rfc3339::parse(u"2026-06-12").isValid());          // a date alone
        QVERIFY(!Rfc3339::parse(u"2026-06-12T10:00:00").isValid()); // local time: no offset
    }

    void edgesAgreeWithTheFormerReader_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"2026-06-12T10:00:00Z",
                              "2026-06-12T10:00:00+00:00",
                              "2026-06-12T10:00:00-00:00",
                              "2026-06-12T10:00:00.5Z",
                              "2026-06-12T10:00:00.9999Z",
                              "2026-06-12T10:00:00.123456789Z",
                              "2026-06-12T10:00:00.1234567890Z",
                              "2026-06-12T10:00:00.Z",
                              "2026-12-31T23:59:59.9995Z",
                              "2026-06-12T24:00:00Z",
                              "2026-06-12T24:00:01Z",
                              "2026-02-29T00:00:00Z",
                              "2024-02-29T00:00:00Z",
                              "2026-13-01T00:00:00Z",
                              "2026-06-12T23:59:60Z",
                              "2026-06-12T10:00:00+14:00",
                              "2026-06-12T10:00:00-12:30",
                              "2026-06-12T10:00:00+24:00",
                              "2026-06-12T10:00:00+20:00",
                              "2026-06-12T10:00:00+02:60",
                              "2026-06-12T24:00:00.0004Z",
                              "2026-06-12T24:00:00.001Z",
                              "2026-06-12T10:00:00+1:00",
                              "2026-06-12t10:00:00Z",
                              "2026-06-12T10:00:00z",
                              " 2026-06-12T10:00:00Z",
                              "2026-06-12T10:00:00Z ",
                              "０２０２６-06-12T10:00:00Z",
                              "2026-06-12T10:00:00Z\n",
                              "0000-01-01T00:00:00Z",
                              ""})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void edgesAgreeWithTheFormerReader()
    {
        QFETCH(QString, text);
        agree(text);
    }

    // Random mutations of valid date-times: every character replaced, dropped or duplicated.
    void mutationsAgreeWithTheFormerReader()
    {
        const QString seeds[] = {QStringLiteral("2026-06-12T10:00:00Z"),
                                 QStringLiteral("2023-11-07T05:31:56.123456+02:00"),
                                 QStringLiteral("1999-12-31T24:00:00.000-05:30")};
        const QString alphabet = QStringLiteral("0123456789-+:.TZz ٣");
        QRandomGenerator random(3339);
        for (int round = 0; round < 20000; ++round) {
            QString text = seeds[random.bounded(3)];
            for (int edits = random.bounded(1, 3); edits > 0; --edits) {
                const int at = random.bounded(text.size());
                switch (random.bounded(3)) {
                case 0:
                    text[at] = alphabet.at(random.bounded(alphabet.size()));
                    break;
                case 1:
                    text.remove(at, 1);
                    break;
                default:
                    text.insert(at, text.at(at));
                }
            }
            agree(text);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The hand-written UTC writer writes what Qt writes, for any date, and hands the rest to Qt.
    void formatIsQtsIsoDateWithMs()
    {
        const auto same = [](const QDateTime &dt) {
            QCOMPARE(Rfc3339::format(dt), dt.toString(Qt::ISODateWithMs));
        };
        same(QDateTime());
        same(QDateTime(QDate(2026, 6, 12), QTime(10, 0), Qt::UTC));
        same(QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC));
        same(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
        same(QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
        same(QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC));
        same(QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC));
        same(QDateTime(QDate(2023, 11, 7), QTime(5, 31, 56, 123), Qt::OffsetFromUTC, 7200));
        same(QDateTime(QDate(2023, 11, 7), QTime(5, 31, 56, 123), Qt::LocalTime));
        same(Rfc3339::parse(u"2023-11-07T05:31:56.123456+02:00"));
        QRandomGenerator random(3339);
        for (int round = 0; round < 20000; ++round) {
            const QDateTime dt =
                QDateTime::fromMSecsSinceEpoch(qint64(random.bounded(253402300799.0) * 1000), Qt::UTC);
            same(dt);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestRfc3339)
#include "tst_rfc3339.moc"
