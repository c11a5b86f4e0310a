#include "core/draft.h"
#include "diff/diff.h"
#include "net/apiclient.h"
#include "net/connection.h"
#include "net/preparedrequest.h"
#include "testendpoints.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

// The diff engine: each provider page's own example request reproduced exactly (method, URL,
// auth header, same JSON), and every rule of DESIGN.md's "Minimal diffs".
class TestDiff : public QObject
{
    Q_OBJECT

private:
    static QByteArray header(const PreparedRequest &r, const QByteArray &name)
    {
        for (const auto &h : r.wireHeaders())
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    static PreparedRequest prepare(const Endpoint &base, const Draft &draft, const QString &token,
                                   ApiClient *client)
    {
        const DiffResult result = Diff::compute(base, draft);
        if (!result.isValid())
            qWarning() << "unexpected validation error:" << result.errors.first().message;
        Connection c{QString(), base.provider, QUrl(Providers::spec(base.provider).defaultBaseUrl), token};
        return client->prepareUpdate(c, base.id, result.request);
    }
    static QJsonObject body(const PreparedRequest &r) { return QJsonDocument::fromJson(r.body).object(); }

private slots:
    // OpenTrain page: curl -X PATCH …/api/partner/v1/webhook-endpoints/<ENDPOINT_ID>
    //   -H "Authorization: Bearer $OT_PARTNER_TOKEN" -d '{"status": "ACTIVE"}'
    void seedExample_openTrain()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::OpenTrain,
            json("{ 'id': 'ep_123', 'url': 'https://your-platform.example.com/webhooks/opentrain', "
                 "'eventTypes': ['contract.started', 'contract.ended'], 'status': 'DISABLED', 'createdAt': "
                 "'2026-06-12T10:00:00.000Z', 'consecutiveFailures': 12, 'disabledAt': "
                 "'2026-06-20T08:00:00.000Z', 'disabledReason': 'Too many consecutive failures'}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = true;
        ApiClient client;
        const PreparedRequest r = prepare(base, draft, QStringLiteral("ot-partner-token"), &client);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.url.toString(),
                 QStringLiteral("https://app.opentrain.ai/api/partner/v1/webhook-endpoints/ep_123"));
        QCOMPARE(header(r, "Authorization"), QByteArray("Bearer ot-partner-token"));
        QCOMPARE(header(r, "Content-Type"), QByteArray("application/json"));
        const QJsonObject expected1 = jsonObject(json("{'status': 'ACTIVE'}"));
        QCOMPARE(body(r), expected1);
    }

