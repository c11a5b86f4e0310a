#pragma once

#include <QEventLoop>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

// A hostile HTTP/1.1 server on loopback for transport tests: answer() gets each complete request
// (head and body) with its socket and may do anything with it: reply, drip, close early. It counts
// the requests and keeps them.
class HostileServer : public QObject
{
public:
    struct Request
    {
        QByteArray head; // request line and headers
        QByteArray body;
        int index = 0; // 1-based, over the server's life
    };
    using Answer = std::function<void(HostileServer *server, QTcpSocket *socket, const Request &request)>;

    explicit HostileServer(Answer answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onReadyRead(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    ~HostileServer() override
    {
        // The sockets die with m_server, after the members their handlers use.
        for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            socket->disconnect(this);
    }

    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    int requests = 0;
    QList<Request> received;

    // Writes a whole reply and closes the connection.
    static void replyAndClose(QTcpSocket *socket, const QByteArray &reply)
    {
        socket->write(reply);
        socket->disconnectFromHost();
    }

    // Sends `head`, then one `piece` every `intervalMs` until the peer goes away.
    static void drip(QTcpSocket *socket, const QByteArray &head, const QByteArray &piece, int intervalMs)
    {
        socket->write(head);
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, piece] {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write(piece);
        });
        timer->start(intervalMs);
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const int end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            request.head = buffer.left(end + 4);
            qint64 length = 0;
            for (const QByteArray &line : request.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, int(end + 4 + length));
            request.index = ++requests;
            received << request;
            m_answer(this, socket, request);
        }
    }

    QTcpServer m_server;
    Answer m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A server in a thread of its own that answers every connection with `head` and then `piece`
// again and again, as fast as the peer takes it: a real server's pace, which a server sharing the
// client's thread cannot reach. Counts what the kernel accepted; stops at hardLimitBytes.
class FloodServer
{
public:
    static constexpr qint64 hardLimitBytes = 1024LL * 1024 * 1024;

    FloodServer(const QByteArray &head, const QByteArray &piece)
    {
        std::atomic<quint16> port{0};
        std::atomic<bool> ready{false};
        m_thread.reset(QThread::create([this, head, piece, &port, &ready] {
            QTcpServer server;
            QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, this, head, piece] {
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                                     [this](qint64 bytes) { bytesSent += bytes; });
                    auto topUp = [this, socket, piece] {
                        while (socket->state() == QAbstractSocket::ConnectedState &&
                               socket->bytesToWrite() < 4 * piece.size() && bytesSent < hardLimitBytes)
                            socket->write(piece);
                    };
                    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, topUp);
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    socket->write(head);
                    topUp();
                }
            });
            server.listen(QHostAddress::LocalHost, 0);
            port = server.serverPort();
            ready = true;
            QEventLoop loop; // until quit()
            loop.exec();
        }));
        m_thread->start();
        while (!ready)
            QThread::msleep(1);
        m_port = port;
    }
    ~FloodServer()
    {
        m_thread->quit();
        m_thread->wait();
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    std::atomic<qint64> bytesSent{0};

private:
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};
