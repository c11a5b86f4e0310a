#pragma once

#include "core/endpoint.h"
#include "messagebanner.h"
#include "watchnotifications.h"

#include <QHash>
#include <QMainWindow>

class AccountListModel;
class AccountService;
class EndpointActions;
class EndpointDetailPane;
class EndpointFilterProxy;
class EndpointTableModel;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSettings;
class QStackedWidget;
class ColumnFitter;
class QTableView;
class QTimer;
class QToolButton;
class RequestInspectorDock;
class StatePage;
class TrayPresence;
class Workspace;
struct ApiError;

// The console: accounts on the left, the endpoint table with its filters in the middle, the
// selected endpoint's details on the right, the request inspector as a dock.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // accounts may be null (the demo keeps its accounts in memory only: nothing to manage).
    MainWindow(Workspace *workspace, AccountService *accounts, QSettings *uiSettings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    EndpointTableModel *model() const { return m_model; }
    EndpointFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    EndpointActions *actions() const { return m_actions; }
    MessageBanner *banner() const { return m_banner; }
    EndpointDetailPane *detailPane() const { return m_detail; }
    StatePage *statePage() const { return m_state; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *healthFilterBox() const { return m_healthFilter; }
    QListView *accountList() const { return m_accountList; }
    QLabel *countsLabel() const { return m_counts; }
    bool isTableShown() const;
    QList<Endpoint> selectedEndpoints() const;
    void selectEndpoint(const QString &account, const QString &id);
    void setAutoRefreshSeconds(int seconds); // 0 = off
    // `patchbay --refresh-interval`: this run refreshes every `seconds` until the user picks an interval.
    void setRefreshIntervalOverride(int seconds);
    WatchNotifications *watch() const { return m_watch; }
    TrayPresence *tray() const { return m_tray; }
    // Raises the window and selects these endpoints (a clicked notification), clearing filters that hide
    // them.
    void showEndpoints(const WatchNotifications::EndpointKeys &endpoints);

public slots:
    void refresh();
    // The token of a saved account could not be read at start-up (SavedAccountsLoader::keychainFailed).
    void showKeychainFailure(const QString &account, const QString &error);
    void openEditDialog(const Endpoint &endpoint);
    void openAccountsDialog();
    void openChangeJournal();
    void openBulkDialog(const QList<Endpoint> &endpoints, bool enable);
    void openPreferences();

signals:
    // Tests wait on these rather than on timing.
    void editDialogOpened(QDialog *dialog);
    void bulkDialogOpened(QDialog *dialog);
    void preferencesDialogOpened(QDialog *dialog);
    // The user applied new preferences; main() switches the theme.
    void preferencesApplied();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentral();
    void wireWorkspace();
    void restoreSettings();
    void saveSettings();
    void applyDefaultGeometry();
    void updateState();
    void updateCounts();
    void updateSelection();
    void showTableMenu(const QPoint &pos);
    void onLoadFinished(const QString &account, const QStringList &ids);
    void onLoadFailed(const QString &account, const ApiError &error);
    void retranslate();
    void fitColumns();
    void placeSinceAfterHealth();
    void setDetailPaneShown(bool shown);
    void applyPreferences();

    Workspace *m_workspace;
    AccountService *m_accounts;
    QSettings *m_settings;
    EndpointTableModel *m_model;
    EndpointFilterProxy *m_proxy;
    AccountListModel *m_accountModel;
    EndpointActions *m_actions;
    QListView *m_accountList = nullptr;
    QTableView *m_table = nullptr;
    ColumnFitter *m_columnFitter = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    StatePage *m_state = nullptr;
    MessageBanner *m_banner = nullptr;
    EndpointDetailPane *m_detail = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_healthFilter = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_loadingLabel = nullptr;
    QToolButton *m_undoButton = nullptr;
    RequestInspectorDock *m_inspector = nullptr;
    QTimer *m_autoRefresh;
    WatchNotifications *m_watch = nullptr;
    TrayPresence *m_tray = nullptr;
    int m_refreshOverride = 0;   // seconds from the command line, 0 = none
    int m_overriddenSetting = 0; // the setting it overrides, until the user changes that
    QActionGroup *m_autoRefreshGroup = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_journalAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QHash<QString, int> m_loadedSoFar;    // account → endpoints read so far while loading
    QHash<QString, QString> m_loadErrors; // account → why its last load failed
    bool m_countsPending = false;         // updateCounts() is queued
};
