#include "endpointtablemodel.h"

#include "core/sortkey.h"
#include "datetext.h"
#include "providers/providerspec.h"

#include <algorithm>
#include <utility>

namespace {

int healthSlot(Health health)
{
    return static_cast<int>(health);
}

// Ascending = healthiest first: disabled delivers nothing at all, so it ranks above failing.
int severity(Health health)
{
    switch (health) {
    case Health::Active:
        return 0;
    case Health::Failing:
        return 1;
    case Health::Disabled:
        return 2;
    }
    return 0;
}

constexpr qint64 NeverDelivered = EndpointRow::NeverDelivered;

// Code-point order of two SortKeys, as -1 / 0 / 1.
int compareKeys(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseSensitive);
}

template <typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

EndpointTableModel::EndpointTableModel(QObject *parent) : ReadOnlyTableModel(ColumnCount, parent)
{
    QList<ProviderId> byName = Providers::all();
    std::sort(byName.begin(), byName.end(), [](ProviderId a, ProviderId b) {
        return compareKeys(SortKey::of(Providers::spec(a).displayName),
                           SortKey::of(Providers::spec(b).displayName)) < 0;
    });
    for (int rank = 0; rank < byName.size(); ++rank) {
        const int slot = int(byName.at(rank));
        if (slot >= m_providerRank.size())
            m_providerRank.resize(slot + 1);
        m_providerRank[slot] = rank;
    }
    retranslate();
}

EndpointTableModel::~EndpointTableModel() = default;

int EndpointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EndpointTableModel::data(const QModelIndex &index, int role) const
{
    // A plain bounds check: checkIndex() is too slow for the sort/filter hot path.
    const int r = index.row();
    const int column = index.column();
    if (!index.isValid() || index.model() != this || size_t(r) >= m_rows.size() || column >= ColumnCount)
        return {};
    const Row &row = rowAt(r);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case SortRole:
        return sortData(row, column);
    case HealthRole:
        return healthSlot(row.health());
    case DisabledByRole:
        return int(row.disabledBy());
    case FilterTextRole: {
        // '\n' between fields, as matchesText() never matches across two of them.
        QStringList keys;
        for (const QStringView key : row.filterKeys())
            keys << key.toString();
        return keys.join(QLatin1Char('\n'));
    }
    case AccountRole:
        return row.words().account;
    case Qt::TextAlignmentRole:
        if (column == FailuresColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // Built on demand: tooltips are asked for one cell at a time, on hover.
        switch (column) {
        case UrlColumn:
            return row.urlText();
        case HealthColumn:
            return healthToolTip(row);
        case EventsColumn:
            return row.words().eventsText;
        case DescriptionColumn:
            return row.descriptionText();
        case SinceColumn:
            return sinceToolTip(row);
        case LastDeliveryColumn: {
            const QDateTime last = row.lastDelivery();
            if (!last.isValid())
                return m_noDelivery;
            if (row.lastDeliveryStatus() != 0)
                return tr("%1, HTTP %2")
                    .arg(DateText::text(last, DateText::Precision::Seconds))
                    .arg(row.lastDeliveryStatus());
            return DateText::text(last, DateText::Precision::Seconds);
        }
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (column == HealthColumn)
            return healthAccessibleText(row);
        if (column == LastDeliveryColumn && row.lastDeliveryMs() == NeverDelivered)
            return m_noDelivery; // "—" reads badly
        if (column == SinceColumn && row.health() != Health::Active)
            return sinceToolTip(row);                      // "—" reads badly
        if (displayData(row, column).toString().isEmpty()) // an empty cell still says what it is
            return tr("%1: none").arg(headerData(column, Qt::Horizontal).toString());
        return {};
    default:
        return {};
    }
}

QVariant EndpointTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case UrlColumn:
        return row.urlText();
    case HealthColumn:
        return m_labels[healthSlot(row.health())];
    case EventsColumn:
        return row.words().eventsText;
    case DescriptionColumn:
        return row.descriptionText();
    case FailuresColumn:
        return row.failureCount(); // an int: the view formats it with the locale
    case LastDeliveryColumn:
        // The one app-wide format; the tooltip adds seconds. Built per painted cell, not kept per row.
        return row.lastDeliveryMs() == NeverDelivered ? m_never : DateText::text(row.lastDelivery());
    case AccountColumn:
        return row.words().account;
    case ProviderColumn:
        return Providers::spec(row.words().provider).displayName;
    case IdColumn:
        return row.idText();
    case SinceColumn:
        if (row.sinceMs() != EndpointRow::NoSince)
            return DateText::text(row.since());
        // Failing or disabled, but the provider gives no time: a dash, not a blank that reads as "fine".
        return row.health() == Health::Active ? QString() : m_never;
    }
    return {};
}

