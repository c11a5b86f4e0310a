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

private slots:
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
        QCOMPARE(e.raw.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
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
                               << QByteArray(json("{'webhook_url': 'https://a'}")) << "id";
        QTest::newRow("url number") << int(ProviderId::OptimalDial)
                                    << QByteArray(json("{'id': 'x', 'url': 5}")) << "url";
        QTest::newRow("events string")
            << int(ProviderId::Layers) << QByteArray(json("{'id': 'x', 'events': 'a,b'}")) << "events";
        QTest::newRow("negative failures")
            << int(ProviderId::Atoa) << QByteArray(json("{'id': 'x', 'events': [], 'failureCount': -4}"))
            << "failureCount";
        QTest::newRow("bad date") << int(ProviderId::OptimalDial)
                                  << QByteArray(json("{'id': 'x', 'created_at': 'yesterday'}"))
                                  << "created_at";
        QTest::newRow("is_active string")
            << int(ProviderId::OptimalDial) << QByteArray(json("{'id': 'x', 'is_active': 'yes'}"))
            << "is_active";
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

    void pagingStyles()
    {
        EndpointPage page;
        QString error;
        const ProviderSpec &ot = Providers::spec(ProviderId::OpenTrain);
        QVERIFY(EndpointCodec::parsePage(
            ot, json("{'webhookEndpoints': [{'id': 'a', 'eventTypes': []}], 'nextCursor': 'c2'}"), 1, &page,
            &error));
        QVERIFY(page.hasMore);
        QCOMPARE(page.nextCursor, QStringLiteral("c2"));
        QVERIFY(EndpointCodec::parsePage(ot, json("{'webhookEndpoints': [], 'nextCursor': null}"), 2, &page,
                                         &error));
        QVERIFY(!page.hasMore);

        const ProviderSpec &layers = Providers::spec(ProviderId::Layers);
        QVERIFY(EndpointCodec::parsePage(
            layers, json("{'object': 'list', 'data': [{'id': 'a'}, {'id': 'b'}], 'has_more': true}"), 1,
            &page, &error));
        QVERIFY(page.hasMore);
        QCOMPARE(page.nextCursor, QStringLiteral("b"));

        const ProviderSpec &od = Providers::spec(ProviderId::OptimalDial);
        QVERIFY(EndpointCodec::parsePage(
            od, json("{'data': [{'id': 'a'}], 'page': 1, 'per_page': 100, 'total': 250}"), 1, &page, &error));
        QVERIFY(page.hasMore);
        QCOMPARE(page.nextCursor, QStringLiteral("2"));
        QVERIFY(EndpointCodec::parsePage(
            od, json("{'data': [{'id': 'a'}], 'page': 3, 'per_page': 100, 'total': 250}"), 3, &page, &error));
        QVERIFY(!page.hasMore);

        QVERIFY(!EndpointCodec::parsePage(od, json("{'items': []}"), 1, &page, &error));
        QVERIFY(error.contains(QLatin1String("data")));
        QVERIFY(!EndpointCodec::parsePage(od, json("{'data': [], 'total': 'many'}"), 1, &page, &error));
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
