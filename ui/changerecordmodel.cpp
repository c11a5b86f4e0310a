#include "changerecordmodel.h"

#include "datetext.h"
#include "providers/providerspec.h"
#include "session/changejournal.h"
#include "statustone.h"

ChangeRecordModel::ChangeRecordModel(QObject *parent) : ReadOnlyTableModel(ColumnCount, parent) {}

ChangeRecordModel::~ChangeRecordModel() = default;

int ChangeRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChangeRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case AccountColumn:
        return tr("Account");
    case EndpointColumn:
        return tr("Endpoint");
    case MethodColumn:
        return tr("Method");
    case ResultColumn:
        return tr("Result");
    case UndoColumn:
        return tr("Undo");
    }
    return {};
}

QVariant ChangeRecordModel::data(const QModelIndex &index, int role) const
{
    const int r = index.row();
    const int column = index.column();
    if (!index.isValid() || index.model() != this || r >= m_rows.size() || column >= ColumnCount)
        return {};
    const Row &row = m_rows.at(r);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        if (column == WhenColumn)
            return row.whenToolTip;
        if (column == EndpointColumn)
            return row.endpointToolTip;
        if (column == ResultColumn)
            return row.resultText;
        if (column == UndoColumn && row.record.kind == ChangeRecord::Kind::Undo)
            return tr("This change undid the previous one");
        if (column == UndoColumn && row.record.kind == ChangeRecord::Kind::Redo)
            return tr("This change redid one that was undone");
        if (column == UndoColumn && row.record.kind == ChangeRecord::Kind::Revert)
            return tr("This change reverted one from the journal");
        return {};
    case Qt::AccessibleTextRole:
        if (column == ResultColumn)
            return row.record.succeeded() ? tr("Succeeded: %1").arg(row.resultText)
                                          : tr("Failed: %1").arg(row.resultText);
        if (column == UndoColumn)
            return row.record.kind == ChangeRecord::Kind::Change ? tr("Not an undo")
                                                                 : kindText(row.record.kind);
        return displayData(row, column);
    case RecordRole:
        return QVariant::fromValue(row.record);
    case SucceededRole:
        return row.record.succeeded();
    case FilterTextRole:
        return row.filterText;
    case StatusToneRole:
        return row.tone;
    }
    return {};
}

QString ChangeRecordModel::kindText(ChangeRecord::Kind kind)
{
    switch (kind) {
    case ChangeRecord::Kind::Undo:
        return tr("Undo");
    case ChangeRecord::Kind::Redo:
        return tr("Redo");
    case ChangeRecord::Kind::Revert:
        return tr("Revert");
    case ChangeRecord::Kind::Change:
        break;
    }
    return {};
}

QVariant ChangeRecordModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case WhenColumn:
        return row.whenText;
    case AccountColumn:
        return row.record.account;
    case EndpointColumn:
        return row.endpointText;
    case MethodColumn:
        return QString::fromLatin1(row.record.method);
    case ResultColumn:
        return row.resultText;
    case UndoColumn:
        // A word, not a check mark: readable by screen readers and when filtering.
        return kindText(row.record.kind);
    }
    return {};
}

ChangeRecordModel::Row ChangeRecordModel::makeRow(const ChangeRecord &record) const
{
    Row row;
    row.record = record;
    const QDateTime local = record.at.toLocalTime();
    row.whenText = DateText::text(local, DateText::Precision::Seconds);
    row.whenToolTip = row.whenText;
    row.endpointText = record.endpointUrl.isEmpty() ? record.endpointId : record.endpointUrl;
    row.endpointToolTip = tr("%1 endpoint %2\n%3 %4")
                              .arg(Providers::spec(record.provider).displayName, record.endpointId,
                                   QString::fromLatin1(record.method), record.requestUrl);
    if (record.succeeded())
        row.resultText = QString::number(record.httpStatus);
    else if (!record.error.isEmpty())
        row.resultText = record.error;
    else
        row.resultText = tr("HTTP %1").arg(record.httpStatus);
    row.tone = int(statusToneFor(record.httpStatus, !record.succeeded()));
    row.filterText =
        (record.account + QLatin1Char(' ') + row.endpointText + QLatin1Char(' ') + record.endpointId +
         QLatin1Char(' ') + QString::fromLatin1(record.method) + QLatin1Char(' ') + row.resultText +
         QLatin1Char(' ') + Providers::spec(record.provider).displayName + QLatin1Char(' ') +
         kindText(record.kind) + QLatin1Char(' ') + record.by)
            .toLower();
    return row;
}

void ChangeRecordModel::setRecords(const QList<ChangeRecord> &oldestFirst)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(oldestFirst.size());
    for (auto it = oldestFirst.crbegin(); it != oldestFirst.crend(); ++it)
        m_rows.append(makeRow(*it));
    endResetModel();
}

void ChangeRecordModel::loadFrom(const ChangeJournal &journal)
{
    setRecords(journal.records());
}

void ChangeRecordModel::addRecord(const ChangeRecord &record)
{
    Row row = makeRow(record);
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.prepend(std::move(row));
    endInsertRows();
}

void ChangeRecordModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const ChangeRecord *ChangeRecordModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).record : nullptr;
}