QVariant EndpointTableModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case UrlColumn:
        return row.urlKey().toString();
    case HealthColumn:
        return severity(row.health());
    case EventsColumn:
        return row.words().eventsKey;
    case DescriptionColumn:
        return row.descriptionKey().toString();
    case FailuresColumn:
        return row.failureCount();
    case LastDeliveryColumn:
        return row.lastDelivery(); // invalid ("never") sorts before every date
    case AccountColumn:
        return row.words().accountKey;
    case ProviderColumn:
        return m_providerRank.value(int(row.words().provider));
    case IdColumn:
        return row.idKey().toString();
    case SinceColumn:
        return row.since(); // invalid (active) sorts before every date
    }
    return {};
}

bool EndpointTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Row &l = rowAt(leftRow);
    const Row &r = rowAt(rightRow);
    int c = 0;
    switch (column) {
    case UrlColumn:
        c = compareKeys(l.urlKey(), r.urlKey());
        break;
    case HealthColumn:
        c = compareValues(severity(l.health()), severity(r.health()));
        break;
    case EventsColumn:
        c = compareKeys(l.words().eventsKey, r.words().eventsKey);
        break;
    case DescriptionColumn:
        c = compareKeys(l.descriptionKey(), r.descriptionKey());
        break;
    case FailuresColumn:
        c = compareValues(l.failureCount(), r.failureCount());
        break;
    case LastDeliveryColumn:
        c = compareValues(l.lastDeliveryMs(), r.lastDeliveryMs());
        break;
    case AccountColumn:
        c = compareKeys(l.words().accountKey, r.words().accountKey);
        break;
    case ProviderColumn:
        c = compareValues(m_providerRank.value(int(l.words().provider)),
                          m_providerRank.value(int(r.words().provider)));
        break;
    case IdColumn:
        c = compareKeys(l.idKey(), r.idKey());
        break;
    case SinceColumn:
        c = compareValues(l.sinceMs(), r.sinceMs());
        break;
    }
    return c < 0;
}

void EndpointTableModel::appendFilterText(int row, QByteArray *out) const
{
    for (const QStringView key : rowAt(row).filterKeys()) {
        const qsizetype at = out->size();
        out->resize(at + key.size());
        char *dest = out->data() + at;
        bool ascii = true;
        for (const QChar c : key) { // most keys are ASCII: no temporary QByteArray for them
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
            *dest++ = char(c.unicode());
        }
        if (!ascii) {
            out->resize(at);
            out->append(key.toUtf8());
        }
        out->append('\0');
    }
}

std::optional<QStringView> EndpointTableModel::textSortKey(int row, int column) const
{
    const Row &r = rowAt(row);
    switch (column) {
    case UrlColumn:
        return r.urlKey();
    case EventsColumn:
        return QStringView(r.words().eventsKey);
    case DescriptionColumn:
        return r.descriptionKey();
    case AccountColumn:
        return QStringView(r.words().accountKey);
    case IdColumn:
        return r.idKey();
    default:
        return std::nullopt;
    }
}

bool EndpointTableModel::matchesText(int row, const QString &needle) const
{
    return EndpointFilter::keysContain(rowAt(row).filterKeys(), needle);
}

QString EndpointTableModel::healthToolTip(const Row &row) const
{
    const HealthInfo info = HealthRules::evaluate(row.toEndpoint());
    const QString &label = m_labels[healthSlot(info.health)];
    QStringList lines;
    lines << (info.providerWords.isEmpty() ? label : tr("%1 (%2)").arg(label, info.providerWords));
    const QString who = disabledByText(info.disabledBy, row.words().provider);
    if (!who.isEmpty())
        lines << who;
    if (!info.reason.isEmpty())
        lines << info.reason;
    if (info.since.isValid())
        lines << tr("Since %1").arg(DateText::text(info.since));
    return lines.join(QLatin1Char('\n'));
}

