#include "aboutdialog.h"
#include "common/sandboxworkspace.h"
#include "editendpointdialog.h"
#include "endpointactions.h"
#include "endpointdetailpane.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "preferencesdialog.h"
#include "sandbox/sandboxseed.h"
#include "shortcutsdialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRadioButton>
#include <QTableView>
#include <QTextDocument>
#include <QtTest>

// What a screen reader and a keyboard user get, checked in process through the same QAccessible
// tree AT-SPI exposes: every control has a name, labels read their text, Tab never gets trapped.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    // "Role 'name' (ObjectClass objectName)" for failure messages.
    static QString describe(QAccessibleInterface *iface)
    {
        const QObject *o = iface->object();
        return QStringLiteral("role %1 '%2' (%3 %4)")
            .arg(int(iface->role()))
            .arg(iface->text(QAccessible::Name),
                 o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("item"),
                 o ? o->objectName() : QString());
    }

    static QString plainText(const QLabel *label)
    {
        QString text = label->text();
        if (label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
            QTextDocument doc;
            doc.setHtml(text);
            text = doc.toPlainText();
        }
        return text.remove(QLatin1Char('&')); // mnemonics
    }

    // Walks the visible tree and lists every problem a screen reader user would meet.
    static void walk(QAccessibleInterface *iface, QStringList *problems, int depth = 0)
    {
        if (!iface || !iface->isValid() || depth > 40)
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible || state.offscreen)
            return;
        const QString name = iface->text(QAccessible::Name).trimmed();
        const bool control = state.focusable || iface->role() == QAccessible::Button;
        if (control && name.isEmpty())
            problems->append(QStringLiteral("unnamed control: ") + describe(iface));
        if (const auto *label = qobject_cast<const QLabel *>(iface->object())) {
            if (label->pixmap().isNull() && name != plainText(label).trimmed())
                problems->append(QStringLiteral("label name hides its text '%1': ").arg(plainText(label)) +
                                 describe(iface));
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), problems, depth + 1);
    }

    static QStringList problemsIn(QWidget *root)
    {
        QStringList problems;
        walk(QAccessible::queryAccessibleInterface(root), &problems);
        return problems;
    }

    static QWidget *pressOn(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        if (focus)
            QTest::keyClick(focus, key, modifiers);
        return QApplication::focusWidget();
    }

    std::unique_ptr<SandboxWorkspace> m_sandbox;
    std::unique_ptr<MainWindow> m_window;

    bool showLoadedWindow()
    {
        m_window = std::make_unique<MainWindow>(m_sandbox->workspace(), nullptr, nullptr);
        m_window->resize(1400, 800);
        m_window->show();
        m_window->activateWindow();
        m_window->refresh();
        return QTest::qWaitForWindowActive(m_window.get()) &&
               QTest::qWaitFor([this] { return !m_sandbox->workspace()->isLoading(); }, 10000) &&
               m_window->table()->model()->rowCount() > 0;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxWorkspace>();
        QVERIFY(m_sandbox->isListening());
    }
    void cleanup()
    {
        m_window.reset();
        m_sandbox.reset();
    }

    void mainWindowHasNoUnnamedControlNorHiddenLabelText()
    {
        QVERIFY(showLoadedWindow());
        // Show what is hidden until used: the filter's clear button, the banner, a selected row.
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("e"));
        m_window->banner()->showMessage(MessageBanner::Kind::Info, QStringLiteral("Saved."));
        m_window->table()->selectRow(0);
        QTRY_VERIFY(m_window->detailPane()->isVisible());
        const QStringList problems = problemsIn(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void statePageHasNoUnnamedControl()
    {
        m_window = std::make_unique<MainWindow>(m_sandbox->workspace(), nullptr, nullptr);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->refresh(); // loading, then the table or an error
        const QStringList problems = problemsIn(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void emptyCellsStillReadTheirColumn()
    {
        QVERIFY(showLoadedWindow());
        QAbstractItemModel *model = m_window->table()->model();
        bool sawEmpty = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (!index.data().toString().isEmpty())
                    continue;
                sawEmpty = true;
                QVERIFY2(!index.data(Qt::AccessibleTextRole).toString().isEmpty(),
                         qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(column)));
            }
        }
        QVERIFY(sawEmpty); // the seed has endpoints without a description
    }

    void tabLeavesTheTableBothWays()
    {
        QVERIFY(showLoadedWindow());
        QTableView *table = m_window->table();
        for (Qt::KeyboardModifiers modifiers : {Qt::NoModifier, Qt::ShiftModifier}) {
            table->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), table);
            QWidget *next = pressOn(Qt::Key_Tab, modifiers);
            QVERIFY2(next && next != table,
                     modifiers ? "Shift+Tab stayed in the table" : "Tab stayed in the table");
        }
        // Forward from the table reaches the detail pane's Edit button without passing the table again.
        table->setFocus(Qt::TabFocusReason);
        QVERIFY(table->selectionModel()->hasSelection());
        bool reachedDetail = false;
        for (int i = 0; i < 10 && !reachedDetail; ++i) {
            QWidget *focus = pressOn(Qt::Key_Tab);
            QVERIFY(focus != table);
            reachedDetail = focus && m_window->detailPane()->isAncestorOf(focus);
        }
        QVERIFY(reachedDetail);
    }

    void focusEnteringTheTableSelectsTheCurrentRow()
    {
        QVERIFY(showLoadedWindow());
        QTableView *table = m_window->table();
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY(!m_window->actions()->editAction()->isEnabled());
        m_window->healthFilterBox()->setFocus(Qt::TabFocusReason);
        QCOMPARE(pressOn(Qt::Key_Tab), table);
        QVERIFY(table->selectionModel()->isRowSelected(0, {}));
        QVERIFY(m_window->actions()->editAction()->isEnabled());
        pressOn(Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1); // row 1 was selected, so Down goes to the second row
        QVERIFY(table->selectionModel()->isRowSelected(1, {}));
    }

    void editDialogFocusesTheFirstEditableField_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("focused");
        QTest::newRow("writable URL") << int(ProviderId::OpenTrain) << QString(SandboxSeed::OpenTrain::active)
                                      << QStringLiteral("urlEdit");
        QTest::newRow("read-only URL") << int(ProviderId::Atoa) << QString(SandboxSeed::Atoa::paymentsBasic)
                                       << QStringLiteral("eventList");
    }
    void editDialogFocusesTheFirstEditableField()
    {
        QFETCH(int, provider);
        QFETCH(QString, id);
        QFETCH(QString, focused);
        const Endpoint base = m_sandbox->load(ProviderId(provider), id);
        QVERIFY(!base.id.isEmpty());
        EditEndpointDialog dialog(m_sandbox->workspace(), base);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);
        if (auto *url = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
            QTest::keyClicks(url, QStringLiteral("/x"));
            QVERIFY(url->text().endsWith(QStringLiteral("/x"))); // typing right after F2 edits the URL
        }
        const QStringList problems = problemsIn(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void helpDialogsHaveNoUnnamedControlNorHiddenLabelText()
    {
        m_window = std::make_unique<MainWindow>(m_sandbox->workspace(), nullptr, nullptr);
        ShortcutsDialog shortcuts(m_window->menuBar(), m_window.get());
        AboutDialog about(m_window.get());
        for (QDialog *dialog : {static_cast<QDialog *>(&shortcuts), static_cast<QDialog *>(&about)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList problems = problemsIn(dialog);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(dialog->objectName() + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
            dialog->hide();
        }
    }

    void preferencesDialogHasNoUnnamedControl()
    {
        PreferencesDialog dialog{Preferences(nullptr)};
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QStringList problems = problemsIn(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Tab walks every control and comes back: nothing is trapped, nothing unreachable.
        QWidget *first = QApplication::focusWidget();
        QVERIFY(first);
        QSet<QWidget *> visited{first};
        for (int i = 0; i < 20; ++i) {
            QWidget *next = pressOn(Qt::Key_Tab);
            if (next == first)
                break;
            visited.insert(next);
        }
        QVERIFY(visited.contains(dialog.languageBox()));
        QVERIFY(visited.contains(dialog.themeBox()));
        QVERIFY(visited.contains(dialog.autoRefreshBox()));
        QVERIFY(visited.contains(dialog.productionOnlyButton()) ||
                visited.contains(dialog.everyAccountButton()));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
