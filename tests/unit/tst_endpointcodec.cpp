#include "core/health.h"
#include "providers/endpointcodec.h"
#include "providers/providerspec.h"

#include "testendpoints.h"
#include <QJsonArray>

#include <QtTest>

// Each provider's reply shapes, taken from its page, read into the normalized Endpoint; broken and
// wrongly typed replies give an error naming the cause.
class TestEndpointCodec : public QObject
{
    Q_OBJECT

    // A complete, valid reply object per provider, from its page's example (Layers, whose page shows
    // no reply, in the shape its descriptor chose).
    static QJsonObject validReply(ProviderId provider)
    {
        switch (provider) {
        case ProviderId::OpenTrain:
            return jsonObject(
                json("{'id': 'ep_1', 'url': 'https://your-platform.example.com/webhooks/opentrain', "
                     "'eventTypes': ['contract.started', 'contract.ended'], 'status': 'ACTIVE', "
                     "'createdAt': '2026-06-12T10:00:00.000Z', 'consecutiveFailures': 0, "
                     "'disabledAt': null, 'disabledReason': null}"));
        case ProviderId::Layers:
            return jsonObject(json("{'id': 'l1', 'url': 'https://h.example/x', 'events': ['job.completed'], "
                                   "'description': 'd', 'metadata': {'team': 'growth'}, 'status': 'active', "
                                   "'scope': 'own', 'consecutiveFailureCount': 0, 'createdAt': "
                                   "'2026-01-08T09:12:00.000Z', 'updatedAt': '2026-01-08T09:12:00.000Z', "
                                   "'lastDeliveryAt': '2026-06-30T17:41:07.000Z', 'lastDeliveryStatus': 200, "
                                   "'pausedAt': null, 'pausedReason': null}"));
        case ProviderId::OptimalDial:
            return jsonObject(json("{'id': '3c90c3cc-0d44-4b50-8888-8dd25736052a', 'user_id': 'u', "
                                   "'organization_id': 'o', 'url': "
                                   "'https://h.example/x', 'events': ['upload.created'], 'is_active': true, "
                                   "'consecutive_failures': "
                                   "1, 'created_at': '2023-11-07T05:31:56Z', 'updated_at': "
                                   "'2023-11-07T05:31:56Z', 'description': "
                                   "'<string>', 'verified_at': '2023-11-07T05:31:56Z', 'last_success_at': "
                                   "'2023-11-07T05:31:56Z', "
                                   "'last_failure_at': '2023-11-07T05:31:56Z', 'disabled_at': null}"));
        case ProviderId::Diligent:
            return jsonObject(
                json("{'id': 'df89eb16-4c6a-439f-b668-7cca0cd786fa', 'webhook_url': "
                     "'https://www.testing-webhooks.com', 'is_active': false, 'has_secret': true, "
                     "'status': 'disabled', 'last_delivery_at': '2025-07-31T02:51:34.155Z', "
                     "'last_delivery_status': 200, 'events': ['search_completed']}"));
        case ProviderId::Atoa:
            return jsonObject(json(
                "{'id': '4a124f25-fe8d-47a0-92c8-16d94cbfe24c', 'url': 'https://your-server.com/webhooks', "
                "'description': 'Updated production endpoint', 'environment': 'PRODUCTION', 'events': "
                "[{'event': 'PAYMENTS_STATUS', 'label': 'Payment Status'}], 'hasAuthentication': false, "
                "'authenticationType': null, 'failureCount': 0, 'lastDeliveredAt': "
                "'2025-06-01T12:00:00.000Z', "
                "'createdAt': '2025-05-01T12:00:00.000Z'}"));
        }
        return {};
    }
    static QByteArray doc(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void rawIsCompactBytesThatParseBackToTheReply()
    {
        // The raw reply is kept as compact bytes and parsed on demand: what the detail pane and the journal
        // get back is the provider's object, every field and type as received (nested, null, unicode, large).
        const QJsonObject nested{{QStringLiteral("nested"), QJsonArray{1, QStringLiteral("two"), QJsonValue(),
                                                                       QJsonObject{{"deep", false}}}}};
        const QJsonObject reply{{QStringLiteral("id"), QStringLiteral("3c90c3cc")},
                                {QStringLiteral("url"), QStringLiteral("https://h.example/x")},
                                {QStringLiteral("events"), QJsonArray{QStringLiteral("upload.created")}},
                                {QStringLiteral("is_active"), true},
                                {QStringLiteral("consecutive_failures"), 1},
                                {QStringLiteral("big"), qint64(9007199254740991)},
                                {QStringLiteral("ratio"), 0.1},
                                {QStringLiteral("description"), QStringLiteral("Grüße \u2028 \"q\" \\ é")},
                                {QStringLiteral("disabled_at"), QJsonValue()},
                                {QStringLiteral("extra"), nested},
                                {QStringLiteral("created_at"), QStringLiteral("2023-11-07T05:31:56Z")},
                                {QStringLiteral("updated_at"), QStringLiteral("2023-11-07T05:31:56Z")}};
        const QByteArray body =
            QJsonDocument(reply).toJson(QJsonDocument::Indented); // as a server may send it
        QVERIFY(!reply.isEmpty());
        Endpoint e;
        QString error;
        QVERIFY2(EndpointCodec::parseItemReply(Providers::spec(ProviderId::OptimalDial), body, &e, &error),
                 qPrintable(error));
        QVERIFY(!e.raw.contains('\n')); // compact
        QCOMPARE(e.rawObject(), reply);
        QCOMPARE(QJsonDocument(e.rawObject()).toJson(QJsonDocument::Indented),
                 QJsonDocument(reply).toJson(QJsonDocument::Indented)); // the detail pane's text
        // Equal replies give equal bytes (Endpoint::operator== compares them), a changed field does not.
        Endpoint again;
        QVERIFY(
            EndpointCodec::parseItemReply(Providers::spec(ProviderId::OptimalDial), body, &again, &error));
        QVERIFY(again == e);
        QJsonObject changed = reply;
        changed.insert(QStringLiteral("extra"), QStringLiteral("other"));
        QVERIFY(EndpointCodec::parseItemReply(Providers::spec(ProviderId::OptimalDial), doc(changed), &again,
                                              &error));
        QVERIFY(again != e);
        QCOMPARE(Endpoint().rawObject(), QJsonObject());
    }

    void openTrainWrappedReply()
    {
        const QByteArray body =
            json("{'webhookEndpoint': {'id': '<ENDPOINT_ID>', 'url': "
                 "'https://your-platform.example.com/webhooks/opentrain', 'eventTypes': ['contract.started', "
                 "'contract.ended'], 'status': 'ACTIVE', 'createdAt': '2026-06-12T10:00:00.000Z', "
                 "'consecutiveFailures': 0, 'disabledAt': null, 'disabledReason': null}}");
        Endpoint e;
        QString error;
        QVERIFY2(EndpointCodec::parseItemReply(Providers::spec(ProviderId::OpenTrain), body, &e, &error),
                 qPrintable(error));
        QCOMPARE(e.id, QStringLiteral("<ENDPOINT_ID>"));
        QCOMPARE(e.events,
                 (QStringList{QStringLiteral("contract.started"), QStringLiteral("contract.ended")}));
        QVERIFY(e.enabled);
        QCOMPARE(e.createdAt, QDateTime(QDate(2026, 6, 12), QTime(10, 0), Qt::UTC));
        QCOMPARE(e.rawObject().value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        // Without the wrapper it is not an OpenTrain reply.
        QVERIFY(!EndpointCodec::parseItemReply(Providers::spec(ProviderId::OpenTrain), json("{'id': 'x'}"),
                                               &e, &error));
        QVERIFY(error.contains(QLatin1String("webhookEndpoint")));
    }

    void optimalDialReply()
    {
        const QByteArray body = json(
            "{'id': '3c90c3cc-0d44-4b50-8888-8dd25736052a', 'user_id': 'u', 'organization_id': 'o', 'url': "
            "'https://h.example/x', 'events': ['upload.created'], 'is_active': true, 'consecutive_failures': "
            "1, 'created_at': '2023-11-07T05:31:56Z', 'updated_at': '2023-11-07T05:31:56Z', 'description': "
            "'<string>', 'verified_at': '2023-11-07T05:31:56Z', 'last_success_at': '2023-11-07T05:31:56Z', "
            "'last_failure_at': '2023-11-07T05:31:56Z', 'disabled_at': null}");
        Endpoint e;
        QString error;
        QVERIFY2(EndpointCodec::parseItemReply(Providers::spec(ProviderId::OptimalDial), body, &e, &error),
                 qPrintable(error));
        QCOMPARE(e.failureCount, 1);
        QCOMPARE(e.description, QStringLiteral("<string>"));
        QVERIFY(e.verifiedAt.isValid());
        QCOMPARE(HealthRules::evaluate(e).health, Health::Failing);
    }

    void diligentReplyNeverHasTheSecret()
    {
        const QByteArray body =
            json("{'id': 'df89eb16-4c6a-439f-b668-7cca0cd786fa', 'webhook_url': "
                 "'https://www.testing-webhooks.com', 'is_active': false, 'has_secret': true, 'status': "
                 "'disabled', 'last_delivery_at': '2025-07-31T02:51:34.155Z', 'last_delivery_status': 200, "
                 "'events': ['search_completed']}");
        Endpoint e;
        QString error;
        QVERIFY2(EndpointCodec::parseItemReply(Providers::spec(ProviderId::Diligent), body, &e, &error),
                 qPrintable(error));
        QCOMPARE(e.url, QStringLiteral("https://www.testing-webhooks.com"));
        QVERIFY(e.hasSecret);
        QVERIFY(!e.enabled);
        QCOMPARE(e.providerStatus, QStringLiteral("disabled"));
        QCOMPARE(e.lastDeliveryStatus, 200);
        QCOMPARE(e.lastDeliveryAt.time().msec(), 155);
    }

    void atoaEventObjects()
    {
        const QByteArray body = json(
            "{'id': '4a124f25-fe8d-47a0-92c8-16d94cbfe24c', 'url': 'https://your-server.com/webhooks', "
            "'description': 'Updated production endpoint', 'environment': 'PRODUCTION', 'events': [{'event': "
            "'PAYMENTS_STATUS', 'label': 'Payment Status'}, {'event': 'REFUND_STATUS', 'label': 'Refund "
            "Status'}, {'event': 'EXPIRED_STATUS', 'label': 'Expired Status'}], 'hasAuthentication': false, "
            "'authenticationType': null, 'failureCount': 0, 'lastDeliveredAt': '2025-06-01T12:00:00.000Z'}");
        Endpoint e;
        QString error;
        QVERIFY2(EndpointCodec::parseItemReply(Providers::spec(ProviderId::Atoa), body, &e, &error),
                 qPrintable(error));
        QCOMPARE(e.events, (QStringList{QStringLiteral("PAYMENTS_STATUS"), QStringLiteral("REFUND_STATUS"),
                                        QStringLiteral("EXPIRED_STATUS")}));
        QCOMPARE(e.environment, QStringLiteral("PRODUCTION"));
        QVERIFY(!e.hasSecret);
        QVERIFY(e.enabled); // Atoa has no switch: always delivering
    }

    void layersMetadataAndStatus()
    {
        const QByteArray body =
            json("{'id': 'l1', 'url': 'https://h.example/x', 'events': ['job.completed'], 'description': "
                 "null, 'metadata': {'team': 'growth', 'n': 3}, 'status': 'auto_paused', 'scope': 'own', "
                 "'consecutiveFailureCount': 25, 'pausedReason': '25 consecutive failures'}");
        Endpoint e;
        QString error;
        QVERIFY2(EndpointCodec::parseItemReply(Providers::spec(ProviderId::Layers), body, &e, &error),
                 qPrintable(error));
        QVERIFY(!e.enabled);
        QCOMPARE(e.providerStatus, QStringLiteral("auto_paused"));
        QVERIFY(e.description.isEmpty());
        QCOMPARE(e.metadata.value(QStringLiteral("team")), QStringLiteral("growth"));
        QCOMPARE(e.metadata.value(QStringLiteral("n")), QStringLiteral("3"));
    }

    void untrustedReplies_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("broken json") << int(ProviderId::Diligent) << QByteArray(json("{'id': 'x', "))
                                     << "JSON";
        QTest::newRow("array") << int(ProviderId::Diligent) << QByteArray("[1,2]") << "object";
        QTest::newRow("no id") << int(ProviderId::Diligent)
                               << QByteArray(
                                      json("{'webhook_url': 'https://a', 'is_active': true, 'has_secret': "
                                           "false}"))
                               << "\"id\"";
        QTest::newRow("empty id") << int(ProviderId::Layers)
                                  << QByteArray(json("{'id': '', 'status': 'active'}")) << "\"id\"";
    }
    void untrustedReplies()
    {
        QFETCH(int, provider);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        Endpoint e;
        QString error;
        QVERIFY(!EndpointCodec::parseItemReply(Providers::spec(ProviderId(provider)), body, &e, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // What each page's types forbid, field by field: (provider, field, value) on an otherwise valid
    // reply. An Undefined value removes the field.
    void wrongTypesAreErrors_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        const QJsonValue null(QJsonValue::Null);
        const QJsonValue absent(QJsonValue::Undefined);
        auto row = [](ProviderId p, const char *field, const QJsonValue &value, const char *why) {
            QTest::addRow("%s %s %s", qPrintable(Providers::spec(p).key), field, why)
                << int(p) << QString::fromLatin1(field) << value;
        };
        using P = ProviderId;
        // Integers are integral, non-negative numbers.
        row(P::OpenTrain, "consecutiveFailures", 1.5, "fraction");
        row(P::OpenTrain, "consecutiveFailures", QStringLiteral("3"), "string");
        row(P::OpenTrain, "consecutiveFailures", true, "boolean");
        row(P::OpenTrain, "consecutiveFailures", -1, "negative");
        row(P::OpenTrain, "consecutiveFailures", 1e12, "huge");
        row(P::OpenTrain, "consecutiveFailures", null, "null");
        row(P::Layers, "consecutiveFailureCount", 2.5, "fraction");
        row(P::Layers, "lastDeliveryStatus", QStringLiteral("200"), "string");
        row(P::Layers, "lastDeliveryStatus", 200.5, "fraction");
        row(P::OptimalDial, "consecutive_failures", 1.5, "fraction");
        row(P::OptimalDial, "consecutive_failures", null, "null");
        row(P::OptimalDial, "consecutive_failures", absent, "missing");
        row(P::Diligent, "last_delivery_status", 1.5, "fraction");
        row(P::Diligent, "last_delivery_status", true, "boolean");
        row(P::Atoa, "failureCount", QStringLiteral("0"), "string");
        row(P::Atoa, "failureCount", 0.5, "fraction");
        // Status words are strings from the page's enum; a future word is an error naming it.
        row(P::OpenTrain, "status", null, "null");
        row(P::OpenTrain, "status", absent, "missing");
        row(P::OpenTrain, "status", QStringLiteral("PAUSED"), "unknown");
        row(P::OpenTrain, "status", QStringLiteral("active"), "wrong case");
        row(P::OpenTrain, "status", 1, "number");
        row(P::Layers, "status", null, "null");
        row(P::Layers, "status", QStringLiteral("auto-paused"), "unknown");
        row(P::Layers, "scope", null, "null");
        row(P::Layers, "scope", QStringLiteral("everyone"), "unknown");
        row(P::Diligent, "status", null, "null");
        row(P::Diligent, "status", QStringLiteral("paused"), "unknown");
        // Booleans are booleans, present where the switch or the secret's existence depends on them.
        row(P::OptimalDial, "is_active", null, "null");
        row(P::OptimalDial, "is_active", QStringLiteral("true"), "string");
        row(P::OptimalDial, "is_active", absent, "missing");
        row(P::Diligent, "is_active", 1, "number");
        row(P::Diligent, "is_active", absent, "missing");
        row(P::Diligent, "has_secret", null, "null");
        row(P::Diligent, "has_secret", absent, "missing");
        row(P::Atoa, "hasAuthentication", null, "null");
        row(P::Atoa, "hasAuthentication", absent, "missing");
        // Strings are strings, null only where the page says "| null".
        row(P::OpenTrain, "id", 5, "number");
        row(P::OpenTrain, "id", null, "null");
        row(P::OpenTrain, "id", absent, "missing");
        row(P::OpenTrain, "url", null, "null");
        row(P::OpenTrain, "disabledReason", 5, "number");
        row(P::Layers, "description", 5, "number");
        row(P::OptimalDial, "url", absent, "missing");
        row(P::OptimalDial, "description", QJsonArray(), "array");
        row(P::OptimalDial, "description", QString(501, QLatin1Char('x')), "over 500");
        row(P::Diligent, "webhook_url", null, "null");
        row(P::Atoa, "description", null, "null");
        row(P::Atoa, "environment", null, "null");
        row(P::Atoa, "authenticationType", 5, "number");
        // Events: arrays of names (Atoa: of {event, label}); a closed enum admits only its values.
        row(P::OpenTrain, "eventTypes", null, "null");
        row(P::OpenTrain, "eventTypes", QStringLiteral("a,b"), "string");
        row(P::Layers, "events", QJsonArray{QStringLiteral("job.completed"), null}, "null entry");
        row(P::OptimalDial, "events", QJsonArray{QStringLiteral("upload.deleted")}, "unknown");
        row(P::OptimalDial, "events", absent, "missing");
        row(P::Diligent, "events", QJsonArray{QStringLiteral("search_started")}, "unknown");
        row(P::Atoa, "events", QJsonArray{QStringLiteral("PAYMENTS_STATUS")}, "plain string");
        row(P::Atoa, "events", QJsonArray{QJsonObject{{QStringLiteral("event"), 5}}}, "number event");
        row(P::Atoa, "events", null, "null");
        // Metadata is an object or null.
        row(P::Layers, "metadata", QStringLiteral("team=growth"), "string");
        row(P::Layers, "metadata", QJsonArray(), "array");
        // Times are RFC 3339 date-times; null only where allowed.
        row(P::OpenTrain, "createdAt", QStringLiteral("yesterday"), "words");
        row(P::OpenTrain, "createdAt", QStringLiteral("2026-06-12"), "date only");
        row(P::OpenTrain, "createdAt", QStringLiteral("2026-06-12T10:00:00"), "no offset");
        row(P::OpenTrain, "createdAt", QStringLiteral("2026-13-12T10:00:00Z"), "month 13");
        row(P::OpenTrain, "createdAt", null, "null");
        row(P::OpenTrain, "disabledAt", 5, "number");
        row(P::Layers, "updatedAt", null, "null");
        row(P::OptimalDial, "created_at", absent, "missing");
        row(P::OptimalDial, "verified_at", QStringLiteral("soon"), "words");
        row(P::Diligent, "last_delivery_at", QStringLiteral("x"), "words");
        row(P::Atoa, "lastDeliveredAt", true, "boolean");
        row(P::Atoa, "createdAt", null, "null");
    }
    void wrongTypesAreErrors()
    {
        QFETCH(int, provider);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const ProviderSpec &spec = Providers::spec(ProviderId(provider));
        QJsonObject object = validReply(spec.id);
        QVERIFY2(object.contains(field), "the row names a field of the reply");
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
        Endpoint e;
        QString error;
        QVERIFY(!EndpointCodec::parseEndpoint(spec, object, &e, &error));
        QVERIFY2(error.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(error));
        if (field != spec.read.id) // the endpoint is named when its id is known
            QVERIFY2(error.contains(object.value(spec.read.id).toString()), qPrintable(error));
    }

    // What the pages allow still parses: null where "| null", every enum word, other date-time forms.
    void allowedValuesParse_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        const QJsonValue null(QJsonValue::Null);
        const QJsonValue absent(QJsonValue::Undefined);
        auto row = [](ProviderId p, const char *field, const QJsonValue &value, const char *why) {
            QTest::addRow("%s %s %s", qPrintable(Providers::spec(p).key), field, why)
                << int(p) << QString::fromLatin1(field) << value;
        };
        using P = ProviderId;
        row(P::OpenTrain, "status", QStringLiteral("DISABLED"), "DISABLED");
        row(P::OpenTrain, "disabledAt", null, "null");
        row(P::OpenTrain, "disabledAt", QStringLiteral("2026-04-18T03:22:41.000Z"), "time");
        row(P::OpenTrain, "disabledReason", null, "null");
        row(P::OpenTrain, "consecutiveFailures", 3.0, "3.0 is the integer 3");
        row(P::OpenTrain, "createdAt", QStringLiteral("2026-06-12T12:00:00+02:00"), "offset");
        row(P::OpenTrain, "createdAt", QStringLiteral("2026-06-12T10:00:00Z"), "no fraction");
        row(P::OpenTrain, "url", absent, "optional absent");
        row(P::Layers, "description", null, "null");
        row(P::Layers, "metadata", null, "null");
        row(P::Layers, "status", QStringLiteral("auto_paused"), "auto_paused");
        row(P::Layers, "status", QStringLiteral("paused"), "paused");
        row(P::Layers, "scope", QStringLiteral("all_children"), "all_children");
        row(P::Layers, "lastDeliveryAt", null, "null");
        row(P::Layers, "lastDeliveryStatus", null, "null");
        row(P::Layers, "pausedAt", null, "null");
        row(P::Layers, "pausedReason", null, "null");
        row(P::OptimalDial, "description", null, "null");
        row(P::OptimalDial, "description", QString(QString::fromUtf8("\xf0\x9f\x98\x80")).repeated(500),
            "500 emoji");
        row(P::OptimalDial, "verified_at", null, "null");
        row(P::OptimalDial, "last_success_at", null, "null");
        row(P::OptimalDial, "last_failure_at", null, "null");
        row(P::OptimalDial, "disabled_at", QStringLiteral("2023-11-07T05:31:56Z"), "time");
        row(P::Diligent, "status", QStringLiteral("failing"), "failing");
        row(P::Diligent, "last_delivery_at", null, "null");
        row(P::Diligent, "last_delivery_status", null, "null");
        row(P::Atoa, "authenticationType", null, "null");
        row(P::Atoa, "authenticationType", QStringLiteral("BASIC"), "BASIC");
        row(P::Atoa, "lastDeliveredAt", null, "null");
    }
    void allowedValuesParse()
    {
        QFETCH(int, provider);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const ProviderSpec &spec = Providers::spec(ProviderId(provider));
        QJsonObject object = validReply(spec.id);
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
        Endpoint e;
        QString error;
        QVERIFY2(EndpointCodec::parseEndpoint(spec, object, &e, &error), qPrintable(error));
    }

    void nullIsNotADefault()
    {
        // The two cases from the issue: each was read as a default (0, disabled) before.
        QJsonObject object = validReply(ProviderId::OpenTrain);
        object.insert(QStringLiteral("consecutiveFailures"), 1.5);
        Endpoint e;
        QString error;
        QVERIFY(!EndpointCodec::parseEndpoint(Providers::spec(ProviderId::OpenTrain), object, &e, &error));
        QCOMPARE(error, QStringLiteral("OpenTrain endpoint ep_1: field \"consecutiveFailures\" should be a "
                                       "non-negative integer but is 1.5"));
        object = validReply(ProviderId::OpenTrain);
        object.insert(QStringLiteral("status"), QJsonValue(QJsonValue::Null));
        QVERIFY(!EndpointCodec::parseEndpoint(Providers::spec(ProviderId::OpenTrain), object, &e, &error));
        QCOMPARE(error,
                 QStringLiteral("OpenTrain endpoint ep_1: field \"status\" should be a string but is null"));
    }

    void pageEntriesKeepTheServersBytes()
    {
        // A page's entries are kept as the server wrote them, minus the spaces (not written out again
        // from the parsed objects, which would sort the keys); when the page is odd (its list key twice)
        // they are written from the parsed objects instead, still equal to them.
        const ProviderSpec &od = Providers::spec(ProviderId::OptimalDial);
        const QByteArray entry =
            "{ \"url\": \"https://h.example/x\", \"id\": \"3c90c3cc\", \"events\": [ \"upload.created\" ],"
            " \"is_active\": true, \"consecutive_failures\": 0, \"created_at\": \"2023-11-07T05:31:56Z\", "
            "\"updated_at\": "
            "\"2023-11-07T05:31:56Z\" }";
        const QByteArray server =
            "{\"url\":\"https://h.example/x\",\"id\":\"3c90c3cc\",\"events\":[\"upload.created\"],"
            "\"is_active\":true,\"consecutive_failures\":0,\"created_at\":\"2023-11-07T05:31:56Z\",\"updated_"
            "at\":\"2023-11-07T05:31:"
            "56Z\"}";
        EndpointPage page;
        QString error;
        QVERIFY2(
            EndpointCodec::parsePage(
                od, "{\n \"data\": [\n  " + entry + "\n ],\n \"page\": 1, \"total\": 1\n}", 1, &page, &error),
            qPrintable(error));
        QCOMPARE(page.endpoints.size(), 1);
        QCOMPARE(page.endpoints.first().raw, server);
        QCOMPARE(page.endpoints.first().rawObject(), QJsonDocument::fromJson(entry).object());

        QVERIFY2(
            EndpointCodec::parsePage(
                od, "{\"data\": [], \"data\": [" + entry + "], \"page\": 1, \"total\": 1}", 1, &page, &error),
            qPrintable(error));
        QCOMPARE(page.endpoints.size(), 1);
        QCOMPARE(page.endpoints.first().rawObject(), QJsonDocument::fromJson(entry).object());
    }

    void pagingStyles()
    {
        EndpointPage page;
        QString error;
        const ProviderSpec &ot = Providers::spec(ProviderId::OpenTrain);
        const QByteArray otItem = doc(validReply(ProviderId::OpenTrain));
        QVERIFY2(EndpointCodec::parsePage(ot,
                                          "{\"webhookEndpoints\": [" + otItem + "], \"nextCursor\": \"c2\"}",
                                          1, &page, &error),
                 qPrintable(error));
        QVERIFY(page.hasMore);
        QCOMPARE(page.nextCursor, QStringLiteral("c2"));
        QVERIFY(EndpointCodec::parsePage(ot, json("{'webhookEndpoints': [], 'nextCursor': null}"), 2, &page,
                                         &error));
        QVERIFY(!page.hasMore);

        const ProviderSpec &layers = Providers::spec(ProviderId::Layers);
        QJsonObject a = validReply(ProviderId::Layers);
        QJsonObject b = a;
        b.insert(QStringLiteral("id"), QStringLiteral("b"));
        const QByteArray items = doc(a) + ", " + doc(b);
        QVERIFY2(EndpointCodec::parsePage(
                     layers, "{\"object\": \"list\", \"data\": [" + items + "], \"has_more\": true}", 1,
                     &page, &error),
                 qPrintable(error));
        QVERIFY(page.hasMore);
        QCOMPARE(page.nextCursor, QStringLiteral("b"));
        // A has_more that is not a boolean would end the listing silently.
        QVERIFY(!EndpointCodec::parsePage(layers, "{\"data\": [" + items + "], \"has_more\": \"yes\"}", 1,
                                          &page, &error));
        QVERIFY2(error.contains(QLatin1String("has_more")), qPrintable(error));

        const ProviderSpec &od = Providers::spec(ProviderId::OptimalDial);
        const QByteArray odItem = doc(validReply(ProviderId::OptimalDial));
        QVERIFY(EndpointCodec::parsePage(
            od, "{\"data\": [" + odItem + "], \"page\": 1, \"per_page\": 100, \"total\": 250}", 1, &page,
            &error));
        QVERIFY(page.hasMore);
        QCOMPARE(page.nextCursor, QStringLiteral("2"));
        QVERIFY(EndpointCodec::parsePage(
            od, "{\"data\": [" + odItem + "], \"page\": 3, \"per_page\": 100, \"total\": 250}", 3, &page,
            &error));
        QVERIFY(!page.hasMore);

        QVERIFY(!EndpointCodec::parsePage(od, json("{'items': []}"), 1, &page, &error));
        QVERIFY(error.contains(QLatin1String("data")));
        QVERIFY(!EndpointCodec::parsePage(od, json("{'data': [], 'total': 'many'}"), 1, &page, &error));
        QVERIFY(!EndpointCodec::parsePage(od, json("{'data': [], 'total': 2.5}"), 1, &page, &error));
        QVERIFY(error.contains(QLatin1String("total")));
        // One bad entry fails the page, naming the endpoint and the field.
        QJsonObject bad = validReply(ProviderId::OptimalDial);
        bad.insert(QStringLiteral("is_active"), QJsonValue(QJsonValue::Null));
        QVERIFY(!EndpointCodec::parsePage(od, "{\"data\": [" + odItem + ", " + doc(bad) + "], \"total\": 2}",
                                          1, &page, &error));
        QVERIFY2(error.contains(QLatin1String("\"is_active\"")), qPrintable(error));
    }

    void normalizedJsonNamesHealth()
    {
        Endpoint e;
        e.provider = ProviderId::Layers;
        e.id = QStringLiteral("l1");
        e.enabled = false;
        e.providerStatus = QStringLiteral("auto_paused");
        const QJsonObject o = EndpointCodec::toNormalizedJson(e);
        QCOMPARE(o.value(QLatin1String("health")).toString(), QStringLiteral("disabled"));
        QCOMPARE(o.value(QLatin1String("disabledBy")).toString(), QStringLiteral("provider"));
        QCOMPARE(o.value(QLatin1String("provider")).toString(), QStringLiteral("layers"));
        QVERIFY(!o.contains(QLatin1String("hasSecret")));
    }
};

QTEST_GUILESS_MAIN(TestEndpointCodec)
#include "tst_endpointcodec.moc"
