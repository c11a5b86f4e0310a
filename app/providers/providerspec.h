#pragma once

#include "providers/providerid.h"

#include <QList>
#include <QString>
#include <QStringList>

// How a provider pages its list call. The seed pages are silent on listing; each descriptor
// writes down the choice and the sandbox implements the same one.
struct PagingSpec
{
    enum class Style
    {
        CursorToken,     // ?<cursorParam>=<token>; the reply's <nextKey> holds the next token or null
        StartingAfterId, // Stripe style: ?starting_after=<last id>; the reply's <nextKey> is has_more
        PageNumber       // ?<cursorParam>=<n> (1-based); the reply's <nextKey> holds the total count
    };
    Style style = Style::CursorToken;
    QString itemsKey;    // key of the array in the list reply
    QString limitParam;  // page size parameter
    QString cursorParam; // cursor / starting_after / page parameter
    QString nextKey;     // see Style
    int pageSize = 100;
};

// How `enabled` is written on the wire: a status word pair or a boolean.
struct EnabledSpec
{
    enum class Kind
    {
        None, // the provider has no on/off switch (Atoa)
        StatusWord,
        Boolean
    };
    Kind kind = Kind::None;
    QString key;           // "status" / "is_active"
    QString activeWord;    // "ACTIVE" / "active"
    QString inactiveWord;  // "DISABLED" / "paused"
    QStringList autoWords; // words only the provider sets: "auto_paused"
};

// The URL rule a provider documents.
enum class UrlRule
{
    HttpsOrLoopbackHttp, // https, or http for localhost only
    HttpsOnly            // "must start with https://"
};

// How a cleared description is written.
enum class ClearText
{
    Null,       // Layers: "pass null to clear"
    EmptyString // the others, which document no null
};

// Which write-only secret a provider takes, if any.
enum class SecretKind
{
    None,
    SecretString,        // Diligent `secret`: value replaces, "" removes
    AuthenticationObject // Atoa `authentication`: object replaces, null removes
};

// Reply keys that carry the read-only facts behind the health badge. Empty = not provided.
struct ReadKeys
{
    QString id = QStringLiteral("id");
    QString failureCount;
    QString createdAt;
    QString updatedAt;
    QString lastDeliveryAt;
    QString lastDeliveryStatus;
    QString lastSuccessAt;
    QString lastFailureAt;
    QString disabledAt;
    QString disabledReason;
    QString verifiedAt;
    QString hasSecret;
    QString secretType;
    QString environment;
    QString derivedStatus; // Diligent's derived `status`
};

// How the fields of a reply are typed, from the page (or chosen where the page is silent). The codec
// refuses what these forbid, naming the field: a wrong type is never read as a default.
// Types follow from the field's role (ids, URLs and words are strings, counts non-negative integers,
// times RFC 3339 date-times, switches booleans or the status words of EnabledSpec); these lists say
// the rest.
struct ReplyRules
{
    QStringList required;               // absent is an error (otherwise absent = unknown, shown empty)
    QStringList nullable;               // null allowed (otherwise null is an error)
    QStringList derivedStatusValues;    // the enum of ReadKeys::derivedStatus
    bool descriptionMaxApplies = false; // the page states descriptionMax for the reply too
};

// One provider's API, described as data. Code reads this; only what data cannot say is code.
struct ProviderSpec
{
    ProviderId id;
    QString key;         // "opentrain", used by the CLI and settings
    QString displayName; // "OpenTrain"
    QString defaultBaseUrl;
    QString collectionPath;      // list: GET <base><collectionPath>
    QString itemPath;            // get/update: <base><itemPath> with {id} replaced (percent-encoded)
    QByteArray updateMethod;     // "PATCH" or "PUT"
    QByteArray authHeader;       // "Authorization" or "X-API-KEY"
    QByteArray authPrefix;       // "Bearer " or ""
    bool idempotencyKey = false; // sends Idempotency-Key (UUID) on updates
    QString itemWrapperKey;      // OpenTrain wraps single objects: {"webhookEndpoint": {...}}
    PagingSpec paging;

    // Writable fields: an empty key means the provider does not have the field.
    QString urlKey;
    bool urlWritable = true;
    UrlRule urlRule = UrlRule::HttpsOrLoopbackHttp;
    QString eventsKey;
    bool eventsAlwaysSent = false; // Atoa's PUT needs the complete events list every time
    bool eventsAsObjects = false;  // Atoa returns [{"event", "label"}]
    int eventsMin = 0;
    int eventsMax = 0;             // 0 = no documented maximum
    bool eventsClosedEnum = false; // true: only knownEvents are accepted
    QStringList knownEvents;       // the enum, or the documented examples used as suggestions
    QString descriptionKey;
    int descriptionMax = 0; // 0 = no documented maximum
    ClearText descriptionClear = ClearText::EmptyString;
    EnabledSpec enabled;
    QString metadataKey; // Layers: merged per key
    QString scopeKey;
    QStringList scopeValues;
    SecretKind secretKind = SecretKind::None;
    QString secretKey;
    QStringList authenticationMethods; // Atoa: each method's field names, "|"-separated per method
    QStringList authenticationTypes;   // Atoa: the type the API reports for each method, same order
    ReadKeys read;
    ReplyRules reply;

    bool hasDescription() const { return !descriptionKey.isEmpty(); }
    bool hasEnabled() const { return enabled.kind != EnabledSpec::Kind::None; }
    bool hasMetadata() const { return !metadataKey.isEmpty(); }
    bool hasScope() const { return !scopeKey.isEmpty(); }
    bool hasSecret() const { return secretKind != SecretKind::None; }
    QString itemPathFor(const QString &endpointId) const;
};

namespace Providers {
const ProviderSpec &spec(ProviderId id);
const QList<ProviderId> &all();
// "opentrain" → OpenTrain; false when unknown (case-insensitive).
bool fromKey(const QString &key, ProviderId *out);
QStringList keys();
} // namespace Providers
