#pragma once

#include "core/endpointfilter.h"
#include "core/health.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QMetaObject>
#include <QPersistentModelIndex>
#include <QPointer>

#include <array>
#include <string_view>
#include <vector>

class EndpointTableModel;

// Filter and sort over EndpointTableModel, for 100,000 rows. Qt Core only.
// Its own mapping instead of QSortFilterProxyModel's: the proxy keeps every source row in the order
// of the sort column (m_sorted, hidden rows included), and the visible rows are that order filtered.
// So a batch of loaded rows is merged in (sorted once, then placed by binary search) and shown with
// one layout change, where QSortFilterProxyModel inserts each row that lands apart from the others on
// its own (a thousand signals per batch with a URL sort); and any filter change is one pass over the
// order, never a sort. Sorting and filtering read the model's rows directly (lessThan, textSortKey,
// matchesText): no QVariant per comparison. The text filter keeps one match bit per source row, so
// typing (a needle that extends the previous one) re-tests only the rows that still matched, and a
// keystroke that changes no row costs no proxy update at all. A few rows coming and going are inserted
// and removed run by run; more are shown with one layout change. Selection and the current row survive
// both (persistent indexes follow their rows).
class EndpointFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using HealthFilter = EndpointFilter::HealthChoice; // the core's choices, for the filter box

    explicit EndpointFilterProxy(QObject *parent = nullptr);

    // Only an EndpointTableModel (anything else leaves the proxy empty).
    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    // Ties keep the model's order, in both directions. Column -1: the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString filterText() const { return m_text; }
    HealthFilter healthFilter() const { return m_health; }
    QString accountFilter() const { return m_account; }

    // Visible rows per health, from the same per-kind counts as healthFilterCount().
    QHash<Health, int> visibleHealthCounts() const;
    int visibleHealthCount(Health health) const;
    // How many rows `filter` would show with the other filters (text, account) as they are: the counts
    // beside the health filter's choices. Kept as source rows come and go, recomputed after the rest.
    int healthFilterCount(HealthFilter filter) const;

    // Up to this many rows entering or leaving (or this many separate runs of them) are inserted /
    // removed run by run; past it the proxy shows its new rows with one layout change.
    static constexpr int MaxIncrementalChanges = 64;

public slots:
    // Case-insensitive substring over URL, description, events and ID. Surrounding spaces are ignored.
    void setFilterText(const QString &text);
    void setHealthFilter(EndpointFilterProxy::HealthFilter filter);
    void setAccountFilter(const QString &account); // empty = all accounts

signals:
    void filtersChanged();

private:
    // Source signals.
    void sourceDataChanged(int first, int last);
    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceAboutToBeReset();
    void sourceReset();

    // The mapping.
    bool accepts(int sourceRow) const;
    bool acceptsOtherFilters(int sourceRow) const;
    bool acceptsHealth(int sourceRow) const;
    bool acceptsAccount(int sourceRow) const;
    bool textMatches(int sourceRow) const;
    bool sortsBefore(int left, int right) const; // in m_sorted's order (ties: the source's order)
    void sortAll();
    std::vector<int> visibleInOrder() const;
    // Shows `target` (the visible source rows, in order): row by row when few change, else as one layout
    // change. `moved`: a row that stays may have changed place, which only a layout change can show
    // without losing its selection.
    void show(std::vector<int> target, bool moved);
    void relayout(std::vector<int> target, QAbstractItemModel::LayoutChangeHint hint);
    void rebuildSourceToProxy();
    void refilter(int changes);

    // The packed filter text.
    void ensureHaystack();
    void extendHaystack(int first, int last);
    void replaceHaystackRows(int first, int last);
    void removeHaystackRows(int first, int last);
    bool haystackContains(int sourceRow, std::string_view needle) const;

    // The rows passing the text and account filters, by kind (see kindOf()).
    int kindOf(int sourceRow) const;
    void countKinds(int first, int last, int delta);
    void recountKinds() const;
    int kindCount(int kinds) const; // rows of these kinds (bits) passing the text and account filters

    QString m_text; // SortKey::of the trimmed text
    HealthFilter m_health = HealthFilter::Any;
    int m_healthKinds = 0xf; // the kinds m_health shows, as bits (see kindOf())
    QString m_account;
    QPointer<EndpointTableModel> m_endpoints; // the source
    QList<QMetaObject::Connection> m_sourceConnections;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sorted;        // every source row, in sort order
    std::vector<int> m_proxyToSource; // the visible ones, in the same order
    std::vector<int> m_sourceToProxy; // per source row: its proxy row, or -1
    // Across a source layout change: the proxy's persistent indexes and where their rows were.
    QModelIndexList m_layoutFrom;
    QList<QPersistentModelIndex> m_layoutSources;

    // One bit per source row: does it match m_text? Kept in step with the source.
    std::vector<bool> m_matches;
    bool m_matchesValid = false;
    // Every source row's filter keys as UTF-8, packed in one block while a text filter is set: a
    // keystroke scans contiguous memory instead of four strings per row spread over the heap (three
    // times faster at 100k rows). About 90 bytes per row, kept in step with appends, edits and
    // removals (a load builds it page by page); only a re-layout of the source rebuilds it, lazily.
    QByteArray m_haystack;
    std::vector<int> m_rowStart; // per source row, plus the end
    bool m_haystackValid = false;

    mutable std::array<int, 4>
        m_kindCounts{}; // active, failing, disabled by the provider, disabled otherwise
    mutable bool m_kindsDirty = true;
};
