#include "accountlistmodel.h"
#include "bulkchangedialog.h"
#include "changejournaldialog.h"
#include "common/scriptedserver.h"
#include "core/draft.h"
#include "editendpointdialog.h"
#include "elidedelegate.h"
#include "endpointactions.h"
#include "endpointdetailpane.h"
#include "endpointfilterproxy.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "net/apiclient.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "session/changejournal.h"
#include "session/workspace.h"
#include "statepage.h"
#include "viewexporter.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

// The real window against the sandbox, driven as a user would: load everything, filter, select,
// act on one endpoint and on many, undo.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer *m_sandbox = nullptr;
    ApiClient *m_client = nullptr;
    ChangeJournal *m_journal = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    int m_seeded = 0;

    void addAccounts(const QString &environment = QStringLiteral("staging"))
    {
        for (ProviderId p : Providers::all()) {
            Account account(Providers::spec(p).displayName, p);
            account.baseUrl = m_sandbox->baseUrl();
            account.environment = environment;
            m_workspace->setAccount(account, SandboxServer::tokenFor(p));
            m_seeded += m_sandbox->endpointIds(p).size();
        }
    }
    // One account of `p` at `base`; the number of endpoints it lists there.
    int addAccount(ProviderId p, SandboxServer *server)
    {
        Account account(Providers::spec(p).displayName, p);
        account.baseUrl = server->baseUrl();
        m_workspace->setAccount(account, SandboxServer::tokenFor(p));
        return int(server->endpointIds(p).size());
    }
    // The second list request fails with a 500 (not retried); the first one passes.
    static void failSecondPage(SandboxServer *server)
    {
        server->addFault({SandboxFault::Kind::Delay, QString(), "GET", 1, 0});
        server->addFault({SandboxFault::Kind::ServerError, QString(), "GET", 1, 0, 500});
    }
    bool rowsAreUnique() const
    {
        QSet<QString> ids;
        for (int row = 0; row < m_window->model()->rowCount(); ++row)
            ids.insert(m_window->model()->endpointAt(row)->account + QLatin1Char('/') +
                       m_window->model()->endpointAt(row)->id);
        return ids.size() == m_window->model()->rowCount();
    }
    bool loadAll()
    {
        m_window->refresh();
        return QTest::qWaitFor(
            [this] { return !m_workspace->isLoading() && m_window->model()->rowCount() == m_seeded; }, 10000);
    }
    bool loadAllOf(int rows)
    {
        m_window->refresh();
        return QTest::qWaitFor(
            [this, rows] { return !m_workspace->isLoading() && m_window->model()->rowCount() == rows; },
            10000);
    }
    static QJsonObject bodyOf(const SandboxJournalEntry &e)
    {
        return QJsonDocument::fromJson(e.body).object();
    }
    // `bash .ci/screenshot` sets PATCHBAY_SCREENSHOT_DIR to refresh the README's pictures.
    static void saveScreenshot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("PATCHBAY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // let layouts settle
        if (!widget->grab().save(QDir(dir).filePath(QLatin1String(name))))
            qWarning("could not save %s", name);
    }

