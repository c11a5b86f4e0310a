#include "common/callwaiter.h"
#include "providers/providerspec.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

// The trust rules at the transport: no plain http off loopback, no redirect to another origin,
// no TLS error ignored. Each uses a real socket on loopback.
class TestApiClientTransport : public QObject
{
    Q_OBJECT

private:
    // A tiny HTTP server that answers every request with a fixed reply and counts requests.
    struct FixedServer
    {
        QTcpServer server;
        QByteArray reply;
        int requests = 0;

        bool start()
        {
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        if (!socket->readAll().contains("\r\n\r\n"))
                            return;
                        ++requests;
                        socket->write(reply);
                        socket->disconnectFromHost();
                    });
                }
            });
            return server.listen(QHostAddress::LocalHost, 0);
        }
        QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())); }
    };

    static Connection to(const QUrl &base)
    {
        return Connection{QStringLiteral("t"), ProviderId::Diligent, base, QStringLiteral("secret-token")};
    }

private slots:
    void plainHttpOffLoopbackIsRefusedBeforeSending()
    {
        ApiClient client;
        int exchanges = 0;
        connect(&client, &ApiClient::exchangeFinished, this, [&exchanges] { ++exchanges; });
        const CallResult r = waitFor(client.list(to(QUrl(QStringLiteral("http://api.godiligent.ai")))));
        QCOMPARE(r.error.kind, ApiError::Kind::Insecure);
        QVERIFY(r.error.message.contains(QLatin1String("api.godiligent.ai")));
        QCOMPARE(exchanges, 0);
        QVERIFY(ApiClient::checkBaseUrl(QUrl(QStringLiteral("http://localhost:1234"))).isEmpty());
        QVERIFY(ApiClient::checkBaseUrl(QUrl(QStringLiteral("http://[::1]:1234"))).isEmpty());
        QVERIFY(
            !ApiClient::checkBaseUrl(QUrl(QStringLiteral("https://user:pw@api.godiligent.ai"))).isEmpty());
        QVERIFY(!ApiClient::checkBaseUrl(QUrl(QStringLiteral("ftp://api.godiligent.ai"))).isEmpty());
    }

    void redirectToAnotherOriginIsNotFollowed()
    {
        FixedServer target;
        target.reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        QVERIFY(target.start());
        FixedServer redirector;
        redirector.reply = "HTTP/1.1 302 Found\r\nLocation: " + target.url().toEncoded() +
                           "/webhooks/x\r\nContent-Length: 0\r\n\r\n";
        QVERIFY(redirector.start());

        ApiClient client;
        const CallResult r = waitFor(client.get(to(redirector.url()), QStringLiteral("x")));
        QCOMPARE(r.error.kind, ApiError::Kind::Insecure);
        QCOMPARE(redirector.requests, 1);
        QCOMPARE(target.requests, 0); // the token never reached the other origin
    }

    void tlsErrorsAreNeverIgnored()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.setStandardErrorFile(QProcess::nullDevice()); // key generation noise
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0); // openssl is installed by .ci/deps
        QFile keyFile(key), certFile(cert);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        config.setLocalCertificate(QSslCertificate(&certFile));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        ApiClient client;
        const QUrl base(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        const CallResult r = waitFor(client.list(to(base)));
        QCOMPARE(r.error.kind, ApiError::Kind::Tls);
        QVERIFY2(!r.error.message.isEmpty(), qPrintable(r.error.toString()));
    }

    void connectionRefusedNamesTheCause()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        ApiClient client;
        const CallResult r = waitFor(client.list(to(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)))));
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QVERIFY2(r.error.message.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(r.error.message));
    }
};

QTEST_GUILESS_MAIN(TestApiClientTransport)
#include "tst_apiclient_transport.moc"
