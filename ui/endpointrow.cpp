#include "endpointrow.h"

#include "core/endpointfilter.h"
#include "core/sortkey.h"

#include <algorithm>
#include <utility>

namespace {

// Equal, and both null or both not.
bool sameText(const QString &a, const QString &b)
{
    return a.isNull() == b.isNull() && a == b;
}

// Where `text` stands in `raw` as a whole JSON string, byte for byte (ASCII, nothing escaped), outside
// [takenFrom, takenTo); -1 when it does not.
qsizetype findVerbatim(const QByteArray &raw, const QString &text, qsizetype takenFrom, qsizetype takenTo)
{
    if (text.isEmpty())
        return -1;
    QByteArray needle;
    needle.reserve(text.size() + 2);
    needle.append('"');
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return -1;
        needle.append(char(c.unicode()));
    }
    needle.append('"');
    for (qsizetype at = raw.indexOf(needle); at >= 0; at = raw.indexOf(needle, at + 1)) {
        const qsizetype from = at + 1;
        if (from + text.size() <= takenFrom || from >= takenTo)
            return from;
    }
    return -1;
}

} // namespace

EndpointWords EndpointWords::of(const Endpoint &e)
{
    EndpointWords words;
    words.provider = e.provider;
    words.account = e.account;
    words.events = e.events;
    words.providerStatus = e.providerStatus;
    words.scope = e.scope;
    words.secretType = e.secretType;
    words.environment = e.environment;
    return words;
}

void EndpointWords::fill()
{
    accountKey = SortKey::of(account);
    eventsText = EndpointFilter::eventsText(events);
    eventsKey = SortKey::of(eventsText);
}

bool EndpointWords::operator==(const EndpointWords &o) const
{
    if (provider != o.provider || !sameText(account, o.account) ||
        !sameText(providerStatus, o.providerStatus) || !sameText(scope, o.scope) ||
        !sameText(secretType, o.secretType) || !sameText(environment, o.environment) ||
        events.size() != o.events.size())
        return false;
    for (qsizetype i = 0; i < events.size(); ++i)
        if (!sameText(events.at(i), o.events.at(i)))
            return false;
    return true;
}

size_t EndpointWordsHash::operator()(const EndpointWords &w) const noexcept
{
    // Seeded per process: account names, event names and some words come from servers.
    return qHashMulti(QHashSeed::globalSeed(), int(w.provider), w.account, w.providerStatus, w.scope,
                      w.secretType, w.environment, w.events);
}

void EndpointRow::Deleter::operator()(EndpointRow *row) const
{
    row->~EndpointRow();
    ::operator delete(row);
}

EndpointRow::Ptr EndpointRow::make(const Endpoint &e, const EndpointWords *words)
{
    static_assert(sizeof(EndpointRow) % alignof(QDateTime) == 0, "the dates follow the fixed part");
    static_assert(sizeof(QDateTime) % alignof(char16_t) == 0, "the texts follow the dates");
    const QString urlKey = SortKey::of(e.url);
    const QString idKey = SortKey::of(e.id);
    const QString descriptionKey = SortKey::of(e.description);
    // A key equal to its text is not stored again.
    const std::array<const QString *, TextCount> texts{
        &e.url,         urlKey == e.url ? nullptr : &urlKey,
        &e.id,          idKey == e.id ? nullptr : &idKey,
        &e.description, descriptionKey == e.description ? nullptr : &descriptionKey};
    qsizetype units = 0;
    for (const QString *text : texts)
        units += text ? text->size() : 0;
    // The raw JSON repeats the URL and the id verbatim: they are kept once, in the texts, and spliced
    // back into the bytes when the Endpoint is put together again (raw()).
    const qsizetype urlAt = findVerbatim(e.raw, e.url, 0, 0);
    const qsizetype idAt = findVerbatim(e.raw, e.id, urlAt, urlAt < 0 ? 0 : urlAt + e.url.size());
    std::array<std::pair<qsizetype, qsizetype>, 2> cuts{{{urlAt, e.url.size()}, {idAt, e.id.size()}}};
    if (cuts[1].first < cuts[0].first)
        std::swap(cuts[0], cuts[1]);
    qsizetype rawSize = e.raw.size();
    for (const auto &[at, size] : cuts)
        rawSize -= at < 0 ? 0 : size;
    const std::array<const QDateTime *, DateCount> dates{
        &e.createdAt,     &e.updatedAt,  &e.lastDeliveryAt, &e.lastSuccessAt,
        &e.lastFailureAt, &e.disabledAt, &e.verifiedAt};
    quint8 present = 0;
    for (int d = 0; d < DateCount; ++d) // a default QDateTime is not stored
        if (!dates[size_t(d)]->isNull() || dates[size_t(d)]->timeSpec() != Qt::LocalTime)
            present |= quint8(1 << d);
    const size_t tail = size_t(qPopulationCount(present)) * sizeof(QDateTime) +
                        size_t(units) * sizeof(char16_t) + size_t(rawSize);
    Ptr row(new (::operator new(sizeof(EndpointRow) + tail)) EndpointRow);
    QDateTime *stored = row->dates();
    for (int d = 0; d < DateCount; ++d)
        if (present & (1 << d))
            new (stored++) QDateTime(*dates[size_t(d)]);
    row->m_datesPresent = present; // after the dates: the destructor destroys this many

    auto *chars = reinterpret_cast<QChar *>(stored);
    quint32 end = 0;
    for (int t = 0; t < TextCount; ++t) {
        if (const QString *text = texts[size_t(t)]) {
            std::copy(text->cbegin(), text->cend(), chars + end);
            end += quint32(text->size());
        }
        row->m_textEnd[size_t(t)] = end;
    }
    char *raw = reinterpret_cast<char *>(chars + end);
    qsizetype done = 0;
    for (const auto &[at, size] : cuts) {
        if (at < 0)
            continue;
        raw = std::copy(e.raw.cbegin() + done, e.raw.cbegin() + at, raw);
        done = at + size;
    }
    std::copy(e.raw.cbegin() + done, e.raw.cend(), raw);
    row->m_rawSize = quint32(rawSize);
    row->m_rawCutAt = {urlAt < 0 ? NoCut : quint32(urlAt), idAt < 0 ? NoCut : quint32(idAt)};

    row->m_words = words;
    if (!e.disabledReason.isNull() || !e.metadata.isEmpty())
        row->m_rare.reset(new Rare{e.disabledReason, e.metadata});
    row->m_failureCount = e.failureCount;
    row->m_lastDeliveryStatus = e.lastDeliveryStatus;
    const std::pair<bool, Flag> flags[] = {{e.enabled, Enabled},
                                           {e.hasSecret, HasSecret},
                                           {e.url.isNull(), UrlNull},
                                           {e.id.isNull(), IdNull},
                                           {e.description.isNull(), DescriptionNull},
                                           {e.raw.isNull(), RawNull},
                                           {!texts[UrlKey], UrlKeyIsText},
                                           {!texts[IdKey], IdKeyIsText},
                                           {!texts[DescriptionKey], DescriptionKeyIsText}};
    for (const auto &[set, flag] : flags)
        if (set)
            row->m_flags |= flag;
    const HealthInfo health = HealthRules::evaluate(e);
    row->m_health = quint8(int(health.health) | int(health.disabledBy) << DisabledByShift);
    row->m_sinceMs = health.health != Health::Active && health.since.isValid()
                         ? health.since.toMSecsSinceEpoch()
                         : NoSince;
    const QDateTime last = row->lastDelivery();
    row->m_lastDeliveryMs = last.isValid() ? last.toMSecsSinceEpoch() : NeverDelivered;
    return row;
}

