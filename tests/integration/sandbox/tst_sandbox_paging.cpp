// Paging, per provider, exactly as its PagingSpec says: walking every page yields every endpoint once,
// in order; the limit is honoured and capped at 100; a bad cursor is refused.
#include "sandboxtestclient.h"

#include <QTest>

Q_DECLARE_METATYPE(ProviderId)

class TestSandboxPaging : public QObject
{
    Q_OBJECT
    SandboxFixture f;

    // One page request; returns the ids, and the next cursor ("" when the walk is over).
    QStringList page(ProviderId p, int limit, const QString &cursor, int pageNumber, QString *next,
                     int *status)
    {
        const PagingSpec &paging = Providers::spec(p).paging;
        QUrlQuery q;
        if (limit > 0)
            q.addQueryItem(paging.limitParam, QString::number(limit));
        if (paging.style == PagingSpec::Style::PageNumber)
            q.addQueryItem(paging.cursorParam, QString::number(pageNumber));
        else if (!cursor.isEmpty())
            q.addQueryItem(paging.cursorParam, cursor);
        const HttpResult r = f.client->call(
            p, "GET", Providers::spec(p).collectionPath + QLatin1Char('?') + q.toString(QUrl::FullyEncoded));
        *status = r.status;
        const QJsonObject o = r.json();
        QStringList ids;
        for (const QJsonValue &v : o.value(paging.itemsKey).toArray())
            ids << v.toObject().value(QLatin1String("id")).toString();
        next->clear();
        switch (paging.style) {
        case PagingSpec::Style::CursorToken:
            if (o.contains(paging.nextKey) && !o.value(paging.nextKey).isNull())
                *next = o.value(paging.nextKey).toString();
            break;
        case PagingSpec::Style::StartingAfterId:
            if (o.value(paging.nextKey).toBool())
                *next = ids.last();
            break;
        case PagingSpec::Style::PageNumber: {
            const int total = o.value(paging.nextKey).toInt();
            const int size = o.value(paging.limitParam).toInt();
            if (size > 0 && pageNumber * size < total)
                *next = QString::number(pageNumber + 1);
            break;
        }
        }
        return ids;
    }

    static void everyProviderRows()
    {
        QTest::addColumn<ProviderId>("provider");
        for (ProviderId p : Providers::all())
            QTest::newRow(qPrintable(Providers::spec(p).key)) << p;
    }

    QStringList walk(ProviderId p, int limit, int *pages)
    {
        QStringList all;
        QString cursor;
        int number = 1;
        *pages = 0;
        for (;;) {
            QString next;
            int status = 0;
            const QStringList ids = page(p, limit, cursor, number, &next, &status);
            if (status != 200)
                return {QStringLiteral("HTTP %1").arg(status)};
            ++*pages;
            all << ids;
            if (next.isEmpty() || *pages > 1000)
                return all;
            cursor = next;
            ++number;
        }
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void walksEveryPage_data() { everyProviderRows(); }
    void walksEveryPage()
    {
        QFETCH(ProviderId, provider);
        f.server->addSyntheticEndpoints(provider, 250);
        QStringList expected = f.server->endpointIds(provider);
        QVERIFY(expected.size() > 250);
        QCOMPARE(expected.removeDuplicates(), 0);

        int pages = 0;
        QCOMPARE(walk(provider, 100, &pages), expected);
        QCOMPARE(pages, (expected.size() + 99) / 100);
        QCOMPARE(walk(provider, 7, &pages), expected);
        QCOMPARE(pages, (expected.size() + 6) / 7);
    }

    void defaultPageSizeIsTheSpecs_data() { everyProviderRows(); }
    void defaultPageSizeIsTheSpecs()
    {
        QFETCH(ProviderId, provider);
        f.server->addSyntheticEndpoints(provider, 150);
        QString next;
        int status = 0;
        QCOMPARE(page(provider, 0, {}, 1, &next, &status).size(), Providers::spec(provider).paging.pageSize);
        QVERIFY(!next.isEmpty());
    }

    void limitIsCappedAt100_data() { everyProviderRows(); }
    void limitIsCappedAt100()
    {
        QFETCH(ProviderId, provider);
        f.server->addSyntheticEndpoints(provider, 150);
        QString next;
        int status = 0;
        QCOMPARE(page(provider, 500, {}, 1, &next, &status).size(), 100);
        QCOMPARE(status, 200);
    }

    void badLimitIsRefused_data() { everyProviderRows(); }
    void badLimitIsRefused()
    {
        QFETCH(ProviderId, provider);
        const PagingSpec &paging = Providers::spec(provider).paging;
        for (const char *bad : {"0", "-3", "ten"}) {
            const HttpResult r =
                f.client->call(provider, "GET",
                               Providers::spec(provider).collectionPath + QLatin1Char('?') +
                                   paging.limitParam + QLatin1Char('=') + QLatin1String(bad));
            QVERIFY2(r.status == 400 || r.status == 422, bad);
            QCOMPARE(r.status,
                     provider == ProviderId::Layers || provider == ProviderId::OptimalDial ? 422 : 400);
        }
    }

    void badCursorIsRefused_data() { everyProviderRows(); }
    void badCursorIsRefused()
    {
        QFETCH(ProviderId, provider);
        const PagingSpec &paging = Providers::spec(provider).paging;
        const QString bad = paging.style == PagingSpec::Style::PageNumber ? QStringLiteral("0")
                                                                          : QStringLiteral("no-such-cursor");
        const HttpResult r = f.client->call(provider, "GET",
                                            Providers::spec(provider).collectionPath + QLatin1Char('?') +
                                                paging.cursorParam + QLatin1Char('=') + bad);
        QCOMPARE(r.status, provider == ProviderId::Layers || provider == ProviderId::OptimalDial ? 422 : 400);
    }

    void pagePastTheEndIsEmpty()
    {
        for (ProviderId p : {ProviderId::OptimalDial, ProviderId::Atoa}) {
            QString next;
            int status = 0;
            QCOMPARE(page(p, 100, {}, 99, &next, &status), QStringList());
            QCOMPARE(status, 200);
        }
    }

    void syntheticEndpointsSurviveReset()
    {
        f.server->addSyntheticEndpoints(ProviderId::Layers, 30);
        const QStringList ids = f.server->endpointIds(ProviderId::Layers);
        f.server->reset();
        QCOMPARE(f.server->endpointIds(ProviderId::Layers), ids);
        // More can be added later; their ids continue, never repeat.
        f.server->addSyntheticEndpoints(ProviderId::Layers, 5);
        QStringList after = f.server->endpointIds(ProviderId::Layers);
        QCOMPARE(after.size(), ids.size() + 5);
        QCOMPARE(after.removeDuplicates(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPaging)
#include "tst_sandbox_paging.moc"
