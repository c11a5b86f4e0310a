#include "providers/providerspec.h"

#include <QUrl>

// The five descriptors. Everything marked "chosen" is a point the provider's page is silent on:
// the choice is written here once, and the sandbox implements the same choice.

namespace {

ProviderSpec openTrain()
{
    ProviderSpec s;
    s.id = ProviderId::OpenTrain;
    s.key = QStringLiteral("opentrain");
    s.displayName = QStringLiteral("OpenTrain");
    s.defaultBaseUrl = QStringLiteral("https://app.opentrain.ai");
    s.collectionPath = QStringLiteral("/api/partner/v1/webhook-endpoints");
    s.itemPath = QStringLiteral("/api/partner/v1/webhook-endpoints/{id}");
    s.updateMethod = "PATCH";
    s.authHeader = "Authorization";
    s.authPrefix = "Bearer ";
    s.itemWrapperKey = QStringLiteral("webhookEndpoint");
    // chosen: {"webhookEndpoints": [...], "nextCursor": "..."|null}, ?limit=&cursor=
    s.paging = {PagingSpec::Style::CursorToken, QStringLiteral("webhookEndpoints"), QStringLiteral("limit"),
                QStringLiteral("cursor"),       QStringLiteral("nextCursor"),       100};
    s.urlKey = QStringLiteral("url");
    s.urlRule = UrlRule::HttpsOrLoopbackHttp;
    s.eventsKey = QStringLiteral("eventTypes");
    s.eventsMin = 1; // "at least one"
    s.knownEvents = {QStringLiteral("contract.started"),   QStringLiteral("contract.ended"),
                     QStringLiteral("contract.paused"),    QStringLiteral("timesheet.submitted"),
                     QStringLiteral("timesheet.approved"), QStringLiteral("payment.sent")};
    s.enabled = {EnabledSpec::Kind::StatusWord,
                 QStringLiteral("status"),
                 QStringLiteral("ACTIVE"),
                 QStringLiteral("DISABLED"),
                 {}};
    s.read.failureCount = QStringLiteral("consecutiveFailures");
    s.read.createdAt = QStringLiteral("createdAt");
    s.read.disabledAt = QStringLiteral("disabledAt");
    s.read.disabledReason = QStringLiteral("disabledReason");
    // The page's GET shape {id, url, eventTypes, status, createdAt, consecutiveFailures, disabledAt,
    // disabledReason}, the last two null in its example; status is ACTIVE or DISABLED.
    s.reply.required = {s.read.id, s.enabled.key};
    s.reply.nullable = {s.read.disabledAt, s.read.disabledReason};
    return s;
}

ProviderSpec layers()
{
    ProviderSpec s;
    s.id = ProviderId::Layers;
    s.key = QStringLiteral("layers");
    s.displayName = QStringLiteral("Layers");
    s.defaultBaseUrl = QStringLiteral("https://api.layers.com");
    s.collectionPath = QStringLiteral("/v1/webhook-endpoints");
    s.itemPath = QStringLiteral("/v1/webhook-endpoints/{id}");
    s.updateMethod = "PATCH";
    s.authHeader = "Authorization";
    s.authPrefix = "Bearer ";
    s.idempotencyKey = true;
    // chosen, Stripe style: {"object":"list","data":[...],"has_more":bool}, ?limit=&starting_after=<id>
    s.paging = {PagingSpec::Style::StartingAfterId, QStringLiteral("data"),     QStringLiteral("limit"),
                QStringLiteral("starting_after"),   QStringLiteral("has_more"), 100};
    s.urlKey = QStringLiteral("url");
    s.urlRule = UrlRule::HttpsOrLoopbackHttp; // "HTTPS required in prod"
    s.eventsKey = QStringLiteral("events");
    s.eventsMin = 1;
    s.eventsMax = 50;
    s.knownEvents = {QStringLiteral("job.completed"),    QStringLiteral("job.failed"),
                     QStringLiteral("content.approved"), QStringLiteral("content.rejected"),
                     QStringLiteral("post.published"),   QStringLiteral("post.failed"),
                     QStringLiteral("account.updated")};
    s.descriptionKey = QStringLiteral("description");
    s.descriptionClear = ClearText::Null; // "pass null to clear"
    s.enabled = {EnabledSpec::Kind::StatusWord,
                 QStringLiteral("status"),
                 QStringLiteral("active"),
                 QStringLiteral("paused"),
                 {QStringLiteral("auto_paused")}};
    s.metadataKey = QStringLiteral("metadata");
    s.scopeKey = QStringLiteral("scope");
    s.scopeValues = {QStringLiteral("own"), QStringLiteral("all_children")};
    s.read.failureCount = QStringLiteral("consecutiveFailureCount");
    s.read.createdAt = QStringLiteral("createdAt");
    s.read.updatedAt = QStringLiteral("updatedAt");
    s.read.lastDeliveryAt = QStringLiteral("lastDeliveryAt");
    s.read.lastDeliveryStatus = QStringLiteral("lastDeliveryStatus");
    s.read.disabledAt = QStringLiteral("pausedAt");
    s.read.disabledReason = QStringLiteral("pausedReason");
    // The page: description string | null, metadata object | null, status active | paused (and the
    // dispatcher's auto_paused), scope own | all_children. Chosen (the page shows no reply): the
    // delivery facts and the pause are null until there are any.
    s.reply.required = {s.read.id, s.enabled.key};
    s.reply.nullable = {s.descriptionKey,          s.metadataKey,     s.read.lastDeliveryAt,
                        s.read.lastDeliveryStatus, s.read.disabledAt, s.read.disabledReason};
    return s;
}

ProviderSpec optimalDial()
{
    ProviderSpec s;
    s.id = ProviderId::OptimalDial;
    s.key = QStringLiteral("optimaldial");
    s.displayName = QStringLiteral("OptimalDial");
    s.defaultBaseUrl = QStringLiteral("https://api.optimaldial.com");
    s.collectionPath = QStringLiteral("/api/v1/webhooks");
    s.itemPath = QStringLiteral("/api/v1/webhooks/{id}");
    s.updateMethod = "PATCH";
    s.authHeader = "Authorization";
    s.authPrefix = "Bearer ";
    // chosen: {"data":[...],"page":n,"per_page":k,"total":t}, ?page=&per_page=
    s.paging = {PagingSpec::Style::PageNumber, QStringLiteral("data"),  QStringLiteral("per_page"),
                QStringLiteral("page"),        QStringLiteral("total"), 100};
    s.urlKey = QStringLiteral("url");
    s.urlRule = UrlRule::HttpsOrLoopbackHttp;
    s.eventsKey = QStringLiteral("events");
    s.eventsClosedEnum = true;
    s.knownEvents = {QStringLiteral("upload.created"), QStringLiteral("upload.completed"),
                     QStringLiteral("upload.failed")};
    s.descriptionKey = QStringLiteral("description");
    s.descriptionMax = 500;
    s.enabled = {EnabledSpec::Kind::Boolean, QStringLiteral("is_active"), {}, {}, {}};
    s.read.failureCount = QStringLiteral("consecutive_failures");
    s.read.createdAt = QStringLiteral("created_at");
    s.read.updatedAt = QStringLiteral("updated_at");
    s.read.lastSuccessAt = QStringLiteral("last_success_at");
    s.read.lastFailureAt = QStringLiteral("last_failure_at");
    s.read.disabledAt = QStringLiteral("disabled_at");
    s.read.verifiedAt = QStringLiteral("verified_at");
    // The page's response schema: these are required (consecutive_failures >= 0); description
    // (maxLength 500) and the four times are "| null". user_id and organization_id are not read.
    s.reply.required = {s.read.id,           s.urlKey,         s.eventsKey,     s.enabled.key,
                        s.read.failureCount, s.read.createdAt, s.read.updatedAt};
    s.reply.nullable = {s.descriptionKey, s.read.verifiedAt, s.read.lastSuccessAt, s.read.lastFailureAt,
                        s.read.disabledAt};
    s.reply.descriptionMaxApplies = true;
    return s;
}

ProviderSpec diligent()
{
    ProviderSpec s;
    s.id = ProviderId::Diligent;
    s.key = QStringLiteral("diligent");
    s.displayName = QStringLiteral("Diligent");
    s.defaultBaseUrl = QStringLiteral("https://api.godiligent.ai");
    s.collectionPath = QStringLiteral("/webhooks");
    s.itemPath = QStringLiteral("/webhooks/{id}");
    s.updateMethod = "PATCH";
    s.authHeader = "X-API-KEY";
    s.authPrefix = "";
    // chosen: {"webhooks":[...],"next_cursor":"..."|null}, ?limit=&cursor=
    s.paging = {PagingSpec::Style::CursorToken, QStringLiteral("webhooks"),    QStringLiteral("limit"),
                QStringLiteral("cursor"),       QStringLiteral("next_cursor"), 100};
    s.urlKey = QStringLiteral("webhook_url");
    s.urlRule = UrlRule::HttpsOnly; // "Must start with https://"
    s.eventsKey = QStringLiteral("events");
    s.eventsClosedEnum = true;
    s.knownEvents = {QStringLiteral("cdd_state_changed"),    QStringLiteral("monitoring_alert_fired"),
                     QStringLiteral("cdd_document_fetched"), QStringLiteral("search_completed"),
                     QStringLiteral("alert_remediated"),     QStringLiteral("flow_run_completed"),
                     QStringLiteral("flow_run_failed")};
    s.enabled = {EnabledSpec::Kind::Boolean, QStringLiteral("is_active"), {}, {}, {}};
    s.secretKind = SecretKind::SecretString;
    s.secretKey = QStringLiteral("secret");
    s.read.lastDeliveryAt = QStringLiteral("last_delivery_at");
    s.read.lastDeliveryStatus = QStringLiteral("last_delivery_status");
    s.read.hasSecret = QStringLiteral("has_secret");
    s.read.derivedStatus = QStringLiteral("status");
    // The page's response schema: status is active | failing | disabled; only last_delivery_at and
    // last_delivery_status are "| null". Chosen: is_active and has_secret are required, because the
    // switch and whether there is a secret to remove cannot be guessed.
    s.reply.required = {s.read.id, s.enabled.key, s.read.hasSecret};
    s.reply.nullable = {s.read.lastDeliveryAt, s.read.lastDeliveryStatus};
    s.reply.derivedStatusValues = {QStringLiteral("active"), QStringLiteral("failing"),
                                   QStringLiteral("disabled")};
    return s;
}

ProviderSpec atoa()
{
    ProviderSpec s;
    s.id = ProviderId::Atoa;
    s.key = QStringLiteral("atoa");
    s.displayName = QStringLiteral("Atoa");
    s.defaultBaseUrl = QStringLiteral("https://api.atoa.me");
    s.collectionPath = QStringLiteral("/api/webhook/v2/endpoints");
    s.itemPath = QStringLiteral("/api/webhook/v2/endpoints/{id}");
    s.updateMethod = "PUT";
    s.authHeader = "Authorization";
    s.authPrefix = "Bearer ";
    // chosen: {"data":[...],"page":n,"limit":k,"total":t}, ?page=&limit=
    s.paging = {PagingSpec::Style::PageNumber, QStringLiteral("data"),  QStringLiteral("limit"),
                QStringLiteral("page"),        QStringLiteral("total"), 100};
    s.urlKey = QStringLiteral("url");
    s.urlWritable = false; // "The endpoint URL cannot be changed after creation"
    s.eventsKey = QStringLiteral("events");
    s.eventsAlwaysSent = true;
    s.eventsAsObjects = true;
    s.eventsMin = 1;
    s.knownEvents = {QStringLiteral("PAYMENTS_STATUS"), QStringLiteral("REFUND_STATUS"),
                     QStringLiteral("EXPIRED_STATUS")};
    s.descriptionKey = QStringLiteral("description");
    s.descriptionMax = 100;
    s.secretKind = SecretKind::AuthenticationObject;
    s.secretKey = QStringLiteral("authentication");
    // chosen: the page names two methods without their fields; we use Basic (username, password)
    // and a custom header (headerName, headerValue). Fields of the two are never mixed.
    s.authenticationMethods = {QStringLiteral("username|password"), QStringLiteral("headerName|headerValue")};
    s.authenticationTypes = {QStringLiteral("BASIC"), QStringLiteral("HEADER")};
    s.read.failureCount = QStringLiteral("failureCount");
    s.read.lastDeliveryAt = QStringLiteral("lastDeliveredAt");
    s.read.hasSecret = QStringLiteral("hasAuthentication");
    s.read.secretType = QStringLiteral("authenticationType");
    s.read.environment = QStringLiteral("environment");
    s.read.createdAt = QStringLiteral("createdAt");
    // The page's example: authenticationType null when there is none. Chosen: lastDeliveredAt is null
    // before the first delivery; hasAuthentication is required (whether there is one to remove).
    s.reply.required = {s.read.id, s.read.hasSecret};
    s.reply.nullable = {s.read.secretType, s.read.lastDeliveryAt};
    return s;
}

struct Registry
{
    QList<ProviderSpec> specs{openTrain(), layers(), optimalDial(), diligent(), atoa()};
    QList<ProviderId> ids = idsOf(specs);

