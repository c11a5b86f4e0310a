#include "changerecordmodel.h"
#include "datetext.h"
#include "session/changejournal.h"
#include "statustone.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using M = ChangeRecordModel;

namespace {

ChangeRecord record(int minute, int status = 200, const QString &error = QString(), bool isUndo = false)
{
    ChangeRecord r;
    r.at = QDateTime(QDate(2024, 5, 1), QTime(9, minute), Qt::UTC);
    r.account = QStringLiteral("prod-layers");
    r.provider = ProviderId::Layers;
    r.endpointId = QStringLiteral("ep_%1").arg(minute);
    r.endpointUrl = QStringLiteral("https://hooks.example.com/%1").arg(minute);
    r.method = "PATCH";
    r.requestUrl = QStringLiteral("https://api.layers.example/v1/webhooks/ep_%1").arg(minute);
    r.body = "{\"status\":\"active\"}";
    r.httpStatus = status;
    r.error = error;
    r.kind = isUndo ? ChangeRecord::Kind::Undo : ChangeRecord::Kind::Change;
    return r;
}

} // namespace

// The change journal as a table: newest first, failures show their error, undo is a word.
class TestChangeRecordModel : public QObject
{
    Q_OBJECT
private slots:
    void testerWhileMutating()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRecords({record(1), record(2), record(3)});
        model.addRecord(record(4));
        model.addRecord(record(5, 422, QStringLiteral("422 invalid")));
        QCOMPARE(model.rowCount(), 5);
        model.setRecords({});
        model.addRecord(record(6));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void headers()
    {
        M model;
        QCOMPARE(model.columnCount(), 6);
        const QStringList expected{QStringLiteral("When"),     QStringLiteral("Account"),
                                   QStringLiteral("Endpoint"), QStringLiteral("Method"),
                                   QStringLiteral("Result"),   QStringLiteral("Undo")};
        for (int c = 0; c < M::ColumnCount; ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
    }

    void newestFirst()
    {
        M model;
        model.setRecords({record(1), record(2), record(3)}); // journal order: oldest first
        QCOMPARE(model.recordAt(0)->endpointId, QStringLiteral("ep_3"));
        QCOMPARE(model.recordAt(2)->endpointId, QStringLiteral("ep_1"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addRecord(record(4));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.recordAt(0)->endpointId, QStringLiteral("ep_4"));
        QVERIFY(!model.recordAt(4));
    }

    void displayPerColumn()
    {
        M model;
        model.addRecord(record(7));
        auto text = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(text(M::WhenColumn), DateText::text(QDateTime(QDate(2024, 5, 1), QTime(9, 7), Qt::UTC),
                                                     DateText::Precision::Seconds));
        QCOMPARE(text(M::AccountColumn), QStringLiteral("prod-layers"));
        QCOMPARE(text(M::EndpointColumn), QStringLiteral("https://hooks.example.com/7"));
        QCOMPARE(text(M::MethodColumn), QStringLiteral("PATCH"));
        QCOMPARE(text(M::ResultColumn), QStringLiteral("200"));
        QCOMPARE(text(M::UndoColumn), QString());
        const QString tip = model.index(0, M::EndpointColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("Layers")));
        QVERIFY(tip.contains(QStringLiteral("ep_7")));
        QCOMPARE(model.index(0, 0).data(M::SucceededRole).toBool(), true);
        QCOMPARE(model.index(0, M::ResultColumn).data(StatusToneRole).toInt(), int(StatusTone::Success));
        QCOMPARE(model.index(0, 0).data(M::RecordRole).value<ChangeRecord>().body,
                 QByteArray("{\"status\":\"active\"}"));
    }

    void failuresShowTheError()
    {
        M model;
        model.addRecord(record(1, 422, QStringLiteral("422 validation_error: url must be https")));
        model.addRecord(record(2, 0, QStringLiteral("the connection was dropped")));
        model.addRecord(record(3, 500)); // no error text: say the status
        QCOMPARE(model.index(2, M::ResultColumn).data().toString(),
                 QStringLiteral("422 validation_error: url must be https"));
        QCOMPARE(model.index(2, M::ResultColumn).data(StatusToneRole).toInt(), int(StatusTone::Warning));
        QCOMPARE(model.index(1, M::ResultColumn).data().toString(),
                 QStringLiteral("the connection was dropped"));
        QCOMPARE(model.index(1, M::ResultColumn).data(StatusToneRole).toInt(), int(StatusTone::Failure));
        QCOMPARE(model.index(0, M::ResultColumn).data().toString(), QStringLiteral("HTTP 500"));
        QVERIFY(model.index(1, M::ResultColumn)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Failed")));
        QCOMPARE(model.index(1, 0).data(M::SucceededRole).toBool(), false);
    }

    void undoIsAWord()
    {
        M model;
        model.addRecord(record(1, 200, QString(), true));
        QCOMPARE(model.index(0, M::UndoColumn).data().toString(), QStringLiteral("Undo"));
        QVERIFY(!model.index(0, M::UndoColumn).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.index(0, 0).data(M::FilterTextRole).toString().contains(QStringLiteral("undo")));
    }

    void loadsFromAJournalFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        {
            ChangeJournal journal(path);
            QVERIFY(journal.append(record(1)));
            QVERIFY(journal.append(record(2, 409, QStringLiteral("409 conflict"))));
        }
        ChangeJournal reread(path);
        QVERIFY(reread.load());
        M model;
        model.loadFrom(reread);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, M::ResultColumn).data().toString(), QStringLiteral("409 conflict"));
        QCOMPARE(model.index(1, M::ResultColumn).data().toString(), QStringLiteral("200"));
    }
};

QTEST_GUILESS_MAIN(TestChangeRecordModel)
#include "tst_changerecordmodel.moc"
