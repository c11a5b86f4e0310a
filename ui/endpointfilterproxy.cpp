#include "endpointfilterproxy.h"

#include "endpointtablemodel.h"
#include "sortkey.h"

#include <algorithm>
#include <numeric>

namespace {

int healthSlot(Health health)
{
    return static_cast<int>(health);
}

Health healthOf(EndpointFilterProxy::HealthFilter filter)
{
    switch (filter) {
    case EndpointFilterProxy::HealthFilter::Failing:
        return Health::Failing;
    case EndpointFilterProxy::HealthFilter::Disabled:
        return Health::Disabled;
    default:
        return Health::Active;
    }
}

} // namespace

EndpointFilterProxy::EndpointFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EndpointTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true); // an updated row moves to its place and re-checks the filter

    // Rows coming and going adjust the cached counts (a load inserts a batch per event-loop turn, and a
    // recount per batch walked all 100k rows: a fifth of the window's load time). Anything else that can
    // change the visible set or a row's health makes them recomputed on demand.
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { countRows(first, last, +1); });
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { countRows(first, last, -1); });
    const auto dirty = [this] { m_countsDirty = true; };
    connect(this, &QAbstractItemModel::modelReset, this, dirty);
    connect(this, &QAbstractItemModel::layoutChanged, this, dirty);
    connect(this, &QAbstractItemModel::dataChanged, this, dirty);
}

void EndpointFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_matchesValid = false;
    m_haystackValid = false;
    m_rankColumn = -1;
    m_endpoints = qobject_cast<EndpointTableModel *>(model);
    if (model) {
        // Connected before the base class connects its own handlers, so the match bits are dropped
        // before it re-tests a changed row (it delivers dataChanged to us first).
        const auto stale = [this] {
            m_matchesValid = false;
            m_haystackValid = false;
            m_rankColumn = -1;
        };
        const auto staleButRows = [this] {
            m_matchesValid = false;
            m_rankColumn = -1;
        };
        // The packed filter text follows appends, edits and removals; only a re-layout rebuilds it.
        m_sourceConnections
            << connect(model, &QAbstractItemModel::dataChanged, this,
                       [this, staleButRows](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                           staleButRows();
                           // A row leaving the proxy after an edit no longer has the health it was counted
                           // with.
                           m_countsDirty = true;
                           replaceHaystackRows(topLeft.row(), bottomRight.row());
                       })
            << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, staleButRows)
            << connect(model, &QAbstractItemModel::rowsInserted, this,
                       [this](const QModelIndex &, int first, int last) { extendHaystack(first, last); })
            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, staleButRows)
            << connect(model, &QAbstractItemModel::rowsRemoved, this,
                       [this](const QModelIndex &, int first, int last) { removeHaystackRows(first, last); })
            << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, stale)
            << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, stale)
            << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, stale)
            << connect(model, &QAbstractItemModel::modelReset, this, [this] {
                   if (m_endpoints && m_endpoints->rowCount() == 0)
                       ensureHaystack(); // empty, so from now on it grows with the load
               });
        if (m_endpoints && m_endpoints->rowCount() == 0)
            ensureHaystack();
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void EndpointFilterProxy::setFilterText(const QString &text)
{
    const QString needle = SortKey::of(text.trimmed());
    if (needle == m_text)
        return;
    if (!m_endpoints) {
        m_text = needle;
        invalidateFilter();
        m_countsDirty = true;
        emit filtersChanged();
        return;
    }
    // Typing narrows: a row that did not contain "hoo" cannot contain "hook".
    const bool narrowing = m_matchesValid && !m_text.isEmpty() && needle.contains(m_text);
    const int rows = m_endpoints->rowCount();
    const QByteArray oldBytes = m_text.toUtf8();
    const QByteArray newBytes = needle.toUtf8();
    // A NUL in the text could match across two keys of the packed block: test such a text per key.
    const bool packed = !needle.isEmpty() && !newBytes.contains('\0') && !oldBytes.contains('\0');
    if (packed)
        ensureHaystack();
    const std::string_view oldNeedle(oldBytes.constData(), size_t(oldBytes.size()));
    const std::string_view newNeedle(newBytes.constData(), size_t(newBytes.size()));
    std::vector<bool> matches(size_t(rows), needle.isEmpty());
    int changes = 0;
    int visible = 0;
    for (int row = 0; row < rows; ++row) {
        const bool before = m_matchesValid     ? bool(m_matches[size_t(row)])
                            : m_text.isEmpty() ? true
                            : packed           ? haystackContains(row, oldNeedle)
                                               : m_endpoints->matchesText(row, m_text);
        if (narrowing && !before)
            continue;
        const bool now = needle.isEmpty() ||
                         (packed ? haystackContains(row, newNeedle) : m_endpoints->matchesText(row, needle));
        matches[size_t(row)] = now;
        visible += now;
        if (now != before && acceptsOtherFilters(row))
            ++changes;
    }
    m_text = needle;
    m_matches = std::move(matches);
    m_matchesValid = true;
    refilter(changes, visible);
}

