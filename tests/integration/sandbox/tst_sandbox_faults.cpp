// Fault injection on provider routes: each kind, its filters, its count, and that delays never block
// the event loop.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QTest>

namespace S = SandboxSeed;

class TestSandboxFaults : public QObject
{
    Q_OBJECT
    SandboxFixture f;

    HttpResult getDiligent() { return f.client->get(ProviderId::Diligent, QString(S::Diligent::active)); }
    static SandboxFault fault(SandboxFault::Kind kind, int remaining = 1)
    {
        SandboxFault x;
        x.kind = kind;
        x.remaining = remaining;
        return x;
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.stop(); }

    void serverErrorInTheProvidersShape()
    {
        SandboxFault x = fault(SandboxFault::Kind::ServerError);
        x.status = 503;
        f.server->addFault(x);
        const HttpResult r = f.client->get(ProviderId::OpenTrain, QString(S::OpenTrain::active));
        QCOMPARE(r.status, 503);
        QVERIFY(r.json().value(QLatin1String("error")).toObject().contains(QLatin1String("code")));
        // Played once: the next request is normal.
        QCOMPARE(f.client->get(ProviderId::OpenTrain, QString(S::OpenTrain::active)).status, 200);
    }

    void serverErrorIsNotApplied()
    {
        f.server->addFault(fault(SandboxFault::Kind::ServerError));
        const QJsonObject before = f.server->endpointJson(ProviderId::Diligent, QString(S::Diligent::active));
        QCOMPARE(f.client->update(ProviderId::Diligent, QString(S::Diligent::active), {{"is_active", false}})
                     .status,
                 500);
        QCOMPARE(f.server->endpointJson(ProviderId::Diligent, QString(S::Diligent::active)), before);
    }

    void rateLimitSendsRetryAfter()
    {
        SandboxFault x = fault(SandboxFault::Kind::RateLimit);
        x.retryAfterSeconds = 7;
        f.server->addFault(x);
        const HttpResult r = getDiligent();
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QVERIFY(r.isJson());
    }

    void brokenJsonIs200WithATruncatedBody()
    {
        f.server->addFault(fault(SandboxFault::Kind::BrokenJson));
        const HttpResult broken = getDiligent();
        const HttpResult whole = getDiligent();
        QCOMPARE(broken.status, 200);
        QVERIFY(!broken.isJson());
        QVERIFY(!broken.body.isEmpty());
        QVERIFY(whole.body.startsWith(broken.body));
        QVERIFY(broken.body.size() < whole.body.size());
    }

    void dropConnectionGivesNoReply()
    {
        // Two drops: QNetworkAccessManager resends once when a connection closes before any reply.
        f.server->addFault(fault(SandboxFault::Kind::DropConnection, 2));
        const HttpResult r =
            f.client->update(ProviderId::Diligent, QString(S::Diligent::active), {{"is_active", false}});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(f.server->journal().size(), 2);
        for (const SandboxJournalEntry &e : f.server->journal())
            QCOMPARE(e.status, 0);
        // Nothing was applied, and the server still answers.
        QCOMPARE(f.server->endpointJson(ProviderId::Diligent, QString(S::Diligent::active))
                     .value(QLatin1String("is_active")),
                 QJsonValue(true));
        QCOMPARE(getDiligent().status, 200);
    }

    void oneDropIsHiddenByTheClientsResend()
    {
        // Documents what a one-shot drop looks like through QNetworkAccessManager: the request is
        // dropped, resent by Qt on a new connection, and then applied — even a PATCH.
        f.server->addFault(fault(SandboxFault::Kind::DropConnection, 1));
        const HttpResult r =
            f.client->update(ProviderId::Diligent, QString(S::Diligent::active), {{"is_active", false}});
        QCOMPARE(r.status, 200);
        QCOMPARE(f.server->journal().size(), 2);
        QCOMPARE(f.server->journal().first().status, 0);
        QCOMPARE(f.server->journal().last().status, 200);
    }

