#include "requestinspectordock.h"

#include "datetext.h"
#include "exchangemodel.h"
#include "exchangetext.h"
#include "net/apiclient.h"
#include "statustintdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *makeTextPane(QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setReadOnly(true);
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Wrapped: a long URL or curl line is read whole, not behind a horizontal scroll bar.
    pane->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    pane->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    pane->setTabChangesFocus(true);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setFrameShape(QFrame::NoFrame);
    return pane;
}

QToolButton *makeButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus); // tool buttons skip Tab focus by default
    return button;
}

} // namespace

RequestInspectorDock::RequestInspectorDock(QWidget *parent)
    : QDockWidget(parent), m_model(new ExchangeModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("requestInspectorDock")); // for QMainWindow::saveState()
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ExchangeModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    retranslate();
    updateActions();
    updateCount();
}

RequestInspectorDock::~RequestInspectorDock() = default;

void RequestInspectorDock::buildUi()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_copyCurlAction = new QAction(this);
    m_copyCurlAction->setShortcut(QKeySequence::Copy);
    m_copyCurlAction->setShortcutContext(Qt::WidgetShortcut); // Ctrl+C in the table only
    connect(m_copyCurlAction, &QAction::triggered, this, &RequestInspectorDock::copyCurl);
    m_copyUrlAction = new QAction(this);
    connect(m_copyUrlAction, &QAction::triggered, this, [this] {
        if (const Exchange *e = selectedExchange())
            QGuiApplication::clipboard()->setText(e->url.toString(QUrl::FullyEncoded));
    });
    m_copyResponseAction = new QAction(this);
    connect(m_copyResponseAction, &QAction::triggered, this, &RequestInspectorDock::copyResponse);
    auto *clearAction = new QAction(this);
    clearAction->setObjectName(QStringLiteral("clearAction"));
    connect(clearAction, &QAction::triggered, this, &RequestInspectorDock::clear);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    m_filter = new QLineEdit(content);
    m_filter->setObjectName(QStringLiteral("inspectorFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("inspectorCount"));
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000 requests")));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_copyCurlButton = makeButton(m_copyCurlAction, content);
    m_copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyResponseButton = makeButton(m_copyResponseAction, content);
    m_copyResponseButton->setObjectName(QStringLiteral("copyResponseButton"));
    m_clearButton = makeButton(clearAction, content);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addSpacing(8);
    bar->addWidget(m_copyCurlButton);
    bar->addWidget(m_copyResponseButton);
    bar->addWidget(m_clearButton);
    layout->addLayout(bar);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("exchangeTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ExchangeModel::StatusColumn, new StatusTintDelegate(m_table));
    m_table->setTabKeyNavigation(false); // Tab moves on to the request details
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // URLs differ at their end (the endpoint ID)
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Fixed, compact rows: no per-row measuring with 2,000 exchanges.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->addAction(m_copyCurlAction);
    m_table->addAction(m_copyUrlAction);
    m_table->addAction(m_copyResponseAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    applyColumnWidths();

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("exchangeDetailTabs"));
    m_tabs->setDocumentMode(true);
    m_requestText = makeTextPane(m_tabs);
    m_requestText->setObjectName(QStringLiteral("requestText"));
    m_responseText = makeTextPane(m_tabs);
    m_responseText->setObjectName(QStringLiteral("responseText"));
    m_curlText = makeTextPane(m_tabs);
    m_curlText->setObjectName(QStringLiteral("curlText"));
    m_tabs->addTab(m_requestText, QString());
    m_tabs->addTab(m_responseText, QString());
    m_tabs->addTab(m_curlText, QString());

    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2); // the list is what one scans; the detail is read one at a time
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setWidget(content);

    setTabOrder(m_filter, m_copyCurlButton);
    setTabOrder(m_copyCurlButton, m_copyResponseButton);
    setTabOrder(m_copyResponseButton, m_clearButton);
    setTabOrder(m_clearButton, m_table);
    setTabOrder(m_table, m_tabs);

    // Follow new requests only while the user is looking at the newest ones.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_stickToBottom = bar->value() >= bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        // A hidden table would lay out all its rows for nothing (once per page of a 100k load):
        // it scrolls when it is shown.
        if (m_stickToBottom && m_table->isVisible())
            m_table->scrollToBottom();
        updateCount();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateActions();
        showDetail(QModelIndex());
    });
    // The row on show lost its bodies to the byte budget: say so instead of the bodies.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_proxy->mapToSource(current).row() == topLeft.row())
            showDetail(current);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDetail(current);
                updateActions();
            });
    // A mouse click moves the current row before it selects it: follow the selection too.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestInspectorDock::updateActions);
    connect(this, &QDockWidget::dockLocationChanged, this, &RequestInspectorDock::setSplitterFor);
}

void RequestInspectorDock::applyColumnWidths()
{
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 16;
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(fm.horizontalAdvance(QLatin1Char('M')) * 3);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ExchangeModel::UrlColumn, QHeaderView::Stretch);
    header->resizeSection(ExchangeModel::TimeColumn,
                          // A sample date in the same format: the widest day and month, two-digit hour.
                          fm.horizontalAdvance(DateText::text(QDateTime(QDate(2000, 12, 28), QTime(20, 0)),
                                                              DateText::Precision::Milliseconds)) +
                              pad);
    header->resizeSection(ExchangeModel::MethodColumn, fm.horizontalAdvance(QStringLiteral("DELETE")) + pad);
    header->resizeSection(ExchangeModel::StatusColumn, fm.averageCharWidth() * 14 + pad);
    header->resizeSection(ExchangeModel::DurationColumn,
                          fm.horizontalAdvance(QStringLiteral("00,000 ms")) + pad);
    header->resizeSection(ExchangeModel::AccountColumn, fm.averageCharWidth() * 20 + pad);
    // The URL stretches in the middle; the account stays the last, narrow column.
}

