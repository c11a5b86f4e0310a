#include "common/callwaiter.h"
#include "core/draft.h"
#include "core/health.h"
#include "diff/diff.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The client against the sandbox over real HTTP on loopback: every provider, every field kind,
// every documented error, and the faults a real provider has.
class TestApiClient : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    ApiClient *m_client = nullptr;

    Connection connection(ProviderId p, const QString &token = QString()) const
    {
        return Connection{QStringLiteral("test-%1").arg(Providers::spec(p).key), p, m_sandbox->baseUrl(),
                          token.isEmpty() ? SandboxServer::tokenFor(p) : token};
    }
    CallResult get(ProviderId p, const QString &id) { return waitFor(m_client->get(connection(p), id)); }
    Endpoint load(ProviderId p, const QString &id)
    {
        const CallResult r = get(p, id);
        if (r.error.isError())
            qWarning() << "load failed:" << r.error.toString();
        return r.endpoint;
    }
    CallResult send(const Endpoint &base, const Draft &draft, const QString &token = QString())
    {
        const DiffResult diff = Diff::compute(base, draft);
        if (!diff.isValid() || !diff.hasChanges())
            qWarning() << "diff did not produce a request";
        return waitFor(m_client->update(connection(base.provider, token), base.id, diff.request));
    }
    SandboxJournalEntry lastEntry() const
    {
        const QList<SandboxJournalEntry> j = m_sandbox->journal();
        return j.isEmpty() ? SandboxJournalEntry() : j.constLast();
    }
    static QByteArray headerOf(const SandboxJournalEntry &e, const QByteArray &name)
    {
        for (const auto &h : e.headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    static QJsonObject bodyOf(const SandboxJournalEntry &e)
    {
        return QJsonDocument::fromJson(e.body).object();
    }

private slots:
    void init()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY2(m_sandbox->listen(0), qPrintable(m_sandbox->errorString()));
        m_client = new ApiClient(this);
        m_client->setTimeoutMs(5000);
    }
    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
    }

    void listsEveryProviderInEveryHealthState_data()
    {
        QTest::addColumn<int>("provider");
        for (ProviderId p : Providers::all())
            QTest::newRow(qPrintable(Providers::spec(p).key)) << int(p);
    }
    void listsEveryProviderInEveryHealthState()
    {
        QFETCH(int, provider);
        const ProviderId p = ProviderId(provider);
        const CallResult r = waitFor(m_client->list(connection(p)));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(r.endpoints.size(), m_sandbox->endpointIds(p).size());
        QSet<Health> states;
        for (const Endpoint &e : r.endpoints) {
            QCOMPARE(e.account, connection(p).account);
            QCOMPARE(e.provider, p);
            states.insert(HealthRules::evaluate(e).health);
        }
        QVERIFY(states.contains(Health::Active));
        QVERIFY(states.contains(Health::Failing));
        if (Providers::spec(p).hasEnabled()) // Atoa has no on/off switch
            QVERIFY(states.contains(Health::Disabled));
        const SandboxJournalEntry e = lastEntry();
        QCOMPARE(e.method, QByteArray("GET"));
        QCOMPARE(e.path, Providers::spec(p).collectionPath);
        const QByteArray expectedAuth = Providers::spec(p).authPrefix + SandboxServer::tokenFor(p).toUtf8();
        QCOMPARE(headerOf(e, Providers::spec(p).authHeader), expectedAuth);
    }

    void listFollowsEveryPage_data() { listsEveryProviderInEveryHealthState_data(); }
    void listFollowsEveryPage()
    {
        QFETCH(int, provider);
        const ProviderId p = ProviderId(provider);
        m_sandbox->addSyntheticEndpoints(p, 250);
        m_sandbox->clearJournal();
        const CallResult r = waitFor(m_client->list(connection(p)));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(r.endpoints.size(), m_sandbox->endpointIds(p).size());
        QVERIFY(r.endpoints.size() > 250);
        QSet<QString> ids;
        for (const Endpoint &e : r.endpoints)
            ids.insert(e.id);
        QCOMPARE(ids.size(), r.endpoints.size()); // no page read twice
        QCOMPARE(m_sandbox->journal().size(), 3);
        QCOMPARE(r.progressSignals, 3);
    }

    void getReadsEachShape()
    {
        Endpoint e = load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::autoDisabled);
        QCOMPARE(e.id, QString(SandboxSeed::OpenTrain::autoDisabled));
        QCOMPARE(HealthRules::evaluate(e).disabledBy, DisabledBy::Provider);
        e = load(ProviderId::Atoa, SandboxSeed::Atoa::paymentsBasic);
        QVERIFY(e.events.contains(QStringLiteral("PAYMENTS_STATUS")));
        QVERIFY(e.hasSecret);
        e = load(ProviderId::Layers, SandboxSeed::Layers::active);
        QVERIFY(!e.metadata.isEmpty());
    }

    void openTrainReenableResetsFailures()
    {
        const Endpoint base = load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::autoDisabled);
        QVERIFY(base.failureCount > 0);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = true;
        const CallResult r = send(base, draft);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QVERIFY(r.endpoint.enabled);
        QCOMPARE(r.endpoint.failureCount, 0);
        QCOMPARE(HealthRules::evaluate(r.endpoint).health, Health::Active);
        const SandboxJournalEntry e = lastEntry();
        QCOMPARE(e.method, QByteArray("PATCH"));
        QCOMPARE(e.path, Providers::spec(ProviderId::OpenTrain).itemPathFor(base.id));
        QCOMPARE(bodyOf(e), QJsonObject({{QStringLiteral("status"), QStringLiteral("ACTIVE")}}));
    }

    void layersEveryFieldKind()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
        QVERIFY(base.metadata.size() >= 2);
        Draft draft = Draft::fromEndpoint(base);
        const QString removedKey = base.metadata.firstKey();
        draft.metadata.remove(removedKey);
        draft.metadata.insert(QStringLiteral("added"), QStringLiteral("yes"));
        draft.description.clear();
        draft.events << QStringLiteral("post.failed");
        draft.url = QStringLiteral("https://hooks.example.org/layers/v2");
        const CallResult r = send(base, draft);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(r.endpoint.metadata, draft.metadata); // per-key merge kept the untouched keys
        QVERIFY(r.endpoint.description.isEmpty());
        QCOMPARE(QSet<QString>(r.endpoint.events.begin(), r.endpoint.events.end()),
                 QSet<QString>(draft.events.begin(), draft.events.end()));
        QCOMPARE(r.endpoint.url, draft.url);
        const QJsonObject body = bodyOf(lastEntry());
        QCOMPARE(body.value(QLatin1String("description")).type(), QJsonValue::Null);
        QCOMPARE(body.value(QLatin1String("metadata")).toObject().value(removedKey).toString(), QString());
        QVERIFY(!body.contains(QLatin1String("status")));
        QVERIFY(!body.contains(QLatin1String("scope")));
        QVERIFY(!headerOf(lastEntry(), "Idempotency-Key").isEmpty());

        draft = Draft::fromEndpoint(r.endpoint);
        draft.metadata.clear();
        const CallResult cleared = send(r.endpoint, draft);
        QVERIFY(cleared.endpoint.metadata.isEmpty());
        QCOMPARE(bodyOf(lastEntry()), QJsonObject({{QStringLiteral("metadata"), QJsonValue::Null}}));
    }

    void layersReenableAutoPausedResetsFailures()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::autoPaused);
        QCOMPARE(base.providerStatus, QStringLiteral("auto_paused"));
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = true;
        const CallResult r = send(base, draft);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(r.endpoint.providerStatus, QStringLiteral("active"));
        QCOMPARE(r.endpoint.failureCount, 0);
    }

    void layersScopeNeedsAdminKey()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.scope = QStringLiteral("all_children");
        CallResult r = send(base, draft);
        QCOMPARE(r.error.kind, ApiError::Kind::Refused);
        QCOMPARE(r.error.httpStatus, 403);
        QCOMPARE(r.error.providerCode, QStringLiteral("FORBIDDEN_SCOPE"));
        r = send(base, draft, SandboxServer::limitedTokenFor(ProviderId::Layers)); // the org:admin key
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(r.endpoint.scope, QStringLiteral("all_children"));
    }

    void layersUnknownCatalogEventIs422()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.events << QStringLiteral("job.exploded"); // the client knows no full catalog; the server does
        const CallResult r = send(base, draft);
        QCOMPARE(r.error.httpStatus, 422);
        QCOMPARE(r.error.providerCode, QStringLiteral("VALIDATION"));
        QVERIFY(!r.error.message.isEmpty());
    }

    void optimalDialFields()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::disabledByUser);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = true;
        draft.description = QStringLiteral("Re-enabled after the migration");
        draft.events = {QStringLiteral("upload.completed"), QStringLiteral("upload.failed")};
        const CallResult r = send(base, draft);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QVERIFY(r.endpoint.enabled);
        QCOMPARE(r.endpoint.description, draft.description);
        QCOMPARE(bodyOf(lastEntry()).keys(),
                 (QStringList{QStringLiteral("description"), QStringLiteral("events"),
                              QStringLiteral("is_active")}));
        QCOMPARE(headerOf(lastEntry(), "Authorization"),
                 QByteArray("Bearer ") + SandboxServer::tokenFor(ProviderId::OptimalDial).toUtf8());
    }

    void diligentSecretIsWriteOnly()
    {
        const Endpoint base = load(ProviderId::Diligent, SandboxSeed::Diligent::activeNeverDelivered);
        QVERIFY(!base.hasSecret);
        Draft draft = Draft::fromEndpoint(base);
        draft.secretAction = SecretAction::Replace;
        draft.newSecret = QStringLiteral("whsec_rotated_1");
        CallResult r = send(base, draft);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QVERIFY(r.endpoint.hasSecret);
        QVERIFY(!QJsonDocument(r.endpoint.rawObject()).toJson().contains("whsec_rotated_1")); // never echoed
        QCOMPARE(headerOf(lastEntry(), "X-API-KEY"), SandboxServer::tokenFor(ProviderId::Diligent).toUtf8());

        draft = Draft::fromEndpoint(r.endpoint);
        draft.secretAction = SecretAction::Remove;
        r = send(r.endpoint, draft);
        QVERIFY(!r.endpoint.hasSecret);
        QCOMPARE(bodyOf(lastEntry()), QJsonObject({{QStringLiteral("secret"), QString()}}));
    }

    void atoaPutCarriesEventsAndRefusesTheFourthEndpoint()
    {
        const Endpoint base = load(ProviderId::Atoa, SandboxSeed::Atoa::refunds);
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Refunds, EU");
        CallResult r = send(base, draft);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(lastEntry().method, QByteArray("PUT"));
        QCOMPARE(bodyOf(lastEntry()).value(QLatin1String("events")).toArray().size(), base.events.size());
        QVERIFY(!bodyOf(lastEntry()).contains(QLatin1String("url")));

        // PAYMENTS_STATUS already has 3 endpoints: a 4th is refused by the provider.
        draft = Draft::fromEndpoint(r.endpoint);
        draft.events << QStringLiteral("PAYMENTS_STATUS");
        r = send(r.endpoint, draft);
        QCOMPARE(r.error.kind, ApiError::Kind::Refused);
        QCOMPARE(r.error.httpStatus, 400);
        QVERIFY2(r.error.message.contains(QLatin1String("PAYMENTS_STATUS")), qPrintable(r.error.message));
    }

    void documentedErrors()
    {
        // 401: wrong token
        CallResult r = waitFor(m_client->list(connection(ProviderId::Diligent, QStringLiteral("wrong"))));
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.kind, ApiError::Kind::Refused);
        // 403: OpenTrain token without webhooks:manage may read but not change
        const Endpoint base = load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        r = send(base, draft, SandboxServer::limitedTokenFor(ProviderId::OpenTrain));
        QCOMPARE(r.error.httpStatus, 403);
        QCOMPARE(r.error.providerCode, QStringLiteral("FORBIDDEN"));
        // 404 on every provider
        for (ProviderId p : Providers::all()) {
            r = get(p, QStringLiteral("8b1c2d3e-4f5a-4b6c-9d7e-0f1a2b3c4d5e")); // well-formed, unknown
            QVERIFY2(r.error.httpStatus == 404,
                     qPrintable(Providers::spec(p).key + QLatin1Char(' ') + r.error.toString()));
            QCOMPARE(r.error.kind, ApiError::Kind::Refused);
        }
        // 400: OpenTrain refuses an event outside its catalog
        draft = Draft::fromEndpoint(base);
        draft.events = {QStringLiteral("contract.exploded")};
        r = send(base, draft);
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.providerCode, QStringLiteral("BAD_REQUEST"));
    }

    void faults()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("x");

        m_sandbox->addFault({SandboxFault::Kind::ServerError, QString(), QByteArray("PATCH"), 1, 0, 503, 1});
        CallResult r = send(base, draft);
        QCOMPARE(r.error.kind, ApiError::Kind::Server);
        QCOMPARE(r.error.httpStatus, 503);

        m_sandbox->addFault({SandboxFault::Kind::RateLimit, QString(), QByteArray("PATCH"), 1, 0, 429, 7});
        r = send(base, draft);
        QCOMPARE(r.error.httpStatus, 429);
        QCOMPARE(r.error.retryAfterSeconds, 7);

        m_sandbox->addFault({SandboxFault::Kind::BrokenJson, QString(), QByteArray("GET"), 1, 0, 200, 0});
        r = get(ProviderId::OptimalDial, base.id);
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY(r.error.message.contains(QLatin1String("JSON")));

        // Qt resends an idempotent request once when the connection closes before a reply, so the
        // connection is dropped on every attempt.
        m_sandbox->addFault({SandboxFault::Kind::DropConnection, QString(), QByteArray("GET"), -1, 0, 0, 0});
        r = get(ProviderId::OptimalDial, base.id);
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        m_sandbox->clearFaults();

        m_client->setTimeoutMs(300);
        m_sandbox->addFault({SandboxFault::Kind::Delay, QString(), QByteArray("GET"), 1, 2000, 200, 0});
        r = get(ProviderId::OptimalDial, base.id);
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    }

    void readsRetryAfterShortRateLimits()
    {
        m_sandbox->addFault({SandboxFault::Kind::RateLimit, QString(), QByteArray("GET"), 1, 0, 429, 1});
        m_sandbox->clearJournal();
        const CallResult r = get(ProviderId::Diligent, SandboxSeed::Diligent::active);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(m_sandbox->journal().size(), 2);
        QCOMPARE(m_sandbox->journal().first().status, 429);
    }

    void retryReusesTheIdempotencyKey()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::pausedByUser);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = true;
        m_sandbox->addFault({SandboxFault::Kind::ServerError, QString(), QByteArray("PATCH"), 1, 0, 500, 1});
        CallResult r = send(base, draft);
        QCOMPARE(r.error.kind, ApiError::Kind::Server);
        const QByteArray firstKey = headerOf(lastEntry(), "Idempotency-Key");
        QVERIFY(!firstKey.isEmpty());
        r = send(base, draft); // the user presses Save again
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(headerOf(lastEntry(), "Idempotency-Key"), firstKey);
        draft = Draft::fromEndpoint(r.endpoint);
        draft.enabled = false;
        r = send(r.endpoint, draft);
        QVERIFY(headerOf(lastEntry(), "Idempotency-Key") != firstKey);
    }

    void cancelStopsTheCall()
    {
        m_sandbox->addFault({SandboxFault::Kind::Delay, QString(), QByteArray("GET"), 1, 2000, 200, 0});
        ApiCall *call = m_client->get(connection(ProviderId::Atoa), SandboxSeed::Atoa::refunds);
        QTimer::singleShot(100, call, [call] { call->abort(); });
        const CallResult r = waitFor(call);
        QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
    }

    void oversizedRepliesAreRefused()
    {
        m_client->setMaxReplyBytes(512);
        const CallResult r = waitFor(m_client->list(connection(ProviderId::Layers)));
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
    }

    void inspectorNeverSeesTheToken()
    {
        QList<Exchange> seen;
        connect(m_client, &ApiClient::exchangeFinished, this, [&seen](const Exchange &e) { seen << e; });
        const Endpoint base = load(ProviderId::Diligent, SandboxSeed::Diligent::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.secretAction = SecretAction::Replace;
        draft.newSecret = QStringLiteral("whsec_inspector_secret");
        send(base, draft);
        QCOMPARE(seen.size(), 2);
        const QByteArray token = SandboxServer::tokenFor(ProviderId::Diligent).toUtf8();
        for (const Exchange &e : seen) {
            QVERIFY(e.httpStatus == 200);
            QVERIFY(e.durationMs >= 0);
            QString all = e.curl + QString::fromUtf8(e.requestBody + e.responseBody);
            for (const auto &h : e.requestHeaders)
                all += QString::fromUtf8(h.first + h.second);
            QVERIFY2(!all.contains(QString::fromUtf8(token)), qPrintable(all));
            QVERIFY2(!all.contains(QLatin1String("whsec_inspector_secret")), qPrintable(all));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