    // Layers page: PATCH https://api.layers.com/v1/webhook-endpoints/d4c71b62-... with Bearer,
    // Idempotency-Key: $(uuidgen), -d '{ "events": ["job.completed", "content.approved", "post.published"] }'
    void seedExample_layers()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::Layers,
            json("{ 'id': 'd4c71b62-5f0e-4d6b-9a51-7f3c2e8b1a90', 'url': 'https://hooks.example.com/layers', "
                 "'events': ['job.completed'], 'description': 'Main', 'metadata': {'team': 'growth'}, "
                 "'status': 'active', 'scope': 'own', 'consecutiveFailureCount': 0}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.events = {QStringLiteral("job.completed"), QStringLiteral("content.approved"),
                        QStringLiteral("post.published")};
        ApiClient client;
        const PreparedRequest r = prepare(base, draft, QStringLiteral("layers-key"), &client);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.url.toString(),
                 QStringLiteral(
                     "https://api.layers.com/v1/webhook-endpoints/d4c71b62-5f0e-4d6b-9a51-7f3c2e8b1a90"));
        QCOMPARE(header(r, "Authorization"), QByteArray("Bearer layers-key"));
        const QRegularExpression uuid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuid.match(QString::fromLatin1(header(r, "Idempotency-Key"))).hasMatch(),
                 header(r, "Idempotency-Key").constData());
        const QJsonObject expected2 =
            jsonObject(json("{ 'events': ['job.completed', 'content.approved', 'post.published'] }"));
        QCOMPARE(body(r), expected2);
    }

    // OptimalDial page: PATCH https://api.optimaldial.com/api/v1/webhooks/{webhook_id}, Bearer,
    // body with url, description, events ["upload.created"], is_active true.
    void seedExample_optimalDial()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::OptimalDial,
            json("{ 'id': '3c90c3cc-0d44-4b50-8888-8dd25736052a', 'user_id': 'u', 'organization_id': 'o', "
                 "'url': 'https://old.example.com/hook', 'events': ['upload.failed'], 'is_active': false, "
                 "'consecutive_failures': 1, 'created_at': '2023-11-07T05:31:56Z', 'updated_at': "
                 "'2023-11-07T05:31:56Z', 'description': 'old', 'verified_at': null, 'last_success_at': "
                 "null, 'last_failure_at': null, 'disabled_at': '2023-11-07T05:31:56Z'}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.url = QStringLiteral("https://hooks.example.com/optimaldial");
        draft.description = QStringLiteral("Uploads to the data lake");
        draft.events = {QStringLiteral("upload.created")};
        draft.enabled = true;
        ApiClient client;
        const PreparedRequest r = prepare(base, draft, QStringLiteral("od_live_abc"), &client);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.url.toString(),
                 QStringLiteral(
                     "https://api.optimaldial.com/api/v1/webhooks/3c90c3cc-0d44-4b50-8888-8dd25736052a"));
        QCOMPARE(header(r, "Authorization"), QByteArray("Bearer od_live_abc"));
        const QJsonObject expected3 =
            jsonObject(json("{'url': 'https://hooks.example.com/optimaldial', 'description': 'Uploads to the "
                            "data lake', 'events': ['upload.created'], 'is_active': true}"));
        QCOMPARE(body(r), expected3);
    }

    // Diligent page: "Disable a webhook and narrow its event filter, leaving the secret untouched":
    // {"is_active": false, "events": ["search_completed"]} with X-API-KEY.
    void seedExample_diligent()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::Diligent,
            json("{ 'id': 'df89eb16-4c6a-439f-b668-7cca0cd786fa', 'webhook_url': "
                 "'https://www.testing-webhooks.com', 'is_active': true, 'has_secret': true, 'status': "
                 "'active', 'last_delivery_at': '2025-07-31T02:51:34.155Z', 'last_delivery_status': 200, "
                 "'events': ['search_completed', 'flow_run_completed']}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        draft.events = {QStringLiteral("search_completed")};
        ApiClient client;
        const PreparedRequest r = prepare(base, draft, QStringLiteral("dil-key"), &client);
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.url.toString(),
                 QStringLiteral("https://api.godiligent.ai/webhooks/df89eb16-4c6a-439f-b668-7cca0cd786fa"));
        QCOMPARE(header(r, "X-API-KEY"), QByteArray("dil-key"));
        QVERIFY(header(r, "Authorization").isEmpty());
        const QJsonObject expected4 =
            jsonObject(json("{'is_active': false, 'events': ['search_completed']}"));
        QCOMPARE(body(r), expected4);
    }

    // Atoa page: PUT https://api.atoa.me/api/webhook/v2/endpoints/4a124f25-…, Bearer,
    // {"events": ["PAYMENTS_STATUS", "REFUND_STATUS", "EXPIRED_STATUS"], "description": "Updated production
    // endpoint"}
    void seedExample_atoa()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::Atoa,
            json("{ 'id': '4a124f25-fe8d-47a0-92c8-16d94cbfe24c', 'url': 'https://your-server.com/webhooks', "
                 "'description': 'Production endpoint', 'environment': 'PRODUCTION', 'events': [{'event': "
                 "'PAYMENTS_STATUS', 'label': 'Payment Status'}], 'hasAuthentication': false, "
                 "'authenticationType': null, 'failureCount': 0, 'lastDeliveredAt': "
                 "'2025-06-01T12:00:00.000Z'}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.events = {QStringLiteral("PAYMENTS_STATUS"), QStringLiteral("REFUND_STATUS"),
                        QStringLiteral("EXPIRED_STATUS")};
        draft.description = QStringLiteral("Updated production endpoint");
        ApiClient client;
        const PreparedRequest r = prepare(base, draft, QStringLiteral("atoa-token"), &client);
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.url.toString(),
                 QStringLiteral(
                     "https://api.atoa.me/api/webhook/v2/endpoints/4a124f25-fe8d-47a0-92c8-16d94cbfe24c"));
        QCOMPARE(header(r, "Authorization"), QByteArray("Bearer atoa-token"));
        const QJsonObject expected5 =
            jsonObject(json("{'events': ['PAYMENTS_STATUS', 'REFUND_STATUS', 'EXPIRED_STATUS'], "
                            "'description': 'Updated production endpoint'}"));
        QCOMPARE(body(r), expected5);
    }

    void noChangeSendsNothing_data()
    {
        QTest::addColumn<int>("provider");
        for (ProviderId id : Providers::all())
            QTest::newRow(qPrintable(Providers::spec(id).key)) << int(id);
    }
    void noChangeSendsNothing()
    {
        QFETCH(int, provider);
        Endpoint base;
        base.provider = ProviderId(provider);
        base.id = QStringLiteral("x");
        base.url = QStringLiteral("http://insecure.example.com/already-broken"); // untouched: not judged
        base.events = {QStringLiteral("a"), QStringLiteral("b")};
        Draft draft = Draft::fromEndpoint(base);
        draft.events = {QStringLiteral("b"), QStringLiteral("a")}; // same set, other order
        const DiffResult result = Diff::compute(base, draft);
        QVERIFY(result.isValid());
        QVERIFY(!result.hasChanges());
        QVERIFY(result.request.method.isEmpty());
    }

    void eventsCompareAsSetsAndAreSentWhole()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::Layers, json("{'id': 'l1', 'url': 'https://h.example/x', 'status': 'active', "
                                     "'events': ['job.completed', 'post.published']}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.events << QStringLiteral("content.approved");
        const DiffResult result = Diff::compute(base, draft);
        const QJsonObject expected6 =
            jsonObject(json("{'events': ['job.completed', 'post.published', 'content.approved']}"));
        QCOMPARE(result.request.body, expected6);
    }

    void layersMetadataIsPerKey()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::Layers,
            json("{'id': 'l1', 'url': 'https://h.example/x', 'status': 'active', 'events': "
                 "['job.completed'], 'metadata': {'team': 'growth', 'tier': 'gold', 'keep': '1'}}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.metadata.insert(QStringLiteral("team"), QStringLiteral("platform")); // changed
        draft.metadata.remove(QStringLiteral("tier"));                             // removed
        draft.metadata.insert(QStringLiteral("region"), QStringLiteral("eu"));     // added
        const QJsonObject expected7 =
            jsonObject(json("{'metadata': {'team': 'platform', 'tier': '', 'region': 'eu'}}"));
        QCOMPARE(Diff::compute(base, draft).request.body, expected7);

        draft.metadata.clear();
        const QJsonObject expected8 = jsonObject(json("{'metadata': null}"));
        QCOMPARE(Diff::compute(base, draft).request.body, expected8);
    }

    void nullableDescriptionClearedAsNull()
    {
        const Endpoint layers = endpointFromJson(
            ProviderId::Layers, json("{'id': 'l1', 'url': 'https://h.example/x', 'status': 'active', "
                                     "'events': ['job.completed'], 'description': 'Label'}"));
        Draft draft = Draft::fromEndpoint(layers);
        draft.description.clear();
        const QJsonObject expected9 = jsonObject(json("{'description': null}"));
        QCOMPARE(Diff::compute(layers, draft).request.body, expected9);

        // OptimalDial documents no null in the request: a cleared description is sent as "".
        const Endpoint od = endpointFromJson(
            ProviderId::OptimalDial,
            json("{'id': 'o1', 'url': 'https://h.example/x', 'is_active': true, 'events': "
                 "['upload.created'], 'description': 'Label', 'consecutive_failures': 0, 'created_at': "
                 "'2023-11-07T05:31:56Z', 'updated_at': '2023-11-07T05:31:56Z'}"));
        draft = Draft::fromEndpoint(od);
        draft.description.clear();
        const QJsonObject expected10 = jsonObject(json("{'description': ''}"));
        QCOMPARE(Diff::compute(od, draft).request.body, expected10);
    }

    void writeOnlySecretOnlyWhenChosen()
    {
        const Endpoint base = endpointFromJson(ProviderId::Diligent,
                                               json("{'id': 'd1', 'webhook_url': 'https://h.example/x', "
                                                    "'is_active': true, 'has_secret': true, 'events': []}"));
        Draft draft = Draft::fromEndpoint(base);
        QVERIFY(!Diff::compute(base, draft).hasChanges());
        draft.secretAction = SecretAction::Replace;
        draft.newSecret = QStringLiteral("whsec_new");
        const QJsonObject expected11 = jsonObject(json("{'secret': 'whsec_new'}"));
        QCOMPARE(Diff::compute(base, draft).request.body, expected11);
        draft.secretAction = SecretAction::Remove;
        const QJsonObject expected12 = jsonObject(json("{'secret': ''}"));
        QCOMPARE(Diff::compute(base, draft).request.body, expected12);
        draft.secretAction = SecretAction::Replace;
        draft.newSecret.clear();
        QVERIFY(!Diff::compute(base, draft).isValid()); // an empty "replacement" would remove it
    }

    // Removing a write-only value the endpoint does not have (has_secret / hasAuthentication false)
    // changes nothing, so nothing is sent for it; with another change, only that change is sent.
    void removingAnAbsentSecretSendsNothing()
    {
        const Endpoint diligent = endpointFromJson(
            ProviderId::Diligent, json("{'id': 'd1', 'webhook_url': 'https://h.example/x', "
                                       "'is_active': true, 'has_secret': false, 'events': []}"));
        Draft draft = Draft::fromEndpoint(diligent);
        draft.secretAction = SecretAction::Remove;
        DiffResult result = Diff::compute(diligent, draft);
        QVERIFY(result.isValid());
        QVERIFY(!result.hasChanges());
        QVERIFY(result.request.method.isEmpty());
        draft.enabled = false;
        QCOMPARE(Diff::compute(diligent, draft).request.body, jsonObject(json("{'is_active': false}")));

        const Endpoint atoa = endpointFromJson(
            ProviderId::Atoa, json("{'id': 'a1', 'url': 'https://h.example/x', 'events': [{'event': "
                                   "'REFUND_STATUS', 'label': 'Refund Status'}], 'hasAuthentication': false, "
                                   "'authenticationType': null, 'description': 'Refunds'}"));
        draft = Draft::fromEndpoint(atoa);
        draft.secretAction = SecretAction::Remove;
        result = Diff::compute(atoa, draft);
        QVERIFY(result.isValid());
        QVERIFY(!result.hasChanges()); // not even Atoa's always-sent events
        draft.description = QStringLiteral("Refund desk");
        QCOMPARE(Diff::compute(atoa, draft).request.body,
                 jsonObject(json("{'description': 'Refund desk', 'events': ['REFUND_STATUS']}")));
    }

    // Every other way of asking for what already is: nothing is sent.
    void alreadyTrueChangesSendNothing_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("change");
        const QByteArray layers =
            json("{'id': 'l1', 'url': 'https://h.example/x', 'events': ['job.completed'], "
                 "'description': null, 'metadata': {'team': 'growth'}, 'status': "
                 "'active', 'scope': 'own'}");
        const QByteArray layersNoMetadata =
            json("{'id': 'l1', 'status': 'paused', 'metadata': {}, 'description': "
                 "'', 'scope': 'all_children'}");
        const QByteArray atoa = json("{'id': 'a1', 'events': [{'event': 'REFUND_STATUS', 'label': 'R'}], "
                                     "'hasAuthentication': false, 'description': ''}");
        const QByteArray od =
            json("{'id': 'o1', 'url': 'https://h.example/x', 'events': ['upload.created'], "
                 "'is_active': false, 'consecutive_failures': 0, 'created_at': "
                 "'2023-11-07T05:31:56Z', 'updated_at': '2023-11-07T05:31:56Z', 'description': "
                 "null}");
        const int l = int(ProviderId::Layers);
        QTest::newRow("layers: clear a null description") << l << layers << "clear-description";
        QTest::newRow("layers: clear an empty description") << l << layersNoMetadata << "clear-description";
        QTest::newRow("layers: set a metadata key to its value") << l << layers << "set-metadata";
        QTest::newRow("layers: unset a key that is not there") << l << layers << "unset-metadata";
        QTest::newRow("layers: clear empty metadata") << l << layersNoMetadata << "clear-metadata";
        QTest::newRow("layers: the same scope") << l << layers << "same-scope";
        QTest::newRow("layers: the same scope (all_children)") << l << layersNoMetadata << "same-scope";
        QTest::newRow("layers: enable the active") << l << layers << "enable";
        QTest::newRow("layers: disable the paused") << l << layersNoMetadata << "disable";
        QTest::newRow("layers: the same URL") << l << layers << "same-url";
        QTest::newRow("atoa: clear an empty description")
            << int(ProviderId::Atoa) << atoa << "clear-description";
        QTest::newRow("atoa: remove absent authentication")
            << int(ProviderId::Atoa) << atoa << "remove-secret";
        QTest::newRow("optimaldial: clear a null description")
            << int(ProviderId::OptimalDial) << od << "clear-description";
        QTest::newRow("optimaldial: disable the inactive") << int(ProviderId::OptimalDial) << od << "disable";
    }
    void alreadyTrueChangesSendNothing()
    {
        QFETCH(int, provider);
        QFETCH(QByteArray, reply);
        QFETCH(QString, change);
        const Endpoint base = endpointFromJson(ProviderId(provider), reply);
        Draft draft = Draft::fromEndpoint(base);
        if (change == QLatin1String("clear-description"))
            draft.description.clear();
        else if (change == QLatin1String("set-metadata"))
            draft.metadata.insert(QStringLiteral("team"), QStringLiteral("growth"));
        else if (change == QLatin1String("unset-metadata"))
            draft.metadata.remove(QStringLiteral("nope"));
        else if (change == QLatin1String("clear-metadata"))
            draft.metadata.clear();
        else if (change == QLatin1String("same-scope"))
            draft.scope = base.scope;
        else if (change == QLatin1String("enable"))
            draft.enabled = true;
        else if (change == QLatin1String("disable"))
            draft.enabled = false;
        else if (change == QLatin1String("same-url"))
            draft.url = QStringLiteral("https://h.example/x");
        else if (change == QLatin1String("remove-secret"))
            draft.secretAction = SecretAction::Remove;
        const DiffResult result = Diff::compute(base, draft);
        QVERIFY(result.isValid());
        QVERIFY2(!result.hasChanges(), QJsonDocument(result.request.body).toJson().constData());
    }

    void atoaAuthenticationAndAlwaysEvents()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::Atoa, json("{'id': 'a1', 'url': 'https://h.example/x', 'events': [{'event': "
                                   "'REFUND_STATUS', 'label': 'Refund Status'}], 'hasAuthentication': true, "
                                   "'authenticationType': 'BASIC', 'failureCount': 0}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.secretAction = SecretAction::Remove;
        const QJsonObject expected13 =
            jsonObject(json("{'authentication': null, 'events': ['REFUND_STATUS']}"));
        QCOMPARE(Diff::compute(base, draft).request.body, expected13);
        draft.secretAction = SecretAction::Replace;
        draft.newAuthentication = jsonObject(json("{'headerName': 'X-Hook', 'headerValue': 's3cr3t'}"));
        const QJsonObject expected14 =
            jsonObject(json("{'authentication': {'headerName': 'X-Hook', 'headerValue': 's3cr3t'}, 'events': "
                            "['REFUND_STATUS']}"));
        QCOMPARE(Diff::compute(base, draft).request.body, expected14);
        draft.newAuthentication = jsonObject(json("{'username': 'u', 'headerValue': 'mixed'}"));
        const DiffResult mixed = Diff::compute(base, draft);
        QVERIFY(!mixed.isValid());
        QCOMPARE(mixed.errors.first().field, QStringLiteral("secret"));
        QVERIFY(mixed.request.isEmpty());
    }

    void atoaNeverSendsUrl()
    {
        const Endpoint base = endpointFromJson(
            ProviderId::Atoa,
            json("{'id': 'a1', 'url': 'https://h.example/x', 'events': [{'event': "
                 "'REFUND_STATUS', 'label': 'Refund Status'}], 'hasAuthentication': false}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.url = QStringLiteral("https://elsewhere.example/x");
        const DiffResult result = Diff::compute(base, draft);
        QVERIFY(!result.isValid());
        QCOMPARE(result.errors.first().field, QStringLiteral("url"));
        QVERIFY(result.request.isEmpty());
    }

    void refusesWhatTheApiForbids_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("eventCount");
        QTest::addColumn<QString>("event");
        QTest::addColumn<int>("descriptionLength");
        QTest::newRow("http off loopback") << int(ProviderId::OpenTrain) << "url"
                                           << "http://hooks.example.com/x" << 1 << "" << 0;
        QTest::newRow("diligent http even on loopback") << int(ProviderId::Diligent) << "url"
                                                        << "http://127.0.0.1:9/x" << 1 << "" << 0;
        QTest::newRow("51 layers events") << int(ProviderId::Layers) << "events"
                                          << "" << 51 << "" << 0;
        QTest::newRow("no opentrain events") << int(ProviderId::OpenTrain) << "events"
                                             << "" << 0 << "" << 0;
        QTest::newRow("event outside enum") << int(ProviderId::OptimalDial) << "events"
                                            << "" << 1 << "upload.deleted" << 0;
        QTest::newRow("501-char description") << int(ProviderId::OptimalDial) << "description"
                                              << "" << 1 << "" << 501;
        QTest::newRow("101-char atoa description") << int(ProviderId::Atoa) << "description"
                                                   << "" << 1 << "" << 101;
        QTest::newRow("description on opentrain") << int(ProviderId::OpenTrain) << "description"
                                                  << "" << 1 << "" << 5;
    }
    void refusesWhatTheApiForbids()
    {
        QFETCH(int, provider);
        QFETCH(QString, field);
        QFETCH(QString, url);
        QFETCH(int, eventCount);
        QFETCH(QString, event);
        QFETCH(int, descriptionLength);
        const ProviderSpec &spec = Providers::spec(ProviderId(provider));
        Endpoint base;
        base.provider = spec.id;
        base.id = QStringLiteral("e1");
        base.url = QStringLiteral("https://ok.example/x");
        base.events = {spec.knownEvents.first()};
        Draft draft = Draft::fromEndpoint(base);
        if (!url.isEmpty())
            draft.url = url;
        if (!event.isEmpty())
            draft.events = {event};
        else if (eventCount != 1) {
            draft.events.clear();
            for (int i = 0; i < eventCount; ++i)
                draft.events << QStringLiteral("job.event_%1").arg(i);
        }
        if (descriptionLength)
            draft.description = QString(descriptionLength, QLatin1Char('d'));
        const DiffResult result = Diff::compute(base, draft);
        QVERIFY(!result.isValid());
        QCOMPARE(result.errors.first().field, field);
        QVERIFY(!result.errors.first().message.isEmpty());
        QVERIFY(result.request.isEmpty());
    }

    void limitsAreInclusive()
    {
        Endpoint base;
        base.provider = ProviderId::Layers;
        base.id = QStringLiteral("e1");
        base.url = QStringLiteral("https://ok.example/x");
        base.events = {QStringLiteral("job.completed")};
        Draft draft = Draft::fromEndpoint(base);
        for (int i = 0; i < 49; ++i)
            draft.events << QStringLiteral("job.event_%1").arg(i);
        QCOMPARE(draft.events.size(), 50);
        QVERIFY(Diff::compute(base, draft).isValid());

        base.provider = ProviderId::Atoa;
        base.events = {QStringLiteral("REFUND_STATUS")};
        draft = Draft::fromEndpoint(base);
        draft.description = QString(100, QLatin1Char('d'));
        QVERIFY(Diff::compute(base, draft).isValid());
    }

    void loopbackHttpAllowedWhereDocumented()
    {
        Endpoint base;
        base.provider = ProviderId::OpenTrain;
        base.id = QStringLiteral("e1");
        base.url = QStringLiteral("https://ok.example/x");
        base.events = {QStringLiteral("contract.started")};
        Draft draft = Draft::fromEndpoint(base);
        for (const char *url :
             {"http://localhost:8080/hook", "http://127.0.0.1/hook", "http://[::1]:9000/hook"}) {
            draft.url = QString::fromLatin1(url);
            const DiffResult result = Diff::compute(base, draft);
            QVERIFY2(result.isValid(), url);
            QCOMPARE(result.request.body.value(QLatin1String("url")).toString(), draft.url);
        }
    }

    void enabledWordsPerProvider()
    {
        const Endpoint layers = endpointFromJson(
            ProviderId::Layers, json("{'id': 'l1', 'url': 'https://h.example/x', 'status': 'auto_paused', "
                                     "'events': ['job.completed'], 'consecutiveFailureCount': 9}"));
        QVERIFY(!layers.enabled);
        Draft draft = Draft::fromEndpoint(layers);
        QVERIFY(!Diff::compute(layers, draft).hasChanges()); // auto_paused is never sent back
        draft.enabled = true;
        const QJsonObject expected15 = jsonObject(json("{'status': 'active'}"));
        QCOMPARE(Diff::compute(layers, draft).request.body, expected15);

        const Endpoint ot = endpointFromJson(ProviderId::OpenTrain,
                                             json("{'id': 'o1', 'url': 'https://h.example/x', 'status': "
                                                  "'ACTIVE', 'eventTypes': ['contract.started']}"));
        draft = Draft::fromEndpoint(ot);
        draft.enabled = false;
        const QJsonObject expected16 = jsonObject(json("{'status': 'DISABLED'}"));
        QCOMPARE(Diff::compute(ot, draft).request.body, expected16);
    }

    void retryOfTheSameChangeReusesTheIdempotencyKey()
    {
        const Endpoint base =
            endpointFromJson(ProviderId::Layers, json("{'id': 'l1', 'url': 'https://h.example/x', 'status': "
                                                      "'active', 'events': ['job.completed']}"));
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        ApiClient client;
        Connection c{QStringLiteral("acct"), ProviderId::Layers,
                     QUrl(QStringLiteral("https://api.layers.com")), QStringLiteral("k")};
        const UpdateRequest request = Diff::compute(base, draft).request;
        const QByteArray first = header(client.prepareUpdate(c, base.id, request), "Idempotency-Key");
        QCOMPARE(header(client.prepareUpdate(c, base.id, request), "Idempotency-Key"), first);
        draft.description = QStringLiteral("another change");
        QVERIFY(header(client.prepareUpdate(c, base.id, Diff::compute(base, draft).request),
                       "Idempotency-Key") != first);
        // Only Layers documents the header.
        Connection ot{QStringLiteral("acct"), ProviderId::OpenTrain,
                      QUrl(QStringLiteral("https://app.opentrain.ai")), QStringLiteral("k")};
        QVERIFY(header(client.prepareUpdate(ot, base.id, request), "Idempotency-Key").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
