#include "conflictdialog.h"
#include "dialogsizing.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The fields that only the server changed: they are kept as the server has them, and said so.
QStringList serverOnlyChanges(const RebaseResult &r)
{
    QStringList fields;
    auto note = [&fields, &r](const QString &field, bool theyChanged) {
        bool conflicting = false;
        for (const FieldConflict &c : r.conflicts)
            conflicting = conflicting || c.field == field;
        if (theyChanged && !conflicting)
            fields << ConflictDialog::fieldLabel(FieldConflict{field, QString()});
    };
    note(QStringLiteral("url"), r.theirs.url != r.base.url);
    note(QStringLiteral("events"), QSet<QString>(r.theirs.events.begin(), r.theirs.events.end()) !=
                                       QSet<QString>(r.base.events.begin(), r.base.events.end()));
    note(QStringLiteral("description"), r.theirs.description != r.base.description);
    note(QStringLiteral("enabled"), r.theirs.enabled != r.base.enabled);
    note(QStringLiteral("scope"), r.theirs.scope != r.base.scope);
    note(QStringLiteral("metadata"), r.theirs.metadata != r.base.metadata);
    return fields;
}

} // namespace

ConflictDialog::ConflictDialog(const RebaseResult &rebase, const QString &providerName, QWidget *parent,
                               Purpose purpose)
    : QDialog(parent), m_table(new QTableWidget(0, 4, this))
{
    const bool revert = purpose == Purpose::Revert;
    setWindowTitle(revert ? tr("Changed since") : tr("Changed by someone else"));
    setObjectName(QStringLiteral("conflictDialog"));

    auto *intro = new QLabel(
        revert
            ? tr("Since that change, this endpoint was changed on %1: these fields no longer hold the values "
                 "that change set. Reverting them overwrites the later change. Nothing has been sent yet.")
                  .arg(providerName)
            : tr("While you were editing, this endpoint was changed on %1. These fields were changed there "
                 "and by you. Nothing has been sent yet.")
                  .arg(providerName),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Fields changed on both sides"));
    m_table->setHorizontalHeaderLabels(revert ? QStringList{tr("Field"), tr("Set by that change"),
                                                            tr("Now on %1").arg(providerName),
                                                            tr("Before that change")}
                                              : QStringList{tr("Field"), tr("When you opened it"),
                                                            tr("Now on %1").arg(providerName), tr("Yours")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const FieldConflict &c : rebase.conflicts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{fieldLabel(c), valueText(rebase.base, c), valueText(rebase.theirs, c),
                                valueText(rebase.mine, c)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    // Rows as tall as their wrapped text at the widths the columns finally get.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    const QStringList alsoChanged = serverOnlyChanges(rebase);
    if (!alsoChanged.isEmpty()) {
        auto *note = new QLabel(tr("Also changed on %1, and kept as it is there: %2.")
                                    .arg(providerName, alsoChanged.join(QLatin1String(", "))),
                                this);
        note->setObjectName(QStringLiteral("serverOnlyNote"));
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        layout->addWidget(note);
    }

    auto *buttons = new QDialogButtonBox(this);
    if (revert) {
        QPushButton *anyway = buttons->addButton(tr("Revert &anyway"), QDialogButtonBox::AcceptRole);
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        anyway->setObjectName(QStringLiteral("revertAnywayButton"));
        cancel->setObjectName(QStringLiteral("cancelRevertButton"));
        anyway->setToolTip(tr("Send the values from before that change, replacing the later change."));
        anyway->setAutoDefault(false);
        cancel->setDefault(true); // nothing is overwritten by a stray Return
        connect(anyway, &QPushButton::clicked, this, [this] {
            m_choice = SaveJob::Choice::KeepMine;
            accept();
        });
        connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
        layout->addWidget(buttons);
        DialogSizing::fitToScreen(this, QSize(760, 320));
        return;
    }
    QPushButton *theirs = buttons->addButton(tr("Keep &theirs"), QDialogButtonBox::AcceptRole);
    QPushButton *mine = buttons->addButton(tr("Keep &mine"), QDialogButtonBox::AcceptRole);
    QPushButton *back = buttons->addButton(tr("&Back to editing"), QDialogButtonBox::RejectRole);
    theirs->setObjectName(QStringLiteral("keepTheirsButton"));
    mine->setObjectName(QStringLiteral("keepMineButton"));
    back->setObjectName(QStringLiteral("backToEditingButton"));
    theirs->setToolTip(tr("Send your other changes; these fields stay as they are on %1.").arg(providerName));
    mine->setToolTip(tr("Send your values for these fields, replacing the other change."));
    back->setToolTip(
        tr("Send nothing; the form continues from %1's current values with your edits.").arg(providerName));
    // Nothing is overwritten by a stray Return: the safe choice is the default.
    for (QPushButton *b : {theirs, mine})
        b->setAutoDefault(false);
    back->setDefault(true);
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_choice = SaveJob::Choice::KeepTheirs;
        accept();
    });
    connect(mine, &QPushButton::clicked, this, [this] {
        m_choice = SaveJob::Choice::KeepMine;
        accept();
    });
    connect(back, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    DialogSizing::fitToScreen(this, QSize(760, 320));
}

void ConflictDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Rows as tall as their wrapped text, at the column widths the layout has just given them.
    m_table->resizeRowsToContents();
}

void ConflictDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    m_table->resizeRowsToContents();
}

SaveJob::Choice ConflictDialog::ask(QWidget *parent, const RebaseResult &rebase, const QString &providerName)
{
    ConflictDialog dialog(rebase, providerName, parent);
    dialog.exec();
    return dialog.choice();
}

SaveJob::Choice ConflictDialog::askRevert(QWidget *parent, const RebaseResult &rebase,
                                          const QString &providerName)
{
    ConflictDialog dialog(rebase, providerName, parent, Purpose::Revert);
    dialog.exec();
    return dialog.choice();
}

QString ConflictDialog::fieldLabel(const FieldConflict &c)
{
    if (c.field == QLatin1String("url"))
        return tr("URL");
    if (c.field == QLatin1String("events"))
        return tr("Events");
    if (c.field == QLatin1String("description"))
        return tr("Description");
    if (c.field == QLatin1String("enabled"))
        return tr("Enabled");
    if (c.field == QLatin1String("scope"))
        return tr("Scope");
    if (c.key.isEmpty())
        return tr("Metadata");
    return tr("Metadata \"%1\"").arg(c.key);
}

QString ConflictDialog::valueText(const Draft &d, const FieldConflict &c)
{
    if (c.field == QLatin1String("url"))
        return d.url;
    if (c.field == QLatin1String("events"))
        return d.events.isEmpty() ? tr("(none)") : d.events.join(QLatin1String(", "));
    if (c.field == QLatin1String("description"))
        return d.description.isEmpty() ? tr("(empty)") : d.description;
    if (c.field == QLatin1String("enabled"))
        return d.enabled ? tr("enabled") : tr("disabled");
    if (c.field == QLatin1String("scope"))
        return d.scope;
    return d.metadata.contains(c.key) ? d.metadata.value(c.key) : tr("(not set)");
}
