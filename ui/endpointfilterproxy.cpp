#include "endpointfilterproxy.h"

#include "endpointtablemodel.h"

#include <algorithm>
#include <numeric>

namespace {

// The kinds of row the health filters are made of.
enum Kind
{
    ActiveKind,
    FailingKind,
    DisabledByProviderKind,
    DisabledOtherwiseKind
};

// Each kind as a health and who disabled (DisabledOtherwiseKind stands for a person and for unknown:
// the rules tell them apart from the provider only).
constexpr std::pair<Health, DisabledBy> KindFacts[] = {{Health::Active, DisabledBy::NotDisabled},
                                                       {Health::Failing, DisabledBy::NotDisabled},
                                                       {Health::Disabled, DisabledBy::Provider},
                                                       {Health::Disabled, DisabledBy::User}};

// Which kinds a health filter shows, as bits: the core's rule (EndpointFilter, HealthRules), asked once
// per kind, so the window and the CLI's --health never differ.
int kindsOf(EndpointFilterProxy::HealthFilter filter)
{
    int kinds = 0;
    for (int kind = ActiveKind; kind <= DisabledOtherwiseKind; ++kind)
        if (EndpointFilter::healthAccepts(filter, KindFacts[kind].first, KindFacts[kind].second))
            kinds |= 1 << kind;
    return kinds;
}

// The runs of consecutive positions in `positions` (ascending): [first, last] pairs.
std::vector<std::pair<int, int>> runsOf(const std::vector<int> &positions)
{
    std::vector<std::pair<int, int>> runs;
    for (int p : positions) {
        if (!runs.empty() && runs.back().second + 1 == p)
            runs.back().second = p;
        else
            runs.emplace_back(p, p);
    }
    return runs;
}

} // namespace

EndpointFilterProxy::EndpointFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void EndpointFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_endpoints = qobject_cast<EndpointTableModel *>(model);
    m_matchesValid = false;
    m_haystackValid = false;
    QAbstractProxyModel::setSourceModel(m_endpoints);
    if (EndpointTableModel *source = m_endpoints) {
        using M = QAbstractItemModel;
        // The packed filter text follows appends, edits and removals before the mapping does.
        m_sourceConnections
            << connect(source, &M::dataChanged, this,
                       [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                           m_kindsDirty = true; // the rows' old health is gone
                           replaceHaystackRows(topLeft.row(), bottomRight.row());
                           sourceDataChanged(topLeft.row(), bottomRight.row());
                       })
            << connect(source, &M::headerDataChanged, this,
                       [this](Qt::Orientation orientation, int first, int last) {
                           if (orientation == Qt::Horizontal)
                               emit headerDataChanged(orientation, first, last);
                       })
            << connect(source, &M::rowsInserted, this,
                       [this](const QModelIndex &, int first, int last) {
                           extendHaystack(first, last);
                           sourceRowsInserted(first, last); // counts them too
                       })
            << connect(source, &M::rowsAboutToBeRemoved, this,
                       [this](const QModelIndex &, int first, int last) {
                           countKinds(first, last, -1);
                           sourceRowsAboutToBeRemoved(first, last);
                       })
            << connect(source, &M::rowsRemoved, this,
                       [this](const QModelIndex &, int first, int last) {
                           removeHaystackRows(first, last);
                           sourceRowsRemoved(first, last);
                       })
            << connect(source, &M::layoutAboutToBeChanged, this, [this] { sourceLayoutAboutToBeChanged(); })
            << connect(source, &M::layoutChanged, this, [this] { sourceLayoutChanged(); })
            // The model never moves rows; if it did, a move is a re-layout here.
            << connect(source, &M::rowsAboutToBeMoved, this, [this] { sourceLayoutAboutToBeChanged(); })
            << connect(source, &M::rowsMoved, this, [this] { sourceLayoutChanged(); })
            << connect(source, &M::modelAboutToBeReset, this, [this] { sourceAboutToBeReset(); })
            << connect(source, &M::modelReset, this, [this] { sourceReset(); });
    }
    sortAll();
    m_proxyToSource = visibleInOrder();
    rebuildSourceToProxy();
    if (m_endpoints && m_endpoints->rowCount() == 0)
        ensureHaystack(); // empty, so from now on it grows with the load
    m_kindsDirty = true;
    endResetModel();
}

