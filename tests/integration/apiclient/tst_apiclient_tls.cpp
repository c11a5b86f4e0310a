// Private CAs and proxies over real TLS on loopback: a CA made with openssl at test time, a real
// QSslServer, and a real CONNECT proxy. The extra CA never waives the host name or the expiry.

#include "common/callwaiter.h"
#include "common/testpki.h"
#include "common/tlstestserver.h"
#include "net/tlstrust.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace {

const QString token = QStringLiteral("tls-test-token-4711");

Connection to(const QUrl &base, const QList<QSslCertificate> &cas = {})
{
    return Connection{QStringLiteral("t"), ProviderId::OpenTrain, base, token, cas};
}

// An HTTP proxy that only tunnels (CONNECT host:port) to the TLS server on loopback, whatever host
// was named, and records every byte the client sent it.
struct ConnectProxy
{
    QTcpServer server;
    int connections = 0;
    QByteArray fromClient;
    quint16 targetPort = 0;

    bool start()
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *client = server.nextPendingConnection()) {
                ++connections;
                auto *upstream = new QTcpSocket(client);
                auto tunnelled = std::make_shared<bool>(false);
                QObject::connect(client, &QTcpSocket::readyRead, client, [=] {
                    const QByteArray data = client->readAll();
                    fromClient += data;
                    if (*tunnelled) {
                        upstream->write(data);
                        return;
                    }
                    if (!fromClient.contains("\r\n\r\n"))
                        return;
                    *tunnelled = true;
                    upstream->connectToHost(QHostAddress::LocalHost, targetPort);
                });
                QObject::connect(upstream, &QTcpSocket::connected, client,
                                 [=] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
                QObject::connect(upstream, &QTcpSocket::readyRead, client,
                                 [=] { client->write(upstream->readAll()); });
                QObject::connect(upstream, &QTcpSocket::disconnected, client,
                                 &QTcpSocket::disconnectFromHost);
                QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                                 &QTcpSocket::disconnectFromHost);
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    QByteArray proxyUrl() const { return "http://127.0.0.1:" + QByteArray::number(server.serverPort()); }
};

} // namespace

