#pragma once

#include "common/hostileserver.h"

#include <QJsonDocument>
#include <QJsonObject>

// A lying provider on loopback for tests that only need to choose each reply's bytes: a script
// maps each request (as received) to a whole reply, which closes the connection. Built on
// HostileServer, which keeps what was received.
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

    explicit ScriptedServer(Script script)
        : m_server([script = std::move(script)](HostileServer *, QTcpSocket *socket,
                                                const HostileServer::Request &request) {
              HostileServer::replyAndClose(socket, script(toRequest(request)));
          })
    {
        m_listening = m_server.start();
    }

    bool isListening() const { return m_listening; }
    QUrl url() const { return m_server.url(); }
    QList<Request> requests() const
    {
        QList<Request> result;
        for (const HostileServer::Request &r : m_server.received)
            result << toRequest(r);
        return result;
    }
    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const Request &r : requests())
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
    static Request toRequest(const HostileServer::Request &r)
    {
        const QList<QByteArray> first = r.head.left(r.head.indexOf('\r')).split(' ');
        return Request{first.value(0), first.value(1), r.body};
    }

    HostileServer m_server;
    bool m_listening = false;
};