QModelIndex EndpointFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EndpointFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex EndpointFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int EndpointFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_endpoints ? 0 : int(m_proxyToSource.size());
}

int EndpointFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_endpoints ? 0 : m_endpoints->columnCount();
}

bool EndpointFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex EndpointFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_endpoints || !proxyIndex.isValid() || proxyIndex.model() != this ||
        size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return m_endpoints->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex EndpointFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_endpoints || !sourceIndex.isValid() || sourceIndex.model() != m_endpoints ||
        size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void EndpointFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_endpoints)
        return;
    sortAll();
    relayout(visibleInOrder(), QAbstractItemModel::VerticalSortHint);
}

void EndpointFilterProxy::setFilterText(const QString &text)
{
    const QString needle = EndpointFilter::needleOf(text);
    if (needle == m_text)
        return;
    if (!m_endpoints) {
        m_text = needle;
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
        if (now != before && acceptsOtherFilters(row))
            ++changes;
    }
    m_text = needle;
    m_matches = std::move(matches);
    m_matchesValid = true;
    refilter(changes);
}

void EndpointFilterProxy::setHealthFilter(HealthFilter filter)
{
    if (filter == m_health)
        return;
    m_health = filter;
    m_healthKinds = kindsOf(filter);
    refilter(1);
}

void EndpointFilterProxy::setAccountFilter(const QString &account)
{
    if (account == m_account)
        return;
    m_account = account;
    refilter(1);
}

void EndpointFilterProxy::refilter(int changes)
{
    if (m_endpoints && changes > 0)
        show(visibleInOrder(), false);
    m_kindsDirty = true; // cheaper than telling which filter changed: this is one pass, as the filter was
    emit filtersChanged();
}

bool EndpointFilterProxy::textMatches(int sourceRow) const
{
    if (m_text.isEmpty())
        return true;
    if (m_matchesValid && size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)];
    return m_endpoints->matchesText(sourceRow, m_text);
}

int EndpointFilterProxy::kindOf(int sourceRow) const
{
    switch (m_endpoints->healthOfRow(sourceRow)) {
    case Health::Active:
        return ActiveKind;
    case Health::Failing:
        return FailingKind;
    case Health::Disabled:
        break;
    }
    return m_endpoints->disabledByOfRow(sourceRow) == DisabledBy::Provider ? DisabledByProviderKind
                                                                           : DisabledOtherwiseKind;
}

bool EndpointFilterProxy::acceptsHealth(int sourceRow) const
{
    return m_health == HealthFilter::Any || (m_healthKinds & (1 << kindOf(sourceRow)));
}

bool EndpointFilterProxy::acceptsAccount(int sourceRow) const
{
    return m_account.isEmpty() || m_endpoints->accountOfRow(sourceRow) == m_account;
}

bool EndpointFilterProxy::acceptsOtherFilters(int sourceRow) const
{
    return acceptsHealth(sourceRow) && acceptsAccount(sourceRow);
}

bool EndpointFilterProxy::accepts(int sourceRow) const
{
    return acceptsOtherFilters(sourceRow) && textMatches(sourceRow); // cheapest test first
}

bool EndpointFilterProxy::sortsBefore(int left, int right) const
{
    if (m_sortColumn >= 0) {
        const int first = m_sortOrder == Qt::AscendingOrder ? left : right;
        const int second = m_sortOrder == Qt::AscendingOrder ? right : left;
        if (m_endpoints->lessThan(first, second, m_sortColumn))
            return true;
        if (m_endpoints->lessThan(second, first, m_sortColumn))
            return false;
    }
    return left < right; // equal rows keep the model's order, in both directions
}

