#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>

// A hostile or careless HTTP server on loopback, on its own thread: it keeps answering while the
// test thread blocks (e.g. in QProcess::waitForFinished on a patchbay-cli child). Each request gets
// the raw bytes the responder returns for its method and target, then the connection is closed.
class CannedHttpServer : public QThread
{
public:
    using Responder = std::function<QByteArray(const QByteArray &method, const QByteArray &target)>;

    explicit CannedHttpServer(Responder responder) : m_responder(std::move(responder)) {}
    ~CannedHttpServer() override
    {
        m_stop = true;
        wait();
    }

    bool startListening()
    {
        start();
        m_ready.acquire();
        return m_port != 0;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // A complete reply with a JSON body and "Connection: close".
    static QByteArray reply(int status, const QByteArray &json)
    {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
               QByteArray::number(json.size()) + "\r\n\r\n" + json;
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        m_ready.release();
        while (m_port != 0 && !m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QByteArray request;
                while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(5000))
                    request += socket->readAll();
                const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
                socket->write(m_responder(line.value(0), line.value(1)));
                socket->waitForBytesWritten(5000);
                socket->disconnectFromHost();
                if (socket->state() != QAbstractSocket::UnconnectedState)
                    socket->waitForDisconnected(1000);
                delete socket;
            }
        }
    }

private:
    Responder m_responder;
    std::atomic<bool> m_stop{false};
    quint16 m_port = 0;
    QSemaphore m_ready;
};
