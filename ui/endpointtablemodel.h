#pragma once

#include "core/endpoint.h"
#include "core/health.h"
#include "endpointrow.h"

#include "readonlytablemodel.h"
#include <QHash>
#include <QList>
#include <QSet>
#include <QVector>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

// The endpoint table: one row per endpoint of every loaded account.
// Qt Core only (no widget header), so it is testable with QTEST_GUILESS_MAIN.
// Everything the view asks for while scrolling, sorting or filtering is computed once per row on
// insert/update (health, joined events, sort keys): data() only looks it up, and the proxy sorts and
// filters through lessThan() / matchesText() without a QVariant per comparison. Rows are EndpointRows
// (compact, about 0.65 KiB an endpoint with its raw JSON); an Endpoint is put back together on demand.
class EndpointTableModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UrlColumn,
        HealthColumn,
        EventsColumn,
        DescriptionColumn,
        FailuresColumn,
        LastDeliveryColumn,
        AccountColumn,
        // Hidden by default in the window; kept last so the visible order never shifts.
        ProviderColumn,
        IdColumn,
        // Added later: last, so a saved header state keeps its columns (the window shows it after Health).
        SinceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        HealthRole = Qt::UserRole + 1, // int(Health), any column
        SortRole,                      // per column: a value that sorts correctly (ints, QDateTime, SortKey)
        FilterTextRole,                // SortKey of URL + description + events + ID, any column
        AccountRole,                   // the account name, any column (for the proxy's account filter)
        DisabledByRole                 // int(DisabledBy), any column
    };
    Q_ENUM(Role)

    explicit EndpointTableModel(QObject *parent = nullptr);
    ~EndpointTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds a batch with one beginInsertRows. An endpoint already present (same account + id)
    // replaces its row instead of being duplicated, so a refresh can append again.
    void appendEndpoints(const QList<Endpoint> &endpoints);
    void replaceAll(const QList<Endpoint> &endpoints);
    void clear();
    void removeAccount(const QString &account);
    // Makes the account's rows match a fresh load: updated in place, gone ones removed, new ones added.
    void syncAccount(const QString &account, const QList<Endpoint> &endpoints);
    // The second half of syncAccount for a load whose pages were appended as they came: removes the
    // account's rows that are not in `endpoints` (gone upstream), changes no other row.
    void removeVanished(const QString &account, const QStringList &ids);
    // Replaces the row with the same account + provider + id; false when there is none.
    bool updateEndpoint(const Endpoint &endpoint);

    // The row's endpoint, put together from the row's compact form (a copy: rows keep no Endpoint);
    // nullopt when the row does not exist.
    std::optional<Endpoint> endpointAt(int row, EndpointRow::Raw withRaw = EndpointRow::Raw::Include) const;
    std::optional<HealthInfo> healthInfoAt(int row) const;      // evaluated on demand (tooltips, detail)
    int rowOf(const QString &account, const QString &id) const; // -1 when absent
    QHash<Health, int> healthCounts() const;
    int healthCount(Health health) const;

    // Call after a language change: health words and header titles come from tr().
    void retranslate();

    // The proxy's fast path, by source row (no bounds checks: the proxy only passes valid rows).
    // Ascending order of `column`, as SortRole would sort it; equal rows compare false both ways.
    bool lessThan(int leftRow, int rightRow, int column) const;
    // The key lessThan() compares for a text column (a view into the row: valid until the row changes);
    // nullopt for the other columns.
    std::optional<QStringView> textSortKey(int row, int column) const;
    // `needle` is a SortKey::of() the user's text: a substring of the URL, description, events or ID.
    bool matchesText(int row, const QString &needle) const;
    // The same four keys as UTF-8, each followed by a NUL: the proxy scans these, packed, per keystroke.
    void appendFilterText(int row, QByteArray *out) const;
    Health healthOfRow(int row) const { return rowAt(row).health(); }
    DisabledBy disabledByOfRow(int row) const { return rowAt(row).disabledBy(); }
    // Failing, or disabled by the provider: what the "Needs attention" filter shows.
    bool needsAttention(int row) const { return needsAttention(rowAt(row)); }
    static bool needsAttention(const EndpointRow &row);
    // "Disabled by the provider (OpenTrain)" / "… by a person" / "… unknown"; empty when not disabled.
    static QString disabledByText(DisabledBy by, ProviderId provider);
    // Per account: how many of its endpoints need attention; kept on every change.
    int attentionCount(const QString &account) const { return m_attention.value(account); }
    const QHash<QString, int> &attentionCounts() const { return m_attention; }
    const QString &accountOfRow(int row) const { return rowAt(row).words().account; }

signals:
    void attentionCountsChanged(); // after a change of attentionCount() of any account

private:
    using Row = EndpointRow;
    using RowPtr = EndpointRow::Ptr;

    const Row &rowAt(int row) const { return *m_rows[size_t(row)]; }
    RowPtr makeRow(const Endpoint &endpoint);
    std::vector<RowPtr> stage(const QList<Endpoint> &endpoints);
    void replaceRow(int row, RowPtr fresh);
    void countRow(const Row &row, int delta);
    // The index: account + id → row.
    const Row &indexedRow(int row, const std::vector<RowPtr> *staged) const;
    int findRow(QStringView account, QStringView id, const std::vector<RowPtr> *staged = nullptr) const;
    void indexRow(int row, const std::vector<RowPtr> *staged) const;
    struct Slot
    {
        int row = -1; // -1: free
        quint32 hash = 0;
    };
    void insertSlot(Slot slot) const;
    static quint32 keyHash(QStringView account, QStringView id);
    void ensureIndex() const;
    void removeRowsWhere(const std::function<bool(const Row &)> &matches);
    void moveToEnd(QVector<bool> *moves);

    static constexpr int MaxRemovalRuns = 16;
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString healthToolTip(const Row &row) const;
    QString healthAccessibleText(const Row &row) const;
    QString sinceToolTip(const Row &row) const;
    void emitAttentionChanged();

    // Words many rows have in common, one copy per combination. Node-based, so an entry keeps its
    // address while the set grows; emptied only with the rows (declared first: it outlives them).
    std::unordered_set<EndpointWords, EndpointWordsHash> m_words;
    std::vector<RowPtr> m_rows;
    // account + id → row, open addressing over row numbers: the keys are read from the rows, not copied
    // (8 bytes a slot, the key's hash beside the row, instead of a hash node with two strings). A power
    // of two, at most half full. Rebuilt lazily after removals, which shift rows.
    mutable std::vector<Slot> m_slots;
    mutable int m_indexed = 0;
    mutable bool m_indexDirty = false;
    std::array<int, 3> m_counts{};     // per Health, kept on every change
    QHash<QString, int> m_attention;   // per account: rows that need attention (absent: none)
    bool m_attentionChanged = false;   // since the last attentionCountsChanged()
    std::array<QString, 3> m_labels{}; // HealthRules::label, cached: data() must not call tr()
    QString m_noDelivery;              // tooltip / accessible text when there was never a delivery
    QString m_never;                   // its display text
    QVector<int> m_providerRank;       // by int(ProviderId): the order of the display names
};