QString EndpointTableModel::sinceToolTip(const Row &row) const
{
    if (row.sinceMs() == EndpointRow::NoSince)
        return row.health() == Health::Active     ? QString()
               : row.health() == Health::Disabled ? tr("Disabled; the provider does not say since when")
                                                  : tr("Failing; the provider does not say since when");
    const QString when = DateText::text(row.since(), DateText::Precision::Seconds);
    return row.health() == Health::Disabled ? tr("Disabled at %1").arg(when)
                                            : tr("Failing since %1").arg(when);
}

QString EndpointTableModel::disabledByText(DisabledBy by, ProviderId provider)
{
    switch (by) {
    case DisabledBy::Provider:
        return tr("Disabled by the provider (%1)").arg(Providers::spec(provider).displayName);
    case DisabledBy::User:
        return tr("Disabled by a person");
    case DisabledBy::Unknown:
        return tr("Disabled; by whom is unknown");
    case DisabledBy::NotDisabled:
        break;
    }
    return {};
}

bool EndpointTableModel::needsAttention(const EndpointRow &row)
{
    return HealthRules::needsAttention(row.health(), row.disabledBy());
}

QString EndpointTableModel::healthAccessibleText(const Row &row) const
{
    QString health = tr("Health: %1").arg(m_labels[healthSlot(row.health())]);
    const QString who = disabledByText(row.disabledBy(), row.words().provider);
    if (!who.isEmpty()) // the badge's icon, in words
        health = tr("%1. %2").arg(health, who);
    const QString reason = HealthRules::evaluate(row.toEndpoint()).reason;
    return reason.isEmpty() ? health : tr("%1. %2").arg(health, reason);
}

QVariant EndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == FailuresColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == HealthColumn)
        return tr("Active, failing or disabled; hover a badge for the provider's own words");
    if (role == Qt::ToolTipRole && section == SinceColumn)
        return tr("When a failing endpoint last failed, or when a disabled one was disabled");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("URL");
    case HealthColumn:
        return tr("Health");
    case EventsColumn:
        return tr("Events");
    case DescriptionColumn:
        return tr("Description");
    case FailuresColumn:
        return tr("Failures");
    case LastDeliveryColumn:
        return tr("Last delivery");
    case AccountColumn:
        return tr("Account");
    case ProviderColumn:
        return tr("Provider");
    case IdColumn:
        return tr("ID");
    case SinceColumn:
        return tr("Since");
    }
    return {};
}

QHash<int, QByteArray> EndpointTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(HealthRole, "health");
    names.insert(SortRole, "sortValue");
    names.insert(FilterTextRole, "filterText");
    names.insert(AccountRole, "account");
    names.insert(DisabledByRole, "disabledBy");
    return names;
}

EndpointTableModel::RowPtr EndpointTableModel::makeRow(const Endpoint &e)
{
    EndpointWords words = EndpointWords::of(e);
    auto it = m_words.find(words);
    if (it == m_words.end()) {
        words.fill();
        it = m_words.insert(std::move(words)).first;
    }
    return EndpointRow::make(e, &*it);
}

void EndpointTableModel::countRow(const Row &row, int delta)
{
    m_counts[healthSlot(row.health())] += delta;
    if (!needsAttention(row))
        return;
    int &count = m_attention[row.words().account];
    count += delta;
    if (count <= 0)
        m_attention.remove(row.words().account);
    m_attentionChanged = true;
}

void EndpointTableModel::emitAttentionChanged()
{
    if (std::exchange(m_attentionChanged, false))
        emit attentionCountsChanged();
}

const EndpointTableModel::Row &EndpointTableModel::indexedRow(int row,
                                                              const std::vector<RowPtr> *staged) const
{
    return size_t(row) < m_rows.size() ? rowAt(row) : *(*staged)[size_t(row) - m_rows.size()];
}

quint32 EndpointTableModel::keyHash(QStringView account, QStringView id)
{
    // Seeded per process, as QHash is: ids come from servers, which must not pick colliding ones.
    return quint32(qHashMulti(QHashSeed::globalSeed(), account, id));
}

int EndpointTableModel::findRow(QStringView account, QStringView id, const std::vector<RowPtr> *staged) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    const quint32 hash = keyHash(account, id);
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.row < 0)
            return -1;
        if (slot.hash != hash) // most other keys end here, without reading their row
            continue;
        const Row &r = indexedRow(slot.row, staged);
        if (r.id() == id && r.words().account == account)
            return slot.row;
    }
}