void EndpointFilterProxy::setHealthFilter(HealthFilter filter)
{
    if (filter == m_health)
        return;
    m_health = filter;
    refilter(MaxIncrementalChanges + 1, sourceModel() ? sourceModel()->rowCount() : 0); // a whole class
}

void EndpointFilterProxy::setAccountFilter(const QString &account)
{
    if (account == m_account)
        return;
    m_account = account;
    refilter(MaxIncrementalChanges + 1, sourceModel() ? sourceModel()->rowCount() : 0);
}

void EndpointFilterProxy::refilter(int changes, int expectedRows)
{
    if (changes > MaxIncrementalChanges) {
        // Ranking every row costs a sort of all of them: worth it when most of them will be sorted.
        if (m_endpoints && sortColumn() >= 0 && expectedRows >= m_endpoints->rowCount() / 4)
            ensureRanks(sortColumn());
        invalidate(); // one layout change, mapped and sorted again on first use
    } else if (changes > 0)
        invalidateRowsFilter();
    m_countsDirty = true;
    emit filtersChanged();
}

void EndpointFilterProxy::ensureHaystack()
{
    if (m_haystackValid)
        return;
    const int rows = m_endpoints->rowCount();
    m_haystack.clear();
    m_haystack.reserve(qsizetype(rows) * 96);
    m_rowStart.assign(size_t(rows) + 1, 0);
    for (int row = 0; row < rows; ++row) {
        m_rowStart[size_t(row)] = int(m_haystack.size());
        m_endpoints->appendFilterText(row, &m_haystack);
    }
    m_rowStart[size_t(rows)] = int(m_haystack.size());
    m_haystackValid = true;
}

void EndpointFilterProxy::extendHaystack(int first, int last)
{
    // A load appends its rows at the end: the packed block grows with them instead of being rebuilt
    // on the next keystroke.
    if (!m_haystackValid || !m_endpoints || size_t(first) + 1 != m_rowStart.size()) {
        m_haystackValid = false;
        return;
    }
    m_rowStart.resize(size_t(last) + 2);
    for (int row = first; row <= last; ++row) {
        m_endpoints->appendFilterText(row, &m_haystack);
        m_rowStart[size_t(row) + 1] = int(m_haystack.size());
    }
}

void EndpointFilterProxy::replaceHaystackRows(int first, int last)
{
    if (!m_haystackValid || !m_endpoints || first < 0 || size_t(last) + 1 >= m_rowStart.size()) {
        m_haystackValid = false;
        return;
    }
    const int from = m_rowStart[size_t(first)];
    const int to = m_rowStart[size_t(last) + 1];
    QByteArray fresh;
    for (int row = first; row <= last; ++row) {
        m_rowStart[size_t(row)] = from + int(fresh.size());
        m_endpoints->appendFilterText(row, &fresh);
    }
    m_haystack.replace(from, to - from, fresh);
    // The rows after move by the difference.
    const int shift = int(fresh.size()) - (to - from);
    for (size_t i = size_t(last) + 1; i < m_rowStart.size(); ++i)
        m_rowStart[i] += shift;
}

void EndpointFilterProxy::removeHaystackRows(int first, int last)
{
    if (!m_haystackValid || first < 0 || size_t(last) + 1 >= m_rowStart.size()) {
        m_haystackValid = false;
        return;
    }
    const int from = m_rowStart[size_t(first)];
    const int to = m_rowStart[size_t(last) + 1];
    m_haystack.remove(from, to - from);
    m_rowStart.erase(m_rowStart.begin() + first, m_rowStart.begin() + last + 1);
    for (size_t i = size_t(first); i < m_rowStart.size(); ++i)
        m_rowStart[i] -= to - from;
}

