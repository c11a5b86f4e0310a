#pragma once

// A plain QNetworkAccessManager client for the sandbox tests: real HTTP on loopback, one request at a
// time, waiting in a local event loop (the server lives in the same thread and keeps answering).

#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

struct HttpResult
{
    int status = 0; // 0: no HTTP reply
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &base) : m_base(base) {}

    // Any request; `path` may carry a query ("/x?limit=2"). Extra headers are sent as given.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 5000)
    {
        QUrl url = m_base;
        const int q = path.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? path : path.left(q), QUrl::TolerantMode);
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.elapsedMs = clock.elapsed();
        if (!reply->isFinished()) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
        } else {
            result.error = reply->error();
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    // A provider call with that provider's auth header and the given token (full rights by default).
    HttpResult call(ProviderId provider, const QByteArray &method, const QString &path,
                    const QByteArray &body = {}, const QString &token = QString(),
                    QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        const ProviderSpec &spec = Providers::spec(provider);
        const QString t = token.isNull() ? SandboxServer::tokenFor(provider) : token;
        headers.prepend({spec.authHeader, spec.authPrefix + t.toUtf8()});
        return send(method, path, body, headers);
    }

    HttpResult get(ProviderId provider, const QString &id, const QString &token = QString())
    {
        return call(provider, "GET", Providers::spec(provider).itemPathFor(id), {}, token);
    }
    HttpResult update(ProviderId provider, const QString &id, const QJsonObject &body,
                      const QString &token = QString(),
                      const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return call(provider, Providers::spec(provider).updateMethod,
                    Providers::spec(provider).itemPathFor(id),
                    QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
    }
    HttpResult updateRaw(ProviderId provider, const QString &id, const QByteArray &body)
    {
        return call(provider, Providers::spec(provider).updateMethod,
                    Providers::spec(provider).itemPathFor(id), body);
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

// Reads a JSON array of strings.
inline QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

// A fresh server (seeded, listening on a free port) and a client for it, per test function.
struct SandboxFixture
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

    bool start()
    {
        server = std::make_unique<SandboxServer>();
        if (!server->listen(0))
            return false;
        client = std::make_unique<SandboxTestClient>(server->baseUrl());
        return true;
    }
    void stop()
    {
        client.reset();
        server.reset();
    }
};