void EndpointTableModel::indexRow(int row, const std::vector<RowPtr> *staged) const
{
    const Row &r = indexedRow(row, staged);
    insertSlot(Slot{row, keyHash(r.words().account, r.id())});
}

void EndpointTableModel::insertSlot(Slot entry) const
{
    if (size_t(m_indexed + 1) * 2 > m_slots.size()) {
        // Grow to twice the size and put every entry in again (by its kept hash: no row is read).
        std::vector<Slot> old(std::max<size_t>(16, m_slots.size() * 2));
        old.swap(m_slots);
        m_indexed = 0;
        for (const Slot &slot : old)
            if (slot.row >= 0)
                insertSlot(slot);
    }
    const size_t mask = m_slots.size() - 1;
    size_t at = entry.hash & mask;
    while (m_slots[at].row >= 0)
        at = (at + 1) & mask;
    m_slots[at] = entry;
    ++m_indexed;
}

void EndpointTableModel::ensureIndex() const
{
    if (!m_indexDirty)
        return;
    size_t size = 16;
    while (size < m_rows.size() * 2 + 2)
        size *= 2;
    m_slots.assign(size, Slot());
    m_indexed = 0;
    for (int i = 0; i < int(m_rows.size()); ++i)
        indexRow(i, nullptr);
    m_indexDirty = false;
}

