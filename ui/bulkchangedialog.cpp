#include "bulkchangedialog.h"
#include "dialogsizing.h"
#include "endpointactions.h"
#include "statustintdelegate.h"

#include "core/draft.h"
#include "diff/diff.h"
#include "providers/providerspec.h"
#include "session/workspace.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    AccountColumn,
    UrlColumn,
    RequestColumn,
    ResultColumn
};
}

BulkChangeDialog::BulkChangeDialog(Workspace *workspace, const QList<Endpoint> &endpoints, bool enable,
                                   QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_enable(enable), m_summary(new QLabel), m_warning(new QLabel),
      m_lostNote(new QLabel), m_table(new QTableWidget(0, 4)), m_progress(new QProgressBar),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(enable ? tr("Re-enable endpoints") : tr("Disable endpoints"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                 .arg(StatusTintDelegate::toneColour(StatusTone::Failure, palette()).name()));
    layout->addWidget(m_warning);
    m_lostNote->setObjectName(QStringLiteral("lostStateNote"));
    m_lostNote->setWordWrap(true);
    m_lostNote->setTextFormat(Qt::PlainText); // quotes the providers' reasons and URLs
    layout->addWidget(m_lostNote);

    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Endpoint"), tr("Request to send"), tr("Result")});
    m_table->setAccessibleName(tr("Changes to send"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Result must be seen without scrolling: Request takes the room that is left and wraps its
    // body (anywhere, JSON has few spaces); the other columns fit their content.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestColumn, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_table, 1);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    QSet<QString> production;
    QStringList lost; // per endpoint its provider disabled: its URL and what re-enabling clears
    for (const Endpoint &e : endpoints) {
        Draft draft = Draft::fromEndpoint(e);
        draft.enabled = enable;
        const DiffResult diff = Diff::compute(e, draft);
        if (!diff.isValid()) {
            ++m_skipped;
            addRow(e, QString(), tr("Skipped: %1").arg(diff.errors.first().message));
            continue;
        }
        if (!diff.hasChanges()) {
            ++m_skipped;
            addRow(e, QString(),
                   enable ? tr("Skipped: already delivering") : tr("Skipped: already disabled"));
            continue;
        }
        const PreparedRequest request = workspace->preview(e, diff.request);
        m_rowOfItem << m_table->rowCount();
        m_items << BulkOperation::Item{e, draft};
        addRow(e,
               QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.path() +
                   QLatin1Char(' ') + QString::fromUtf8(request.redactedBody()),
               tr("Ready"));
        if (workspace->account(e.account).isProduction())
            production.insert(e.account);
        const QString note = enable ? EndpointActions::lostStateNote(e) : QString();
        if (!note.isEmpty())
            lost << e.url + QLatin1Char('\n') + note;
    }
    m_lostNote->setText(lost.join(QLatin1String("\n\n")));
    m_lostNote->setVisible(!lost.isEmpty());
    // A long URL keeps at most 320 px (elided, full text in the tooltip); rows follow the wrapped bodies.
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Interactive);
    m_table->resizeColumnToContents(UrlColumn);
    m_table->setColumnWidth(UrlColumn, qMin(m_table->columnWidth(UrlColumn), 320));
    // Result has a fixed share so it never leaves the screen; a long error wraps within it.
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ResultColumn, m_table->fontMetrics().averageCharWidth() * 30);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_summary->setText(enable ? tr("%1 of %2 selected endpoints will be re-enabled with the requests below.")
                                    .arg(m_items.size())
                                    .arg(endpoints.size())
                              : tr("%1 of %2 selected endpoints will be disabled with the requests below.")
                                    .arg(m_items.size())
                                    .arg(endpoints.size()));
    QStringList accounts(production.begin(), production.end());
    accounts.sort();
    m_warning->setText(
        accounts.isEmpty()
            ? QString()
            : tr("This includes production accounts: %1.").arg(accounts.join(QLatin1String(", "))));
    m_warning->setVisible(!accounts.isEmpty());

    if (!m_items.isEmpty()) {
        QPushButton *confirm = m_buttons->addButton(
            enable ? (m_items.size() == 1 ? tr("Re-enable 1 endpoint")
                                          : tr("Re-enable %n endpoints", nullptr, m_items.size()))
                   : (m_items.size() == 1 ? tr("Disable 1 endpoint")
                                          : tr("Disable %n endpoints", nullptr, m_items.size())),
            QDialogButtonBox::AcceptRole);
        confirm->setDefault(true);
        confirm->setAccessibleName(confirm->text());
        disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
        connect(confirm, &QPushButton::clicked, this, &BulkChangeDialog::send);
    }
    DialogSizing::fitToScreen(this, QSize(900, 480));
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_operation && m_operation->finishedCount() < m_operation->total())
            m_operation->cancel(); // requests in flight finish; nothing new starts
        else
            reject();
    });
}

