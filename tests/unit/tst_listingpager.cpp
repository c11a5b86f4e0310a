#include "net/listingpager.h"
#include "providers/providerspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The paging state machine alone: cursors, cycles and caps, page by page, with no network.
class TestListingPager : public QObject
{
    Q_OBJECT

private:
    // One endpoint that Diligent, Layers and OptimalDial all read (each requires its own fields:
    // the on/off switch, has_secret, OptimalDial's required times).
    static QJsonObject endpoint(const QString &id)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("url"), QStringLiteral("https://h.example/x")},
                {QStringLiteral("events"), QJsonArray()},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("is_active"), true},
                {QStringLiteral("has_secret"), false},
                {QStringLiteral("consecutive_failures"), 0},
                {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")}};
    }
    static QJsonArray items(const QString &prefix, int count)
    {
        QJsonArray array;
        for (int i = 0; i < count; ++i)
            array.append(endpoint(QStringLiteral("%1%2").arg(prefix).arg(i)));
        return array;
    }
    // Diligent pages by token: {"webhooks": [...], "next_cursor": "..." | null}.
    static QByteArray tokenPage(const QString &prefix, int count, const QJsonValue &next)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("webhooks"), items(prefix, count)},
                                         {QStringLiteral("next_cursor"), next}})
            .toJson(QJsonDocument::Compact);
    }
    // Layers pages Stripe style: {"data": [...], "has_more": bool}; the cursor is the last id.
    static QByteArray idPage(const QString &prefix, int count, bool more)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), items(prefix, count)},
                                         {QStringLiteral("has_more"), more}})
            .toJson(QJsonDocument::Compact);
    }
    // OptimalDial pages by number: {"data": [...], "total": n}.
    static QByteArray numberPage(const QString &prefix, int count, double total)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("data"), items(prefix, count)},
                                         {QStringLiteral("total"), total}})
            .toJson(QJsonDocument::Compact);
    }
    static const ProviderSpec &spec(ProviderId id) { return Providers::spec(id); }
    // Page n of a listing that never ends: ten new endpoints and a new cursor each time.
    static QByteArray endlessPage(int n)
    {
        return tokenPage(QStringLiteral("p%1_").arg(n), 10, QStringLiteral("c%1").arg(n));
    }