void EndpointTableModel::replaceRow(int row, RowPtr fresh)
{
    countRow(rowAt(row), -1);
    m_rows[size_t(row)] = std::move(fresh);
    countRow(rowAt(row), +1);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::vector<EndpointTableModel::RowPtr> EndpointTableModel::stage(const QList<Endpoint> &endpoints)
{
    // Existing rows are replaced in place; new ones are returned for a single insertion at the end.
    ensureIndex();
    const int first = int(m_rows.size());
    std::vector<RowPtr> fresh;
    fresh.reserve(size_t(endpoints.size()));
    for (const Endpoint &e : endpoints) {
        const int at = findRow(e.account, e.id, &fresh);
        if (at < 0) {
            fresh.push_back(makeRow(e));
            indexRow(first + int(fresh.size()) - 1, &fresh);
        } else if (at >= first) {
            fresh[size_t(at - first)] = makeRow(e);  // twice in one batch: the later one wins
        } else if (!(rowAt(at).toEndpoint() == e)) { // a refresh brings mostly unchanged rows
            replaceRow(at, makeRow(e));
        }
    }
    return fresh;
}

void EndpointTableModel::appendEndpoints(const QList<Endpoint> &endpoints)
{
    std::vector<RowPtr> fresh = stage(endpoints);
    if (fresh.empty()) {
        emitAttentionChanged(); // rows replaced in place
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    // No exact reserve() here: it would defeat the geometric growth and copy every row on each batch.
    for (RowPtr &row : fresh) {
        countRow(*row, +1);
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    emitAttentionChanged();
}

void EndpointTableModel::replaceAll(const QList<Endpoint> &endpoints)
{
    beginResetModel();
    m_rows.clear();
    m_slots.clear();
    m_indexed = 0;
    m_indexDirty = false;
    m_counts = {};
    m_attention.clear();
    m_words.clear();
    std::vector<RowPtr> fresh = stage(endpoints); // nothing exists yet, so stage() emits nothing
    for (const RowPtr &row : fresh)
        countRow(*row, +1);
    m_rows = std::move(fresh);
    endResetModel();
    m_attentionChanged = true;
    emitAttentionChanged();
}

void EndpointTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_slots.clear();
    m_indexed = 0;
    m_indexDirty = false;
    m_counts = {};
    m_attention.clear();
    m_words.clear();
    endResetModel();
    m_attentionChanged = true;
    emitAttentionChanged();
}

void EndpointTableModel::removeAccount(const QString &account)
{
    removeRowsWhere([&account](const Row &r) { return r.words().account == account; });
}

void EndpointTableModel::syncAccount(const QString &account, const QList<Endpoint> &endpoints)
{
    // A refresh: rows that are gone upstream leave, the others are updated in place (selection
    // and scroll position survive), new ones are appended.
    QStringList ids;
    ids.reserve(endpoints.size());
    for (const Endpoint &e : endpoints)
        ids << e.id;
    removeVanished(account, ids);
    appendEndpoints(endpoints);
}

void EndpointTableModel::removeVanished(const QString &account, const QStringList &ids)
{
    const QSet<QString> fresh(ids.cbegin(), ids.cend());
    removeRowsWhere([&](const Row &r) {
        const QStringView id = r.id();
        return r.words().account == account && !fresh.contains(QString::fromRawData(id.data(), id.size()));
    });
}

void EndpointTableModel::removeRowsWhere(const std::function<bool(const Row &)> &matches)
{
    const int count = int(m_rows.size());
    QVector<bool> doomed(count);
    // Count the contiguous runs of matching rows.
    int runs = 0;
    int removed = 0;
    for (int i = 0; i < count; ++i) {
        doomed[i] = matches(rowAt(i));
        if (!doomed.at(i))
            continue;
        ++removed;
        if (i == 0 || !doomed.at(i - 1))
            ++runs;
    }
    if (removed == 0)
        return;
    // Each removal costs O(rows) here and in every proxy: past a few runs, gather the rows first.
    if (runs > MaxRemovalRuns)
        moveToEnd(&doomed);

    // Back to front, one removal per contiguous run: rows before a run keep their numbers.
    int last = count - 1;
    while (last >= 0) {
        if (!doomed.at(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && doomed.at(first - 1))
            --first;
        beginRemoveRows(QModelIndex(), first, last);
        for (int i = first; i <= last; ++i)
            countRow(rowAt(i), -1);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        m_indexDirty = true; // rebuilt on the next lookup, once, however many runs there were
        endRemoveRows();
        last = first - 1;
    }
    emitAttentionChanged();
}

void EndpointTableModel::moveToEnd(QVector<bool> *moves)
{
    // A stable partition announced as a layout change: the other rows keep their order and
    // persistent indexes (selection, current row) follow their rows.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const int count = int(m_rows.size());
    QVector<int> newRowOf(count);
    std::vector<RowPtr> reordered;
    QVector<bool> reorderedMoves;
    reordered.reserve(count);
    reorderedMoves.reserve(count);
    for (const bool takeMoving : {false, true}) {
        for (int i = 0; i < count; ++i) {
            if (moves->at(i) != takeMoving)
                continue;
            newRowOf[i] = int(reordered.size());
            reordered.push_back(std::move(m_rows[size_t(i)]));
            reorderedMoves.append(takeMoving);
        }
    }
    m_rows = std::move(reordered);
    *moves = std::move(reorderedMoves);
    m_indexDirty = true;

    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to << createIndex(newRowOf.at(index.row()), index.column());
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

bool EndpointTableModel::updateEndpoint(const Endpoint &endpoint)
{
    const int row = rowOf(endpoint.account, endpoint.id);
    if (row < 0 || rowAt(row).words().provider != endpoint.provider)
        return false;
    replaceRow(row, makeRow(endpoint));
    emitAttentionChanged();
    return true;
}

std::optional<Endpoint> EndpointTableModel::endpointAt(int row, EndpointRow::Raw withRaw) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return std::nullopt;
    return rowAt(row).toEndpoint(withRaw);
}

std::optional<HealthInfo> EndpointTableModel::healthInfoAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return std::nullopt;
    return HealthRules::evaluate(rowAt(row).toEndpoint());
}

int EndpointTableModel::rowOf(const QString &account, const QString &id) const
{
    ensureIndex();
    return findRow(account, id);
}

QHash<Health, int> EndpointTableModel::healthCounts() const
{
    return {{Health::Active, m_counts[0]}, {Health::Failing, m_counts[1]}, {Health::Disabled, m_counts[2]}};
}

int EndpointTableModel::healthCount(Health health) const
{
    return m_counts[healthSlot(health)];
}

void EndpointTableModel::retranslate()
{
    for (Health h : {Health::Active, Health::Failing, Health::Disabled})
        m_labels[healthSlot(h)] = HealthRules::label(h);
    m_noDelivery = tr("No delivery yet");
    m_never = QString(QChar(0x2014)); // an em dash; shared by every never-delivered row
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows.empty())
        return;
    // Health words, reasons and dates are built on demand, in the new language from now on.
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
