#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountlistdelegate.h"
#include "accountlistmodel.h"
#include "accountsdialog.h"
#include "bulkchangedialog.h"
#include "changejournaldialog.h"
#include "clearbuttonname.h"
#include "columnfitter.h"
#include "core/health.h"
#include "datetext.h"
#include "editendpointdialog.h"
#include "elidedelegate.h"
#include "endpointactions.h"
#include "endpointdetailpane.h"
#include "endpointfilterproxy.h"
#include "endpointtablemodel.h"
#include "healthbadgedelegate.h"
#include "healthfilterbox.h"
#include "net/apiclient.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "requestinspectordock.h"
#include "secrets/accountstore.h"
#include "session/changejournal.h"
#include "session/workspace.h"
#include "shortcutsdialog.h"
#include "snoozepanel.h"
#include "statepage.h"
#include "traypresence.h"
#include "viewexporter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFocusEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace {
const char *const GeometryKey = "window/geometry";
const char *const StateKey = "window/state";
const char *const SplitterKey = "window/splitter";
const char *const HeaderKey = "table/header";
const char *const HeaderColumnsKey = "table/columns"; // the column count the header state was saved with
const char *const ColumnsSizedByUserKey = "table/sizedByUser";
const char *const FilterKey = "filter/text";
const char *const HealthKey = "filter/health";
constexpr int RowHeight = 26;
} // namespace

MainWindow::MainWindow(Workspace *workspace, AccountService *accounts, QSettings *uiSettings, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_accounts(accounts), m_settings(uiSettings),
      m_model(new EndpointTableModel(this)), m_proxy(new EndpointFilterProxy(this)),
      m_accountModel(new AccountListModel(workspace, this)),
      m_actions(new EndpointActions(workspace, this, this)), m_autoRefresh(new QTimer(this))
{
    setWindowTitle(tr("Patchbay"));
    setObjectName(QStringLiteral("MainWindow"));
    m_proxy->setSourceModel(m_model);
    m_actions->setSelectionSource([this] { return selectedEndpoints(); });
    buildActions();
    buildCentral();
    buildMenus();
    wireWorkspace();
    m_watch = new WatchNotifications(m_workspace, m_settings, m_banner, this);
    connect(m_watch, &WatchNotifications::showRequested, this, &MainWindow::showEndpoints);
    m_tray = new TrayPresence(this, m_settings, this);
    connect(m_tray, &TrayPresence::refreshRequested, this, &MainWindow::refresh);
    restoreSettings();
    applyPreferences();
    updateState();
    updateCounts();
    updateSelection();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshAction->setToolTip(tr("Reload every account's endpoints (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_accountsAction = new QAction(tr("&Accounts…"), this);
    m_accountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_accountsAction->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    // The demo keeps its accounts in memory: there is nothing to manage.
    m_accountsAction->setVisible(m_accounts != nullptr);
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::openAccountsDialog);

    m_journalAction = new QAction(tr("Change &journal…"), this);
    m_journalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(m_journalAction, &QAction::triggered, this, &MainWindow::openChangeJournal);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, [this] { m_tray->quit(); }); // even with close-to-tray

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferencesKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma); // as in most desktop apps
    m_preferencesAction->setShortcuts(preferencesKeys);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);

    connect(m_actions, &EndpointActions::editRequested, this, &MainWindow::openEditDialog);
    connect(m_actions, &EndpointActions::bulkRequested, this, &MainWindow::openBulkDialog);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshTimer"));
    // Each interval is a round of polite refreshes (staggered, paced per account); F5 stays immediate.
    connect(m_autoRefresh, &QTimer::timeout, this,
            [this] { m_workspace->autoRefresh(m_autoRefresh->interval()); });
}