private slots:
    void init()
    {
        m_seeded = 0;
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->listen(0));
        m_client = new ApiClient(this);
        m_journal = new ChangeJournal(
            m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".jsonl")));
        m_workspace = new Workspace(m_client, m_journal, this);
        m_window = new MainWindow(m_workspace, nullptr, nullptr);
        m_window->actions()->setConfirmer(
            [](const QString &, const QString &, const QString &) { return true; });
        m_window->resize(1400, 800);
        m_window->show();
    }
    void cleanup()
    {
        delete m_window;
        delete m_workspace;
        delete m_journal;
        delete m_client;
        delete m_sandbox;
    }

    void emptyStateInvitesToAddAnAccount()
    {
        QVERIFY(!m_window->isTableShown());
        QCOMPARE(m_window->statePage()->title(), QStringLiteral("No accounts yet"));
    }

    void loadsEveryProviderInEveryHealthState()
    {
        addAccounts();
        QAbstractItemModelTester modelTester(m_window->model());
        QAbstractItemModelTester proxyTester(m_window->proxy());
        QVERIFY(loadAll());
        QVERIFY(m_window->isTableShown());
        QVERIFY(m_window->model()->healthCount(Health::Active) > 0);
        QVERIFY(m_window->model()->healthCount(Health::Failing) > 0);
        QVERIFY(m_window->model()->healthCount(Health::Disabled) > 0);
        QSet<ProviderId> providers;
        for (int row = 0; row < m_window->model()->rowCount(); ++row)
            providers.insert(m_window->model()->endpointAt(row)->provider);
        QCOMPARE(providers.size(), 5);
        QVERIFY(m_window->countsLabel()->text().contains(QString::number(m_seeded)));
    }

    void rowsShowPageByPage()
    {
        // Slow pages: the first rows must be in the (sorted) table long before the last page.
        const ProviderId p = ProviderId::Layers;
        m_sandbox->addSyntheticEndpoints(p, 4 * Providers::spec(p).paging.pageSize);
        const int total = addAccount(p, m_sandbox);
        QAbstractItemModelTester modelTester(m_window->model());
        QAbstractItemModelTester proxyTester(m_window->proxy());
        m_sandbox->setDefaultLatencyMs(150);
        m_window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->proxy()->rowCount() > 0, 5000);
        QVERIFY(m_workspace->isLoading());
        QVERIFY(m_window->model()->rowCount() < total);
        QVERIFY(m_window->isTableShown());
        QTRY_VERIFY(m_window->countsLabel()->text().contains(QString::number(m_window->model()->rowCount())));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isLoading(), 10000);
        QCOMPARE(m_window->model()->rowCount(), total);
        QCOMPARE(m_window->proxy()->rowCount(), total);
        QVERIFY(rowsAreUnique());
    }

    void failedLaterPageKeepsEarlierRowsAndSaysSo()
    {
        const ProviderId p = ProviderId::Layers;
        m_sandbox->addSyntheticEndpoints(p, 3 * Providers::spec(p).paging.pageSize);
        const int total = addAccount(p, m_sandbox);
        failSecondPage(m_sandbox);
        QSignalSpy failed(m_workspace, &Workspace::loadFailed);
        m_window->refresh();
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(m_window->banner()->text().contains(Providers::spec(p).displayName));
        // The first page's rows stay: what was read is still true, only incomplete.
        QCOMPARE(m_window->model()->rowCount(), Providers::spec(p).paging.pageSize);
        QVERIFY(m_window->isTableShown());

        // The next full load completes the table, without duplicating the rows it already had.
        QVERIFY(loadAllOf(total));
        QVERIFY(rowsAreUnique());
    }

    void vanishedEndpointsLeaveOnlyAfterAFullLoad()
    {
        const ProviderId p = ProviderId::Layers;
        const int page = Providers::spec(p).paging.pageSize;
        m_sandbox->addSyntheticEndpoints(p, 3 * page);
        const int before = addAccount(p, m_sandbox);
        QVERIFY(loadAllOf(before));
        // A refresh of the same listing changes nothing: no duplicate, no removal.
        QSignalSpy removed(m_window->model(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(loadAllOf(before));
        QVERIFY(rowsAreUnique());
        QCOMPARE(removed.count(), 0);

        // The provider now lists a page fewer (the same ids, the last page's gone).
        SandboxServer smaller;
        QVERIFY(smaller.listen(0));
        smaller.addSyntheticEndpoints(p, 2 * page);
        const int after = addAccount(p, &smaller);
        QVERIFY(after < before);

        // A load that fails half-way removes nothing.
        failSecondPage(&smaller);
        QSignalSpy failed(m_workspace, &Workspace::loadFailed);
        m_window->refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_window->model()->rowCount(), before);
        QCOMPARE(removed.count(), 0);

        // A slow full load: the gone rows stay while it runs, and leave at its end.
        smaller.setDefaultLatencyMs(100);
        QSignalSpy delivered(m_workspace, &Workspace::endpointsLoaded);
        m_window->refresh();
        QVERIFY(delivered.wait(5000));
        QVERIFY(m_workspace->isLoading());
        QCOMPARE(m_window->model()->rowCount(), before);
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isLoading(), 10000);
        QCOMPARE(m_window->model()->rowCount(), after);
        QCOMPARE(m_window->proxy()->rowCount(), after);
        QVERIFY(removed.count() > 0);
        QVERIFY(rowsAreUnique());
        for (const QString &id : smaller.endpointIds(p))
            QVERIFY(m_window->model()->rowOf(Providers::spec(p).displayName, id) >= 0);
    }

    // File → Export… (tst_viewexporter drives the dialog): in the File menu, enabled only with rows to
    // export, and what it reports shows in the banner.
    void fileMenuExportsTheView()
    {
        QAction *exportAction = m_window->exporter()->action();
        QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file && file->actions().contains(exportAction));
        QVERIFY(!exportAction->isEnabled()); // no accounts, no rows
        addAccounts();
        QVERIFY(loadAll());
        QVERIFY(exportAction->isEnabled());
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("no endpoint has this"));
        QVERIFY(!exportAction->isEnabled());
        emit m_window->exporter()->message(MessageBanner::Kind::Success,
                                           QStringLiteral("Exported 3 endpoints"));
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->text(), QStringLiteral("Exported 3 endpoints"));
    }

    // patchbay-cli appends to the same journal file while the window runs: opening the journal shows
    // its changes, and says where they came from.
    void journalShowsWhatTheCliSentMeanwhile()
    {
        ChangeRecord fromCli;
        fromCli.at = QDateTime::currentDateTimeUtc();
        fromCli.account = QStringLiteral("payroll");
        fromCli.provider = ProviderId::Layers;
        fromCli.endpointId = QStringLiteral("ep_cli");
        fromCli.method = "PATCH";
        fromCli.requestUrl = QStringLiteral("https://api.layers.example/v1/webhook-endpoints/ep_cli");
        fromCli.httpStatus = 200;
        fromCli.by = QStringLiteral("patchbay-cli");
        QVERIFY(ChangeJournal(m_journal->filePath()).appendUnloaded(fromCli));

        QAction *open = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_J))
                open = action;
        }
        QVERIFY(open);
        open->trigger();
        auto *dialog = m_window->findChild<ChangeJournalDialog *>();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("journalTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("journalDetailTitle"))
                        ->text()
                        .contains(QLatin1String("patchbay-cli")));
        dialog->close();
    }

    void filterAndSelectShowsDetails()
    {
        addAccounts();
        QVERIFY(loadAll());
        const QString id = SandboxSeed::Layers::autoPaused;
        QTest::keyClicks(m_window->filterEdit(), id);
        QCOMPARE(m_window->proxy()->rowCount(), 1);
        m_window->healthFilterBox()->setCurrentIndex(2); // Failing: it is disabled, so nothing
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        QVERIFY(!m_window->isTableShown());
        QCOMPARE(m_window->statePage()->title(), QStringLiteral("No endpoint matches"));
        m_window->healthFilterBox()->setCurrentIndex(3); // Disabled
        QCOMPARE(m_window->proxy()->rowCount(), 1);
        m_window->table()->selectRow(0);
        QCOMPARE(m_window->detailPane()->endpoint().id, id);
        QVERIFY(m_window->detailPane()->rawJsonText().contains(QLatin1String("auto_paused")));
    }

    // The table has priority: without a selection the detail pane gives its room to the table, and
    // with one it takes at most a third; Account is seen right after Health and Since, not off-screen.
    void tableHasPriority()
    {
        addAccounts();
        QVERIFY(loadAll());
        QTableView *table = m_window->table();
        table->clearSelection();
        QVERIFY(!m_window->detailPane()->isVisible());
        QHeaderView *header = table->horizontalHeader();
        // Health, then when it became so (Since), then the account.
        QCOMPARE(header->visualIndex(EndpointTableModel::AccountColumn),
                 header->visualIndex(EndpointTableModel::HealthColumn) + 2);
        QCOMPARE(header->visualIndex(EndpointTableModel::SinceColumn),
                 header->visualIndex(EndpointTableModel::HealthColumn) + 1);
        QVERIFY(header->sectionViewportPosition(EndpointTableModel::AccountColumn) +
                    header->sectionSize(EndpointTableModel::AccountColumn) <=
                table->viewport()->width());
        table->selectRow(0);
        QVERIFY(m_window->detailPane()->isVisible());
        auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(m_window->detailPane()->width() <= splitter->width() / 3 + splitter->handleWidth());
        QVERIFY(table->width() > m_window->detailPane()->width());
        table->clearSelection();
        QVERIFY(!m_window->detailPane()->isVisible());
    }

    // With the detail pane open on a 1600-pixel-wide window every column is on screen (squeezed,
    // not behind a horizontal scroll bar) and the URL keeps the most room; on a 1280-pixel one (a
    // laptop at 1.5× or 2×) at least URL, health and account are.
    void columnsFitBesideTheDetailPane()
    {
        addAccounts();
        QVERIFY(loadAll());
        QTableView *table = m_window->table();
        const QHeaderView *header = table->horizontalHeader();
        auto rightEdge = [header](int column) {
            return header->sectionViewportPosition(column) + header->sectionSize(column);
        };
        m_window->resize(1600, 900);
        table->selectRow(0);
        QVERIFY(m_window->detailPane()->isVisible());
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            QVERIFY(rightEdge(column) <= table->viewport()->width());
            if (column != EndpointTableModel::UrlColumn)
                QVERIFY(header->sectionSize(EndpointTableModel::UrlColumn) > header->sectionSize(column));
        }
        // Dates are never cut: the column is as wide as the locale's longest date.
        const QModelIndex date = m_window->proxy()->index(0, EndpointTableModel::LastDeliveryColumn);
        QVERIFY(header->sectionSize(EndpointTableModel::LastDeliveryColumn) >
                table->fontMetrics().horizontalAdvance(date.data().toString()));
        m_window->resize(1280, 760);
        for (int column : {EndpointTableModel::UrlColumn, EndpointTableModel::HealthColumn,
                           EndpointTableModel::AccountColumn})
            QTRY_VERIFY(rightEdge(column) <= table->viewport()->width());
    }

    // URLs are told apart by their host: a narrow URL column keeps scheme and host, eliding the path.
    void urlElisionKeepsTheHost()
    {
        addAccounts();
        QVERIFY(loadAll());
        // The window's URL column uses the delegate; a delegate of the same class, whose protected
        // initStyleOption() a subclass may call, shows what it paints (no cast of the window's object).
        QVERIFY(dynamic_cast<ElideRightDelegate *>(
            m_window->table()->itemDelegateForColumn(EndpointTableModel::UrlColumn)));
        struct Exposed : ElideRightDelegate
        {
            using ElideRightDelegate::initStyleOption;
        } delegate;
        const QModelIndex index = m_window->proxy()->index(0, EndpointTableModel::UrlColumn);
        QStyleOptionViewItem option;
        option.initFrom(m_window->table());
        delegate.initStyleOption(&option, index);
        const QUrl url(option.text);
        QVERIFY(!url.host().isEmpty());
        const QString prefix = url.scheme() + QStringLiteral("://") + url.host();
        const int width = option.fontMetrics.horizontalAdvance(prefix + QStringLiteral("/ab…"));
        const QString shown = option.fontMetrics.elidedText(option.text, option.textElideMode, width);
        QVERIFY2(shown.startsWith(prefix), qPrintable(shown));
    }

    // The whole journey: filter, select, open the editor, change one field, read the preview, save,
    // then check the row and exactly what the provider received.
    void editOneFieldEndToEnd()
    {
        addAccounts();
        QVERIFY(loadAll());
        const QString account = Providers::spec(ProviderId::OptimalDial).displayName;
        const QString id = SandboxSeed::OptimalDial::failing;
        QTest::keyClicks(m_window->filterEdit(), id);
        QCOMPARE(m_window->proxy()->rowCount(), 1);
        m_window->table()->setFocus();
        m_window->table()->selectRow(0);
        QSignalSpy opened(m_window, &MainWindow::editDialogOpened);
        QTest::keyClick(m_window->table(), Qt::Key_F2);
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<EditEndpointDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        QPointer<EditEndpointDialog> guard(dialog);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(save && !save->isEnabled());

        auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("descriptionEdit"));
        QVERIFY(description);
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Owned by the QA team"));
        auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("requestPreview"));
        QVERIFY(preview);
        const QString shown = preview->toPlainText();
        QVERIFY2(shown.startsWith(QLatin1String("PATCH ")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("\"description\": \"Owned by the QA team\"")));
        QVERIFY(shown.contains(QLatin1String("Bearer <redacted>")));
        QVERIFY(!shown.contains(SandboxServer::tokenFor(ProviderId::OptimalDial)));
        QVERIFY(save->isEnabled());
        saveScreenshot(dialog, "edit-dialog.png");

        const int before = m_sandbox->journal().size();
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QCOMPARE(m_sandbox->journal().size(), before + 2); // the re-read, then the change
        QCOMPARE(m_sandbox->journal().at(before).method, QByteArray("GET"));
        const SandboxJournalEntry sent = m_sandbox->journal().constLast();
        QCOMPARE(sent.method, QByteArray("PATCH"));
        QCOMPARE(bodyOf(sent),
                 QJsonObject({{QStringLiteral("description"), QStringLiteral("Owned by the QA team")}}));
        const int row = m_window->model()->rowOf(account, id);
        QCOMPARE(m_window->model()->endpointAt(row)->description, QStringLiteral("Owned by the QA team"));
        QCOMPARE(m_window->detailPane()->endpoint().description, QStringLiteral("Owned by the QA team"));
        QVERIFY(m_window->banner()->text().contains(QLatin1String("Saved")));
    }

    void refreshKeepsSelection()
    {
        addAccounts();
        QVERIFY(loadAll());
        const QString account = Providers::spec(ProviderId::Atoa).displayName;
        m_window->selectEndpoint(account, SandboxSeed::Atoa::refunds);
        QCOMPARE(m_window->selectedEndpoints().size(), 1);
        m_window->refresh();
        QTRY_VERIFY(!m_workspace->isLoading());
        QCOMPARE(m_window->selectedEndpoints().size(), 1);
        QCOMPARE(m_window->selectedEndpoints().first().id, QString(SandboxSeed::Atoa::refunds));
        QCOMPARE(m_window->model()->rowCount(), m_seeded);
    }

    void quickDisableThenUndo()
    {
        addAccounts();
        QVERIFY(loadAll());
        const QString account = Providers::spec(ProviderId::OptimalDial).displayName;
        const QString id = SandboxSeed::OptimalDial::active;
        m_window->selectEndpoint(account, id);
        QVERIFY(m_window->actions()->disableAction()->isEnabled());
        m_window->actions()->disableAction()->trigger();
        QTRY_VERIFY(!m_window->model()->endpointAt(m_window->model()->rowOf(account, id))->enabled);
        QCOMPARE(bodyOf(m_sandbox->journal().constLast()),
                 QJsonObject({{QStringLiteral("is_active"), false}}));
        QTRY_VERIFY(m_window->actions()->undoAction()->isEnabled());

        m_window->actions()->undoAction()->trigger();
        QTRY_VERIFY(m_window->model()->endpointAt(m_window->model()->rowOf(account, id))->enabled);
        QCOMPARE(bodyOf(m_sandbox->journal().constLast()),
                 QJsonObject({{QStringLiteral("is_active"), true}}));
        QCOMPARE(m_journal->records().size(), 2);
        if (auto *inspector = m_window->findChild<QDockWidget *>(QStringLiteral("requestInspector"))) {
            inspector->show();
            saveScreenshot(m_window, "main-window-inspector.png");
        }
    }

    // Edit ▸ Undo / Redo name the step they would take, and have their shortcuts.
    void editMenuNamesTheSteps()
    {
        addAccounts();
        QVERIFY(loadAll());
        QAction *undo = m_window->actions()->undoAction();
        QAction *redo = m_window->actions()->redoAction();
        QMenu *edit = nullptr;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->text() == QLatin1String("&Edit"))
                edit = menu->menu();
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(undo));
        QVERIFY(edit->actions().contains(redo));
        QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
            QVERIFY(redo->shortcuts().contains(key));
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->toolTip(), QStringLiteral("Nothing to undo."));
        QCOMPARE(redo->toolTip(), QStringLiteral("Nothing to redo."));

        const QString account = Providers::spec(ProviderId::OptimalDial).displayName;
        const QString id = SandboxSeed::OptimalDial::active;
        const QString url = m_window->model()->endpointAt(m_window->model()->rowOf(account, id))->url;
        m_window->selectEndpoint(account, id);
        m_window->actions()->disableAction()->trigger();
        QTRY_VERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo disable of %1").arg(url));
        QVERIFY(!redo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("Red&o"));
        if (!qEnvironmentVariableIsEmpty("PATCHBAY_SCREENSHOT_DIR")) {
            edit->popup(m_window->mapToGlobal(QPoint(40, 20)));
            QTRY_VERIFY(edit->isVisible());
            saveScreenshot(edit, "edit-menu-undo.png");
            edit->hide();
        }

        undo->trigger();
        QTRY_VERIFY(redo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("Red&o disable of %1").arg(url));
        QCOMPARE(redo->toolTip(), QStringLiteral("Redo disable of %1").arg(url));
        QVERIFY(!undo->isEnabled());
        redo->trigger();
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(!m_window->model()->endpointAt(m_window->model()->rowOf(account, id))->enabled);
        QCOMPARE(bodyOf(m_sandbox->journal().constLast()),
                 QJsonObject({{QStringLiteral("is_active"), false}}));
        // The status bar's button keeps a short label; the step is in its tooltip.
        QCOMPARE(undo->iconText(), QStringLiteral("Undo"));
    }

    // The next change, from anywhere, replaces or clears "… Press Ctrl+Z to undo" (issue 7 §4).
    void undoHintClearedByTheNextChange()
    {
        addAccounts();
        QVERIFY(loadAll());
        const QString account = Providers::spec(ProviderId::OptimalDial).displayName;
        m_window->selectEndpoint(account, SandboxSeed::OptimalDial::active);
        m_window->actions()->disableAction()->trigger();
        QTRY_VERIFY(m_window->banner()->text().contains(QLatin1String("Ctrl+Z")));
        // A change made elsewhere (as the bulk dialog does) says nothing in the banner itself.
        const std::optional<Endpoint> other = m_window->model()->endpointAt(
            m_window->model()->rowOf(account, SandboxSeed::OptimalDial::failing));
        QVERIFY(other);
        Draft draft = Draft::fromEndpoint(*other);
        draft.description = QStringLiteral("changed elsewhere");
        SaveJob *job = m_workspace->save(*other, draft);
        QSignalSpy finished(job, &SaveJob::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(job->wasSent());
        QVERIFY2(m_window->banner()->text().isEmpty(), qPrintable(m_window->banner()->text()));
    }

    void escapeClearsTheFilter()
    {
        addAccounts();
        QVERIFY(loadAll());
        m_window->filterEdit()->setFocus();
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("no-such-endpoint"));
        QCOMPARE(m_window->proxy()->rowCount(), 0);
        QTest::keyClick(m_window->filterEdit(), Qt::Key_Escape);
        QVERIFY(m_window->filterEdit()->text().isEmpty());
        QCOMPARE(m_window->proxy()->rowCount(), m_seeded);
    }

    // The default confirmation answers with a verb, Cancel being the default; no Yes/No.
    void defaultConfirmationUsesTheVerb()
    {
        QStringList buttons;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                buttons << b->text().remove(QLatin1Char('&'));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            box->findChild<QAbstractButton *>(QStringLiteral("confirmVerbButton"))->click();
        });
        QVERIFY(EndpointActions::askWithMessageBox(m_window, QStringLiteral("Change a production account?"),
                                                   QStringLiteral("PATCH https://x.example/1"),
                                                   QStringLiteral("Re-enable")));
        QVERIFY2(buttons.contains(QStringLiteral("Re-enable")), qPrintable(buttons.join(u',')));
        QVERIFY(!buttons.contains(QStringLiteral("Yes")));
        QCOMPARE(buttons.size(), 2);
    }

    void productionChangesAskFirst()
    {
        addAccounts(QStringLiteral("production"));
        QVERIFY(loadAll());
        int asked = 0;
        QString askedText, askedVerb;
        m_window->actions()->setConfirmer([&](const QString &, const QString &text, const QString &verb) {
            ++asked;
            askedText = text;
            askedVerb = verb;
            return false; // the user says no
        });
        m_window->selectEndpoint(Providers::spec(ProviderId::Diligent).displayName,
                                 SandboxSeed::Diligent::active);
        const int before = m_sandbox->journal().size();
        m_window->actions()->disableAction()->trigger();
        QTRY_COMPARE(asked, 1); // once the endpoint was re-read, with the request as it would go out
        QCOMPARE(askedVerb, QStringLiteral("Disable")); // a verb button, not "Yes" (issue 7 §4)
        const SandboxJournalEntry reRead = m_sandbox->journal().constLast();
        QVERIFY2(askedText.contains(reRead.path), qPrintable(askedText)); // the request it would send
        QCOMPARE(m_sandbox->journal().size(), before + 1); // the re-read; declined, nothing was sent
        QCOMPARE(m_sandbox->journal().constLast().method, QByteArray("GET"));
    }

    void bulkReenableReportsTheOneFailureAndCompletesTheRest()
    {
        addAccounts();
        QVERIFY(loadAll());
        m_window->healthFilterBox()->setCurrentIndex(3); // Disabled
        const int disabled = m_window->proxy()->rowCount();
        QVERIFY(disabled >= 5);
        m_sandbox->addFault({SandboxFault::Kind::ServerError, QString(SandboxSeed::Layers::autoPaused),
                             QByteArray("PATCH"), 1, 0, 500, 1});
        QSignalSpy opened(m_window, &MainWindow::bulkDialogOpened);
        m_window->table()->selectAll();
        m_window->actions()->enableAction()->trigger();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<BulkChangeDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->sendableCount(), disabled);
        dialog->send();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->operation() && dialog->operation()->finishedCount() == disabled,
                                 10000);
        QCOMPARE(dialog->operation()->failedCount(), 1);
        // Every other one is now delivering, and the table says so.
        QTRY_COMPARE(m_window->model()->healthCount(Health::Disabled), 1);
        const int failedRow = m_window->model()->rowOf(Providers::spec(ProviderId::Layers).displayName,
                                                       SandboxSeed::Layers::autoPaused);
        QVERIFY(!m_window->model()->endpointAt(failedRow)->enabled);
        // The Result column is seen without scrolling sideways.
        auto *results = dialog->findChild<QTableWidget *>();
        QVERIFY(results);
        const int resultColumn = results->columnCount() - 1;
        QVERIFY(results->horizontalHeader()->sectionViewportPosition(resultColumn) >= 0);
        QVERIFY(results->horizontalHeader()->sectionViewportPosition(resultColumn) +
                    results->columnWidth(resultColumn) <=
                results->viewport()->width());
        saveScreenshot(dialog, "bulk-dialog.png");
        dialog->close();
    }

    void undoOnProductionAsksFirst()
    {
        addAccounts(QStringLiteral("production"));
        QVERIFY(loadAll());
        m_window->selectEndpoint(Providers::spec(ProviderId::OptimalDial).displayName,
                                 SandboxSeed::OptimalDial::active);
        m_window->actions()->disableAction()->trigger(); // the confirmer says yes
        QTRY_VERIFY(m_window->actions()->undoAction()->isEnabled());
        int asked = 0;
        QString askedVerb, askedText;
        m_window->actions()->setConfirmer([&](const QString &, const QString &text, const QString &verb) {
            askedVerb = verb;
            askedText = text;
            ++asked;
            return false;
        });
        const int before = m_sandbox->journal().size();
        m_window->actions()->undoAction()->trigger();
        QTRY_COMPARE(asked, 1); // once the endpoint was re-read, with the request as it would go out
        QCOMPARE(askedVerb, QStringLiteral("Undo"));
        QVERIFY2(askedText.contains(QLatin1String("\"is_active\":true")), qPrintable(askedText));
        QCOMPARE(m_sandbox->journal().size(), before + 1); // the re-read; declined, nothing was sent
        QCOMPARE(m_sandbox->journal().constLast().method, QByteArray("GET"));
        QVERIFY(m_window->actions()->undoAction()->isEnabled()); // still there to undo later
    }

    void settingsSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ui.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            MainWindow window(m_workspace, nullptr, &settings);
            window.filterEdit()->setText(QStringLiteral("umbrella"));
            window.healthFilterBox()->setCurrentIndex(2);
            // A drag on the URL column's edge: from then on the user's widths win over fitting.
            QHeaderView *header = window.table()->horizontalHeader();
            QTest::mousePress(header->viewport(), Qt::LeftButton);
            header->resizeSection(EndpointTableModel::UrlColumn, 412);
            QTest::mouseRelease(header->viewport(), Qt::LeftButton);
            window.setAutoRefreshSeconds(60);
            window.close();
        }
        QSettings settings(path, QSettings::IniFormat);
        MainWindow window(m_workspace, nullptr, &settings);
        QCOMPARE(window.filterEdit()->text(), QStringLiteral("umbrella"));
        QCOMPARE(window.healthFilterBox()->currentIndex(), 2);
        QCOMPARE(window.proxy()->filterText(), QStringLiteral("umbrella"));
        QCOMPARE(window.table()->horizontalHeader()->sectionSize(EndpointTableModel::UrlColumn), 412);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("umbrella"));
        for (ProviderId p : Providers::all())
            QVERIFY(!stored.contains(SandboxServer::tokenFor(p).toUtf8()));
    }

    void healthFilterChoicesShowTheirCounts()
    {
        addAccounts();
        QVERIFY(loadAll());
        QComboBox *box = m_window->healthFilterBox();
        const auto textOf = [box](EndpointFilterProxy::HealthFilter filter) {
            return box->itemText(box->findData(int(filter)));
        };
        const EndpointTableModel *model = m_window->model();
        int attention = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            attention += model->needsAttention(row);
        QVERIFY(attention > 0);
        QTRY_COMPARE(textOf(EndpointFilterProxy::HealthFilter::Attention),
                     QStringLiteral("Needs attention (%1)").arg(QLocale().toString(attention)));
        QCOMPARE(textOf(EndpointFilterProxy::HealthFilter::Any),
                 QStringLiteral("All health states (%1)").arg(QLocale().toString(model->rowCount())));
        // The account list says the same per account, and in total on its All row.
        const QAbstractItemModel *accounts = m_window->accountList()->model();
        QTRY_COMPARE(accounts->index(0, 0).data(AccountListModel::AttentionCountRole).toInt(), attention);
        int perAccount = 0;
        for (int row = 1; row < accounts->rowCount(); ++row)
            perAccount += accounts->index(row, 0).data(AccountListModel::AttentionCountRole).toInt();
        QCOMPARE(perAccount, attention);
        box->setCurrentIndex(box->findData(int(EndpointFilterProxy::HealthFilter::Attention)));
        QCOMPARE(m_window->proxy()->rowCount(), attention);
        saveScreenshot(m_window, "attention-filter.png");
        // The other choices still count what they would show, not what is on show now.
        QCOMPARE(textOf(EndpointFilterProxy::HealthFilter::Active),
                 QStringLiteral("Active (%1)").arg(QLocale().toString(model->healthCount(Health::Active))));
        // A text filter narrows every count at once.
        m_window->filterEdit()->setText(QStringLiteral("no such endpoint anywhere"));
        QCOMPARE(textOf(EndpointFilterProxy::HealthFilter::Attention), QStringLiteral("Needs attention (0)"));
        m_window->filterEdit()->clear();
        // An endpoint recovering (hidden or not by the health filter) updates the counts.
        const int row = [model] {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->healthOfRow(r) == Health::Failing)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        Endpoint recovered = *model->endpointAt(row);
        recovered.failureCount = 0;
        recovered.lastDeliveryStatus = 200;
        recovered.lastFailureAt = {};
        recovered.providerStatus = QStringLiteral("active");
        QVERIFY(m_window->model()->updateEndpoint(recovered));
        QVERIFY(model->healthOfRow(row) == Health::Active);
        QTRY_COMPARE(textOf(EndpointFilterProxy::HealthFilter::Attention),
                     QStringLiteral("Needs attention (%1)").arg(QLocale().toString(attention - 1)));
        QTRY_COMPARE(accounts->index(0, 0).data(AccountListModel::AttentionCountRole).toInt(), attention - 1);
    }

    void sinceColumnSitsAfterHealthAndSorts()
    {
        addAccounts();
        QVERIFY(loadAll());
        QHeaderView *header = m_window->table()->horizontalHeader();
        QCOMPARE(header->visualIndex(EndpointTableModel::SinceColumn),
                 header->visualIndex(EndpointTableModel::HealthColumn) + 1);
        QVERIFY(!header->isSectionHidden(EndpointTableModel::SinceColumn));
        QVERIFY(header->sectionSize(EndpointTableModel::SinceColumn) > 0);
        // A click on its header sorts by it, newest first the second time.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(EndpointTableModel::SinceColumn) + 10, 5));
        QCOMPARE(m_window->proxy()->sortColumn(), int(EndpointTableModel::SinceColumn));
        m_window->proxy()->sort(EndpointTableModel::SinceColumn, Qt::DescendingOrder);
        const QAbstractItemModel *proxy = m_window->proxy();
        QDateTime previous;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QDateTime since = proxy->index(row, EndpointTableModel::SinceColumn)
                                        .data(EndpointTableModel::SortRole)
                                        .toDateTime();
            if (row > 0)
                QVERIFY(!(previous.isValid() && since.isValid() && since > previous));
            if (row > 0 && !previous.isValid())
                QVERIFY(!since.isValid()); // the dateless (active) rows come last
            previous = since;
        }
        QVERIFY(proxy->index(0, EndpointTableModel::SinceColumn).data().toString().size() > 0);
        saveScreenshot(m_window, "since-column.png");
    }

    void headerSavedBeforeTheSinceColumnKeepsTheUsersColumns()
    {
        // A header state saved by the previous version: nine columns, the user's own order and widths.
        QByteArray old;
        QList<int> oldOrder;
        {
            QStandardItemModel nine(0, EndpointTableModel::SinceColumn);
            QTableView view;
            view.setModel(&nine);
            QHeaderView *h = view.horizontalHeader();
            h->moveSection(h->visualIndex(EndpointTableModel::DescriptionColumn), 0);
            h->resizeSection(EndpointTableModel::UrlColumn, 333);
            h->setSectionHidden(EndpointTableModel::EventsColumn, true);
            h->setSectionHidden(EndpointTableModel::ProviderColumn, true);
            h->setSectionHidden(EndpointTableModel::IdColumn, true);
            for (int visual = 0; visual < h->count(); ++visual)
                oldOrder << h->logicalIndex(visual);
            old = h->saveState();
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("table/header"), old);
        settings.setValue(QStringLiteral("table/sizedByUser"), true);
        MainWindow window(m_workspace, nullptr, &settings);
        QHeaderView *header = window.table()->horizontalHeader();
        QCOMPARE(header->count(), int(EndpointTableModel::ColumnCount));
        QList<int> order;
        for (int visual = 0; visual < header->count(); ++visual)
            order << header->logicalIndex(visual);
        QList<int> expected = oldOrder;
        expected.insert(expected.indexOf(int(EndpointTableModel::HealthColumn)) + 1,
                        int(EndpointTableModel::SinceColumn));
        QCOMPARE(order, expected);
        QCOMPARE(header->sectionSize(EndpointTableModel::UrlColumn), 333);
        QVERIFY(header->isSectionHidden(EndpointTableModel::EventsColumn));
        QVERIFY(!header->isSectionHidden(EndpointTableModel::SinceColumn));
        QVERIFY(header->sectionSize(EndpointTableModel::SinceColumn) > 40);
        // Saved again, it comes back as it is now (not moved a second time).
        header->moveSection(header->visualIndex(EndpointTableModel::SinceColumn), 0);
        window.close();
        MainWindow again(m_workspace, nullptr, &settings);
        QCOMPARE(again.table()->horizontalHeader()->visualIndex(EndpointTableModel::SinceColumn), 0);
    }

    void failedLoadShowsTheCauseInTheTableArea()
    {
        Account account(QStringLiteral("Revoked"), ProviderId::Diligent);
        account.baseUrl = m_sandbox->baseUrl();
        m_workspace->setAccount(account, QStringLiteral("revoked-token"));
        m_window->refresh();
        QTRY_VERIFY(!m_workspace->isLoading());
        QVERIFY(!m_window->isTableShown());
        QCOMPARE(m_window->statePage()->title(), QStringLiteral("Could not load any endpoints"));
        QVERIFY(m_window->statePage()->detail().contains(QLatin1String("401")));
    }

    // A provider that echoes the token back in its 401 (body and header): the window shows the
    // failure, and nowhere the token: labels, text panes, tooltips and the request inspector.
    void anEchoedTokenIsShownNowhere()
    {
        const QString token = QStringLiteral("dl_live_ECHOED_7d1c9a");
        ScriptedServer server([token](const ScriptedServer::Request &) -> QByteArray {
            const QByteArray body = "{\"error\":{\"code\":\"invalid_key\",\"message\":\"API key " +
                                    token.toUtf8() + " is not valid\"}}";
            return "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nX-Echo: " +
                   token.toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
                   body;
        });
        QVERIFY(server.isListening());
        Account account(QStringLiteral("Echoing"), ProviderId::Diligent);
        account.baseUrl = server.url();
        m_workspace->setAccount(account, token);
        m_window->refresh();
        QTRY_VERIFY(!m_workspace->isLoading());
        QVERIFY(m_window->statePage()->detail().contains(QLatin1String("<redacted>")));
        QStringList shown;
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            shown << label->text() << label->toolTip();
        for (const QPlainTextEdit *edit : m_window->findChildren<QPlainTextEdit *>())
            shown << edit->toPlainText();
        for (const QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                        shown << model->index(row, column).data(role).toString();
        }
        QVERIFY(!server.requests().isEmpty());
        const QString all = shown.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QLatin1String("ECHOED")), qPrintable(all));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
