#include "sandbox/sandboxseed.h"

#include "providers/providerspec.h"
#include "sandbox/sandboxdialect.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

#include <QHash>
#include <QJsonArray>

#include <limits>

namespace {

QJsonValue str(const char *s)
{
    return s ? QJsonValue(QString::fromLatin1(s)) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(std::initializer_list<const char *> items)
{
    QJsonArray a;
    for (const char *s : items)
        a.append(QString::fromLatin1(s));
    return a;
}

QJsonObject openTrain(QLatin1String id, const char *url, QJsonArray events, const char *status, int failures,
                      const char *createdAt, const char *disabledAt, const char *reason)
{
    return {{QStringLiteral("id"), QString(id)},
            {QStringLiteral("url"), str(url)},
            {QStringLiteral("eventTypes"), events},
            {QStringLiteral("status"), str(status)},
            {QStringLiteral("createdAt"), str(createdAt)},
            {QStringLiteral("consecutiveFailures"), failures},
            {QStringLiteral("disabledAt"), str(disabledAt)},
            {QStringLiteral("disabledReason"), str(reason)}};
}

struct LayersSeed
{
    QLatin1String id;
    const char *url;
    QJsonArray events;
    const char *description;
    QJsonObject metadata;
    const char *status;
    const char *scope;
    int failures;
    const char *createdAt;
    const char *lastDeliveryAt;
    int lastDeliveryStatus; // 0 = never
    const char *pausedAt;
    const char *pausedReason;
};

QJsonObject layers(const LayersSeed &s)
{
    return {{QStringLiteral("id"), QString(s.id)},
            {QStringLiteral("url"), str(s.url)},
            {QStringLiteral("events"), s.events},
            {QStringLiteral("description"), str(s.description)},
            {QStringLiteral("metadata"), s.metadata},
            {QStringLiteral("status"), str(s.status)},
            {QStringLiteral("scope"), str(s.scope)},
            {QStringLiteral("consecutiveFailureCount"), s.failures},
            {QStringLiteral("createdAt"), str(s.createdAt)},
            {QStringLiteral("updatedAt"), str(s.createdAt)},
            {QStringLiteral("lastDeliveryAt"), str(s.lastDeliveryAt)},
            {QStringLiteral("lastDeliveryStatus"),
             s.lastDeliveryStatus ? QJsonValue(s.lastDeliveryStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("pausedAt"), str(s.pausedAt)},
            {QStringLiteral("pausedReason"), str(s.pausedReason)}};
}

struct OptimalDialSeed
{
    QLatin1String id;
    const char *url;
    QJsonArray events;
    bool active;
    int failures;
    const char *createdAt;
    const char *description;
    const char *verifiedAt;
    const char *lastSuccessAt;
    const char *lastFailureAt;
    const char *disabledAt;
};

QJsonObject optimalDial(const OptimalDialSeed &s)
{
    return {{QStringLiteral("id"), QString(s.id)},
            {QStringLiteral("user_id"), QStringLiteral("5b2e9f1c-7a3d-4c8e-b1f0-6d4a2c9e8b71")},
            {QStringLiteral("organization_id"), QStringLiteral("9c4f7e2a-1b6d-4a3c-8e5f-0a2b4c6d8e90")},
            {QStringLiteral("url"), str(s.url)},
            {QStringLiteral("events"), s.events},
            {QStringLiteral("is_active"), s.active},
            {QStringLiteral("consecutive_failures"), s.failures},
            {QStringLiteral("created_at"), str(s.createdAt)},
            {QStringLiteral("updated_at"), str(s.createdAt)},
            {QStringLiteral("description"), str(s.description)},
            {QStringLiteral("verified_at"), str(s.verifiedAt)},
            {QStringLiteral("last_success_at"), str(s.lastSuccessAt)},
            {QStringLiteral("last_failure_at"), str(s.lastFailureAt)},
            {QStringLiteral("disabled_at"), str(s.disabledAt)}};
}

QJsonObject diligent(QLatin1String id, const char *url, QJsonArray events, bool active, bool hasSecret,
                     const char *lastDeliveryAt, int lastStatus)
{
    QJsonObject o{{QStringLiteral("id"), QString(id)},
                  {QStringLiteral("webhook_url"), str(url)},
                  {QStringLiteral("is_active"), active},
                  {QStringLiteral("has_secret"), hasSecret},
                  {QStringLiteral("last_delivery_at"), str(lastDeliveryAt)},
                  {QStringLiteral("last_delivery_status"),
                   lastStatus ? QJsonValue(lastStatus) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("events"), events}};
    o.insert(QStringLiteral("status"), SandboxRules::diligentStatus(o));
    return o;
}

QJsonObject atoa(QLatin1String id, const char *url, const char *description, const char *environment,
                 const QStringList &events, const char *authType, int failures, const char *lastDeliveredAt,
                 const char *createdAt)
{
    return {{QStringLiteral("id"), QString(id)},
            {QStringLiteral("url"), str(url)},
            {QStringLiteral("description"), str(description)},
            {QStringLiteral("environment"), str(environment)},
            {QStringLiteral("events"), SandboxRules::atoaEventObjects(events)},
            {QStringLiteral("hasAuthentication"), authType != nullptr},
            {QStringLiteral("authenticationType"), str(authType)},
            {QStringLiteral("failureCount"), failures},
            {QStringLiteral("lastDeliveredAt"), str(lastDeliveredAt)},
            {QStringLiteral("createdAt"), str(createdAt)}};
}

} // namespace

namespace SandboxSeed {

void seedOpenTrain(SandboxStore &store)
{
    namespace S = SandboxSeed::OpenTrain;
    const ProviderId p = ProviderId::OpenTrain;
    store.append(p, openTrain(S::active, "https://hooks.acme-payments.example/opentrain",
                              strings({"contract.started", "contract.ended", "payment.sent"}), "ACTIVE", 0,
                              "2026-01-14T10:00:00.000Z", nullptr, nullptr));
    store.append(p, openTrain(S::activeLoopback, "http://localhost:8080/webhooks/opentrain",
                              strings({"timesheet.submitted"}), "ACTIVE", 0, "2026-01-20T16:45:00.000Z",
                              nullptr, nullptr));
    store.append(p, openTrain(S::failing, "https://ops.northwind-staffing.example/hooks/opentrain",
                              strings({"timesheet.submitted", "timesheet.approved"}), "ACTIVE", 3,
                              "2026-02-03T08:30:00.000Z", nullptr, nullptr));
    store.append(p, openTrain(S::failingMany, "https://erp.globex.example/integrations/opentrain/events",
                              strings({"payment.sent"}), "ACTIVE", 12, "2026-02-11T12:00:00.000Z", nullptr,
                              nullptr));
    store.append(p, openTrain(S::disabledByUser, "https://legacy.initech.example/webhooks/ot",
                              strings({"contract.started"}), "DISABLED", 0, "2026-02-20T09:00:00.000Z",
                              "2026-03-02T09:15:00.000Z", nullptr));
    store.append(p, openTrain(S::autoDisabled, "https://hooks.umbrella-hr.example/opentrain",
                              strings({"contract.started", "contract.paused", "contract.ended"}), "DISABLED",
                              50, "2026-03-05T11:20:00.000Z", "2026-04-18T03:22:41.000Z",
                              "Automatically disabled after 50 consecutive failed deliveries "
                              "(last response: HTTP 503)"));
    store.append(p, openTrain(S::autoDisabledTls, "https://webhooks.hooli.example/opentrain",
                              strings({"payment.sent", "timesheet.approved"}), "DISABLED", 20,
                              "2026-03-09T15:05:00.000Z", "2026-05-02T22:10:09.000Z",
                              "Automatically disabled after 20 consecutive failed deliveries "
                              "(TLS handshake failed: certificate expired)"));
}

void seedLayers(SandboxStore &store)
{
    namespace S = SandboxSeed::Layers;
    const ProviderId p = ProviderId::Layers;
    const LayersSeed seeds[] = {
        {S::active, "https://hooks.acme-payments.example/layers",
         strings({"job.completed", "content.approved", "post.published"}), "Production publishing pipeline",
         QJsonObject{{QStringLiteral("team"), QStringLiteral("growth")},
                     {QStringLiteral("env"), QStringLiteral("prod")}},
         "active", "own", 0, "2026-01-08T09:12:00.000Z", "2026-06-30T17:41:07.000Z", 200, nullptr, nullptr},
        {S::activeFirehose, "https://firehose.acme-holdings.example/layers/all", strings({"account.updated"}),
         "Org-wide firehose for the data warehouse", QJsonObject(), "active", "all_children", 0,
         "2026-01-09T10:00:00.000Z", "2026-06-30T17:45:51.000Z", 204, nullptr, nullptr},
        {S::failing, "https://cms.northwind.example/hooks/layers",
         strings({"content.approved", "content.rejected"}), "CMS moderation sync",
         QJsonObject{{QStringLiteral("owner"), QStringLiteral("cms-team")}}, "active", "own", 4,
         "2026-02-14T13:30:00.000Z", "2026-06-30T16:02:33.000Z", 502, nullptr, nullptr},
        {S::pausedByUser, "https://staging.globex.example/layers-webhook",
         strings({"job.completed", "job.failed"}), nullptr,
         QJsonObject{{QStringLiteral("env"), QStringLiteral("staging")}}, "paused", "own", 0,
         "2026-02-22T08:00:00.000Z", "2026-04-01T10:00:00.000Z", 200, "2026-04-02T07:55:00.000Z", nullptr},
        {S::autoPaused, "https://hooks.umbrella.example/layers", strings({"post.published", "post.failed"}),
         "Social posting bridge", QJsonObject(), "auto_paused", "own", 25, "2026-03-03T12:00:00.000Z",
         "2026-05-09T14:03:12.000Z", 500, "2026-05-09T14:03:12.000Z",
         "Paused by the dispatcher after 25 consecutive delivery failures"},
        {S::neverDelivered, "https://analytics.initech.example/ingest/layers", strings({"job.completed"}),
         nullptr, QJsonObject(), "active", "own", 0, "2026-06-28T18:20:00.000Z", nullptr, 0, nullptr,
         nullptr},
        {S::autoPausedGone, "https://hooks.hooli.example/layers", strings({"job.failed"}), "Ops alerts",
         QJsonObject{{QStringLiteral("pager"), QStringLiteral("on")}}, "auto_paused", "own", 8,
         "2026-03-18T07:00:00.000Z", "2026-05-21T02:14:40.000Z", 410, "2026-05-21T02:14:40.000Z",
         "Paused by the dispatcher: the endpoint answered HTTP 410 Gone"},
    };
    for (const LayersSeed &s : seeds)
        store.append(p, layers(s));
}

void seedOptimalDial(SandboxStore &store)
{
    namespace S = SandboxSeed::OptimalDial;
    const ProviderId p = ProviderId::OptimalDial;
    const OptimalDialSeed seeds[] = {
        {S::active, "https://hooks.acme-payments.example/optimaldial",
         strings({"upload.created", "upload.completed", "upload.failed"}), true, 0, "2026-01-12T09:00:00Z",
         "Call recordings to the billing pipeline", "2026-01-12T09:01:10Z", "2026-06-30T17:40:00Z", nullptr,
         nullptr},
        {S::activeRecovered, "https://crm.northwind.example/optimaldial/uploads",
         strings({"upload.completed"}), true, 0, "2026-01-25T14:00:00Z", "CRM attachment sync",
         "2026-01-25T14:02:00Z", "2026-06-30T16:00:00Z", "2026-06-29T03:12:44Z", nullptr},
        {S::failing, "https://transcribe.globex.example/hooks/od",
         strings({"upload.completed", "upload.failed"}), true, 3, "2026-02-08T10:30:00Z",
         "Transcription worker", "2026-02-08T10:31:00Z", "2026-06-28T12:00:00Z", "2026-06-30T17:05:31Z",
         nullptr},
        {S::failingNeverOk, "https://qa.initech.example/webhooks/optimaldial", strings({"upload.failed"}),
         true, 2, "2026-06-29T09:00:00Z", "QA alerting", "2026-06-29T09:00:30Z", nullptr,
         "2026-06-30T11:11:11Z", nullptr},
        {S::disabledByUser, "https://old.umbrella.example/optimaldial", strings({"upload.created"}), false, 0,
         "2026-03-01T08:00:00Z", "Retired archive job", "2026-03-01T08:00:40Z", "2026-04-10T10:00:00Z",
         nullptr, "2026-04-11T09:30:00Z"},
        {S::autoDisabled, "https://hooks.hooli.example/optimaldial", strings({"upload.completed"}), false, 10,
         "2026-03-15T12:00:00Z", "Media index", "2026-03-15T12:01:00Z", "2026-05-01T08:00:00Z",
         "2026-05-03T04:44:04Z", "2026-05-03T04:44:04Z"},
        {S::unverified, "https://new.acme-payments.example/optimaldial", strings({"upload.created"}), true, 0,
         "2026-06-30T18:00:00Z", nullptr, nullptr, nullptr, nullptr, nullptr},
    };
    for (const OptimalDialSeed &s : seeds)
        store.append(p, optimalDial(s));
}

void seedDiligent(SandboxStore &store)
{
    namespace S = SandboxSeed::Diligent;
    const ProviderId p = ProviderId::Diligent;
    store.append(p, diligent(S::active, "https://hooks.acme-payments.example/diligent",
                             strings({"cdd_state_changed", "monitoring_alert_fired"}), true, true,
                             "2026-06-30T17:20:05.120Z", 200));
    store.setSecret(p, QString(S::active), QStringLiteral("whsec_sandbox_acme_7f3a"));
    store.append(p, diligent(S::activeNeverDelivered, "https://kyc.northwind.example/diligent",
                             strings({"search_completed"}), true, false, nullptr, 0));
    store.append(p, diligent(S::failing, "https://compliance.globex.example/hooks/diligent",
                             strings({"flow_run_completed", "flow_run_failed"}), true, true,
                             "2026-06-30T16:58:41.003Z", 500));
    store.setSecret(p, QString(S::failing), QStringLiteral("whsec_sandbox_globex_19c2"));
    store.append(p, diligent(S::failingNotFound, "https://risk.initech.example/diligent/events",
                             strings({"alert_remediated", "monitoring_alert_fired"}), true, false,
                             "2026-06-30T15:00:12.777Z", 404));
    store.append(p, diligent(S::disabled, "https://www.testing-webhooks.example/diligent",
                             strings({"search_completed"}), false, true, "2026-05-31T02:51:34.155Z", 200));
    store.setSecret(p, QString(S::disabled), QStringLiteral("whsec_sandbox_testing_0b7e"));
    store.append(p, diligent(S::disabledFailing, "https://hooks.hooli.example/diligent",
                             strings({"cdd_document_fetched", "cdd_state_changed"}), false, false,
                             "2026-05-12T09:09:09.000Z", 503));
}

void seedAtoa(SandboxStore &store)
{
    namespace S = SandboxSeed::Atoa;
    const ProviderId p = ProviderId::Atoa;
    const QString payments = QStringLiteral("PAYMENTS_STATUS");
    const QString refund = QStringLiteral("REFUND_STATUS");
    const QString expired = QStringLiteral("EXPIRED_STATUS");
    store.append(p, atoa(S::paymentsBasic, "https://hooks.acme-payments.example/atoa", "Production payments",
                         "PRODUCTION", {payments, refund}, "BASIC", 0, "2026-06-30T17:00:00.000Z",
                         "2026-01-10T09:00:00.000Z"));
    store.setSecret(p, QString(S::paymentsBasic),
                    QJsonObject{{QStringLiteral("username"), QStringLiteral("acme-webhooks")},
                                {QStringLiteral("password"), QStringLiteral("basic-sandbox-pass")}});
    store.append(p, atoa(S::paymentsHeader, "https://ledger.northwind.example/atoa/payments", "Ledger sync",
                         "PRODUCTION", {payments}, "HEADER", 7, "2026-06-30T16:30:00.000Z",
                         "2026-02-02T11:00:00.000Z"));
    store.setSecret(p, QString(S::paymentsHeader),
                    QJsonObject{{QStringLiteral("headerName"), QStringLiteral("X-Ledger-Key")},
                                {QStringLiteral("headerValue"), QStringLiteral("ledger-sandbox-key")}});
    store.append(p, atoa(S::paymentsPlain, "https://sandbox.globex.example/atoa", "Checkout test shop",
                         "SANDBOX", {payments}, nullptr, 0, "2026-06-29T10:00:00.000Z",
                         "2026-03-04T13:00:00.000Z"));
    store.append(p,
                 atoa(S::refunds, "https://support.initech.example/atoa/refunds", "Refund desk", "PRODUCTION",
                      {refund}, nullptr, 0, "2026-06-27T08:15:00.000Z", "2026-03-20T10:00:00.000Z"));
    store.append(p, atoa(S::expiredFailing, "https://hooks.hooli.example/atoa", "Expired payment links",
                         "PRODUCTION", {expired}, nullptr, 2, "2026-06-30T12:00:00.000Z",
                         "2026-04-01T09:30:00.000Z"));
    store.append(p, atoa(S::expiredNew, "https://reminders.umbrella.example/atoa", "", "SANDBOX", {expired},
                         nullptr, 0, nullptr, "2026-06-30T18:00:00.000Z"));
}

} // namespace SandboxSeed

namespace {

const char *const syntheticDate = "2026-07-01T00:00:00.000Z";

// "<prefix>eeee-0000-4000-8000-<n + 1, 12 digits>"; empty for a provider without a dialect.
QString syntheticId(ProviderId provider, int n)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    if (!dialect)
        return {};
    return QStringLiteral("%1eeee-0000-4000-8000-%2")
        .arg(dialect->syntheticIdPrefix)
        .arg(n + 1, 12, 10, QLatin1Char('0'));
}

} // namespace

namespace SandboxSeed {

void seed(SandboxStore &store)
{
    for (ProviderId p : Providers::all()) {
        const SandboxDialect *dialect = SandboxDialects::find(p);
        if (dialect && dialect->seed)
            dialect->seed(store);
    }
}

QJsonObject syntheticOpenTrain(int, int failures)
{
    return openTrain(QLatin1String(), nullptr, strings({"contract.started"}), "ACTIVE", failures,
                     syntheticDate, nullptr, nullptr);
}

QJsonObject syntheticLayers(int, int failures)
{
    return layers({QLatin1String(), nullptr, strings({"job.completed"}), "Synthetic endpoint", QJsonObject(),
                   "active", "own", failures, syntheticDate, "2026-07-01T01:00:00.000Z", failures ? 500 : 200,
                   nullptr, nullptr});
}

QJsonObject syntheticOptimalDial(int, int failures)
{
    return optimalDial({QLatin1String(), nullptr, strings({"upload.completed"}), true, failures,
                        "2026-07-01T00:00:00Z", "Synthetic endpoint", "2026-07-01T00:00:10Z",
                        "2026-07-01T01:00:00Z", failures ? "2026-07-01T02:00:00Z" : nullptr, nullptr});
}

QJsonObject syntheticDiligent(int, int failures)
{
    return diligent(QLatin1String(), nullptr, strings({"search_completed"}), true, false,
                    "2026-07-01T01:00:00.000Z", failures ? 500 : 200);
}

QJsonObject syntheticAtoa(int variant, int failures)
{
    // Synthetic Atoa endpoints are for paging and scale: they ignore the 3-per-event limit, which only
    // the PUT rule enforces.
    return atoa(QLatin1String(), nullptr, "Synthetic endpoint", "SANDBOX",
                {QString::fromLatin1(variant ? "REFUND_STATUS" : "EXPIRED_STATUS")}, nullptr, failures,
                "2026-07-01T01:00:00.000Z", syntheticDate);
}

QJsonObject synthetic(ProviderId provider, int n)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    if (!dialect || !dialect->synthetic)
        return {};
    const int failures = n % 5 == 4 ? 1 + n % 7 : 0;
    const int variant = n % 2;
    // Building each object field by field was two thirds of the sandbox's time in a 100k listing: the
    // dialect builds each of the few variants once (per thread: sandboxes may run on several), then only
    // the URL and the id are set.
    thread_local QHash<quint64, QJsonObject> variants;
    const quint64 key = quint64(provider) << 32 | quint64(failures) << 1 | quint64(variant);
    auto it = variants.constFind(key);
    if (it == variants.constEnd())
        it = variants.insert(key, dialect->synthetic(variant, failures));
    QJsonObject o = it.value();
    o.insert(
        Providers::spec(provider).urlKey,
        QStringLiteral("https://hooks.synthetic-%1.example/webhooks").arg(n + 1, 5, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("id"), syntheticId(provider, n));
    return o;
}

int syntheticNumber(ProviderId provider, const QString &id)
{
    // The number is the id's last 12 digits, 1-based; the rest must match exactly.
    constexpr int digits = 12;
    if (id.size() <= digits)
        return -1;
    bool ok = false;
    const qlonglong number = QStringView(id).right(digits).toLongLong(&ok);
    if (!ok || number < 1 || number > std::numeric_limits<int>::max())
        return -1;
    const int n = int(number - 1);
    const QString expected = syntheticId(provider, n);
    return !expected.isEmpty() && expected == id ? n : -1;
}

} // namespace SandboxSeed