void RequestInspectorDock::setSplitterFor(Qt::DockWidgetArea area)
{
    // Beside the endpoint table the dock is tall and narrow: stack the detail under the list.
    const bool tall = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
    m_splitter->setOrientation(tall ? Qt::Vertical : Qt::Horizontal);
}

void RequestInspectorDock::retranslate()
{
    setWindowTitle(tr("Request inspector"));
    m_filter->setPlaceholderText(tr("Filter by method, URL, status or account"));
    m_filter->setAccessibleName(tr("Filter requests"));
    m_filter->setToolTip(
        tr("Shows only the requests whose method, URL, status or account contain this text"));
    m_copyCurlAction->setText(tr("Copy as curl"));
    m_copyCurlAction->setToolTip(
        tr("Copy the selected request as a curl command (%1). The token is "
           "$PATCHBAY_TOKEN.")
            .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_copyUrlAction->setText(tr("Copy URL"));
    m_copyResponseAction->setText(tr("Copy response"));
    m_copyResponseAction->setToolTip(tr("Copy the selected response body, or its error"));
    m_clearButton->defaultAction()->setText(tr("Clear"));
    m_clearButton->defaultAction()->setToolTip(tr("Remove every request from the inspector"));
    m_copyCurlButton->setAccessibleName(tr("Copy as curl"));
    m_copyResponseButton->setAccessibleName(tr("Copy response"));
    m_clearButton->setAccessibleName(tr("Clear requests"));
    m_table->setAccessibleName(tr("Requests"));
    m_tabs->setAccessibleName(tr("Request details"));
    m_tabs->setTabText(0, tr("Request"));
    m_tabs->setTabText(1, tr("Response"));
    m_tabs->setTabText(2, tr("curl"));
    m_requestText->setAccessibleName(tr("Request sent"));
    m_responseText->setAccessibleName(tr("Response received"));
    m_curlText->setAccessibleName(tr("Request as curl command"));
    updateCount();
    showDetail(m_table->currentIndex());
}

void RequestInspectorDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (m_stickToBottom)
        m_table->scrollToBottom();
}

void RequestInspectorDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void RequestInspectorDock::attach(ApiClient *client)
{
    disconnect(m_clientConnection);
    if (client)
        m_clientConnection = connect(client, &ApiClient::exchangeFinished, m_model, &ExchangeModel::append);
}

const Exchange *RequestInspectorDock::selectedExchange() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return nullptr;
    return m_model->exchangeAt(m_proxy->mapToSource(current).row());
}

void RequestInspectorDock::showDetail(const QModelIndex &proxyIndex)
{
    const Exchange *e =
        proxyIndex.isValid() ? m_model->exchangeAt(m_proxy->mapToSource(proxyIndex).row()) : nullptr;
    if (!e) {
        m_requestText->clear();
        m_responseText->clear();
        m_curlText->clear();
        return;
    }
    Exchange shown = *e;
    const int row = m_proxy->mapToSource(proxyIndex).row();
    if (m_model->requestBodyDroppedAt(row) || m_model->responseBodyDroppedAt(row)) {
        const QByteArray note = tr("(body dropped: the inspector keeps the newest %1 of bodies)")
                                    .arg(QLocale().formattedDataSize(m_model->bodyBudget()))
                                    .toUtf8();
        if (m_model->requestBodyDroppedAt(row))
            shown.requestBody = note;
        if (m_model->responseBodyDroppedAt(row))
            shown.responseBody = note;
    }
    m_requestText->setPlainText(ExchangeText::requestText(shown));
    m_responseText->setPlainText(ExchangeText::responseText(shown));
    m_curlText->setPlainText(e->curl);
}

void RequestInspectorDock::updateActions()
{
    const bool hasSelection = selectedExchange() != nullptr;
    m_copyCurlAction->setEnabled(hasSelection);
    m_copyUrlAction->setEnabled(hasSelection);
    m_copyResponseAction->setEnabled(hasSelection);
    m_clearButton->defaultAction()->setEnabled(m_model->rowCount() > 0);
}

void RequestInspectorDock::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    // English needs no .qm for its plural: "1 request" is its own string, %n forms go to translators.
    const QString all = total == 1 ? tr("1 request") : tr("%n requests", "", total);
    m_count->setText(shown == total ? all : tr("%1 of %2").arg(shown).arg(all));
    // The empty state lives in the detail pane: say what will appear there, or how to see it.
    const QString placeholder = total == 0 ? tr("No requests yet. Every request Patchbay sends appears here, "
                                                "with its response, tokens redacted.")
                                           : tr("Select a request to see it here.");
    m_requestText->setPlaceholderText(placeholder);
    m_responseText->setPlaceholderText(placeholder);
    m_curlText->setPlaceholderText(placeholder);
}

void RequestInspectorDock::copyCurl()
{
    if (const Exchange *e = selectedExchange())
        QGuiApplication::clipboard()->setText(e->curl);
}

void RequestInspectorDock::copyResponse()
{
    const Exchange *e = selectedExchange();
    if (!e)
        return;
    if (e->httpStatus == 0)
        QGuiApplication::clipboard()->setText(e->error); // nothing came back: the cause is the answer
    else
        QGuiApplication::clipboard()->setText(
            e->responseBody.isEmpty() ? QString() : ExchangeText::prettyBody(e->responseBody));
}

void RequestInspectorDock::clear()
{
    m_model->clear();
    m_stickToBottom = true;
}
