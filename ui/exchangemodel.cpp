#include "exchangemodel.h"

#include "datetext.h"
#include "exchangetext.h"
#include "statustone.h"

ExchangeModel::ExchangeModel(QObject *parent) : ReadOnlyTableModel(ColumnCount, parent) {}

ExchangeModel::~ExchangeModel() = default;

int ExchangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ExchangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case AccountColumn:
        return tr("Account");
    }
    return {};
}

QVariant ExchangeModel::data(const QModelIndex &index, int role) const
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
        if (column == TimeColumn)
            return row.timeToolTip;
        if (column == UrlColumn)
            return row.fullUrl;
        if (column == StatusColumn)
            return statusToolTip(row);
        return {};
    case Qt::AccessibleTextRole:
        return column == StatusColumn ? statusToolTip(row) : displayData(row, column);
    case Qt::TextAlignmentRole:
        return column == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ExchangeRole:
        return QVariant::fromValue(row.exchange);
    case SequenceRole:
        return row.exchange.sequence;
    case FilterTextRole:
        return row.filterText;
    case StatusToneRole:
        return row.tone;
    }
    return {};
}

QVariant ExchangeModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.timeText;
    case MethodColumn:
        return QString::fromLatin1(row.exchange.method);
    case UrlColumn:
        return row.urlText;
    case StatusColumn:
        return row.statusText;
    case DurationColumn:
        return row.durationText;
    case AccountColumn:
        return row.exchange.account.isEmpty() ? QStringLiteral("–") : row.exchange.account;
    }
    return {};
}

QString ExchangeModel::statusToolTip(const Row &row) const
{
    const Exchange &e = row.exchange;
    if (e.httpStatus == 0)
        return tr("No HTTP reply: %1").arg(row.statusText);
    if (e.error.isEmpty())
        return tr("HTTP %1").arg(e.httpStatus);
    return tr("HTTP %1: %2").arg(QString::number(e.httpStatus), e.error);
}

ExchangeModel::Row ExchangeModel::makeRow(const Exchange &exchange) const
{
    Row row;
    row.exchange = exchange;
    const QDateTime local = exchange.startedAt.toLocalTime();
    // Milliseconds matter when requests come in bursts (paged lists, bulk changes).
    row.timeText = DateText::text(local, DateText::Precision::Milliseconds);
    row.timeToolTip = row.timeText;
    row.fullUrl = exchange.url.toDisplayString();
    row.urlText = exchange.url.toDisplayString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (row.urlText.isEmpty())
        row.urlText = row.fullUrl;
    row.statusText = ExchangeText::statusText(exchange);
    row.durationText = ExchangeText::durationText(exchange.durationMs);
    row.tone = int(statusToneFor(exchange.httpStatus, !exchange.error.isEmpty()));
    row.filterText = (QString::fromLatin1(exchange.method) + QLatin1Char(' ') + row.fullUrl +
                      QLatin1Char(' ') + row.statusText + QLatin1Char(' ') + exchange.account)
                         .toLower();
    return row;
}

qint64 ExchangeModel::bodySize(const Row &row)
{
    return row.exchange.requestBody.size() + row.exchange.responseBody.size();
}

void ExchangeModel::evict(int count)
{
    count = qMin(count, int(m_rows.size()));
    if (count <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, count - 1);
    for (int i = 0; i < count; ++i)
        m_bodyBytes -= bodySize(m_rows.at(i));
    m_rows.remove(0, count);
    m_firstWithBody = qMax(0, m_firstWithBody - count);
    endRemoveRows();
}

void ExchangeModel::enforceBodyBudget()
{
    // Oldest first; the row itself stays (method, URL, status, timing remain useful).
    while (m_bodyBytes > m_bodyBudget && m_firstWithBody < m_rows.size()) {
        const int at = m_firstWithBody++;
        Row &row = m_rows[at];
        if (bodySize(row) == 0)
            continue;
        m_bodyBytes -= bodySize(row);
        row.requestBodyDropped = !row.exchange.requestBody.isEmpty();
        row.responseBodyDropped = !row.exchange.responseBody.isEmpty();
        row.exchange.requestBody = QByteArray();
        row.exchange.responseBody = QByteArray();
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

void ExchangeModel::append(const Exchange &exchange)
{
    Row row = makeRow(exchange);
    evict(int(m_rows.size()) - m_capacity + 1);
    const int at = int(m_rows.size());
    beginInsertRows(QModelIndex(), at, at);
    m_bodyBytes += bodySize(row);
    m_rows.append(std::move(row));
    endInsertRows();
    enforceBodyBudget();
}

void ExchangeModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_bodyBytes = 0;
    m_firstWithBody = 0;
    endResetModel();
}

void ExchangeModel::setBodyBudget(qint64 bytes)
{
    m_bodyBudget = qMax<qint64>(0, bytes);
    enforceBodyBudget();
}

bool ExchangeModel::requestBodyDroppedAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).requestBodyDropped;
}

bool ExchangeModel::responseBodyDroppedAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).responseBodyDropped;
}

void ExchangeModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    evict(int(m_rows.size()) - m_capacity);
}

const Exchange *ExchangeModel::exchangeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).exchange : nullptr;
}
