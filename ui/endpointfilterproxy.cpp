#include "endpointfilterproxy.h"

#include "endpointtablemodel.h"

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

    // Any change of the visible set invalidates the cached counts; they are recomputed on demand.
    const auto dirty = [this] { m_countsDirty = true; };
    connect(this, &QAbstractItemModel::rowsInserted, this, dirty);
    connect(this, &QAbstractItemModel::rowsRemoved, this, dirty);
    connect(this, &QAbstractItemModel::modelReset, this, dirty);
    connect(this, &QAbstractItemModel::layoutChanged, this, dirty);
    connect(this, &QAbstractItemModel::dataChanged, this, dirty);
}

void EndpointFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_text)
        return;
    m_text = needle;
    invalidateFilter();
    m_countsDirty = true;
    emit filtersChanged();
}

void EndpointFilterProxy::setHealthFilter(HealthFilter filter)
{
    if (filter == m_health)
        return;
    m_health = filter;
    invalidateFilter();
    m_countsDirty = true;
    emit filtersChanged();
}

void EndpointFilterProxy::setAccountFilter(const QString &account)
{
    if (account == m_account)
        return;
    m_account = account;
    invalidateFilter();
    m_countsDirty = true;
    emit filtersChanged();
}

bool EndpointFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    // Cheapest test first: an int compare, then a string compare, then the substring search.
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

void EndpointFilterProxy::recount() const
{
    m_visibleCounts = {};
    const QAbstractItemModel *model = sourceModel();
    if (model) {
        const int rows = rowCount();
        for (int row = 0; row < rows; ++row) {
            const QModelIndex source = mapToSource(index(row, 0));
            const int health = model->data(source, EndpointTableModel::HealthRole).toInt();
            if (health >= 0 && health < int(m_visibleCounts.size()))
                ++m_visibleCounts[health];
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
