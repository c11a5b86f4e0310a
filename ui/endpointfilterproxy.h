#pragma once

#include "core/health.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <array>

// Filter and sort over EndpointTableModel (or any model with its roles). Qt Core only.
// Filters read the model's precomputed roles (FilterTextRole, HealthRole, AccountRole), so a
// keystroke costs one substring search per row; setting a filter calls invalidateFilter(),
// never a model reset, so selection and scroll position survive.
class EndpointFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class HealthFilter
    {
        Any,
        Active,
        Failing,
        Disabled
    };
    Q_ENUM(HealthFilter)

    explicit EndpointFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    HealthFilter healthFilter() const { return m_health; }
    QString accountFilter() const { return m_account; }

    // Visible (accepted) rows per health; computed once after each change, then cached.
    QHash<Health, int> visibleHealthCounts() const;
    int visibleHealthCount(Health health) const;

public slots:
    // Case-insensitive substring over URL, description, events and ID. Surrounding spaces are ignored.
    void setFilterText(const QString &text);
    void setHealthFilter(EndpointFilterProxy::HealthFilter filter);
    void setAccountFilter(const QString &account); // empty = all accounts

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void recount() const;

    QString m_text; // lower-cased, trimmed
    HealthFilter m_health = HealthFilter::Any;
    QString m_account;
    mutable std::array<int, 3> m_visibleCounts{};
    mutable bool m_countsDirty = true;
};
