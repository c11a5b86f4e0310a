#include "mainwindow.h"
#include "net/apiclient.h"
#include "secrets/accountservice.h"
#include "secrets/accountstore.h"
#include "secrets/tokenstore.h"
#include "session/workspace.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

// Help ▸ Keyboard shortcuts lists what the keys really do, and no key does two things.
class TestShortcutsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AccountService> m_service;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

    // (command, keys) of every row of the dialog.
    static QList<QPair<QString, QString>> rows(const ShortcutsDialog &dialog)
    {
        QList<QPair<QString, QString>> result;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = dialog.tree()->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j)
                result.append({group->child(j)->text(0), group->child(j)->text(1)});
        }
        return result;
    }

    static bool inAMenu(const QAction *action)
    {
        const QList<QObject *> owners = action->associatedObjects();
        return std::any_of(owners.begin(), owners.end(),
                           [](const QObject *o) { return qobject_cast<const QMenu *>(o) != nullptr; });
    }

    // The window's actions (its own, its panes' and docks'), each once.
    QList<QAction *> windowActions() const
    {
        QList<QAction *> actions = m_window->findChildren<QAction *>();
        std::sort(actions.begin(), actions.end());
        actions.erase(std::unique(actions.begin(), actions.end()), actions.end());
        return actions;
    }

    // Two actions can never fire for the same key when each listens only on its own widget.
    static bool canCollide(const QAction *a, const QAction *b)
    {
        if (a->shortcutContext() != Qt::WidgetShortcut || b->shortcutContext() != Qt::WidgetShortcut)
            return true;
        const QList<QObject *> aOwners = a->associatedObjects();
        for (QObject *owner : b->associatedObjects())
            if (aOwners.contains(owner))
                return true;
        return false;
    }

    // Letters after '&' that two visible entries of one menu share: Alt+letter then only cycles.
    static void checkMnemonics(const QList<QAction *> &actions, const QString &where, QStringList *problems)
    {
        QMap<QChar, QString> seen;
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString text = action->text();
            for (int i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != QLatin1Char('&'))
                    continue;
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                const QChar letter = text.at(i + 1).toLower();
                if (seen.contains(letter))
                    problems->append(
                        QStringLiteral("%1: '%2' and '%3'").arg(where, seen.value(letter), text));
                seen.insert(letter, text);
                break;
            }
            if (action->menu())
                checkMnemonics(action->menu()->actions(), ShortcutsDialog::commandText(text), problems);
        }
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
        m_accounts = std::make_unique<AccountStore>(m_settings.get());
        m_tokens = std::make_unique<TokenStore>(QStringLiteral("Patchbay-test-shortcuts"));
        m_service = std::make_unique<AccountService>(*m_accounts, *m_tokens);
        m_client = std::make_unique<ApiClient>();
        m_workspace = std::make_unique<Workspace>(m_client.get(), nullptr);
        // With stores, so that Accounts… (hidden in the demo) is there too.
        m_window = std::make_unique<MainWindow>(m_workspace.get(), m_service.get(), nullptr);
    }
    void cleanup()
    {
        m_window.reset();
        m_workspace.reset();
        m_client.reset();
        m_service.reset();
        m_tokens.reset();
        m_accounts.reset();
        m_settings.reset();
    }

    void everyActionWithAShortcutIsListedInNativeText()
    {
        ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
        const QList<QPair<QString, QString>> listed = rows(dialog);
        int checked = 0;
        for (const QAction *action : windowActions()) {
            if (action->shortcuts().isEmpty() || !action->isVisible())
                continue;
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys << sequence.toString(QKeySequence::NativeText);
            const QString keysText = keys.join(QLatin1String(", "));
            const QString what = action->text() + QLatin1String(" (") + keysText + QLatin1Char(')');
            if (inAMenu(action)) {
                QVERIFY2(listed.contains({ShortcutsDialog::commandText(action->text()), keysText}),
                         qPrintable(what));
            } else { // a key of a field or pane (Escape in the filter, Ctrl+C in the inspector)
                QVERIFY2(std::any_of(listed.begin(), listed.end(),
                                     [&](const auto &row) { return row.second == keysText; }),
                         qPrintable(what));
            }
            ++checked;
        }
        QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
        // Spot checks against the literal native text, so a wrong format cannot pass on both sides.
        QVERIFY(listed.contains({QStringLiteral("Copy as curl"), QStringLiteral("Ctrl+Shift+C")}));
        QVERIFY(listed.contains({QStringLiteral("Edit"), QStringLiteral("F2, Return")}));
        QVERIFY(listed.contains({QStringLiteral("Keyboard shortcuts"), QStringLiteral("F1")}));
        QVERIFY(listed.contains({QStringLiteral("Accounts"), QStringLiteral("Ctrl+Shift+A")}));
        QVERIFY(listed.contains({QStringLiteral("Clear the filter"), QStringLiteral("Esc")}));
    }

    void groupedByMenu()
    {
        ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
        QStringList groups;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i)
            groups << dialog.tree()->topLevelItem(i)->text(0);
        QCOMPARE(groups.mid(0, 4), QStringList({QStringLiteral("File"), QStringLiteral("Edit"),
                                                QStringLiteral("View"), QStringLiteral("Help")}));
        QVERIFY(groups.contains(QStringLiteral("Endpoint table")));
    }

    void noTwoActionsShareAShortcut()
    {
        QMultiMap<QKeySequence, QAction *> byKey;
        for (QAction *action : windowActions())
            for (const QKeySequence &sequence : action->shortcuts())
                byKey.insert(sequence, action);
        QStringList clashes;
        for (const QKeySequence &key : byKey.uniqueKeys()) {
            const QList<QAction *> actions = byKey.values(key);
            for (int i = 0; i < actions.size(); ++i)
                for (int j = i + 1; j < actions.size(); ++j)
                    if (canCollide(actions.at(i), actions.at(j)))
                        clashes << QStringLiteral("%1: '%2' and '%3'")
                                       .arg(key.toString(QKeySequence::NativeText), actions.at(i)->text(),
                                            actions.at(j)->text());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void menuMnemonicsAreUniqueInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void menuMnemonicsAreUniqueInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator; // the catalogues the window ships with, as built
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(PATCHBAY_QM_DIR "/patchbay_") + language));
            QCoreApplication::installTranslator(&translator);
        }
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        MainWindow window(m_workspace.get(), m_service.get(), nullptr);
        QStringList problems;
        checkMnemonics(window.menuBar()->actions(), QStringLiteral("menu bar"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void readOnlyNamedAndClosedByEscape()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.focusWidget(), dialog.tree()); // the list takes the keys first
        QCOMPARE(dialog.tree()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QTreeWidgetItem *first = dialog.tree()->topLevelItem(0)->child(0);
        QVERIFY(!(first->flags() & Qt::ItemIsEditable));
        QTest::keyClick(dialog.tree(), Qt::Key_F2); // the usual "edit" key changes nothing
        QVERIFY(!dialog.tree()->isPersistentEditorOpen(first, 1));
        QVERIFY(!dialog.tree()->accessibleName().isEmpty());
        const QRect available = dialog.screen()->availableGeometry();
        QVERIFY(dialog.width() <= available.width() && dialog.height() <= available.height());
        QTest::keyClick(dialog.tree(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void openedByF1FromTheWindow()
    {
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        bool opened = false;
        // The dialog is modal: look at it from inside its own event loop, then close it.
        QTimer::singleShot(0, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            opened = qobject_cast<ShortcutsDialog *>(modal) != nullptr;
            if (modal)
                modal->close();
        });
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QVERIFY(opened);
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