void MainWindow::buildCentral()
{
    // Left: accounts.
    m_accountList = new QListView;
    m_accountList->setModel(m_accountModel);
    m_accountList->setItemDelegate(new AccountListDelegate(m_accountList));
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setMinimumWidth(220);
    m_accountList->setUniformItemSizes(true);
    m_accountList->setCurrentIndex(m_accountModel->index(0));
    connect(m_model, &EndpointTableModel::attentionCountsChanged, m_accountModel,
            [this] { m_accountModel->setAttentionCounts(m_model->attentionCounts()); });
    connect(m_accountList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                m_proxy->setAccountFilter(m_accountModel->accountAt(index.row()));
            });

    // Middle: filters, banner, and the table or its state page.
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by URL, description, event or ID  (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter endpoints"));
    nameClearButton(m_filter, tr("Clear the filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EndpointFilterProxy::setFilterText);
    auto *clearFilter = new QAction(m_filter); // Escape clears the filter, as in a browser's find bar
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filter, &QLineEdit::clear);
    m_filter->addAction(clearFilter);
    m_healthFilter = new HealthFilterBox(m_proxy); // each choice with its count
    m_healthFilter->setAccessibleName(tr("Health filter"));

    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Endpoints"));
    m_table->setTabKeyNavigation(false); // Tab moves between controls, arrows between cells
    m_table->installEventFilter(this);   // focus entering the table selects a row
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EndpointTableModel::HealthColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(EndpointTableModel::HealthColumn, new HealthBadgeDelegate(m_table));
    auto *elideRight = new ElideRightDelegate(m_table);
    // Dates too: a squeezed date keeps its day and loses its time.
    for (int column : {EndpointTableModel::UrlColumn, EndpointTableModel::EventsColumn,
                       EndpointTableModel::DescriptionColumn, EndpointTableModel::AccountColumn,
                       EndpointTableModel::SinceColumn, EndpointTableModel::LastDeliveryColumn})
        m_table->setItemDelegateForColumn(column, elideRight);
    // Fixed row height: with 100,000 rows the view must never measure each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(RowHeight);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // Left, like the cells below; a squeezed header keeps its first letters.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setTextElideMode(Qt::ElideRight);
    m_columnFitter = new ColumnFitter(m_table, EndpointTableModel::UrlColumn);
    fitColumns();
    header->setSectionHidden(EndpointTableModel::ProviderColumn, true);
    header->setSectionHidden(EndpointTableModel::IdColumn, true);
    // Account tells rows apart as much as the URL does: after Health (and Since), not last and off-screen.
    header->moveSection(header->visualIndex(EndpointTableModel::AccountColumn),
                        header->visualIndex(EndpointTableModel::HealthColumn) + 1);
    placeSinceAfterHealth(); // last in the model, so saved header states keep their columns
    // Qt 6.4's table accessibility still lists hidden columns and marks every view's current item
    // FOCUSED even when the view is not; neither is reachable from here without replacing Qt's plugin.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        QAction *fit = menu.addAction(tr("&Fit Columns to Window"));
        fit->setCheckable(true);
        fit->setChecked(m_columnFitter->isFitting());
        connect(fit, &QAction::toggled, m_columnFitter, &ColumnFitter::setFitting);
        menu.addSeparator();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction *a = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(column));
            connect(a, &QAction::toggled, header,
                    [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_table, &QTableView::doubleClicked, m_actions->editAction(), &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelection);
    for (QAction *action : m_actions->tableActions())
        m_table->addAction(action);

    m_state = new StatePage;
    connect(m_state, &StatePage::actionTriggered, this, [this] {
        if (m_workspace->accounts().isEmpty())
            openAccountsDialog();
        else if (m_model->rowCount() > 0) {
            m_filter->clear();
            m_healthFilter->setCurrentIndex(0);
        } else
            refresh();
    });
    m_tableStack = new QStackedWidget;
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_state);

    m_banner = new MessageBanner;
    connect(m_actions, &EndpointActions::message, m_banner, &MessageBanner::showMessage);
    // A new change makes "Saved … Press Ctrl+Z to undo" stale: clear it (the change's own message follows).
    connect(m_workspace, &Workspace::changeRecorded, m_banner, [this] {
        if (m_banner->kind() == MessageBanner::Kind::Success)
            m_banner->hide();
    });

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(6);
    auto *filters = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("F&ilter:"));
    filterLabel->setBuddy(m_filter);
    filters->addWidget(filterLabel);
    // Wide enough to read what is typed ("Fi…" at 2× said nothing).
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 18);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_healthFilter);
    middleLayout->addLayout(filters);
    middleLayout->addWidget(m_banner);
    middleLayout->addWidget(m_tableStack, 1);

    m_detail = new EndpointDetailPane;
    m_detail->setMinimumWidth(240);
    m_detail->hide(); // shown with a selection: until then the table has the room
    connect(m_detail, &EndpointDetailPane::editRequested, m_actions->editAction(), &QAction::trigger);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_accountList);
    splitter->addWidget(middle);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({235, 1000, 360});
    splitter->setChildrenCollapsible(false);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(8, 8, 8, 4);
    centralLayout->addWidget(splitter);
    setCentralWidget(central);

    // Tab order follows the layout: accounts, filter, health, table, details.
    setTabOrder(m_accountList, m_filter);
    setTabOrder(m_filter, m_healthFilter);
    setTabOrder(m_healthFilter, m_table);

    m_inspector = new RequestInspectorDock(this);
    m_inspector->setObjectName(QStringLiteral("requestInspector"));
    m_inspector->attach(m_workspace->client());
    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_inspector->hide();

    m_counts = new QLabel;
    m_counts->setAccessibleDescription(tr("Endpoint counts")); // the name is the text itself
    m_loadingLabel = new QLabel;
    m_undoButton = new QToolButton;
    m_undoButton->setDefaultAction(m_actions->undoAction());
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_undoButton->setAutoRaise(true);
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_loadingLabel);
    statusBar()->addPermanentWidget(m_undoButton);
    // Once per event-loop turn: a batch of rows into a sorted proxy can come as hundreds of
    // insertions, and each count walks every visible row.
    const auto countsLater = [this] {
        if (!std::exchange(m_countsPending, true))
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_countsPending = false;
                    updateCounts();
                },
                Qt::QueuedConnection);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, countsLater);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, countsLater);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, countsLater);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, countsLater);
    connect(m_proxy, &EndpointFilterProxy::filtersChanged, this, [this] {
        updateCounts();
        updateState();
    });
}