void EndpointFilterProxy::sortAll()
{
    const int rows = m_endpoints ? m_endpoints->rowCount() : 0;
    m_sorted.resize(size_t(rows));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (m_sortColumn < 0 || rows == 0)
        return;
    const EndpointTableModel *model = m_endpoints;
    const int column = m_sortColumn;
    std::vector<QStringView> keys; // text columns: the keys side by side, not one row struct each
    if (model->textSortKey(0, column)) {
        keys.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row)
            keys.push_back(*model->textSortKey(row, column));
    }
    const auto less = [&](int a, int b) {
        return keys.empty() ? model->lessThan(a, b, column)
                            : keys[size_t(a)].compare(keys[size_t(b)], Qt::CaseSensitive) < 0;
    };
    // Stable: equal rows stay in the model's order, in both directions.
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_sorted.begin(), m_sorted.end(), less);
    else
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](int a, int b) { return less(b, a); });
}

std::vector<int> EndpointFilterProxy::visibleInOrder() const
{
    std::vector<int> visible;
    if (!m_endpoints)
        return visible;
    visible.reserve(m_proxyToSource.size() + 64);
    for (int row : m_sorted)
        if (accepts(row))
            visible.push_back(row);
    return visible;
}

void EndpointFilterProxy::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(m_endpoints ? size_t(m_endpoints->rowCount()) : 0, -1);
    for (size_t i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
}

void EndpointFilterProxy::show(std::vector<int> target, bool moved)
{
    // Rows leaving (positions in the current list) and entering (positions in the target). Both lists
    // follow m_sorted, so once the leaving rows are gone the entering ones go in at their final rows.
    std::vector<char> inTarget(m_sourceToProxy.size(), 0);
    for (int row : target)
        inTarget[size_t(row)] = 1;
    std::vector<int> leaving;
    for (size_t i = 0; i < m_proxyToSource.size(); ++i)
        if (!inTarget[size_t(m_proxyToSource[i])])
            leaving.push_back(int(i));
    std::vector<int> entering;
    for (size_t i = 0; i < target.size(); ++i)
        if (m_sourceToProxy[size_t(target[i])] < 0)
            entering.push_back(int(i));
    if (leaving.empty() && entering.empty() && !moved)
        return;
    const std::vector<std::pair<int, int>> removals = runsOf(leaving);
    const std::vector<std::pair<int, int>> insertions = runsOf(entering);
    // Each run costs a pass over the mapping here and in the view: many runs (a loaded batch landing
    // all over a URL sort) are one layout change instead.
    if (moved || removals.size() + insertions.size() > size_t(MaxIncrementalChanges)) {
        relayout(std::move(target), QAbstractItemModel::NoLayoutChangeHint);
        return;
    }
    // Back to front: the rows before a run keep their numbers.
    for (auto run = removals.rbegin(); run != removals.rend(); ++run) {
        beginRemoveRows(QModelIndex(), run->first, run->second);
        for (int i = run->first; i <= run->second; ++i)
            m_sourceToProxy[size_t(m_proxyToSource[size_t(i)])] = -1;
        m_proxyToSource.erase(m_proxyToSource.begin() + run->first,
                              m_proxyToSource.begin() + run->second + 1);
        for (size_t i = size_t(run->first); i < m_proxyToSource.size(); ++i)
            m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
        endRemoveRows();
    }
    // Front to back, each at its final row.
    for (const auto &run : insertions) {
        beginInsertRows(QModelIndex(), run.first, run.second);
        m_proxyToSource.insert(m_proxyToSource.begin() + run.first, target.begin() + run.first,
                               target.begin() + run.second + 1);
        for (size_t i = size_t(run.first); i < m_proxyToSource.size(); ++i)
            m_sourceToProxy[size_t(m_proxyToSource[i])] = int(i);
        endInsertRows();
    }
    Q_ASSERT(m_proxyToSource == target);
}