    static QList<ProviderId> idsOf(const QList<ProviderSpec> &specs)
    {
        QList<ProviderId> result;
        for (const ProviderSpec &s : specs)
            result << s.id;
        return result;
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}

} // namespace

QString ProviderSpec::itemPathFor(const QString &endpointId) const
{
    // The ID is untrusted: percent-encode it so it stays one path segment.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(endpointId));
    QString path = itemPath;
    return path.replace(QLatin1String("{id}"), encoded);
}

namespace Providers {

const ProviderSpec &spec(ProviderId id)
{
    // By id, not by position: the list need not follow the enum.
    for (const ProviderSpec &s : registry().specs) {
        if (s.id == id)
            return s;
    }
    qFatal("Providers::spec: no description for provider %d", static_cast<int>(id));
    Q_UNREACHABLE();
}

const QList<ProviderId> &all()
{
    return registry().ids;
}

bool fromKey(const QString &key, ProviderId *out)
{
    for (const ProviderSpec &s : registry().specs) {
        if (s.key.compare(key, Qt::CaseInsensitive) == 0) {
            if (out)
                *out = s.id;
            return true;
        }
    }
    return false;
}

QStringList keys()
{
    QStringList result;
    for (const ProviderSpec &s : registry().specs)
        result << s.key;
    return result;
}

} // namespace Providers
