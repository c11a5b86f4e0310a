#include "shortcutsdialog.h"

#include "dialogsizing.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int GroupRole = Qt::UserRole + 1; // marks the group header rows

void collect(const QMenu *menu, const QString &group, const QString &prefix,
             QList<ShortcutsDialog::Entry> *out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue; // a hidden action's shortcut does nothing (the demo's Accounts…)
        if (const QMenu *sub = action->menu()) {
            collect(sub, group, prefix + ShortcutsDialog::commandText(action->text()) + QStringLiteral(" ▸ "),
                    out);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        out->append({group, prefix + ShortcutsDialog::commandText(action->text()),
                     ShortcutsDialog::keysText(action->shortcuts())});
    }
}

QString keys(std::initializer_list<QKeySequence> sequences)
{
    return ShortcutsDialog::keysText(QList<QKeySequence>(sequences));
}

} // namespace

QString ShortcutsDialog::keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &sequence : keys)
        texts << sequence.toString(QKeySequence::NativeText);
    return texts.join(QLatin1String(", "));
}

QString ShortcutsDialog::commandText(const QString &actionText)
{
    QString text;
    for (int i = 0; i < actionText.size(); ++i) {
        if (actionText.at(i) == QLatin1Char('&') && i + 1 < actionText.size())
            ++i; // "&x" shows "x", "&&" shows "&"
        text += actionText.at(i);
    }
    for (const QString &ellipsis : {QStringLiteral("…"), QStringLiteral("...")}) {
        if (text.endsWith(ellipsis))
            text.chop(ellipsis.size());
    }
    return text.trimmed();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::menuEntries(const QMenuBar *menuBar)
{
    QList<Entry> entries;
    if (!menuBar)
        return entries;
    for (const QAction *top : menuBar->actions()) {
        if (top->menu() && top->isVisible())
            collect(top->menu(), commandText(top->text()), QString(), &entries);
    }
    return entries;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::otherEntries()
{
    const QString table = tr("Endpoint table");
    const QString filter = tr("Filter field");
    const QString inspector = tr("Request inspector");
    const QString editDialog = tr("Edit dialog");
    const QString accounts = tr("Accounts dialog");
    const QString everywhere = tr("Everywhere");
    QString alt = QKeySequence(Qt::ALT | Qt::Key_A).toString(QKeySequence::NativeText);
    alt.chop(1); // "Alt+" in the platform's words
    return {
        {table, tr("Previous or next endpoint"), keys({Qt::Key_Up, Qt::Key_Down})},
        {table, tr("A page up or down, the first or last endpoint"),
         keys({Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End})},
        {table, tr("Extend the selection"), keys({Qt::SHIFT | Qt::Key_Up, Qt::SHIFT | Qt::Key_Down})},
        {table, tr("Select every endpoint shown"), keys({QKeySequence::SelectAll})},
        {table, tr("Actions for the selection"), keys({Qt::Key_Menu})},
        {filter, tr("Clear the filter"), keys({Qt::Key_Escape})},
        {inspector, tr("Copy the selected request as a curl command"), keys({QKeySequence::Copy})},
        {editDialog, tr("Save the change"), keys({Qt::CTRL | Qt::Key_Return})},
        {editDialog, tr("Cancel"), keys({Qt::Key_Escape})},
        {accounts, tr("Remove the selected account"), keys({QKeySequence::Delete})},
        {everywhere, tr("Next or previous control (also out of the table)"),
         keys({Qt::Key_Tab, Qt::SHIFT | Qt::Key_Tab})},
        {everywhere, tr("Open the menu or control whose letter is underlined"),
         //: Follows "Alt+": Alt and the letter underlined in a menu's or a control's name.
         alt + tr("underlined letter")},
    };
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setSectionsMovable(false);
    m_tree->header()->setStretchLastSection(true);
    addGroups(menuEntries(menuBar) + otherEntries());
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + m_tree->fontMetrics().averageCharWidth() * 4); // a gap
    m_tree->resizeColumnToContents(1);
    m_tree->setCurrentItem(m_tree->topLevelItem(0));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    m_tree->setFocus();
    ensurePolished();
    DialogSizing::fitToScreen(this, preferredSize());
}

void ShortcutsDialog::addGroups(const QList<Entry> &entries)
{
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : entries) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            group->setData(0, GroupRole, true);
            group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            QFont bold = m_tree->font();
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setData(1, Qt::AccessibleTextRole, entry.group); // the spanned cell reads as its group
        }
        auto *item = new QTreeWidgetItem(group, {entry.command, entry.keys});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
        item->setData(1, Qt::AccessibleTextRole, tr("%1: %2").arg(entry.command, entry.keys));
        item->setToolTip(0, entry.command);
    }
}

// Every row without scrolling when the screen has room: the columns' widths and the rows' height.
QSize ShortcutsDialog::preferredSize() const
{
    int rows = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        rows += 1 + m_tree->topLevelItem(i)->childCount();
    const int hint = m_tree->sizeHintForRow(0); // uniform rows
    const int rowHeight = hint > 0 ? hint : m_tree->fontMetrics().height() + 2;
    const int frame = 2 * m_tree->frameWidth();
    const int scrollBar = m_tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = m_tree->columnWidth(0) + m_tree->columnWidth(1) + 48 + frame + scrollBar;
    const int height = (rows + 1) * rowHeight + m_tree->header()->sizeHint().height() + frame;
    const QMargins margins = layout()->contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom() +
                                                               layout()->spacing() +
                                                               m_buttons->sizeHint().height());
}