bool EndpointFilterProxy::haystackContains(int sourceRow, std::string_view needle) const
{
    const size_t start = size_t(m_rowStart[size_t(sourceRow)]);
    const std::string_view row(m_haystack.constData() + start,
                               size_t(m_rowStart[size_t(sourceRow) + 1]) - start);
    return row.find(needle) != std::string_view::npos;
}

bool EndpointFilterProxy::textMatches(int sourceRow) const
{
    if (m_text.isEmpty())
        return true;
    if (m_matchesValid && size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)];
    return m_endpoints->matchesText(sourceRow, m_text);
}

bool EndpointFilterProxy::acceptsOtherFilters(int sourceRow) const
{
    if (m_health != HealthFilter::Any && m_endpoints->healthOfRow(sourceRow) != healthOf(m_health))
        return false;
    return m_account.isEmpty() || m_endpoints->accountOfRow(sourceRow) == m_account;
}

bool EndpointFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_endpoints && !sourceParent.isValid())
        return acceptsOtherFilters(sourceRow) && textMatches(sourceRow); // cheapest test first

    const QAbstractItemModel *model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_health != HealthFilter::Any) {
        const int health = model->data(index, EndpointTableModel::HealthRole).toInt();
        if (health != healthSlot(healthOf(m_health)))
            return false;
    }
    if (!m_account.isEmpty() && model->data(index, EndpointTableModel::AccountRole).toString() != m_account)
        return false;
    if (!m_text.isEmpty() &&
        !model->data(index, EndpointTableModel::FilterTextRole).toString().contains(m_text))
        return false;
    return true;
}

void EndpointFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_endpoints && column >= 0 && (column != sortColumn() || order != sortOrder()))
        ensureRanks(column);
    QSortFilterProxyModel::sort(column, order);
}

void EndpointFilterProxy::ensureRanks(int column)
{
    if (m_rankColumn == column)
        return;
    const int rows = m_endpoints->rowCount();
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    const EndpointTableModel *model = m_endpoints;
    std::vector<QStringView> keys; // text columns: the keys side by side, not one row struct each
    if (rows > 0 && model->textSortKey(0, column)) {
        keys.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row)
            keys.push_back(*model->textSortKey(row, column));
    }
    const auto less = [&](int a, int b) {
        return keys.empty() ? model->lessThan(a, b, column)
                            : keys[size_t(a)].compare(keys[size_t(b)], Qt::CaseSensitive) < 0;
    };
    std::stable_sort(order.begin(), order.end(), less);
    m_rank.assign(size_t(rows), 0);
    for (int i = 1; i < rows; ++i) {
        const int row = order[size_t(i)];
        const int previous = order[size_t(i - 1)];
        m_rank[size_t(row)] = less(previous, row) ? i : m_rank[size_t(previous)];
    }
    m_rankColumn = column;
}

bool EndpointFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_endpoints || left.model() != m_endpoints || right.model() != m_endpoints)
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() == m_rankColumn)
        return m_rank[size_t(left.row())] < m_rank[size_t(right.row())];
    return m_endpoints->lessThan(left.row(), right.row(), left.column());
}

int EndpointFilterProxy::healthSlotOfRow(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return m_endpoints ? healthSlot(m_endpoints->healthOfRow(source.row()))
                       : sourceModel()->data(source, EndpointTableModel::HealthRole).toInt();
}

void EndpointFilterProxy::countRows(int first, int last, int delta)
{
    if (m_countsDirty)
        return; // recounted when next asked
    for (int row = first; row <= last; ++row) {
        const int health = healthSlotOfRow(row);
        if (health >= 0 && health < int(m_visibleCounts.size()))
            m_visibleCounts[size_t(health)] += delta;
    }
}

void EndpointFilterProxy::recount() const
{
    m_visibleCounts = {};
    if (sourceModel()) {
        const int rows = rowCount();
        for (int row = 0; row < rows; ++row) {
            const int health = healthSlotOfRow(row);
            if (health >= 0 && health < int(m_visibleCounts.size()))
                ++m_visibleCounts[size_t(health)];
        }
    }
    m_countsDirty = false;
}

QHash<Health, int> EndpointFilterProxy::visibleHealthCounts() const
{
    if (m_countsDirty)
        recount();
    return {{Health::Active, m_visibleCounts[0]},
            {Health::Failing, m_visibleCounts[1]},
            {Health::Disabled, m_visibleCounts[2]}};
}

int EndpointFilterProxy::visibleHealthCount(Health health) const
{
    if (m_countsDirty)
        recount();
    return m_visibleCounts[healthSlot(health)];
}
