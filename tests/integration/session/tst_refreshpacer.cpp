#include "session/refreshpacer.h"

#include <QtTest>

// The pacing rules with explicit times: the interval as a minimum, backoff on errors, Retry-After
// and its cap, the stagger.
class TestRefreshPacer : public QObject
{
    Q_OBJECT

    static constexpr qint64 minute = 60 * 1000;
    const QString a = QStringLiteral("acct");

private slots:
    void neverRefreshedGoesAtOnce()
    {
        RefreshPacer pacer;
        QCOMPARE(pacer.earliest(a, minute), 0);
    }
    void theIntervalIsAMinimumWhateverItWas()
    {
        RefreshPacer pacer;
        pacer.started(a, 1000); // e.g. the user's F5
        pacer.succeeded(a);
        QCOMPARE(pacer.earliest(a, minute), 1000 + minute);
        // The user picks a shorter interval: counted from the last refresh all the same.
        QCOMPARE(pacer.earliest(a, 30 * 1000), 1000 + 30 * 1000);
        QCOMPARE(pacer.earliest(a, 15 * minute), 1000 + 15 * minute);
    }
    void errorsBackOffExponentiallyCappedAndResetOnSuccess()
    {
        RefreshPacer pacer;
        qint64 now = 0;
        const qint64 expected[] = {2 * minute,  4 * minute,  8 * minute, 16 * minute,
                                   32 * minute, 60 * minute, 60 * minute};
        for (qint64 wait : expected) {
            pacer.started(a, now);
            pacer.failed(a, now + 10, -1);
            QCOMPARE(pacer.earliest(a, minute), now + wait);
            now += wait;
        }
        for (int i = 0; i < 200; ++i) // no overflow however long it fails
            pacer.failed(a, now, -1);
        QCOMPARE(pacer.earliest(a, minute), now); // started an hour ago, still capped at an hour
        pacer.started(a, now);
        pacer.succeeded(a);
        QCOMPARE(pacer.failures(a), 0);
        QCOMPARE(pacer.earliest(a, minute), now + minute);
        // An interval longer than the cap stays the minimum.
        pacer.failed(a, now, -1);
        QCOMPARE(pacer.earliest(a, 2 * 3600 * 1000), now + 2 * 3600 * 1000);
    }
    void retryAfterIsHonouredAndCapped()
    {
        RefreshPacer pacer;
        pacer.started(a, 0);
        pacer.failed(a, 500, 600); // 429, Retry-After: 600
        QCOMPARE(pacer.earliest(a, 1000), 500 + 600 * 1000);
        // A hostile value (the parser caps at a day too; this holds whatever the source).
        pacer.failed(a, 1000, std::numeric_limits<int>::max());
        QCOMPARE(pacer.earliest(a, 1000), 1000 + RefreshPacer::MaxRetryAfterMs);
        // Negative: no time named, only the backoff.
        RefreshPacer other;
        other.started(a, 0);
        other.failed(a, 0, -7);
        QCOMPARE(other.earliest(a, 1000), 2000);
        // A success ends the wait.
        pacer.succeeded(a);
        QCOMPARE(pacer.earliest(a, 1000), 1000);
    }
    void staggerSpreadsOverTheStartOfTheRound()
    {
        QCOMPARE(RefreshPacer::staggerMs(0, 5, minute), 0);
        QCOMPARE(RefreshPacer::staggerMs(1, 5, 2000), 100); // 2 s / 4 = 500 ms over 5 accounts
        QCOMPARE(RefreshPacer::staggerMs(4, 5, 2000), 400);
        QCOMPARE(RefreshPacer::staggerMs(4, 5, 15 * minute), 8000); // at most 10 s
        QCOMPARE(RefreshPacer::staggerMs(0, 1, minute), 0);
        QCOMPARE(RefreshPacer::staggerMs(9, 5, minute), 8000); // out of range stays inside
    }
};

QTEST_GUILESS_MAIN(TestRefreshPacer)
#include "tst_refreshpacer.moc"
