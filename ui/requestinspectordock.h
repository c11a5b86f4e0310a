#pragma once

#include <QDockWidget>
#include <QMetaObject>

class ApiClient;
class ExchangeModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class QAction;
struct Exchange;

// Every request the app made, newest at the bottom: a filterable table over ExchangeModel and, for
// the selected row, the request, the response and a curl command. Everything shown comes from
// Exchange, which ApiClient has already redacted: the token is "<redacted>" in headers and
// $PATCHBAY_TOKEN in curl.
class RequestInspectorDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit RequestInspectorDock(QWidget *parent = nullptr);
    ~RequestInspectorDock() override;

    // Shows every exchange the client finishes from now on; replaces a previous attach().
    void attach(ApiClient *client);
    ExchangeModel *model() const { return m_model; }
    const Exchange *selectedExchange() const; // nullptr when no row is selected

public slots:
    void copyCurl();     // the selected row's curl, to the clipboard
    void copyResponse(); // the selected row's response body (pretty JSON), or its error
    void clear();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void showDetail(const QModelIndex &proxyIndex);
    void updateActions();
    void updateCount();
    void applyColumnWidths();
    void setSplitterFor(Qt::DockWidgetArea area);

    ExchangeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QMetaObject::Connection m_clientConnection;
    bool m_stickToBottom = true;

    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_copyCurlButton = nullptr;
    QToolButton *m_copyResponseButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_copyResponseAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_requestText = nullptr;
    QPlainTextEdit *m_responseText = nullptr;
    QPlainTextEdit *m_curlText = nullptr;
};
