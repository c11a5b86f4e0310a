#include "diff/updaterequest.h"
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
        UpdateRequest u{"PATCH", Providers::spec(ProviderId::Diligent).itemPathFor(QStringLiteral("w1")),
                        QJsonObject{{QStringLiteral("secret"), QStringLiteral("whsec_TOPSECRET")}}};
        return RequestBuilder::forUpdate(c, u, QString());
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
        UpdateRequest u{"PUT", QStringLiteral("/api/webhook/v2/endpoints/a"),
                        QJsonObject{{QStringLiteral("authentication"), QJsonValue::Null},
                                    {QStringLiteral("events"), QJsonArray{QStringLiteral("REFUND_STATUS")}}}};
        const PreparedRequest r = RequestBuilder::forUpdate(c, u, QString());
        QVERIFY(r.toDisplayText().contains(QLatin1String("\"authentication\": null")));
        UpdateRequest replace = u;
        replace.body.insert(QStringLiteral("authentication"),
                            QJsonObject{{QStringLiteral("username"), QStringLiteral("bob")},
                                        {QStringLiteral("password"), QStringLiteral("hunter2")}});
        const QString shown = RequestBuilder::forUpdate(c, replace, QString()).toDisplayText();
        QVERIFY(!shown.contains(QLatin1String("hunter2")));
        QVERIFY(!shown.contains(QLatin1String("bob")));
    }

    void curlQuotesHostileText()
    {
        Connection c{QString(), ProviderId::OptimalDial, QUrl(QStringLiteral("https://api.optimaldial.com")),
                     m_token};
        UpdateRequest u{"PATCH", QStringLiteral("/api/v1/webhooks/x"),
                        QJsonObject{{QStringLiteral("description"), QStringLiteral("it's $(rm -rf ~)")}}};
        const QString curl = RequestBuilder::forUpdate(c, u, QString()).toCurl();
        QVERIFY2(curl.contains(QLatin1String("'{\"description\":\"it'\\''s $(rm -rf ~)\"}'")),
                 qPrintable(curl));
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