// The table has priority: the detail pane appears with a selection and takes at most a third of
// the width (360 px when there is room); the account list gives way first on a narrow window.
void MainWindow::setDetailPaneShown(bool shown)
{
    if (shown != m_detail->isHidden())
        return;
    auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QList<int> sizes = splitter ? splitter->sizes() : QList<int>();
    m_detail->setVisible(shown);
    if (!shown || sizes.size() != 3)
        return;
    const int total = sizes.at(0) + sizes.at(1) + sizes.at(2);
    if (total <= 0)
        return;
    const int detail = qMax(m_detail->minimumWidth(), qMin(360, total / 3));
    const int accounts = qMax(m_accountList->minimumWidth(), qMin(sizes.at(0), total / 5));
    splitter->setSizes({accounts, qMax(0, total - accounts - detail), detail});
}

void MainWindow::placeSinceAfterHealth()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int to = header->visualIndex(EndpointTableModel::HealthColumn) + 1;
    const int from = header->visualIndex(EndpointTableModel::SinceColumn);
    header->moveSection(from, from < to ? to - 1 : to);
}

void MainWindow::fitColumns()
{
    // Widths follow the text of the current language ("Deaktiviert", "Letzte Zustellung", the locale's
    // date); the fitter then squeezes them into the viewport, Description first, the URL last.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QHeaderView *header = m_table->horizontalHeader();
    auto headerWidth = [header](int column) { return header->sectionSizeHint(column) + 8; };
    int widestHealth = 0;
    for (Health health : {Health::Active, Health::Failing, Health::Disabled})
        widestHealth = qMax(widestHealth, metrics.horizontalAdvance(HealthRules::label(health)));
    widestHealth += HealthBadgeDelegate::iconRoom(m_table->font()); // who disabled it
    const int health = qMax(widestHealth + 40, headerWidth(EndpointTableModel::HealthColumn));
    const QString longestDate = DateText::text(QDateTime(QDate(2026, 12, 31), QTime(23, 59)));
    const int date = qMax(metrics.horizontalAdvance(longestDate) + 20,
                          headerWidth(EndpointTableModel::LastDeliveryColumn));
    // A date column gives way last, after the URL has, and keeps at least the day (the time is elided;
    // the detail pane has it all).
    const int day =
        metrics.horizontalAdvance(longestDate.left(longestDate.lastIndexOf(QLatin1Char(' ')))) + 20;
    const int failures = headerWidth(EndpointTableModel::FailuresColumn);
    auto fitted = [&headerWidth](int column, int preferred, int minimum, int shrinkOrder) {
        // A squeezed column may elide its header too: the detail pane repeats every field in full.
        return ColumnFitter::Column{column, qMax(preferred, headerWidth(column)), minimum, shrinkOrder};
    };
    m_columnFitter->setColumns({
        fitted(EndpointTableModel::UrlColumn, 300, 180, 3),
        {EndpointTableModel::HealthColumn, health, health, 9},
        fitted(EndpointTableModel::AccountColumn, 150, 100, 2),
        fitted(EndpointTableModel::EventsColumn, 170, 80, 1),
        fitted(EndpointTableModel::DescriptionColumn, 150, 60, 0),
        {EndpointTableModel::FailuresColumn, failures, failures, 9},
        {EndpointTableModel::LastDeliveryColumn, date, qMin(day, date), 4},
        {EndpointTableModel::SinceColumn, qMax(date, headerWidth(EndpointTableModel::SinceColumn)),
         qMin(day, date), 4},
        fitted(EndpointTableModel::ProviderColumn, 110, 80, 5),
        fitted(EndpointTableModel::IdColumn, 200, 100, 1),
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exporter = new ViewExporter(m_proxy, m_model, m_settings, this);
    connect(m_exporter, &ViewExporter::message, m_banner, &MessageBanner::showMessage);
    connect(m_exporter, &ViewExporter::statusChanged, this, [this](const QString &text) {
        text.isEmpty() ? statusBar()->clearMessage() : statusBar()->showMessage(text);
    });
    file->addAction(m_exporter->action());
    file->addAction(m_accountsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->undoAction());
    edit->addAction(m_actions->redoAction());
    edit->addSeparator();
    for (QAction *action : m_actions->tableActions())
        edit->addAction(action);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    QMenu *auto_ = view->addMenu(tr("&Auto-refresh"));
    m_autoRefreshGroup = new QActionGroup(this);
    for (int seconds : Preferences::autoRefreshChoices()) { // the same choices as in Preferences
        QAction *a = auto_->addAction(Preferences::autoRefreshLabel(seconds));
        a->setCheckable(true);
        a->setData(seconds);
        m_autoRefreshGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] {
            m_refreshOverride = 0; // the user's choice replaces --refresh-interval
            setAutoRefreshSeconds(seconds);
        });
    }
    view->addSeparator();
    QAction *inspector = m_inspector->toggleViewAction();
    inspector->setText(tr("Request &inspector"));
    inspector->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(inspector);
    view->addAction(m_journalAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents); // F1: nothing else in the window uses it
    help->addSeparator();
    help->addAction(tr("&About Patchbay"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->editAction());
    toolbar->addAction(m_actions->enableAction());
    toolbar->addAction(m_actions->disableAction());
    toolbar->addAction(m_actions->undoAction());
    toolbar->addSeparator();
    toolbar->addAction(m_accountsAction);
    toolbar->addAction(inspector);
}

void MainWindow::wireWorkspace()
{
    connect(m_workspace, &Workspace::loadStarted, this, [this](const QString &account) {
        m_loadedSoFar.insert(account, 0);
        m_loadErrors.remove(account);
        updateState();
    });
    connect(m_workspace, &Workspace::loadProgress, this, [this](const QString &account, int loaded) {
        m_loadedSoFar.insert(account, loaded);
        updateState();
    });
    // Rows show page by page; a load removes vanished rows only once it has finished.
    connect(m_workspace, &Workspace::endpointsLoaded, this,
            [this](const QString &, const QList<Endpoint> &endpoints) {
                m_model->appendEndpoints(endpoints);
                updateState();
            });
    connect(m_workspace, &Workspace::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_workspace, &Workspace::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_workspace, &Workspace::endpointChanged, this, [this](const Endpoint &endpoint) {
        m_model->updateEndpoint(endpoint);
        updateSelection();
    });
    connect(m_workspace, &Workspace::accountsChanged, this, [this] {
        // Rows of accounts that are gone leave the table.
        QSet<QString> present;
        for (const Account &a : m_workspace->accounts())
            present.insert(a.name);
        QSet<QString> shown;
        for (int row = 0; row < m_model->rowCount(); ++row)
            shown.insert(m_model->accountOfRow(row));
        for (const QString &account : std::as_const(shown))
            if (!present.contains(account))
                m_model->removeAccount(account);
        updateState();
    });
}

void MainWindow::showKeychainFailure(const QString &account, const QString &error)
{
    const QString text = tr("Keychain: %1").arg(error);
    m_accountModel->setLoadState(account, AccountListModel::LoadState::Failed, text);
    onLoadFailed(account, ApiError{ApiError::Kind::Validation, 0, QString(), text, -1});
}

void MainWindow::refresh()
{
    m_workspace->refreshAll();
}

void MainWindow::onLoadFinished(const QString &account, const QStringList &ids)
{
    m_loadedSoFar.remove(account);
    m_loadErrors.remove(account);
    m_model->removeVanished(account, ids); // all of them came with endpointsLoaded
    updateState();
    updateCounts();
    updateSelection();
}

void MainWindow::onLoadFailed(const QString &account, const ApiError &error)
{
    m_loadedSoFar.remove(account);
    m_loadErrors.insert(account, error.toString());
    m_banner->showMessage(MessageBanner::Kind::Error,
                          tr("Could not load %1: %2").arg(account, error.toString()));
    updateState();
}

bool MainWindow::isTableShown() const
{
    return m_tableStack->currentWidget() == m_table;
}

void MainWindow::updateState()
{
    int loading = 0;
    for (auto it = m_loadedSoFar.begin(); it != m_loadedSoFar.end(); ++it)
        loading += it.value();
    const bool isLoading = !m_loadedSoFar.isEmpty();
    if (isLoading) {
        QStringList names = m_loadedSoFar.keys();
        names.sort();
        m_loadingLabel->setText((loading == 1 ? tr("Loading %1… 1 endpoint read")
                                              : tr("Loading %1… %n endpoints read", nullptr, loading))
                                    .arg(names.join(QLatin1String(", "))));
    }
    m_loadingLabel->setVisible(isLoading);

    if (m_workspace->accounts().isEmpty()) {
        m_state->showEmpty(
            tr("No accounts yet"),
            tr("Add an account at OpenTrain, Layers, OptimalDial, Diligent or Atoa. Its token goes "
               "straight to the system keychain."),
            m_accountsAction->isVisible() ? tr("Add an account…") : QString());
        m_tableStack->setCurrentWidget(m_state);
    } else if (m_model->rowCount() == 0 && isLoading) {
        m_state->showLoading(tr("Loading endpoints…"),
                             (loading == 1 ? tr("1 endpoint read so far.")
                                           : tr("%n endpoints read so far.", nullptr, loading)));
        m_tableStack->setCurrentWidget(m_state);
    } else if (m_model->rowCount() == 0 && !m_loadErrors.isEmpty()) {
        QStringList lines;
        for (auto it = m_loadErrors.begin(); it != m_loadErrors.end(); ++it)
            lines << it.key() + QStringLiteral(": ") + it.value();
        lines.sort();
        m_state->showError(tr("Could not load any endpoints"), lines.join(QLatin1Char('\n')),
                           tr("Try again"));
        m_tableStack->setCurrentWidget(m_state);
    } else if (m_model->rowCount() == 0) {
        m_state->showEmpty(tr("No endpoints"), tr("These accounts have no webhook endpoints yet."),
                           tr("Refresh"));
        m_tableStack->setCurrentWidget(m_state);
    } else if (m_proxy->rowCount() == 0) {
        m_state->showEmpty(tr("No endpoint matches"),
                           tr("Nothing matches the filter and the selected account."), tr("Clear filters"));
        m_tableStack->setCurrentWidget(m_state);
    } else {
        m_tableStack->setCurrentWidget(m_table);
    }
}

void MainWindow::updateCounts()
{
    const int active = m_proxy->visibleHealthCount(Health::Active);
    const int failing = m_proxy->visibleHealthCount(Health::Failing);
    const int disabled = m_proxy->visibleHealthCount(Health::Disabled);
    m_counts->setText(tr("%1 shown of %2   ·   %3 active   ·   %4 failing   ·   %5 disabled")
                          .arg(m_proxy->rowCount())
                          .arg(m_model->rowCount())
                          .arg(active)
                          .arg(failing)
                          .arg(disabled));
    if (m_tray) // not yet while the window is built
        m_tray->setCounts(m_model->healthCount(Health::Failing), m_model->healthCount(Health::Disabled));
    if (m_tableStack)
        updateState();
}

QList<Endpoint> MainWindow::selectedEndpoints() const
{
    QList<Endpoint> result;
    if (!m_table)
        return result;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (const std::optional<Endpoint> e = m_model->endpointAt(m_proxy->mapToSource(index).row()))
            result << *e;
    return result;
}

void MainWindow::selectEndpoint(const QString &account, const QString &id)
{
    const int row = m_model->rowOf(account, id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::showEndpoints(const WatchNotifications::EndpointKeys &endpoints)
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    const auto indexOf = [this](const QString &account, const QString &id) {
        const int row = m_model->rowOf(account, id);
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    };
    for (const auto &[account, id] : endpoints) {
        if (m_model->rowOf(account, id) >= 0 && !indexOf(account, id).isValid()) {
            m_filter->clear(); // the user asked to see it: a filter that hides it gives way
            m_healthFilter->setCurrentIndex(0);
            m_accountList->setCurrentIndex(m_accountModel->index(0));
            break;
        }
    }
    QItemSelectionModel::SelectionFlags flags =
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    for (const auto &[account, id] : endpoints) {
        const QModelIndex index = indexOf(account, id);
        if (!index.isValid())
            continue;
        m_table->selectionModel()->setCurrentIndex(index, flags);
        if (flags & QItemSelectionModel::Clear)
            m_table->scrollTo(index);
        flags = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    }
}

void MainWindow::updateSelection()
{
    const QList<Endpoint> selected = selectedEndpoints();
    if (selected.size() == 1)
        m_detail->showEndpoint(selected.first());
    else if (selected.size() > 1)
        m_detail->showMany(selected.size());
    else
        m_detail->showNothing();
    setDetailPaneShown(!selected.isEmpty());
    m_actions->updateEnabled();
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_actions->editAction());
    menu.addSeparator();
    menu.addAction(m_actions->enableAction());
    menu.addAction(m_actions->disableAction());
    menu.addSeparator();
    menu.addAction(m_actions->copyIdAction());
    menu.addAction(m_actions->copyUrlAction());
    menu.addAction(m_actions->copyCurlAction());
    menu.addSeparator();
    m_watch->addSnoozeMenu(&menu, selectedEndpoints());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::openEditDialog(const Endpoint &endpoint)
{
    auto *dialog = new EditEndpointDialog(m_workspace, endpoint, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfirmEveryAccount(m_actions->confirmPolicy() == Preferences::ConfirmPolicy::EveryAccount);
    connect(dialog, &EditEndpointDialog::saved, this, [this](const Endpoint &updated) {
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved %1.").arg(updated.url) +
                                                                QLatin1Char(' ') +
                                                                tr("Press Ctrl+Z to undo."));
    });
    dialog->open();
    emit editDialogOpened(dialog);
}

void MainWindow::openBulkDialog(const QList<Endpoint> &endpoints, bool enable)
{
    auto *dialog = new BulkChangeDialog(m_workspace, endpoints, enable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit bulkDialogOpened(dialog);
}

void MainWindow::openAccountsDialog()
{
    if (!m_accounts)
        return;
    auto *dialog = new AccountsDialog(m_accounts, m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::accountSaved, m_workspace, &Workspace::refresh);
    dialog->open();
}

void MainWindow::openChangeJournal()
{
    // patchbay-cli appends to the same file while the window runs: show its changes too. An
    // unreadable file keeps what the window has.
    if (ChangeJournal *journal = m_workspace->journal())
        journal->load();
    auto *dialog = new ChangeJournalDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeJournalDialog::revertRequested, m_actions,
            [this, dialog](const ChangeRecord &record) { m_actions->revert(record, dialog); });
    dialog->show();
}

void MainWindow::openPreferences()
{
    QStringList accounts;
    for (const Account &a : m_workspace->accounts())
        accounts << a.name;
    auto *dialog = new PreferencesDialog(Preferences(m_settings), m_watch->watcher(), accounts, this);
    dialog->snoozePanel()->setUrlLookup([this](const QString &account, const QString &id) {
        const std::optional<Endpoint> endpoint = m_model->endpointAt(m_model->rowOf(account, id));
        return endpoint ? endpoint->url : QString();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, [this] {
        applyPreferences();
        emit preferencesApplied();
    });
    dialog->open();
    emit preferencesDialogOpened(dialog);
}

void MainWindow::applyPreferences()
{
    const Preferences preferences(m_settings);
    setAutoRefreshSeconds(preferences.autoRefreshSeconds());
    m_actions->setConfirmPolicy(preferences.confirmPolicy());
    m_tray->apply();
    m_watch->setPersistentTray(m_tray->icon());
}

void MainWindow::setRefreshIntervalOverride(int seconds)
{
    m_refreshOverride = qMax(0, seconds);
    m_overriddenSetting = Preferences(m_settings).autoRefreshSeconds();
    setAutoRefreshSeconds(m_overriddenSetting);
}

void MainWindow::setAutoRefreshSeconds(int seconds)
{
    if (!Preferences::autoRefreshChoices().contains(seconds))
        seconds = 0;
    if (m_refreshOverride > 0 &&
        seconds == m_overriddenSetting) { // e.g. Preferences applied, interval unchanged
        m_autoRefresh->start(m_refreshOverride * 1000);
        for (QAction *a : m_autoRefreshGroup->actions())
            a->setChecked(false);
        return;
    }
    m_refreshOverride = 0;
    Preferences(m_settings).setAutoRefreshSeconds(seconds); // the View menu and Preferences share it
    if (seconds > 0) {
        m_autoRefresh->start(seconds * 1000);
    } else {
        m_autoRefresh->stop();
        m_workspace->stopAutoRefresh();
    }
    for (QAction *a : m_autoRefreshGroup->actions())
        a->setChecked(a->data().toInt() == seconds);
}

void MainWindow::restoreSettings()
{
    if (!m_settings || !restoreGeometry(m_settings->value(QLatin1String(GeometryKey)).toByteArray()))
        applyDefaultGeometry();
    if (!m_settings)
        return;
    restoreState(m_settings->value(QLatin1String(StateKey)).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        splitter->restoreState(m_settings->value(QLatin1String(SplitterKey)).toByteArray());
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings->value(QLatin1String(HeaderKey)).toByteArray()) &&
        m_settings->value(QLatin1String(HeaderColumnsKey), 0).toInt() <= EndpointTableModel::SinceColumn) {
        // Saved before the Since column: Qt appends it at the end; it belongs after Health, as wide as the
        // other date. The user's own order and widths of the older columns stay as they were.
        placeSinceAfterHealth();
        header->setSectionHidden(EndpointTableModel::SinceColumn, false);
        header->resizeSection(EndpointTableModel::SinceColumn,
                              header->sectionSize(EndpointTableModel::LastDeliveryColumn));
    }
    // Widths the user dragged stay theirs; otherwise the restored order and visibility are fitted anew.
    m_columnFitter->setFitting(!m_settings->value(QLatin1String(ColumnsSizedByUserKey), false).toBool());
    m_columnFitter->fit();
    m_filter->setText(m_settings->value(QLatin1String(FilterKey)).toString());
    const int health = m_healthFilter->findData(m_settings->value(QLatin1String(HealthKey), 0).toInt());
    m_healthFilter->setCurrentIndex(qMax(0, health));
}

void MainWindow::applyDefaultGeometry()
{
    // First start: room for the account list, the table's columns and the detail pane, centred on
    // the screen and never larger than it.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    const QSize size(qMin(1600, available.width() * 9 / 10), qMin(960, available.height() * 9 / 10));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setValue(QLatin1String(GeometryKey), saveGeometry());
    m_settings->setValue(QLatin1String(StateKey), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        m_settings->setValue(QLatin1String(SplitterKey), splitter->saveState());
    m_settings->setValue(QLatin1String(HeaderKey), m_table->horizontalHeader()->saveState());
    m_settings->setValue(QLatin1String(HeaderColumnsKey), int(EndpointTableModel::ColumnCount));
    m_settings->setValue(QLatin1String(ColumnsSizedByUserKey), !m_columnFitter->isFitting());
    m_settings->setValue(QLatin1String(FilterKey), m_filter->text());
    m_settings->setValue(QLatin1String(HealthKey), m_healthFilter->currentData());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_tray->hideInsteadOfClosing()) {
        event->ignore();
        return;
    }
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Keyboard focus entering the table selects its current row (the first when none), so the
    // actions enable and the first Down moves to the next row. A click selects what it hits itself.
    if (watched == m_table && event->type() == QEvent::FocusIn &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason &&
        !m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
        QModelIndex current = m_table->currentIndex();
        if (!current.isValid()) {
            const QHeaderView *header = m_table->horizontalHeader();
            int column = 0;
            for (int visual = 0; visual < header->count(); ++visual) {
                column = header->logicalIndex(visual);
                if (!header->isSectionHidden(column))
                    break;
            }
            current = m_proxy->index(0, column);
        }
        m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_model->retranslate();
    fitColumns();
    updateCounts();
    updateState();
    if (m_tray)
        m_tray->retranslate();
}