void BulkChangeDialog::addRow(const Endpoint &endpoint, const QString &request, const QString &result)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, AccountColumn, new QTableWidgetItem(endpoint.account));
    auto *url = new QTableWidgetItem(endpoint.url);
    url->setToolTip(endpoint.url + QLatin1Char('\n') + endpoint.id);
    m_table->setItem(row, UrlColumn, url);
    auto *req = new QTableWidgetItem(request);
    req->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    req->setToolTip(request);
    m_table->setItem(row, RequestColumn, req);
    m_table->setItem(row, ResultColumn, new QTableWidgetItem(result));
}

void BulkChangeDialog::send()
{
    if (m_operation || m_items.isEmpty())
        return;
    for (QAbstractButton *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(false);
    m_progress->setRange(0, m_items.size());
    m_progress->setValue(0);
    m_progress->show();
    m_operation = new BulkOperation(m_workspace, m_items, this);
    connect(m_operation, &BulkOperation::itemFinished, this, &BulkChangeDialog::showResult);
    connect(m_operation, &BulkOperation::finished, this, &BulkChangeDialog::finish);
    connect(m_operation, &BulkOperation::itemWaiting, this, [this](int index, int seconds) {
        m_table->item(m_rowOfItem.at(index), ResultColumn)
            ->setText(tr("Provider asked to wait: sending again in %n s", nullptr, seconds));
    });
    for (int row : std::as_const(m_rowOfItem))
        m_table->item(row, ResultColumn)->setText(tr("Waiting…"));
    m_operation->start();
}

void BulkChangeDialog::showResult(int index)
{
    const BulkOperation::Result &result = m_operation->results().at(index);
    QTableWidgetItem *item = m_table->item(m_rowOfItem.at(index), ResultColumn);
    if (result.error.isError()) {
        item->setText(tr("Failed: %1").arg(result.error.toString()));
        item->setForeground(StatusTintDelegate::toneColour(StatusTone::Failure, m_table->palette()));
    } else {
        item->setText(tr("Done"));
        item->setForeground(StatusTintDelegate::toneColour(StatusTone::Success, m_table->palette()));
    }
    item->setToolTip(item->text());
    m_progress->setValue(m_operation->finishedCount());
}

void BulkChangeDialog::finish()
{
    const int failed = m_operation->failedCount();
    const int done = m_operation->finishedCount() - failed;
    const int notSent = m_operation->total() - m_operation->finishedCount();
    for (int i = 0; i < m_items.size(); ++i)
        if (!m_operation->results().at(i).done)
            m_table->item(m_rowOfItem.at(i), ResultColumn)->setText(tr("Not sent (cancelled)"));
    QString text = tr("%1 succeeded, %2 failed.").arg(done).arg(failed);
    if (notSent > 0)
        text += QLatin1Char(' ') + tr("%1 not sent (cancelled).").arg(notSent);
    m_summary->setText(text);
    m_buttons->clear();
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}
