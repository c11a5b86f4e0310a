#pragma once

#include "core/endpoint.h"
#include "core/endpointfilter.h"
#include "core/health.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtAlgorithms>

#include <array>
#include <limits>
#include <memory>

// What many endpoints have in common: the account, the provider's words and the event list, with the
// texts derived from them. The table interns these, one copy per combination; rows point at it.
struct EndpointWords
{
    ProviderId provider = ProviderId::OpenTrain;
    QString account;
    QStringList events;
    QString providerStatus;
    QString scope;
    QString secretType;
    QString environment;
    // Derived once per combination (fill()).
    QString accountKey; // SortKey::of(account)
    QString eventsText; // EndpointFilter::eventsText(events)
    QString eventsKey;  // SortKey::of(eventsText)

    static EndpointWords of(const Endpoint &endpoint); // the source fields only
    void fill();
    // On the source fields; null and empty stay apart, so an endpoint comes back exactly as it was.
    bool operator==(const EndpointWords &other) const;
};

struct EndpointWordsHash
{
    size_t operator()(const EndpointWords &words) const noexcept;
};

// One endpoint as the table keeps it (100k of them stay in memory), in one allocation: the fixed part,
// then the dates the endpoint has (a provider fills 1 to 5 of the 7), then the texts and the sort keys
// that differ from them as UTF-16 side by side, then the raw JSON bytes without the URL and the id
// where they stand verbatim (they are in the texts already). Sorting
// and filtering read the keys in place; the Endpoint is put back together on demand, exactly.
class EndpointRow
{
public:
    struct Deleter
    {
        void operator()(EndpointRow *row) const;
    };
    using Ptr = std::unique_ptr<EndpointRow, Deleter>;

    static constexpr qint64 NeverDelivered = std::numeric_limits<qint64>::min(); // sorts before every date
    static constexpr qint64 NoSince = NeverDelivered;

    // `words` is the interned EndpointWords::of(endpoint) and must outlive the row.
    static Ptr make(const Endpoint &endpoint, const EndpointWords *words);
    // Raw: the raw reply, rebuilt from the row (two thirds of the cost); an export never writes it.
    enum class Raw
    {
        Include,
        Omit
    };
    Endpoint toEndpoint(Raw withRaw = Raw::Include) const;

    const EndpointWords &words() const { return *m_words; }
    QStringView url() const { return slice(Url); }
    QStringView id() const { return slice(Id); }
    QStringView urlKey() const { return slice(has(UrlKeyIsText) ? Url : UrlKey); }
    QStringView idKey() const { return slice(has(IdKeyIsText) ? Id : IdKey); }
    QStringView descriptionKey() const
    {
        return slice(has(DescriptionKeyIsText) ? Description : DescriptionKey);
    }
    // What the text filter searches (EndpointFilter::Field order), in place.
    EndpointFilter::Keys filterKeys() const
    {
        return {urlKey(), descriptionKey(), QStringView(m_words->eventsKey), idKey()};
    }
    // As QStrings, null when the endpoint's was null.
    QString urlText() const { return text(Url, UrlNull); }
    QString idText() const { return text(Id, IdNull); }
    QString descriptionText() const { return text(Description, DescriptionNull); }

    Health health() const { return Health(m_health & HealthMask); }
    DisabledBy disabledBy() const { return DisabledBy(m_health >> DisabledByShift); }
    // HealthInfo::since of a failing or disabled endpoint (the last failure: no provider documents the first
    // one; or when it was disabled); NoSince for an active one.
    qint64 sinceMs() const { return m_sinceMs; }
    QDateTime since() const;
    int failureCount() const { return m_failureCount; }
    int lastDeliveryStatus() const { return m_lastDeliveryStatus; }
    // lastDeliveryAt, or the newer of last success / last failure; invalid when never.
    QDateTime lastDelivery() const;
    qint64 lastDeliveryMs() const { return m_lastDeliveryMs; } // of lastDelivery(); NeverDelivered when never

private:
    enum Text
    {
        Url,
        UrlKey,
        Id,
        IdKey,
        Description,
        DescriptionKey,
        TextCount
    };
    enum Date
    {
        CreatedAt,
        UpdatedAt,
        LastDeliveryAt,
        LastSuccessAt,
        LastFailureAt,
        DisabledAt,
        VerifiedAt,
        DateCount
    };
    enum Flag : quint16
    {
        Enabled = 1 << 0,
        HasSecret = 1 << 1,
        UrlNull = 1 << 2, // null and empty texts stay apart, as in the Endpoint
        IdNull = 1 << 3,
        DescriptionNull = 1 << 4,
        RawNull = 1 << 5,
        UrlKeyIsText = 1 << 6, // the key equals the text (lower-case ASCII, the usual case): stored once
        IdKeyIsText = 1 << 7,
        DescriptionKeyIsText = 1 << 8,
    };
    static constexpr quint8 HealthMask = 0x3; // m_health: Health in bits 0-1, DisabledBy in bits 2-3
    static constexpr int DisabledByShift = 2;
    static constexpr quint32 NoCut = std::numeric_limits<quint32>::max();
    // Free text few endpoints have.
    struct Rare
    {
        QString disabledReason;
        QMap<QString, QString> metadata;
    };

    EndpointRow() = default;
    ~EndpointRow();
    bool has(Flag flag) const { return m_flags & flag; }
    QDateTime *dates() const { return reinterpret_cast<QDateTime *>(const_cast<EndpointRow *>(this + 1)); }
    int dateCount() const { return qPopulationCount(m_datesPresent); }
    const QDateTime &date(Date date) const;
    const QChar *chars() const { return reinterpret_cast<const QChar *>(dates() + dateCount()); }
    QStringView slice(Text text) const
    {
        const quint32 begin = text == 0 ? 0 : m_textEnd[size_t(text) - 1];
        return QStringView(chars() + begin, qsizetype(m_textEnd[size_t(text)] - begin));
    }
    QString text(Text text, Flag null) const { return has(null) ? QString() : slice(text).toString(); }
    QByteArray raw() const;

    const EndpointWords *m_words = nullptr;
    std::unique_ptr<Rare> m_rare; // null when the endpoint has neither a disabled reason nor metadata
    qint64 m_lastDeliveryMs = NeverDelivered;
    qint64 m_sinceMs = NoSince; // HealthInfo::since, for the Since column
    int m_failureCount = 0;
    int m_lastDeliveryStatus = 0;
    std::array<quint32, TextCount> m_textEnd{}; // in UTF-16 units from the start of the tail
    quint32 m_rawSize = 0;                      // as stored, without the cut texts
    // Where the URL and the id stood in the raw JSON, cut out of the stored bytes (NoCut: not).
    std::array<quint32, 2> m_rawCutAt{NoCut, NoCut};
    quint16 m_flags = 0;
    quint8 m_health = 0;       // a Health and a DisabledBy, in one byte
    quint8 m_datesPresent = 0; // bit per Date: stored after the fixed part, in Date order
};
