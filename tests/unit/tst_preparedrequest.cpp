#include "core/endpointid.h"
#include "diff/updaterequest.h"
#include "net/apiclient.h"
#include "net/connection.h"
#include "net/preparedrequest.h"
#include "providers/providerspec.h"

#include <QJsonDocument>
#include <QtTest>

// What people see of a request never contains the token or a secret; what goes on the wire does.
class TestPreparedRequest : public QObject
{
    Q_OBJECT

private:
    const QString m_token = QStringLiteral("tok_SUPERSECRET_123");

    PreparedRequest diligentSecretChange() const
    {
        Connection c{QStringLiteral("a"), ProviderId::Diligent,
                     QUrl(QStringLiteral("https://api.godiligent.ai")), m_token};
        UpdateRequest u{"PATCH", QJsonObject{{QStringLiteral("secret"), QStringLiteral("whsec_TOPSECRET")}}};
        return RequestBuilder::forUpdate(c, QStringLiteral("w1"), u, QString());
    }

private slots:
    void wireCarriesTokenAndSecret()
    {
        const PreparedRequest r = diligentSecretChange();
        bool sawToken = false;
        for (const auto &h : r.wireHeaders())
            sawToken = sawToken || (h.first == "X-API-KEY" && h.second == m_token.toUtf8());
        QVERIFY(sawToken);
        QVERIFY(r.body.contains("whsec_TOPSECRET"));
    }

    void displayAndCurlAreRedacted()
    {
        const PreparedRequest r = diligentSecretChange();
        const QString display = r.toDisplayText();
        const QString curl = r.toCurl();
        for (const QString &text : {display, curl}) {
            QVERIFY2(!text.contains(m_token), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("whsec_TOPSECRET")), qPrintable(text));
        }
        QVERIFY(display.startsWith(QLatin1String("PATCH https://api.godiligent.ai/webhooks/w1\n")));
        QVERIFY(display.contains(QLatin1String("X-API-KEY: <redacted>")));
        QVERIFY(curl.contains(QLatin1String("\"X-API-KEY: $PATCHBAY_TOKEN\"")));
        QVERIFY(curl.contains(QLatin1String("\"secret\":\"<redacted>\"")));
    }

    void bearerKeepsItsSchemeWord()
    {
        Connection c{QString(), ProviderId::Layers, QUrl(QStringLiteral("https://api.layers.com")), m_token};
        const PreparedRequest r = RequestBuilder::forGet(c, QStringLiteral("x"));
        QVERIFY(r.toDisplayText().contains(QLatin1String("Authorization: Bearer <redacted>")));
        QVERIFY(r.toCurl().contains(QLatin1String("\"Authorization: Bearer $PATCHBAY_TOKEN\"")));
    }

    void removalStaysVisible()
    {
        Connection c{QString(), ProviderId::Atoa, QUrl(QStringLiteral("https://api.atoa.me")), m_token};
        UpdateRequest u{"PUT",
                        QJsonObject{{QStringLiteral("authentication"), QJsonValue::Null},
                                    {QStringLiteral("events"), QJsonArray{QStringLiteral("REFUND_STATUS")}}}};
        const PreparedRequest r = RequestBuilder::forUpdate(c, QStringLiteral("a"), u, QString());
        QVERIFY(r.toDisplayText().contains(QLatin1String("\"authentication\": null")));
        UpdateRequest replace = u;
        replace.body.insert(QStringLiteral("authentication"),
                            QJsonObject{{QStringLiteral("username"), QStringLiteral("bob")},
                                        {QStringLiteral("password"), QStringLiteral("hunter2")}});
        const QString shown =
            RequestBuilder::forUpdate(c, QStringLiteral("a"), replace, QString()).toDisplayText();
        QVERIFY(!shown.contains(QLatin1String("hunter2")));
        QVERIFY(!shown.contains(QLatin1String("bob")));
    }

    void curlQuotesHostileText()
    {
        Connection c{QString(), ProviderId::OptimalDial, QUrl(QStringLiteral("https://api.optimaldial.com")),
                     m_token};
        UpdateRequest u{"PATCH",
                        QJsonObject{{QStringLiteral("description"), QStringLiteral("it's $(rm -rf ~)")}}};
        const QString curl = RequestBuilder::forUpdate(c, QStringLiteral("a"), u, QString()).toCurl();
        QVERIFY2(curl.contains(QLatin1String("'{\"description\":\"it'\\''s $(rm -rf ~)\"}'")),
                 qPrintable(curl));
    }

    // A write goes only to the endpoint named: whatever the ID holds, it is exactly one segment.
    void idIsExactlyOnePathSegment_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("url");
        const QString base = QStringLiteral("https://api.godiligent.ai/webhooks/");
        QTest::newRow("traversal") << QStringLiteral("../../admin?x=1") << base + "..%2F..%2Fadmin%3Fx%3D1";
        QTest::newRow("slash") << QStringLiteral("a/b") << base + "a%2Fb";
        QTest::newRow("encoded dots") << QStringLiteral("%2E%2E") << base + "%252E%252E";
        QTest::newRow("fragment") << QStringLiteral("a#b") << base + "a%23b";
        QTest::newRow("dot inside") << QStringLiteral("a.b") << base + "a.b";
        QTest::newRow("three dots") << QStringLiteral("...") << base + "...";
        QTest::newRow("space and unicode") << QStringLiteral("é x") << base + "%C3%A9%20x";
    }

    void idIsExactlyOnePathSegment()
    {
        QFETCH(QString, id);
        QFETCH(QString, url);
        ApiClient client;
        Connection c{QString(), ProviderId::Diligent, QUrl(QStringLiteral("https://api.godiligent.ai")),
                     m_token};
        const UpdateRequest u{"PATCH", QJsonObject{{QStringLiteral("is_active"), false}}};
        QCOMPARE(client.prepareUpdate(c, id, u).url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(RequestBuilder::forGet(c, id).url.toString(QUrl::FullyEncoded), url);
    }

    void unusableIdsPrepareNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dot dot") << QStringLiteral("..");
    }

    void unusableIdsPrepareNothing()
    {
        QFETCH(QString, id);
        ApiClient client;
        Connection c{QString(), ProviderId::Diligent, QUrl(QStringLiteral("https://api.godiligent.ai")),
                     m_token};
        const UpdateRequest u{"PATCH", QJsonObject{{QStringLiteral("is_active"), false}}};
        QVERIFY(!EndpointIds::refusal(id).isEmpty());
        QVERIFY(client.prepareUpdate(c, id, u).url.isEmpty());
    }

    void listQueryFollowsPagingSpec()
    {
        Connection c{QString(), ProviderId::Layers, QUrl(QStringLiteral("http://127.0.0.1:8080/")), m_token};
        const PreparedRequest r = RequestBuilder::forList(c, QStringLiteral("ep_9"));
        QCOMPARE(r.url.toString(),
                 QStringLiteral("http://127.0.0.1:8080/v1/webhook-endpoints?limit=100&starting_after=ep_9"));
    }
};

QTEST_GUILESS_MAIN(TestPreparedRequest)
#include "tst_preparedrequest.moc"
