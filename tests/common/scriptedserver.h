#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

// A hostile or careless provider on loopback: every request is recorded as received, and a script
// decides the raw bytes of each reply. One request per connection (the reply closes it).
class ScriptedServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query exactly as sent
        QByteArray body;
    };
    using Script = std::function<QByteArray(const Request &)>;

    explicit ScriptedServer(Script script) : m_script(std::move(script))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const Request &r : m_requests)
            n += r.method == method ? 1 : 0;
        return n;
    }

    static QByteArray json(int status, const QJsonObject &body)
    {
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
               QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const int headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer->left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + length)
                return;
            const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
            Request request{first.value(0), first.value(1), buffer->mid(headEnd + 4, length)};
            buffer->clear();
            m_requests.append(request);
            socket->write(m_script(request));
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Script m_script;
    QList<Request> m_requests;
};
