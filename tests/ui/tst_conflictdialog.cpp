#include "common/sandboxworkspace.h"
#include "conflictdialog.h"
#include "core/draft.h"
#include "editendpointdialog.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "session/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

// A colleague changes the endpoint while the edit dialog is open. The user sees base / theirs /
// mine side by side, nothing is sent until they choose, and each choice does what it says.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxWorkspace> m_env;
    Workspace *m_workspace = nullptr;

    Endpoint load(ProviderId p, const QString &id) { return m_env->load(p, id); }
    void colleagueSends(ProviderId p, const QString &id, const QJsonObject &body)
    {
        const QString problem = m_env->colleagueSends(p, id, body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QList<QJsonObject> writes() const { return m_env->writeBodies(); }
    template <typename T> static T *child(const QWidget &w, const char *name)
    {
        return w.findChild<T *>(QLatin1String(name));
    }
    static void saveScreenshot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("PATCHBAY_SCREENSHOT_DIR");
        if (!dir.isEmpty() && !widget->grab().save(QDir(dir).filePath(QLatin1String(name))))
            qWarning("could not save %s", name);
    }
    static RebaseResult urlConflict()
    {
        Endpoint base;
        base.provider = ProviderId::Layers;
        base.url = QStringLiteral("https://old.example/hook");
        base.metadata = {{QStringLiteral("tier"), QStringLiteral("gold")}};
        Endpoint theirs = base;
        theirs.url = QStringLiteral("https://theirs.example/hook");
        theirs.description = QStringLiteral("Changed by a colleague");
        Draft mine = Draft::fromEndpoint(base);
        mine.url = QStringLiteral("https://mine.example/hook");
        return Rebase::onto(base, theirs, mine);
    }

private slots:
    void init()
    {
        m_env = std::make_unique<SandboxWorkspace>();
        QVERIFY(m_env->isListening());
        m_workspace = m_env->workspace();
    }
    void cleanup() { m_env.reset(); }

    void showsBaseTheirsAndMineSideBySide()
    {
        ConflictDialog dialog(urlConflict(), QStringLiteral("Layers"));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("URL"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("https://old.example/hook"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("https://theirs.example/hook"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("https://mine.example/hook"));
        // What only the colleague changed is kept, and said so.
        QVERIFY(child<QLabel>(dialog, "serverOnlyNote")->text().contains(QLatin1String("Description")));
        // The safe answer is the default: Return or Escape never overwrites anything.
        QVERIFY(child<QPushButton>(dialog, "backToEditingButton")->isDefault());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.choice(), SaveJob::Choice::BackToEditing);
    }

    void eachButtonIsItsChoice_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("choice");
        QTest::newRow("theirs") << QStringLiteral("keepTheirsButton") << int(SaveJob::Choice::KeepTheirs);
        QTest::newRow("mine") << QStringLiteral("keepMineButton") << int(SaveJob::Choice::KeepMine);
        QTest::newRow("back") << QStringLiteral("backToEditingButton") << int(SaveJob::Choice::BackToEditing);
    }
    void eachButtonIsItsChoice()
    {
        QFETCH(QString, button);
        QFETCH(int, choice);
        ConflictDialog dialog(urlConflict(), QStringLiteral("Layers"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
        QCOMPARE(int(dialog.choice()), choice);
        QVERIFY(!dialog.isVisible());
    }

    // End to end with the real dialog: Back to editing sends nothing and continues from the
    // server's copy, so the next Save sends the user's value without asking again.
    void backToEditingThenSaveAgain()
    {
        const ProviderId p = ProviderId::OptimalDial;
        const QString id = SandboxSeed::OptimalDial::active;
        const Endpoint base = load(p, id);
        EditEndpointDialog dialog(m_workspace, base);
        QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
        dialog.show();
        QLineEdit *description = child<QLineEdit>(dialog, "descriptionEdit");
        description->setText(QStringLiteral("Mine"));
        colleagueSends(p, id,
                       {{QStringLiteral("description"), QStringLiteral("Theirs")},
                        {QStringLiteral("url"), QStringLiteral("https://hooks.example.com/theirs")}});

        int shownRows = -1;
        QTimer answer;
        connect(&answer, &QTimer::timeout, &answer, [&] {
            auto *conflict = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            if (!conflict)
                return;
            answer.stop();
            shownRows = conflict->table()->rowCount();
            QCOMPARE(writes().size(), 1); // the colleague's only: nothing sent while asking
            saveScreenshot(conflict, "conflict-dialog.png");
            QTest::mouseClick(child<QPushButton>(*conflict, "backToEditingButton"), Qt::LeftButton);
        });
        answer.start(20);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(shownRows, 1);
        QCOMPARE(writes().size(), 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(dialog, "errorBanner")->text().contains(QLatin1String("nothing was sent")));
        // The form continues from the server's copy, with the user's edit on top.
        QCOMPARE(description->text(), QStringLiteral("Mine"));
        QCOMPARE(dialog.base().description, QStringLiteral("Theirs"));
        QCOMPARE(child<QLineEdit>(dialog, "urlEdit")->text(),
                 QStringLiteral("https://hooks.example.com/theirs"));

        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(writes().size(), 2);
        QCOMPARE(writes().constLast(),
                 QJsonObject({{QStringLiteral("description"), QStringLiteral("Mine")}}));
    }

    void keepTheirsSendsOnlyTheOtherEdits()
    {
        const ProviderId p = ProviderId::OptimalDial;
        const QString id = SandboxSeed::OptimalDial::failing;
        const Endpoint base = load(p, id);
        EditEndpointDialog dialog(m_workspace, base);
        dialog.setConflictChooser(
            [](QWidget *, const RebaseResult &, const QString &) { return SaveJob::Choice::KeepTheirs; });
        QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
        dialog.show();
        child<QLineEdit>(dialog, "urlEdit")->setText(QStringLiteral("https://hooks.example.com/mine"));
        child<QCheckBox>(dialog, "enabledCheck")->setChecked(!base.enabled);
        colleagueSends(p, id, {{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/theirs")}});
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(writes().constLast(), QJsonObject({{QStringLiteral("is_active"), !base.enabled}}));
        QCOMPARE(saved.first().at(0).value<Endpoint>().url,
                 QStringLiteral("https://hooks.example.com/theirs"));
    }

    // Reverting a journal entry whose field changed since: the same table, in the revert's words, and
    // only "Revert anyway" or Cancel (the default: a stray Return overwrites nothing).
    void revertModeOffersRevertAnywayOrCancel()
    {
        ConflictDialog dialog(urlConflict(), QStringLiteral("Layers"), nullptr,
                              ConflictDialog::Purpose::Revert);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Changed since"));
        QCOMPARE(dialog.table()->horizontalHeaderItem(1)->text(), QStringLiteral("Set by that change"));
        QCOMPARE(dialog.table()->horizontalHeaderItem(3)->text(), QStringLiteral("Before that change"));
        QVERIFY(!child<QPushButton>(dialog, "keepTheirsButton"));
        auto *anyway = child<QPushButton>(dialog, "revertAnywayButton");
        auto *cancel = child<QPushButton>(dialog, "cancelRevertButton");
        QVERIFY(anyway && cancel);
        QVERIFY(cancel->isDefault());
        saveScreenshot(&dialog, "revert-conflict-dialog.png");
        anyway->click();
        QCOMPARE(dialog.choice(), SaveJob::Choice::KeepMine);
        ConflictDialog again(urlConflict(), QStringLiteral("Layers"), nullptr,
                             ConflictDialog::Purpose::Revert);
        child<QPushButton>(again, "cancelRevertButton")->click();
        QCOMPARE(again.choice(), SaveJob::Choice::BackToEditing);
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