    void dropConnectionForeverDefeatsRetries()
    {
        f.server->addFault(fault(SandboxFault::Kind::DropConnection, -1));
        const HttpResult r = getDiligent();
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        f.server->clearFaults();
        QCOMPARE(getDiligent().status, 200);
    }

    void delayAnswersLaterWithoutBlocking()
    {
        SandboxFault x = fault(SandboxFault::Kind::Delay);
        x.delayMs = 400;
        x.pathContains = QStringLiteral("/webhooks/");
        f.server->addFault(x);

        // Start the delayed request, and meanwhile ask for something else: it must come back first.
        const QUrl slowUrl = f.server->baseUrl().resolved(
            QUrl(Providers::spec(ProviderId::Diligent).itemPathFor(QString(S::Diligent::active))));
        QNetworkRequest slowRequest(slowUrl);
        slowRequest.setRawHeader("X-API-KEY", SandboxServer::tokenFor(ProviderId::Diligent).toUtf8());
        QNetworkAccessManager nam;
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *slow = nam.get(slowRequest);
        const HttpResult fast = f.client->get(ProviderId::Atoa, QString(S::Atoa::refunds));
        QCOMPARE(fast.status, 200);
        QVERIFY(!slow->isFinished());
        QVERIFY(fast.elapsedMs < 300);
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 5000);
        QVERIFY(clock.elapsed() >= 400);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete slow;
    }

    void defaultLatencyDelaysProviderRoutesOnly()
    {
        f.server->setDefaultLatencyMs(250);
        QVERIFY(getDiligent().elapsedMs >= 250);
        QVERIFY(f.client->send("GET", QStringLiteral("/_sandbox/journal")).elapsedMs < 200);
    }

    void filtersByPathAndMethod()
    {
        SandboxFault x = fault(SandboxFault::Kind::ServerError, -1);
        x.pathContains = QStringLiteral("/v1/webhook-endpoints/");
        x.method = "PATCH";
        f.server->addFault(x);
        const QString id = QString(S::Layers::active);
        QCOMPARE(f.client->get(ProviderId::Layers, id).status, 200); // method differs
        QCOMPARE(f.client->call(ProviderId::Layers, "GET", QStringLiteral("/v1/webhook-endpoints")).status,
                 200); // path
        QCOMPARE(f.client->update(ProviderId::Layers, id, {{"description", "x"}}).status, 500);
        QCOMPARE(f.client->update(ProviderId::Layers, id, {{"description", "x"}}).status, 500); // forever
    }

    void remainingCountsDownInOrder()
    {
        SandboxFault first = fault(SandboxFault::Kind::ServerError, 2);
        first.status = 502;
        SandboxFault second = fault(SandboxFault::Kind::RateLimit, 1);
        f.server->addFault(first);
        f.server->addFault(second);
        QCOMPARE(getDiligent().status, 502);
        QCOMPARE(getDiligent().status, 502);
        QCOMPARE(getDiligent().status, 429);
        QCOMPARE(getDiligent().status, 200);
    }

    void controlRoutesAreNeverFaulted()
    {
        f.server->addFault(fault(SandboxFault::Kind::ServerError, -1));
        QCOMPARE(f.client->send("GET", QStringLiteral("/_sandbox/journal")).status, 200);
        QCOMPARE(f.client->send("DELETE", QStringLiteral("/_sandbox/faults")).status, 200);
        QCOMPARE(getDiligent().status, 200);
    }

    void clearFaultsAndReset()
    {
        f.server->addFault(fault(SandboxFault::Kind::ServerError, -1));
        f.server->clearFaults();
        QCOMPARE(getDiligent().status, 200);
        f.server->addFault(fault(SandboxFault::Kind::ServerError, -1));
        f.server->reset();
        QCOMPARE(getDiligent().status, 200);
    }

    void aFaultWithNothingLeftIsIgnored()
    {
        f.server->addFault(fault(SandboxFault::Kind::ServerError, 0));
        QCOMPARE(getDiligent().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
