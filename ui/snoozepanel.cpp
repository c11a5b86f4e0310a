#include "snoozepanel.h"

#include "core/inerttext.h"
#include "datetext.h"
#include "session/healthwatcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    AccountColumn,
    EndpointColumn,
    UntilColumn,
    ColumnCount
};

// The row's snooze key: account and id (empty for the whole account).
constexpr int AccountRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

SnoozePanel::SnoozePanel(HealthWatcher *watcher, const QStringList &accounts, QWidget *parent)
    : QGroupBox(tr("Snoozed notifications"), parent), m_watcher(watcher), m_list(new QTreeWidget(this)),
      m_resume(new QPushButton(tr("Res&ume"), this)), m_account(new QComboBox(this)),
      m_length(new QComboBox(this)), m_snooze(new QPushButton(tr("&Snooze"), this))
{
    setObjectName(QStringLiteral("snoozePanel"));

    m_list->setObjectName(QStringLiteral("snoozeList"));
    m_list->setAccessibleName(tr("Snoozed notifications"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Account"), tr("Endpoint"), tr("Until")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    // A few rows are visible; more scroll (the dialog must stay on the screen).
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 6);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setAccessibleName(tr("Resume the selected notifications"));

    m_account->setObjectName(QStringLiteral("snoozeAccountBox"));
    m_account->setAccessibleName(tr("Account to snooze"));
    m_account->addItems(accounts);
    m_length->setObjectName(QStringLiteral("snoozeLengthBox"));
    m_length->setAccessibleName(tr("Snooze length"));
    using Length = HealthWatcher::SnoozeLength;
    m_length->addItem(tr("For 1 hour"), int(Length::OneHour));
    m_length->addItem(tr("Until tomorrow"), int(Length::UntilTomorrow));
    m_length->addItem(tr("Until each endpoint is active"), int(Length::UntilRecovered));
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_snooze->setAccessibleName(tr("Snooze the account's notifications"));

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_resume);
    listButtons->addStretch(1);
    listRow->addLayout(listButtons);

    auto *accountLabel = new QLabel(tr("Snooze a whole a&ccount:"), this);
    accountLabel->setBuddy(m_account);
    auto *snoozeRow = new QHBoxLayout;
    snoozeRow->addWidget(m_account, 1);
    snoozeRow->addWidget(m_length, 1);
    snoozeRow->addWidget(m_snooze);

    auto *note = new QLabel(tr("Resume and Snooze take effect at once; Cancel does not undo them."), this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(listRow);
    layout->addWidget(accountLabel);
    layout->addLayout(snoozeRow);
    layout->addWidget(note);

    connect(m_resume, &QPushButton::clicked, this, &SnoozePanel::resumeSelected);
    connect(m_snooze, &QPushButton::clicked, this, &SnoozePanel::snoozeAccount);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SnoozePanel::updateButtons);
    connect(m_watcher, &HealthWatcher::snoozesChanged, this, &SnoozePanel::reload);
    reload();
}

void SnoozePanel::reload()
{
    m_list->clear();
    for (const HealthWatcher::Snooze &s : m_watcher->snoozes()) {
        auto *item = new QTreeWidgetItem(m_list);
        // Ids and URLs come from servers, the list from the settings file: shown inert.
        item->setText(AccountColumn, InertText::escape(s.account));
        const QString url = s.id.isEmpty() || !m_urlOf ? QString() : m_urlOf(s.account, s.id);
        if (s.id.isEmpty()) {
            item->setText(EndpointColumn, tr("All endpoints"));
        } else if (url.isEmpty()) {
            item->setText(EndpointColumn, InertText::escape(s.id));
        } else {
            item->setText(EndpointColumn, InertText::escape(url));
            item->setToolTip(EndpointColumn, InertText::escape(s.id));
        }
        QString until;
        if (!s.untilRecovered)
            until = DateText::text(s.until);
        else if (s.id.isEmpty())
            until = tr("Each endpoint is active");
        else
            until = tr("It recovers");
        item->setText(UntilColumn, until);
        item->setData(AccountColumn, AccountRole, s.account);
        item->setData(AccountColumn, IdRole, s.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
    updateButtons();
}

void SnoozePanel::setUrlLookup(UrlLookup lookup)
{
    m_urlOf = std::move(lookup);
    reload();
}

void SnoozePanel::updateButtons()
{
    m_resume->setEnabled(!m_list->selectedItems().isEmpty());
    m_snooze->setEnabled(m_account->count() > 0);
}

void SnoozePanel::resumeSelected()
{
    // Keys first: each unsnooze reloads the list and deletes its items.
    QList<std::pair<QString, QString>> keys;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        keys.append({item->data(AccountColumn, AccountRole).toString(),
                     item->data(AccountColumn, IdRole).toString()});
    for (const auto &[account, id] : keys)
        m_watcher->unsnooze(account, id);
    m_list->setFocus();
}

void SnoozePanel::snoozeAccount()
{
    if (m_account->currentIndex() < 0)
        return;
    m_watcher->snoozeAccount(m_account->currentText(),
                             HealthWatcher::SnoozeLength(m_length->currentData().toInt()));
}