void EndpointFilterProxy::relayout(std::vector<int> target, QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sourceRows.push_back(
            size_t(index.row()) < m_proxyToSource.size() ? m_proxyToSource[size_t(index.row())] : -1);
    m_proxyToSource = std::move(target);
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sourceRows[size_t(i)] < 0 ? -1 : m_sourceToProxy[size_t(sourceRows[size_t(i)])];
        to << (row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, hint);
}

void EndpointFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    if (size_t(first) < m_sourceToProxy.size()) { // not at the end: the rows after move down
        for (int &row : m_sorted)
            row += row >= first ? count : 0;
        for (int &row : m_proxyToSource)
            row += row >= first ? count : 0;
    }
    m_sourceToProxy.insert(m_sourceToProxy.begin() + first, size_t(count), -1);
    if (m_matchesValid) {
        std::vector<bool> bits(static_cast<size_t>(count), m_text.isEmpty());
        if (!m_text.isEmpty())
            for (int row = first; row <= last; ++row)
                bits[size_t(row - first)] = m_endpoints->matchesText(row, m_text);
        m_matches.insert(m_matches.begin() + first, bits.begin(), bits.end());
    }
    countKinds(first, last, +1); // before the proxy shows them: a listener may read the counts at once
    // The batch sorted on its own, then each row placed by binary search in the rest: a merge, not
    // a sort of everything.
    std::vector<int> fresh(static_cast<size_t>(count));
    std::iota(fresh.begin(), fresh.end(), first);
    const auto before = [this](int a, int b) { return sortsBefore(a, b); };
    std::stable_sort(fresh.begin(), fresh.end(), before);
    std::vector<int> merged;
    merged.reserve(m_sorted.size() + fresh.size());
    auto from = m_sorted.cbegin();
    for (int row : fresh) {
        const auto at = std::lower_bound(from, m_sorted.cend(), row, before);
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_sorted.cend());
    m_sorted = std::move(merged);
    if (std::none_of(fresh.cbegin(), fresh.cend(), [this](int row) { return accepts(row); }))
        return;
    show(visibleInOrder(), false);
}

void EndpointFilterProxy::sourceRowsAboutToBeRemoved(int first, int last)
{
    // While the source rows still exist: their proxy rows leave first.
    std::vector<int> target;
    target.reserve(m_proxyToSource.size());
    for (int row : m_proxyToSource)
        if (row < first || row > last)
            target.push_back(row);
    show(std::move(target), false);
    m_sorted.erase(std::remove_if(m_sorted.begin(), m_sorted.end(),
                                  [first, last](int row) { return row >= first && row <= last; }),
                   m_sorted.end());
}

void EndpointFilterProxy::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (int &row : m_sorted)
        row -= row > last ? count : 0;
    for (int &row : m_proxyToSource)
        row -= row > last ? count : 0;
    if (size_t(last) < m_sourceToProxy.size())
        m_sourceToProxy.erase(m_sourceToProxy.begin() + first, m_sourceToProxy.begin() + last + 1);
    if (m_matchesValid && size_t(last) < m_matches.size())
        m_matches.erase(m_matches.begin() + first, m_matches.begin() + last + 1);
}

void EndpointFilterProxy::sourceDataChanged(int first, int last)
{
    if (!m_endpoints || first < 0 || size_t(last) >= m_sourceToProxy.size())
        return;
    if (m_matchesValid)
        for (int row = first; row <= last; ++row)
            m_matches[size_t(row)] = m_text.isEmpty() || m_endpoints->matchesText(row, m_text);
    // Changed rows may belong elsewhere in the order now.
    bool moved = false;
    const auto before = [this](int a, int b) { return sortsBefore(a, b); };
    if (m_sortColumn >= 0 && !std::is_sorted(m_sorted.cbegin(), m_sorted.cend(), before)) {
        if (last - first + 1 > MaxIncrementalChanges) {
            sortAll();
        } else {
            // Take the changed rows out, then put each back in its place.
            m_sorted.erase(std::remove_if(m_sorted.begin(), m_sorted.end(),
                                          [first, last](int row) { return row >= first && row <= last; }),
                           m_sorted.end());
            for (int row = first; row <= last; ++row)
                m_sorted.insert(std::lower_bound(m_sorted.begin(), m_sorted.end(), row, before), row);
        }
        moved = true;
    }
    show(visibleInOrder(), moved);
    // The rows on show afterwards say that their data changed.
    int low = -1;
    int high = -1;
    for (int row = first; row <= last; ++row) {
        const int at = m_sourceToProxy[size_t(row)];
        if (at < 0)
            continue;
        low = low < 0 ? at : std::min(low, at);
        high = std::max(high, at);
    }
    if (low >= 0)
        emit dataChanged(index(low, 0), index(high, columnCount() - 1));
}