class TestApiClientTls : public QObject
{
    Q_OBJECT

private:
    TestPki m_pki;
    QList<QSslCertificate> m_ca;

private slots:
    void initTestCase()
    {
        const QString problem = m_pki.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem)); // openssl is installed by .ci/deps
        QString error;
        QVERIFY2(TlsTrust::loadCaFile(m_pki.path("ca.pem"), &m_ca, &error), qPrintable(error));
        QCOMPARE(m_ca.size(), 1);
    }

    void init()
    {
        for (const char *name :
             {"https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
            qunsetenv(name);
    }
    void cleanup() { init(); }

    void withoutTheCaTheHandshakeFails()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        ApiClient client;
        const CallResult r = waitFor(client.list(to(server.url())));
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY(server.handshakes >= 1);
        QVERIFY(server.requests.isEmpty()); // the token never left
    }

    void withTheCaFileTheRequestGoesThrough()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        ApiClient client;
        const CallResult r = waitFor(client.list(to(server.url(), m_ca)));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(server.requests.size(), 1);
        const QByteArray authorization = "Authorization: Bearer " + token.toUtf8();
        QVERIFY(server.requests.first().contains(authorization));
        // by name as well as by address
        const CallResult byName = waitFor(client.list(to(server.url(QStringLiteral("localhost")), m_ca)));
        QVERIFY2(!byName.error.isError(), qPrintable(byName.error.toString()));
    }

    void theSameClientRetriesWithTheCaAfterAFailure()
    {
        // The accounts dialog's flow: "Test connection" fails, the user picks the CA, tests again.
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        ApiClient client;
        QCOMPARE(waitFor(client.list(to(server.url()))).error.kind, ApiError::Kind::Tls);
        const CallResult r = waitFor(client.list(to(server.url(), m_ca)));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(server.requests.size(), 1);
        // …and a connection verified with the CA is not reused for a request without it.
        QCOMPARE(waitFor(client.list(to(server.url()))).error.kind, ApiError::Kind::Tls);
    }

    void theCaDoesNotWaiveTheHostName()
    {
        TlsTestServer server; // signed by the trusted CA, but for other-host.example
        QVERIFY(server.start(m_pki.path("other-host.pem"), m_pki.path("server.key")));
        ApiClient client;
        const CallResult r = waitFor(client.list(to(server.url(), m_ca)));
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY2(r.error.message.contains(QLatin1String("host name"), Qt::CaseInsensitive),
                 qPrintable(r.error.message));
        QVERIFY(server.requests.isEmpty());
    }

    void theCaDoesNotWaiveTheExpiry()
    {
        TlsTestServer server; // signed by the trusted CA, expired yesterday
        QVERIFY(server.start(m_pki.path("expired.pem"), m_pki.path("server.key")));
        ApiClient client;
        const CallResult r = waitFor(client.list(to(server.url(), m_ca)));
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY2(r.error.message.contains(QLatin1String("expired"), Qt::CaseInsensitive),
                 qPrintable(r.error.message));
        QVERIFY(server.requests.isEmpty());
    }

    void theCaIsAddedToTheSystemStoreNotInstead()
    {
        const QList<QSslCertificate> system = TlsTrust::systemCaCertificates();
        QVERIFY2(!system.isEmpty(), "the machine has no system CAs (ca-certificates)");
        const QSslConfiguration configuration = TlsTrust::configurationWith(m_ca);
        const QList<QSslCertificate> trusted = configuration.caCertificates();
        for (const QSslCertificate &certificate : system)
            QVERIFY2(trusted.contains(certificate), qPrintable(certificate.subjectDisplayName()));
        QVERIFY(trusted.contains(m_ca.first()));
        QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    }

    void httpsGoesThroughTheProxyAsAnEncryptedTunnel()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        ConnectProxy proxy;
        proxy.targetPort = server.server.serverPort();
        QVERIFY(proxy.start());
        qputenv("https_proxy", proxy.proxyUrl());
        // A name only the proxy can reach (it is never resolved here); the certificate is for it.
        ApiClient client;
        const CallResult r =
            waitFor(client.list(to(server.url(QStringLiteral("patchbay-test.invalid")), m_ca)));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(proxy.connections, 1);
        const QByteArray connectLine =
            "CONNECT patchbay-test.invalid:" + QByteArray::number(server.server.serverPort()) +
            " HTTP/1.1\r\n";
        QVERIFY2(proxy.fromClient.startsWith(connectLine), proxy.fromClient.left(200).constData());
        QCOMPARE(server.requests.size(), 1);
        // What the proxy saw after CONNECT is TLS (a handshake record first), never the token.
        const QByteArray tunnel = proxy.fromClient.mid(proxy.fromClient.indexOf("\r\n\r\n") + 4);
        QVERIFY(!tunnel.isEmpty());
        QCOMPARE(quint8(tunnel.at(0)), quint8(0x16));
        QVERIFY(!proxy.fromClient.contains(token.toUtf8()));
        QVERIFY(!proxy.fromClient.contains("Authorization"));
    }

    void theProxyDoesNotWaiveTheCertificate()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        ConnectProxy proxy;
        proxy.targetPort = server.server.serverPort();
        QVERIFY(proxy.start());
        qputenv("https_proxy", proxy.proxyUrl());
        ApiClient client; // no extra CA: the tunnel's far end is not trusted
        const CallResult r = waitFor(client.list(to(server.url(QStringLiteral("patchbay-test.invalid")))));
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QCOMPARE(proxy.connections, 1);
        QVERIFY(server.requests.isEmpty());
    }

    void loopbackIsNeverProxied()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        ConnectProxy proxy;
        proxy.targetPort = server.server.serverPort();
        QVERIFY(proxy.start());
        qputenv("https_proxy", proxy.proxyUrl());
        qputenv("all_proxy", proxy.proxyUrl());
        ApiClient client;
        for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
            const CallResult r = waitFor(client.list(to(server.url(host), m_ca)));
            QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        }
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(proxy.connections, 0);
    }

    void noProxyIsHonoured()
    {
        ConnectProxy proxy;
        QVERIFY(proxy.start());
        qputenv("https_proxy", proxy.proxyUrl());
        qputenv("no_proxy", "example.org, .invalid");
        ApiClient client;
        // Direct: the name cannot be resolved, so it fails, but never through the proxy.
        const CallResult r =
            waitFor(client.list(to(QUrl(QStringLiteral("https://patchbay-test.invalid:9")))));
        QVERIFY(r.error.isError());
        QCOMPARE(proxy.connections, 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClientTls)
#include "tst_apiclient_tls.moc"
