#include "metadataeditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

MetadataEditor::MetadataEditor(const QMap<QString, QString> &metadata, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)),
      m_addButton(new QPushButton(tr("Add &key"), this)),
      m_removeButton(new QPushButton(tr("&Remove key"), this)),
      m_clearButton(new QPushButton(tr("Remove a&ll"), this))
{
    m_table->setObjectName(QStringLiteral("metadataTable"));
    m_table->setAccessibleName(tr("Metadata"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the form
    // Room for a few keys without a large empty box; more scroll.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int chrome = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    m_table->setMinimumHeight(chrome + 2 * rowHeight);
    m_table->setMaximumHeight(chrome + 4 * rowHeight);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        addRow(it.key(), it.value());
    connect(m_table, &QTableWidget::itemChanged, this, &MetadataEditor::metadataChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MetadataEditor::updateButtons);

    m_addButton->setObjectName(QStringLiteral("addMetadataButton"));
    m_addButton->setAccessibleName(tr("Add metadata key"));
    m_removeButton->setObjectName(QStringLiteral("removeMetadataButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected metadata key"));
    m_clearButton->setObjectName(QStringLiteral("clearMetadataButton"));
    m_clearButton->setAccessibleName(tr("Remove all metadata"));
    m_clearButton->setToolTip(tr("Removes every key: Layers receives \"metadata\": null."));
    for (QPushButton *button : {m_addButton, m_removeButton, m_clearButton})
        button->setAutoDefault(false);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int row : rows)
            removeRow(row);
    });
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_table->setRowCount(0);
        updateButtons();
        emit metadataChanged();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    updateButtons();
}

void MetadataEditor::addRow(const QString &key, const QString &value)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    updateButtons();
    // A blank row changes nothing; an added key/value pair does.
    if (!key.isEmpty() || !value.isEmpty())
        emit metadataChanged();
}

void MetadataEditor::removeRow(int row)
{
    m_table->removeRow(row);
    updateButtons();
    emit metadataChanged();
}

QMap<QString, QString> MetadataEditor::metadata() const
{
    QMap<QString, QString> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = cellText(m_table, row, 0);
        const QString value = cellText(m_table, row, 1);
        if (!key.isEmpty() || !value.isEmpty())
            result.insert(key, value);
    }
    return result;
}

QString MetadataEditor::problem() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = cellText(m_table, row, 0);
        if (key.isEmpty() && cellText(m_table, row, 1).isEmpty())
            continue;
        if (seen.contains(key))
            return tr("The metadata key \"%1\" is listed twice.").arg(key);
        seen.insert(key);
    }
    return {};
}

QList<QWidget *> MetadataEditor::focusOrder() const
{
    return {m_table, m_addButton, m_removeButton, m_clearButton};
}

void MetadataEditor::updateButtons()
{
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
    m_clearButton->setEnabled(m_table->rowCount() > 0);
}

void MetadataEditor::setMetadata(const QMap<QString, QString> &metadata)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            addRow(it.key(), it.value());
    }
    updateButtons();
    emit metadataChanged();
}
