#include "common/callwaiter.h"
#include "common/scriptedserver.h"
#include "core/draft.h"
#include "diff/diff.h"
#include "providers/providerspec.h"

#include <QtTest>

// A write goes only to the endpoint the user named: the path comes from the ID asked for, each ID is
// one path segment, an ID that cannot be one is refused unsent, and a reply about another endpoint
// is an error, never an answer. Each case runs against a lying server on loopback.
class TestApiClientIdentity : public QObject
{
    Q_OBJECT

private:
    // A Diligent endpoint as the server chooses to describe it.
    static QJsonObject diligent(const QString &id)
    {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("webhook_url"), QStringLiteral("https://hooks.example/x")},
                           {QStringLiteral("is_active"), true},
                           {QStringLiteral("has_secret"), false},
                           {QStringLiteral("status"), QStringLiteral("active")},
                           {QStringLiteral("events"), QJsonArray{QStringLiteral("search_completed")}}};
    }
    static Connection to(const QUrl &base)
    {
        return Connection{QStringLiteral("t"), ProviderId::Diligent, base, QStringLiteral("tok_identity")};
    }
    static UpdateRequest disable()
    {
        return UpdateRequest{"PATCH", QJsonObject{{QStringLiteral("is_active"), false}}};
    }

private slots:
    void getReplyAboutAnotherEndpointIsAnError_data()
    {
        QTest::addColumn<QString>("replyId");
        QTest::newRow("dot dot") << QStringLiteral("..");
        QTest::newRow("traversal") << QStringLiteral("../../admin");
        QTest::newRow("another endpoint") << QStringLiteral("ep_2");
        QTest::newRow("other case") << QStringLiteral("EP_1");
    }
    void getReplyAboutAnotherEndpointIsAnError()
    {
        QFETCH(QString, replyId);
        ScriptedServer server(
            [&](const ScriptedServer::Request &) { return ScriptedServer::json(200, diligent(replyId)); });
        QVERIFY(server.isListening());
        ApiClient client;
        const CallResult r = waitFor(client.get(to(server.url()), QStringLiteral("ep_1")));
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY2(r.error.message.contains(QLatin1String("\"ep_1\"")), qPrintable(r.error.message));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().target, QByteArray("/webhooks/ep_1"));
    }

    void updateReplyAboutAnotherEndpointIsAnError()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, diligent(QStringLiteral("ep_other")));
        });
        ApiClient client;
        const CallResult r = waitFor(client.update(to(server.url()), QStringLiteral("ep_1"), disable()));
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY2(r.error.message.contains(QLatin1String("ep_other")), qPrintable(r.error.message));
        QCOMPARE(server.count("PATCH"), 1);
        QCOMPARE(server.requests().first().target, QByteArray("/webhooks/ep_1"));
    }

    void unusableIdsAreRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dot dot") << QStringLiteral("..");
    }
    void unusableIdsAreRefusedBeforeSending()
    {
        QFETCH(QString, id);
        ScriptedServer server([](const ScriptedServer::Request &) { return ScriptedServer::json(200, {}); });
        ApiClient client;
        QCOMPARE(waitFor(client.get(to(server.url()), id)).error.kind, ApiError::Kind::Validation);
        QCOMPARE(waitFor(client.update(to(server.url()), id, disable())).error.kind,
                 ApiError::Kind::Validation);
        QCOMPARE(server.requests().size(), 0);
    }

    // The whole chain the CLI and the window use: read, diff, write. A reply whose ID is ".." used to
    // move the PATCH to the collection's parent; now the write goes to the ID asked for, or nowhere.
    void writeFollowsTheRequestedIdNotTheReply()
    {
        ScriptedServer server([](const ScriptedServer::Request &request) {
            const QString id = QString::fromUtf8(QByteArray::fromPercentEncoding(request.target.mid(10)));
            return ScriptedServer::json(200, diligent(id));
        });
        ApiClient client;
        const QString id = QStringLiteral("a/../../b?c#d");
        const CallResult base = waitFor(client.get(to(server.url()), id));
        QVERIFY2(!base.error.isError(), qPrintable(base.error.toString()));
        Draft draft = Draft::fromEndpoint(base.endpoint);
        draft.enabled = false;
        const CallResult updated =
            waitFor(client.update(to(server.url()), id, Diff::compute(base.endpoint, draft).request));
        QVERIFY2(!updated.error.isError(), qPrintable(updated.error.toString()));
        QCOMPARE(server.requests().size(), 2);
        for (const ScriptedServer::Request &r : server.requests())
            QCOMPARE(r.target, QByteArray("/webhooks/a%2F..%2F..%2Fb%3Fc%23d"));
    }

    // The call carries the request it sent: what the journal and the inspector show is what went out.
    void updateCallCarriesTheRequestItSent()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(200, diligent(QStringLiteral("ep_1")));
        });
        ApiClient client;
        const PreparedRequest prepared =
            client.prepareUpdate(to(server.url()), QStringLiteral("ep_1"), disable());
        ApiCall *call = client.update(to(server.url()), QStringLiteral("ep_1"), prepared);
        QCOMPARE(call->request().url, prepared.url);
        QCOMPARE(call->request().body, prepared.body);
        QVERIFY(!waitFor(call).error.isError());
        QCOMPARE(server.requests().first().body, prepared.body);
    }
};

QTEST_GUILESS_MAIN(TestApiClientIdentity)
#include "tst_apiclient_identity.moc"
