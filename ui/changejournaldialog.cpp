#include "changejournaldialog.h"
#include "dialogsizing.h"

#include "changerecordmodel.h"
#include "datetext.h"
#include "exchangetext.h"
#include "providers/providerspec.h"
#include "session/changejournal.h"
#include "session/revertplan.h"
#include "session/workspace.h"
#include "statustintdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ChangeJournalDialog::ChangeJournalDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(new ChangeRecordModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("changeJournalDialog"));
    setModal(false);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ChangeRecordModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    retranslate();
    reload();
    if (m_workspace)
        connect(m_workspace, &Workspace::changeRecorded, m_model, &ChangeRecordModel::addRecord);
    DialogSizing::fitToScreen(this, QSize(960, 600));
}

ChangeJournalDialog::~ChangeJournalDialog() = default;

void ChangeJournalDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("journalFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("journalCount"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ChangeRecordModel::ResultColumn, new StatusTintDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    const QFontMetrics fm = m_table->fontMetrics();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChangeRecordModel::EndpointColumn, QHeaderView::Stretch);
    // Each column at least as wide as its header in the current language ("Annulation", "Rückgängig").
    auto size = [header](int column, int content) {
        header->resizeSection(column, qMax(content, header->sectionSizeHint(column) + 8));
    };
    size(ChangeRecordModel::WhenColumn,
         fm.horizontalAdvance(
             DateText::text(QDateTime(QDate(2000, 12, 28), QTime(20, 0)), DateText::Precision::Seconds)) +
             16);
    size(ChangeRecordModel::AccountColumn, fm.horizontalAdvance(QStringLiteral("production-account")) + 16);
    size(ChangeRecordModel::MethodColumn, fm.horizontalAdvance(QStringLiteral("PATCH")) + 24);
    size(ChangeRecordModel::ResultColumn, fm.averageCharWidth() * 30 + 16);
    size(ChangeRecordModel::UndoColumn, fm.horizontalAdvance(QStringLiteral("Undo")) + 24);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(4);
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("journalDetailTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText); // a URL and a server's error message
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailTitle->setWordWrap(true);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    m_detailTitle->setFont(titleFont);
    m_body = new QPlainTextEdit(detail);
    m_body->setObjectName(QStringLiteral("journalBody"));
    m_body->setReadOnly(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setTabChangesFocus(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_body, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_copyBody = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyBody->setObjectName(QStringLiteral("copyBodyButton"));
    m_copyBody->setEnabled(false);
    connect(m_copyBody, &QPushButton::clicked, this, [this] {
        if (const ChangeRecord *r = selectedRecord())
            QGuiApplication::clipboard()->setText(ExchangeText::prettyBody(r->body));
    });
    m_revert = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setEnabled(false);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (const ChangeRecord *r = selectedRecord())
            emit revertRequested(*r);
    });
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChangeJournalDialog::showDetail);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ChangeJournalDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChangeJournalDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        showDetail(QModelIndex());
    });
}

void ChangeJournalDialog::retranslate()
{
    setWindowTitle(tr("Change journal"));
    m_filter->setPlaceholderText(tr("Filter by account, endpoint, method or result"));
    m_filter->setAccessibleName(tr("Filter changes"));
    m_table->setAccessibleName(tr("Changes sent"));
    m_body->setAccessibleName(tr("Body sent"));
    m_body->setPlaceholderText(tr("Select a change to see the body that was sent."));
    m_copyBody->setText(tr("Copy body"));
    m_copyBody->setAccessibleName(tr("Copy body"));
    m_revert->setText(tr("&Revert…"));
    m_revert->setAccessibleName(tr("Revert this change"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    updateCount();
    showDetail(m_table->currentIndex());
}

void ChangeJournalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ChangeJournalDialog::reload()
{
    const ChangeJournal *journal = m_workspace ? m_workspace->journal() : nullptr;
    if (journal)
        m_model->loadFrom(*journal);
    else
        m_model->clear();
}

const ChangeRecord *ChangeJournalDialog::selectedRecord() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return nullptr;
    return m_model->recordAt(m_proxy->mapToSource(current).row());
}

void ChangeJournalDialog::showDetail(const QModelIndex &proxyIndex)
{
    const ChangeRecord *r =
        proxyIndex.isValid() ? m_model->recordAt(m_proxy->mapToSource(proxyIndex).row()) : nullptr;
    m_copyBody->setEnabled(r != nullptr);
    const RevertPlan plan = r ? RevertPlan::of(*r) : RevertPlan();
    m_revert->setEnabled(plan.possible);
    // Disabled, the tooltip says why; enabled, what it does and what it cannot bring back.
    m_revert->setToolTip(!r ? tr("Select a change to revert.")
                         : plan.possible
                             ? tr("Send back the values from before this change, after "
                                  "checking that the endpoint still holds what it set.") +
                                   (plan.caveat.isEmpty() ? QString() : QLatin1Char('\n') + plan.caveat)
                             : plan.unavailableReason);
    if (!r) {
        m_detailTitle->setText(tr("Body sent"));
        m_body->clear();
        return;
    }
    const QString result = r->succeeded()       ? tr("HTTP %1").arg(r->httpStatus)
                           : r->error.isEmpty() ? tr("failed with HTTP %1").arg(r->httpStatus)
                                                : tr("failed: %1").arg(r->error);
    QString title = tr("%1 %2 → %3").arg(QString::fromLatin1(r->method), r->requestUrl, result);
    if (!r->lostProviderReason.isEmpty())
        title += QLatin1Char('\n') +
                 tr("Before this re-enable, %1 had recorded: \"%2\", after %n failed deliveries.", "",
                    r->lostFailureCount)
                     .arg(Providers::spec(r->provider).displayName, r->lostProviderReason);
    if (r->by == QLatin1String("patchbay-cli"))
        title += QLatin1Char('\n') + tr("Sent from the command line (patchbay-cli).");
    m_detailTitle->setText(title);
    m_body->setPlainText(ExchangeText::prettyBody(r->body));
}

void ChangeJournalDialog::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    // English needs no .qm for its plural: "1 change" is its own string, %n forms go to translators.
    const QString all = total == 1 ? tr("1 change") : tr("%n changes", "", total);
    QString text = shown == total ? all : tr("%1 of %2").arg(shown).arg(all);
    const ChangeJournal *journal = m_workspace ? m_workspace->journal() : nullptr;
    if (const int skipped = journal ? journal->skippedLines() : 0; skipped > 0)
        text += QLatin1String(" · ") +
                (skipped == 1 ? tr("1 damaged line skipped") : tr("%n damaged lines skipped", "", skipped));
    m_count->setText(text);
}
