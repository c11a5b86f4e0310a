#include "common/sandboxworkspace.h"
#include "editendpointdialog.h"
#include "endpointactions.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sandbox/sandboxseed.h"
#include "session/healthwatcher.h"
#include "snoozepanel.h"
#include "traypresence.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

// The preferences dialog as a user drives it: what OK and Apply write, that Cancel writes nothing,
// and that the window follows at once (refresh interval, View menu, confirmation policy).
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalogues;
    int m_file = 0;

    QString newSettingsPath() { return m_dir.filePath(QStringLiteral("ui-%1.ini").arg(++m_file)); }

    static QByteArray fileContents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void choose(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
    }

    // The user's choice: French, dark, every 5 minutes, ask for every account.
    static void fillIn(PreferencesDialog &dialog)
    {
        choose(dialog.languageBox(), QStringLiteral("fr"));
        choose(dialog.themeBox(), int(Preferences::Theme::Dark));
        choose(dialog.autoRefreshBox(), 300);
        dialog.everyAccountButton()->click();
    }

    static QAction *autoRefreshMenuAction(MainWindow &window, int seconds)
    {
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *item : menu->menu()->actions())
                    if (item->menu())
                        for (QAction *choice : item->menu()->actions())
                            if (choice->isCheckable() && choice->data() == seconds)
                                return choice;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalogues = m_dir.filePath(QStringLiteral("i18n"));
        QVERIFY(QDir().mkpath(m_catalogues));
        for (const char *name : {"patchbay_de.qm", "patchbay_fr.qm"}) {
            QFile file(QDir(m_catalogues).filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
    }

    void showsTheStoredChoices()
    {
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        Preferences stored(&settings, m_catalogues);
        stored.setLanguage(QStringLiteral("de"));
        stored.setTheme(Preferences::Theme::Light);
        stored.setAutoRefreshSeconds(900);
        PreferencesDialog dialog(stored);
        QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(dialog.languageBox()->count(), 4); // system default, English, Deutsch, Français
        QCOMPARE(dialog.themeBox()->currentData().toInt(), int(Preferences::Theme::Light));
        QCOMPARE(dialog.autoRefreshBox()->currentText(), QStringLiteral("Every 15 minutes"));
        QVERIFY(dialog.productionOnlyButton()->isChecked());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());
    }

    void okWritesWhatTheUserChose()
    {
        const QString path = newSettingsPath();
        {
            QSettings settings(path, QSettings::IniFormat);
            PreferencesDialog dialog(Preferences(&settings, m_catalogues));
            QSignalSpy applied(&dialog, &PreferencesDialog::applied);
            fillIn(dialog);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(applied.size(), 1);
        }
        QSettings settings(path, QSettings::IniFormat);
        const Preferences stored(&settings, m_catalogues);
        QCOMPARE(stored.language(), QStringLiteral("fr"));
        QCOMPARE(stored.theme(), Preferences::Theme::Dark);
        QCOMPARE(stored.autoRefreshSeconds(), 300);
        QCOMPARE(stored.confirmPolicy(), Preferences::ConfirmPolicy::EveryAccount);
    }

    void applyWritesAndKeepsTheDialogOpen()
    {
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        PreferencesDialog dialog(Preferences(&settings, m_catalogues));
        dialog.show();
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        QPushButton *apply = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
        choose(dialog.themeBox(), int(Preferences::Theme::Dark));
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(applied.size(), 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(!apply->isEnabled()); // nothing left to apply
        QCOMPARE(Preferences(&settings, m_catalogues).theme(), Preferences::Theme::Dark);
    }

    void cancelWritesNothing()
    {
        const QString path = newSettingsPath();
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("window/marker"), 1); // the file exists before
        }
        const QByteArray before = fileContents(path);
        {
            QSettings settings(path, QSettings::IniFormat);
            PreferencesDialog dialog(Preferences(&settings, m_catalogues));
            QSignalSpy applied(&dialog, &PreferencesDialog::applied);
            fillIn(dialog);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(applied.size(), 0);
            QVERIFY(settings.allKeys() == QStringList{QStringLiteral("window/marker")});
        }
        QCOMPARE(fileContents(path), before);
    }

    void everyControlIsLabelledWithAMnemonic()
    {
        PreferencesDialog dialog(Preferences(nullptr, m_catalogues));
        for (QWidget *control :
             {static_cast<QWidget *>(dialog.languageBox()), static_cast<QWidget *>(dialog.themeBox()),
              static_cast<QWidget *>(dialog.autoRefreshBox())}) {
            QLabel *buddyLabel = nullptr;
            for (QLabel *label : dialog.findChildren<QLabel *>())
                if (label->buddy() == control)
                    buddyLabel = label;
            QVERIFY2(buddyLabel, qPrintable(control->objectName()));
            QVERIFY(buddyLabel->text().contains(QLatin1Char('&')));
            QVERIFY(!control->accessibleName().isEmpty());
        }
        // The dialog says what the language and the interval mean.
        QStringList notes;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            notes << label->text();
        const QString all = notes.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("next time it starts")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("only while it is running")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("production accounts always ask")), qPrintable(all));
    }

    // The tray switches: without a tray both are disabled and say why; with one, close-to-tray
    // follows the icon switch, and OK stores both.
    void trayIconSwitches()
    {
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        {
            PreferencesDialog dialog(Preferences(&settings, m_catalogues));
            QVERIFY(!dialog.trayIconBox()->isChecked() &&
                    !dialog.closeToTrayBox()->isChecked()); // off by default
            QVERIFY(!dialog.trayIconBox()->isEnabled());    // offscreen: no tray
            QVERIFY(!dialog.closeToTrayBox()->isEnabled());
            QCOMPARE(dialog.trayIconBox()->toolTip(), TrayPresence::unavailableReason());
            QCOMPARE(dialog.closeToTrayBox()->toolTip(), TrayPresence::unavailableReason());

            dialog.setTrayAvailable(true);
            QVERIFY(dialog.trayIconBox()->isEnabled());
            QVERIFY(dialog.trayIconBox()->toolTip().isEmpty());
            QVERIFY(!dialog.closeToTrayBox()->isEnabled()); // only with the icon to come back by
            dialog.trayIconBox()->setChecked(true);
            QVERIFY(dialog.closeToTrayBox()->isEnabled());
            dialog.closeToTrayBox()->setChecked(true);
            dialog.accept();
        }
        QVERIFY(Preferences(&settings).trayIcon());
        QVERIFY(Preferences(&settings).closeToTray());
        PreferencesDialog again(Preferences(&settings, m_catalogues));
        QVERIFY(again.trayIconBox()->isChecked() && again.closeToTrayBox()->isChecked());
        // The dialog says watching needs Patchbay running, in the tray too.
        QStringList notes;
        for (QLabel *label : again.findChildren<QLabel *>())
            notes << label->text();
        QVERIFY(notes.join(QLatin1Char('\n')).contains(QLatin1String("runs in the tray")));
    }

    // Without a watcher (the tests above) the snooze section is absent.
    void noWatcherNoSnoozeSection()
    {
        PreferencesDialog dialog(Preferences(nullptr, m_catalogues));
        QVERIFY(!dialog.snoozePanel());
        QVERIFY(!dialog.findChild<SnoozePanel *>());
    }

    // The list shows what the context menu snoozed, Resume ends it at once, and a whole account is
    // snoozed from the dialog.
    void snoozesAreListedResumedAndMade()
    {
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        HealthWatcher watcher(&settings);
        const QString prod = QStringLiteral("OpenTrain prod");
        const QString staging = QStringLiteral("Diligent staging");
        watcher.snoozeEndpoint(prod, QStringLiteral("ep_1"), HealthWatcher::SnoozeLength::UntilRecovered);
        PreferencesDialog dialog(Preferences(&settings, m_catalogues), &watcher, {prod, staging});
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog)); // mnemonics need the active window
        SnoozePanel *panel = dialog.snoozePanel();
        QVERIFY(panel && panel->isVisible());
        QTreeWidget *list = panel->snoozeList();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), prod);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("ep_1"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("It recovers"));

        // A snooze made elsewhere (the context menu) while the dialog is open appears too.
        watcher.snoozeAccount(staging, HealthWatcher::SnoozeLength::OneHour);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("All endpoints"));
        QVERIFY(!list->topLevelItem(1)->text(2).isEmpty()); // a time

        // Resume, by keyboard: select the first row, Tab to the button, Space.
        QVERIFY(!panel->resumeButton()->isEnabled()); // nothing selected yet
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(panel->resumeButton()->isEnabled());
        QTest::keyClick(list, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel->resumeButton());
        QTest::keyClick(panel->resumeButton(), Qt::Key_Space);
        QVERIFY(!watcher.isSnoozed(prod, QStringLiteral("ep_1")));
        QVERIFY(watcher.isSnoozed(staging, QStringLiteral("any")));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), staging);

        // Snooze a whole account from the dialog.
        QVERIFY(!watcher.isSnoozed(prod, QStringLiteral("ep_2")));
        panel->accountBox()->setCurrentText(prod);
        choose(panel->lengthBox(), int(HealthWatcher::SnoozeLength::UntilTomorrow));
        panel->snoozeButton()->click();
        QVERIFY(watcher.isSnoozed(prod, QStringLiteral("ep_2")));
        QCOMPARE(list->topLevelItemCount(), 2);
        // It is stored at once (the watcher writes it): a new watcher on the same settings agrees.
        QVERIFY(HealthWatcher(&settings).isSnoozed(prod, QStringLiteral("ep_3")));
        // Nothing else was applied: the preferences' Apply stays off.
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->isEnabled());

        // An id is server text (and the list comes from the settings file): a bidi override or an
        // escape sequence shows as an escape, never acts.
        watcher.snoozeEndpoint(prod, QStringLiteral("ep_\u202Elive\x1b[2J"),
                               HealthWatcher::SnoozeLength::OneHour);
        const QString shownId = list->topLevelItem(list->topLevelItemCount() - 1)->text(1);
        QVERIFY2(!shownId.contains(QChar(0x202E)) && !shownId.contains(QChar(0x1b)), qPrintable(shownId));
        QVERIFY2(shownId.startsWith(QLatin1String("ep_\\u202e")), qPrintable(shownId));

        // Every control has a name for screen readers.
        for (QWidget *control :
             {static_cast<QWidget *>(list), static_cast<QWidget *>(panel->accountBox()),
              static_cast<QWidget *>(panel->lengthBox()), static_cast<QWidget *>(panel->resumeButton()),
              static_cast<QWidget *>(panel->snoozeButton())})
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }

    // The window hands its watcher and accounts to the dialog.
    void theWindowsDialogListsItsSnoozes()
    {
        SandboxWorkspace sandbox;
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        MainWindow window(sandbox.workspace(), nullptr, &settings);
        QVERIFY(!sandbox.workspace()->accounts().isEmpty());
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!sandbox.workspace()->isLoading() && window.model()->rowCount() > 0, 10000);
        const Endpoint shown = *window.model()->endpointAt(0);
        window.watch()->watcher()->snoozeEndpoint(shown.account, shown.id,
                                                  HealthWatcher::SnoozeLength::UntilRecovered);
        QSignalSpy opened(&window, &MainWindow::preferencesDialogOpened);
        window.openPreferences();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<PreferencesDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog && dialog->snoozePanel());
        QTreeWidget *list = dialog->snoozePanel()->snoozeList();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), shown.account);
        QCOMPARE(list->topLevelItem(0)->text(1), shown.url); // the URL the table shows, the ID its tooltip
        QCOMPARE(list->topLevelItem(0)->toolTip(1), shown.id);
        QCOMPARE(dialog->snoozePanel()->accountBox()->count(), sandbox.workspace()->accounts().size());
        dialog->reject();
    }

    // The window: Ctrl+, opens the dialog; the interval applies at once and the View menu agrees.
    void theWindowFollowsAtOnce()
    {
        SandboxWorkspace sandbox;
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        MainWindow window(sandbox.workspace(), nullptr, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::preferencesDialogOpened);
        QSignalSpy appliedByWindow(&window, &MainWindow::preferencesApplied);
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<PreferencesDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        choose(dialog->autoRefreshBox(), 900);
        dialog->everyAccountButton()->click();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(appliedByWindow.size(), 1);
        QVERIFY(autoRefreshMenuAction(window, 900));
        QVERIFY(autoRefreshMenuAction(window, 900)->isChecked());
        QCOMPARE(window.actions()->confirmPolicy(), Preferences::ConfirmPolicy::EveryAccount);
        bool running = false;
        for (QTimer *t : window.findChildren<QTimer *>())
            running = running || (t->isActive() && t->interval() == 900 * 1000);
        QVERIFY2(running, "no 15-minute refresh timer is running");

        // The View menu writes the same preference the dialog shows.
        autoRefreshMenuAction(window, 30)->trigger();
        QCOMPARE(Preferences(&settings).autoRefreshSeconds(), 30);
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_COMPARE(opened.size(), 2);
        dialog = qobject_cast<PreferencesDialog *>(opened.last().first().value<QDialog *>());
        QCOMPARE(dialog->autoRefreshBox()->currentData().toInt(), 30);
        dialog->reject();
    }

    // "Every account" makes the edit dialog ask before a staging save too; the default does not.
    void everyAccountMakesTheEditDialogAsk()
    {
        SandboxWorkspace sandbox; // staging accounts, never production
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        MainWindow window(sandbox.workspace(), nullptr, &settings);
        for (bool every : {false, true}) {
            const Endpoint base = sandbox.load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::active);
            QVERIFY(!base.id.isEmpty());
            QSignalSpy opened(&window, &MainWindow::editDialogOpened);
            QSignalSpy preferencesOpened(&window, &MainWindow::preferencesDialogOpened);
            window.openPreferences();
            QCOMPARE(preferencesOpened.size(), 1);
            auto *dialog =
                qobject_cast<PreferencesDialog *>(preferencesOpened.first().first().value<QDialog *>());
            (every ? dialog->everyAccountButton() : dialog->productionOnlyButton())->click();
            dialog->accept();
            window.openEditDialog(base);
            QCOMPARE(opened.size(), 1);
            QPointer<EditEndpointDialog> edit =
                qobject_cast<EditEndpointDialog *>(opened.first().first().value<QDialog *>());
            QVERIFY(edit);
            int asked = 0;
            edit->setConfirmation([&](QWidget *, const QString &, const QString &, const QString &) {
                ++asked;
                return false; // the user declines
            });
            auto *url = edit->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
            QVERIFY(url);
            url->setText(url->text() + QStringLiteral("/edited"));
            const int before = sandbox.sandbox().journal().size();
            edit->save();
            QTRY_VERIFY(!edit || !edit->isBusy()); // a successful save closes (and deletes) the dialog
            QCOMPARE(asked, every ? 1 : 0);
            const bool sent = sandbox.sandbox().journal().size() > before &&
                              sandbox.sandbox().journal().constLast().method != "GET";
            QCOMPARE(sent, !every);
            if (edit)
                edit->close();
        }
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