private slots:
    void followsTokenCursorsToTheEnd()
    {
        ListingPager pager(spec(ProviderId::Diligent), {});
        QCOMPARE(pager.pageNumber(), 1);
        QCOMPARE(pager.cursor(), QString());
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("a"), 2, QStringLiteral("c2"))),
                 ListingPager::Step::NextPage);
        QCOMPARE(pager.pageNumber(), 2);
        QCOMPARE(pager.cursor(), QStringLiteral("c2"));
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("b"), 3, QJsonValue::Null)), ListingPager::Step::Done);
        QCOMPARE(pager.endpointCount(), 5);
        QCOMPARE(pager.takeEndpoints().constLast().id, QStringLiteral("b2"));
        // Finished stays finished.
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("c"), 1, QStringLiteral("c9"))),
                 ListingPager::Step::Done);
    }

    void aStreamingListingCountsButKeepsNothing()
    {
        // The window takes each page as it comes: the pager must not hold a second copy, yet its caps
        // still count every endpoint.
        ListingPager::Limits limits;
        limits.maxEndpoints = 4;
        ListingPager pager(spec(ProviderId::Diligent), limits);
        pager.setKeepEndpoints(false);
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("a"), 3, QStringLiteral("c2"))),
                 ListingPager::Step::NextPage);
        QCOMPARE(pager.endpointCount(), 3);
        QVERIFY(pager.endpoints().isEmpty());
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("b"), 2, QJsonValue::Null)),
                 ListingPager::Step::Failed);
        QCOMPARE(pager.failure(), ListingPager::Failure::TooManyEndpoints);
    }

    void pageNumbersCountUpAndStopAtTheTotal()
    {
        ListingPager pager(spec(ProviderId::OptimalDial), {});
        QCOMPARE(pager.cursor(), QStringLiteral("1"));
        QCOMPARE(pager.accept(numberPage(QStringLiteral("a"), 100, 150)), ListingPager::Step::NextPage);
        QCOMPARE(pager.cursor(), QStringLiteral("2"));
        QCOMPARE(pager.accept(numberPage(QStringLiteral("b"), 50, 150)), ListingPager::Step::Done);
        QCOMPARE(pager.endpointCount(), 150);
    }

    void aCursorCycleStopsAtItsFirstRepeat()
    {
        ListingPager pager(spec(ProviderId::Diligent), {});
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("a"), 1, QStringLiteral("A"))),
                 ListingPager::Step::NextPage);
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("b"), 1, QStringLiteral("B"))),
                 ListingPager::Step::NextPage);
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("c"), 1, QStringLiteral("A"))),
                 ListingPager::Step::Failed);
        QCOMPARE(pager.failure(), ListingPager::Failure::Cycle);
        QCOMPARE(pager.pageNumber(), 3); // A was not asked for again
        QVERIFY2(pager.errorMessage().contains(QLatin1String("page 3 points back to the cursor of page 2")),
                 qPrintable(pager.errorMessage()));
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("d"), 1, QJsonValue::Null)),
                 ListingPager::Step::Failed);
    }

    void aPageThatPointsToItselfIsACycle()
    {
        ListingPager pager(spec(ProviderId::Diligent), {});
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("a"), 1, QStringLiteral("A"))),
                 ListingPager::Step::NextPage);
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("a"), 1, QStringLiteral("A"))),
                 ListingPager::Step::Failed);
        QCOMPARE(pager.failure(), ListingPager::Failure::Cycle);
    }

    void aRepeatedLastIdIsACycle()
    {
        ListingPager pager(spec(ProviderId::Layers), {});
        QCOMPARE(pager.accept(idPage(QStringLiteral("a"), 2, true)), ListingPager::Step::NextPage);
        QCOMPARE(pager.cursor(), QStringLiteral("a1"));
        QCOMPARE(pager.accept(idPage(QStringLiteral("a"), 2, true)), ListingPager::Step::Failed);
        QCOMPARE(pager.failure(), ListingPager::Failure::Cycle);
    }

    void capsEndAnEndlessListing_data()
    {
        QTest::addColumn<int>("maxEndpoints");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("failsOnPage");
        const qint64 fourPages =
            endlessPage(1).size() + endlessPage(2).size() + endlessPage(3).size() + endlessPage(4).size();
        QTest::newRow("endpoints") << 25 << qint64(1) << 100 << int(ListingPager::Failure::TooManyEndpoints)
                                   << 3;
        QTest::newRow("bytes") << 1000 << fourPages << 100 << int(ListingPager::Failure::TooManyBytes) << 5;
        QTest::newRow("pages") << 1000 << qint64(1) << 7 << int(ListingPager::Failure::TooManyPages) << 7;
    }
    void capsEndAnEndlessListing()
    {
        QFETCH(int, maxEndpoints);
        QFETCH(qint64, maxBytes);
        QFETCH(int, maxPages);
        QFETCH(int, failure);
        QFETCH(int, failsOnPage);
        ListingPager::Limits limits;
        limits.maxEndpoints = maxEndpoints;
        limits.maxBytes = maxBytes == 1 ? limits.maxBytes : maxBytes;
        limits.maxPages = maxPages;
        ListingPager pager(spec(ProviderId::Diligent), limits);
        ListingPager::Step step = ListingPager::Step::NextPage;
        int page = 0;
        while (step == ListingPager::Step::NextPage && page < 1000) {
            ++page;
            step = pager.accept(endlessPage(page));
        }
        QCOMPARE(step, ListingPager::Step::Failed);
        QCOMPARE(int(pager.failure()), failure);
        QCOMPARE(page, failsOnPage);
        QVERIFY(pager.endpointCount() <= maxEndpoints);
        QVERIFY(!pager.errorMessage().isEmpty());
    }

    void exactlyAtTheCapsIsFine()
    {
        ListingPager::Limits limits;
        limits.maxEndpoints = 20;
        limits.maxPages = 2;
        const QByteArray first = tokenPage(QStringLiteral("a"), 10, QStringLiteral("c"));
        const QByteArray last = tokenPage(QStringLiteral("b"), 10, QJsonValue::Null);
        limits.maxBytes = first.size() + last.size();
        ListingPager pager(spec(ProviderId::Diligent), limits);
        QCOMPARE(pager.accept(first), ListingPager::Step::NextPage);
        QCOMPARE(pager.accept(last), ListingPager::Step::Done);
        QCOMPARE(pager.bytesRead(), limits.maxBytes);
    }

    void anUnreadablePageNamesItself()
    {
        ListingPager pager(spec(ProviderId::Diligent), {});
        QCOMPARE(pager.accept(tokenPage(QStringLiteral("a"), 1, QStringLiteral("A"))),
                 ListingPager::Step::NextPage);
        QCOMPARE(pager.accept("{\"webhooks\": 7}"), ListingPager::Step::Failed);
        QCOMPARE(pager.failure(), ListingPager::Failure::Unreadable);
        QVERIFY2(pager.errorMessage().startsWith(QLatin1String("page 2:")), qPrintable(pager.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestListingPager)
#include "tst_listingpager.moc"
