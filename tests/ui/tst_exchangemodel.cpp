#include "datetext.h"
#include "exchangemodel.h"
#include "statustone.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using M = ExchangeModel;

namespace {

Exchange exchange(quint64 sequence, int status = 200, const QString &error = QString())
{
    Exchange e;
    e.sequence = sequence;
    e.account = QStringLiteral("prod-layers");
    e.startedAt = QDateTime(QDate(2024, 5, 1), QTime(14, 3, 22, 45));
    e.method = "PATCH";
    e.url = QUrl(QStringLiteral("https://api.layers.example/v1/webhooks/ep_%1").arg(sequence));
    e.requestHeaders = {{"Authorization", "<redacted>"}, {"Content-Type", "application/json"}};
    e.requestBody = "{\"status\":\"active\"}";
    e.curl = QStringLiteral("curl -sS -X PATCH ... -H \"Authorization: Bearer $PATCHBAY_TOKEN\"");
    e.httpStatus = status;
    e.responseBody = "{\"id\":\"ep\"}";
    e.durationMs = 123;
    e.error = error;
    return e;
}

} // namespace

// The inspector's table: columns, texts, the Exchange role and the bounded ring.
class TestExchangeModel : public QObject
{
    Q_OBJECT
private slots:
    void testerWhileMutating()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCapacity(5);
        for (quint64 i = 1; i <= 12; ++i)
            model.append(exchange(i));
        QCOMPARE(model.rowCount(), 5);
        model.setCapacity(2);
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.append(exchange(13));
        QCOMPARE(model.rowCount(), 1);
    }

    void headers()
    {
        M model;
        QCOMPARE(model.columnCount(), 6);
        const QStringList expected{QStringLiteral("Time"),     QStringLiteral("Method"),
                                   QStringLiteral("URL"),      QStringLiteral("Status"),
                                   QStringLiteral("Duration"), QStringLiteral("Account")};
        for (int c = 0; c < M::ColumnCount; ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
        QCOMPARE(model.headerData(M::DurationColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }

    void displayPerColumn()
    {
        M model;
        model.append(exchange(7));
        auto text = [&](int column) { return model.index(0, column).data().toString(); };
        // The app-wide date format: the date too, and milliseconds for bursts.
        QCOMPARE(text(M::TimeColumn), DateText::text(QDateTime(QDate(2024, 5, 1), QTime(14, 3, 22, 45)),
                                                     DateText::Precision::Milliseconds));
        QVERIFY(text(M::TimeColumn).contains(QStringLiteral("2024")));
        QVERIFY(text(M::TimeColumn).endsWith(QStringLiteral("14:03:22.045")));
        QCOMPARE(text(M::MethodColumn), QStringLiteral("PATCH"));
        QCOMPARE(text(M::UrlColumn), QStringLiteral("/v1/webhooks/ep_7")); // the host is the account's
        QCOMPARE(model.index(0, M::UrlColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("https://api.layers.example/v1/webhooks/ep_7"));
        QCOMPARE(text(M::StatusColumn), QStringLiteral("200"));
        QCOMPARE(text(M::DurationColumn), QStringLiteral("123 ms"));
        QCOMPARE(text(M::AccountColumn), QStringLiteral("prod-layers"));
        QCOMPARE(model.index(0, M::DurationColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(0, M::UrlColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignLeft | Qt::AlignVCenter));
        QCOMPARE(model.index(0, M::StatusColumn).data(StatusToneRole).toInt(), int(StatusTone::Success));
        QVERIFY(!model.index(0, M::TimeColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void statusIsTheErrorWhenThereWasNoReply()
    {
        M model;
        model.append(exchange(1, 0, QStringLiteral("timeout: no answer within 30 s")));
        model.append(exchange(2, 422, QStringLiteral("422 validation_error: url must be https")));
        model.append(exchange(3, 503, QStringLiteral("503 unavailable")));
        const QModelIndex noReply = model.index(0, M::StatusColumn);
        QCOMPARE(noReply.data().toString(), QStringLiteral("timeout: no answer within 30 s"));
        QCOMPARE(noReply.data(StatusToneRole).toInt(), int(StatusTone::Failure));
        QVERIFY(noReply.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No HTTP reply")));
        const QModelIndex refused = model.index(1, M::StatusColumn);
        QCOMPARE(refused.data().toString(), QStringLiteral("422"));
        QCOMPARE(refused.data(StatusToneRole).toInt(), int(StatusTone::Warning));
        QVERIFY(refused.data(Qt::ToolTipRole).toString().contains(QStringLiteral("url must be https")));
        QCOMPARE(model.index(2, M::StatusColumn).data(StatusToneRole).toInt(), int(StatusTone::Failure));
        // A blank account (ad-hoc CLI use) shows a dash, not an empty cell.
        Exchange adHoc = exchange(4);
        adHoc.account.clear();
        model.append(adHoc);
        QCOMPARE(model.index(3, M::AccountColumn).data().toString(), QStringLiteral("–"));
    }

    void exchangeRoleRoundTrips()
    {
        M model;
        model.append(exchange(42, 404, QStringLiteral("404 not_found")));
        const QVariant v = model.index(0, M::UrlColumn).data(M::ExchangeRole);
        QVERIFY(v.canConvert<Exchange>());
        const Exchange e = v.value<Exchange>();
        QCOMPARE(e.sequence, quint64(42));
        QCOMPARE(e.httpStatus, 404);
        QCOMPARE(e.requestBody, QByteArray("{\"status\":\"active\"}"));
        QCOMPARE(model.index(0, 0).data(M::SequenceRole).toULongLong(), quint64(42));
        QCOMPARE(model.exchangeAt(0)->error, QStringLiteral("404 not_found"));
        QVERIFY(!model.exchangeAt(1));
        QVERIFY(!model.exchangeAt(-1));
        const QString filter = model.index(0, 0).data(M::FilterTextRole).toString();
        QVERIFY(filter.contains(QStringLiteral("patch")));
        QVERIFY(filter.contains(QStringLiteral("api.layers.example/v1/webhooks/ep_42")));
        QVERIFY(filter.contains(QStringLiteral("404")));
        QVERIFY(filter.contains(QStringLiteral("prod-layers")));
    }

    void ringKeepsTheLastTwoThousand()
    {
        M model;
        QCOMPARE(model.capacity(), 2000);
        for (quint64 i = 1; i <= 2000; ++i)
            model.append(exchange(i));
        QCOMPARE(model.rowCount(), 2000);

        QSignalSpy aboutToRemove(&model, &QAbstractItemModel::rowsAboutToBeRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex newestBefore = model.index(1999, 0);
        model.append(exchange(2001));
        model.append(exchange(2002));
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(reset.count(), 0); // eviction is a removal, never a reset: selection survives
        QCOMPARE(aboutToRemove.count(), 2);
        for (const QList<QVariant> &args : aboutToRemove) {
            QCOMPARE(args.at(1).toInt(), 0); // always the oldest row
            QCOMPARE(args.at(2).toInt(), 0);
        }
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 1999);
        QCOMPARE(model.exchangeAt(0)->sequence, quint64(3));
        QCOMPARE(model.exchangeAt(1999)->sequence, quint64(2002));
        QCOMPARE(newestBefore.row(), 1997); // persistent indexes follow their row
        QCOMPARE(newestBefore.data(M::SequenceRole).toULongLong(), quint64(2000));
    }

    void clearIsOneReset()
    {
        M model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear(); // empty: nothing to announce
        QCOMPARE(reset.count(), 0);
        model.append(exchange(1));
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void bodiesAreBoundedInBytesOldestFirst()
    {
        // A paged load of 1,000 list pages must not pin every page body: past the byte budget the oldest
        // bodies go, their rows stay (method, URL, status, timing) and say that the body was dropped.
        M model;
        QCOMPARE(model.bodyBudget(), M::DefaultBodyBudget);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QByteArray page(1000, 'x');
        const auto listPage = [&](quint64 sequence) {
            Exchange e = exchange(sequence);
            e.method = "GET";
            e.requestBody.clear();
            e.responseBody = page;
            return e;
        };
        model.setBodyBudget(3500);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (quint64 i = 1; i <= 10; ++i) {
            model.append(listPage(i));
            QVERIFY(model.bodyBytes() <= model.bodyBudget());
        }
        QCOMPARE(model.rowCount(), 10); // no row is lost
        QCOMPARE(model.bodyBytes(), qint64(3000));
        for (int row = 0; row < 10; ++row) {
            const bool kept = row >= 7;
            QCOMPARE(model.exchangeAt(row)->responseBody.isEmpty(), !kept);
            QCOMPARE(model.responseBodyDroppedAt(row), !kept);
            QVERIFY(!model.requestBodyDroppedAt(row)); // there was none to drop
        }
        QCOMPARE(changed.count(), 7); // each dropped row is announced once
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);

        // Ring eviction and a smaller budget keep the count right.
        model.setCapacity(5);
        QCOMPARE(model.bodyBytes(), qint64(3000));
        model.setBodyBudget(1000);
        QCOMPARE(model.bodyBytes(), qint64(1000));
        QVERIFY(model.responseBodyDroppedAt(3));
        QVERIFY(!model.responseBodyDroppedAt(4));
        model.append(exchange(11)); // PATCH: request and response bodies, 30 bytes together
        QVERIFY(model.responseBodyDroppedAt(3));
        QCOMPARE(model.bodyBytes(), qint64(30));
        model.clear();
        QCOMPARE(model.bodyBytes(), qint64(0));
        QVERIFY(!model.responseBodyDroppedAt(0));
    }
};

QTEST_GUILESS_MAIN(TestExchangeModel)
#include "tst_exchangemodel.moc"