void EndpointFilterProxy::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutFrom = persistentIndexList();
    m_layoutSources.clear();
    m_layoutSources.reserve(m_layoutFrom.size());
    for (const QModelIndex &index : std::as_const(m_layoutFrom))
        m_layoutSources << QPersistentModelIndex(mapToSource(index));
    m_haystackValid = false;
}

void EndpointFilterProxy::sourceLayoutChanged()
{
    m_kindsDirty = true;
    m_matchesValid = false; // the rows have other numbers now
    sortAll();
    m_proxyToSource = visibleInOrder();
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(m_layoutFrom.size());
    for (qsizetype i = 0; i < m_layoutFrom.size(); ++i) {
        const QPersistentModelIndex &source = m_layoutSources.at(i);
        const int row = source.isValid() ? m_sourceToProxy[size_t(source.row())] : -1;
        to << (row < 0 ? QModelIndex() : createIndex(row, m_layoutFrom.at(i).column()));
    }
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

void EndpointFilterProxy::sourceAboutToBeReset()
{
    beginResetModel();
    m_matchesValid = false;
    m_haystackValid = false;
}

void EndpointFilterProxy::sourceReset()
{
    m_kindsDirty = true;
    sortAll();
    m_proxyToSource = visibleInOrder();
    rebuildSourceToProxy();
    if (m_endpoints && m_endpoints->rowCount() == 0)
        ensureHaystack(); // empty, so from now on it grows with the load
    endResetModel();
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

QHash<Health, int> EndpointFilterProxy::visibleHealthCounts() const
{
    return {{Health::Active, visibleHealthCount(Health::Active)},
            {Health::Failing, visibleHealthCount(Health::Failing)},
            {Health::Disabled, visibleHealthCount(Health::Disabled)}};
}

int EndpointFilterProxy::visibleHealthCount(Health health) const
{
    // The rows on show are the rows of the health filter's kinds among those the other filters pass:
    // the same counts as the filter box's, no second tally.
    const int kinds = kindsOf(m_health);
    switch (health) {
    case Health::Active:
        return kindCount(kinds & (1 << ActiveKind));
    case Health::Failing:
        return kindCount(kinds & (1 << FailingKind));
    case Health::Disabled:
        break;
    }
    return kindCount(kinds & (1 << DisabledByProviderKind | 1 << DisabledOtherwiseKind));
}

void EndpointFilterProxy::countKinds(int first, int last, int delta)
{
    if (m_kindsDirty || !m_endpoints)
        return; // recounted when next asked
    for (int row = first; row <= last; ++row)
        if (acceptsAccount(row) && textMatches(row))
            m_kindCounts[size_t(kindOf(row))] += delta;
}

void EndpointFilterProxy::recountKinds() const
{
    m_kindCounts = {};
    const int rows = m_endpoints ? m_endpoints->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        if (acceptsAccount(row) && textMatches(row))
            ++m_kindCounts[size_t(kindOf(row))];
    m_kindsDirty = false;
}

int EndpointFilterProxy::healthFilterCount(HealthFilter filter) const
{
    return kindCount(kindsOf(filter));
}

int EndpointFilterProxy::kindCount(int kinds) const
{
    if (m_kindsDirty)
        recountKinds();
    int count = 0;
    for (int kind = 0; kind < int(m_kindCounts.size()); ++kind)
        if (kinds & (1 << kind))
            count += m_kindCounts[size_t(kind)];
    return count;
}
