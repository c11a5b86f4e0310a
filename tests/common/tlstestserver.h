#pragma once

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUrl>

// A minimal HTTPS server on loopback: presents the given certificate, answers every complete
// request with one JSON body, and records what reached it. handshakes counts TCP connections (a
// handshake was at least started); requests holds only what arrived over a verified TLS session.
class TlsTestServer
{
public:
    QSslServer server;
    int handshakes = 0;
    QList<QByteArray> requests;
    QByteArray body = "{\"webhookEndpoints\": [], \"nextCursor\": null}";

    bool start(const QString &certificatePath, const QString &keyPath)
    {
        QFile certificateFile(certificatePath);
        QFile keyFile(keyPath);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificateFile));
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
        // The server side keeps Qt's default (it may ask the client for a certificate and accept none):
        // nothing in any test turns certificate verification off.
        server.setSslConfiguration(configuration);
        QObject::connect(&server, &QSslServer::startedEncryptionHandshake, &server, [this] { ++handshakes; });
        QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    requests << *buffer;
                    buffer->clear();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2").arg(host).arg(server.serverPort()));
    }
};