EndpointRow::~EndpointRow()
{
    QDateTime *stored = dates();
    for (int i = dateCount() - 1; i >= 0; --i)
        stored[i].~QDateTime();
}

const QDateTime &EndpointRow::date(Date date) const
{
    static const QDateTime none;
    const int bit = 1 << date;
    return m_datesPresent & bit ? dates()[qPopulationCount(quint8(m_datesPresent & (bit - 1)))] : none;
}

QDateTime EndpointRow::lastDelivery() const
{
    return Endpoint::lastDeliveryOf(date(LastDeliveryAt), date(LastSuccessAt), date(LastFailureAt));
}

QDateTime EndpointRow::since() const
{
    return m_sinceMs == NoSince ? QDateTime() : QDateTime::fromMSecsSinceEpoch(m_sinceMs, Qt::UTC);
}

Endpoint EndpointRow::toEndpoint(Raw withRaw) const
{
    Endpoint e;
    const EndpointWords &w = *m_words;
    e.provider = w.provider;
    e.enabled = has(Enabled);
    e.hasSecret = has(HasSecret);
    e.failureCount = m_failureCount;
    e.lastDeliveryStatus = m_lastDeliveryStatus;
    e.account = w.account;
    e.id = idText();
    e.url = urlText();
    e.events = w.events;
    e.description = descriptionText();
    e.scope = w.scope;
    e.secretType = w.secretType;
    e.environment = w.environment;
    e.providerStatus = w.providerStatus;
    if (m_rare) {
        e.metadata = m_rare->metadata;
        e.disabledReason = m_rare->disabledReason;
    }
    e.createdAt = date(CreatedAt);
    e.updatedAt = date(UpdatedAt);
    e.lastDeliveryAt = date(LastDeliveryAt);
    e.lastSuccessAt = date(LastSuccessAt);
    e.lastFailureAt = date(LastFailureAt);
    e.disabledAt = date(DisabledAt);
    e.verifiedAt = date(VerifiedAt);
    if (withRaw == Raw::Include)
        e.raw = raw();
    return e;
}

QByteArray EndpointRow::raw() const
{
    if (has(RawNull))
        return {};
    std::array<std::pair<quint32, Text>, 2> cuts{{{m_rawCutAt[0], Url}, {m_rawCutAt[1], Id}}};
    if (cuts[1].first < cuts[0].first)
        std::swap(cuts[0], cuts[1]);
    QByteArray raw;
    raw.reserve(qsizetype(m_rawSize) + url().size() + id().size());
    const char *stored = reinterpret_cast<const char *>(chars() + m_textEnd[TextCount - 1]);
    qsizetype done = 0;     // stored bytes copied
    qsizetype restored = 0; // text bytes put back
    for (const auto &[at, text] : cuts) {
        if (at == NoCut)
            continue;
        const qsizetype upTo = qsizetype(at) - restored; // where the text was cut from the stored bytes
        raw.append(stored + done, upTo - done);
        for (const QChar c : slice(text))
            raw.append(char(c.unicode())); // ASCII: it was found byte for byte
        done = upTo;
        restored += slice(text).size();
    }
    raw.append(stored + done, qsizetype(m_rawSize) - done);
    return raw.isNull() ? QByteArray("", 0) : raw; // empty, not null, as it was
}
