#include "changejournaldialog.h"
#include "changerecordmodel.h"
#include "common/pseudotranslator.h"
#include "net/apiclient.h"
#include "session/changejournal.h"
#include "session/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

ChangeRecord record(int minute, int status = 200, const QString &error = QString(), bool isUndo = false)
{
    ChangeRecord r;
    r.at = QDateTime::currentDateTimeUtc().addSecs(-3600 + minute * 60);
    r.account = minute % 2 ? QStringLiteral("prod-layers") : QStringLiteral("staging-opentrain");
    r.provider = minute % 2 ? ProviderId::Layers : ProviderId::OpenTrain;
    r.endpointId = QStringLiteral("ep_%1").arg(minute);
    r.endpointUrl = QStringLiteral("https://hooks.example.com/orders/%1").arg(minute);
    r.method = "PATCH";
    r.requestUrl = QStringLiteral("https://api.example.com/v1/webhooks/ep_%1").arg(minute);
    r.body = "{\"status\":\"paused\",\"events\":[\"order.created\",\"order.paid\"]}";
    r.httpStatus = status;
    r.error = error;
    r.kind = isUndo ? ChangeRecord::Kind::Undo : ChangeRecord::Kind::Change;
    return r;
}

} // namespace

// The journal dialog: what was there at open, live additions, the body pane and the filter.
class TestChangeJournalDialog : public QObject
{
    Q_OBJECT
private slots:
    // Column widths follow the headers of the language in use, not the English words.
    void everyHeaderFitsInALongerLanguage()
    {
        PseudoTranslator longer;
        QCoreApplication::installTranslator(&longer);
        QTemporaryDir dir;
        ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")));
        ApiClient client;
        Workspace workspace(&client, &journal);
        ChangeJournalDialog dialog(&workspace);
        const QHeaderView *header =
            dialog.findChild<QTableView *>(QStringLiteral("journalTable"))->horizontalHeader();
        QVERIFY(header->model()->headerData(0, Qt::Horizontal).toString().endsWith(QLatin1Char('~')));
        for (int column = 0; column < header->count(); ++column)
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(header->model()->headerData(column, Qt::Horizontal).toString()));
        QCoreApplication::removeTranslator(&longer);
    }

    void showsTheJournalLiveWithTheBodySent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")));
        QVERIFY(journal.append(record(1)));
        QVERIFY(
            journal.append(record(2, 422, QStringLiteral("422 validation_error: events: unknown event"))));
        QVERIFY(journal.append(record(3, 200, QString(), true)));
        ApiClient client;
        Workspace workspace(&client, &journal);

        ChangeJournalDialog dialog(&workspace);
        QVERIFY(!dialog.isModal());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Change journal"));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("journalTable"));
        auto *body = dialog.findChild<QPlainTextEdit *>(QStringLiteral("journalBody"));
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("journalCount"));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(count->text(), QStringLiteral("3 changes"));
        QVERIFY(body->toPlainText().isEmpty());

        // A change recorded while the dialog is open appears on top.
        ChangeRecord live = record(4, 0, QStringLiteral("the connection was dropped"));
        QVERIFY(journal.append(live));
        emit workspace.changeRecorded(live);
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(table->model()->index(0, ChangeRecordModel::ResultColumn).data().toString(),
                 QStringLiteral("the connection was dropped"));

        table->selectionModel()->setCurrentIndex(
            table->model()->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(dialog.selectedRecord()->endpointId, QStringLiteral("ep_2"));
        QVERIFY2(body->toPlainText().contains(QLatin1String("\n    \"events\": [")),
                 qPrintable(body->toPlainText()));
        const QString title = dialog.findChild<QLabel *>(QStringLiteral("journalDetailTitle"))->text();
        QVERIFY(title.contains(QStringLiteral("unknown event")));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("copyBodyButton"))->isEnabled());

        dialog.findChild<QLineEdit *>(QStringLiteral("journalFilter"))->setText(QStringLiteral("STAGING"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(count->text(), QStringLiteral("2 of 4 changes"));
        dialog.findChild<QLineEdit *>(QStringLiteral("journalFilter"))->setText(QStringLiteral("undo"));
        QCOMPARE(table->model()->rowCount(), 1);
        dialog.findChild<QLineEdit *>(QStringLiteral("journalFilter"))->clear();

        for (QWidget *w :
             {static_cast<QWidget *>(table), static_cast<QWidget *>(body),
              static_cast<QWidget *>(dialog.findChild<QLineEdit *>(QStringLiteral("journalFilter")))})
            QVERIFY(!w->accessibleName().isEmpty());

        if (const QByteArray shots = qgetenv("PATCHBAY_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            table->selectionModel()->setCurrentIndex(
                table->model()->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QVERIFY(dialog.grab().save(
                QDir(QString::fromLocal8Bit(shots)).filePath(QStringLiteral("journal.png"))));
        }
    }

    // Revert is offered for a change that went through and can be sent back; the detail shows what a
    // re-enable cleared at the provider.
    void revertIsOfferedForTheSelectedChange()
    {
        QTemporaryDir dir;
        ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")));
        ChangeRecord reEnable = record(1);
        reEnable.provider = ProviderId::OpenTrain;
        reEnable.base =
            QJsonObject{{QStringLiteral("id"), reEnable.endpointId},
                        {QStringLiteral("url"), reEnable.endpointUrl},
                        {QStringLiteral("eventTypes"), QJsonArray{QStringLiteral("order.created")}},
                        {QStringLiteral("status"), QStringLiteral("DISABLED")},
                        {QStringLiteral("disabledReason"), QStringLiteral("Too many 503s")},
                        {QStringLiteral("consecutiveFailures"), 50}};
        reEnable.body = "{\"status\":\"ACTIVE\"}";
        reEnable.lostProviderReason = QStringLiteral("Too many 503s");
        reEnable.lostFailureCount = 50;
        QVERIFY(journal.append(reEnable));
        QVERIFY(journal.append(record(2, 422, QStringLiteral("422 validation_error"))));
        ApiClient client;
        Workspace workspace(&client, &journal);
        ChangeJournalDialog dialog(&workspace);
        QPushButton *revert = dialog.revertButton();
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("journalTable"));
        QVERIFY(!revert->isEnabled());
        QCOMPARE(revert->toolTip(), QStringLiteral("Select a change to revert."));

        table->selectRow(0); // newest first: the failed change
        QVERIFY(!revert->isEnabled());
        QVERIFY(revert->toolTip().contains(QLatin1String("did not go through")));

        table->selectRow(1);
        QVERIFY2(revert->isEnabled(), qPrintable(revert->toolTip()));
        const QString title = dialog.findChild<QLabel *>(QStringLiteral("journalDetailTitle"))->text();
        QVERIFY2(title.contains(QLatin1String("\"Too many 503s\", after 50 failed deliveries")),
                 qPrintable(title));
        QStringList requested;
        connect(&dialog, &ChangeJournalDialog::revertRequested, this,
                [&requested](const ChangeRecord &r) { requested << r.endpointId; });
        revert->click();
        QCOMPARE(requested, QStringList{reEnable.endpointId});
    }
};

QTEST_MAIN(TestChangeJournalDialog)
#include "tst_changejournaldialog.moc"
