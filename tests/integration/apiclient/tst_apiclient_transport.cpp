#include "common/callwaiter.h"
#include "common/hostileserver.h"
#include "diff/updaterequest.h"
#include "providers/providerspec.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

// The trust rules at the transport, each against a real (and mostly hostile) server on loopback:
// no plain http off loopback, no redirect to another origin and none at all for a write, no TLS
// error ignored, a deadline for the whole exchange, a broken reply is an error, memory bounded while
// streaming and across pages, and the token never leaves in an Exchange or an error.
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

    static Connection to(const QUrl &base, ProviderId provider = ProviderId::Diligent)
    {
        return Connection{QStringLiteral("t"), provider, base, QStringLiteral("secret-token")};
    }

    static QByteArray httpReply(const QByteArray &statusLine, const QByteArray &body,
                                const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + statusLine +
               "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n" + extraHeaders + "\r\n" + body;
    }

    // The query item `name` of a request line "GET /path?query HTTP/1.1".
    static QString queryItem(const HostileServer::Request &request, const QString &name)
    {
        const QByteArray target = request.head.split(' ').value(1);
        return QUrlQuery(QUrl::fromEncoded(target).query()).queryItemValue(name);
    }

    // A gzip member (RFC 1952) of `data`: zlib's stream from qCompress, rewrapped.
    static QByteArray gzip(const QByteArray &data)
    {
        const QByteArray zlib = qCompress(data, 9).mid(4); // drop Qt's length prefix
        quint32 crc = 0xffffffffu;
        for (const char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        crc = ~crc;
        QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
        out += zlib.mid(2, zlib.size() - 6); // raw deflate: without zlib's header and Adler-32
        for (quint32 v : {crc, quint32(data.size())})
            for (int i = 0; i < 4; ++i)
                out += char((v >> (8 * i)) & 0xff);
        return out;
    }

    static UpdateRequest layersDisable()
    {
        return UpdateRequest{"PATCH", QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}}};
    }

    // One endpoint that Diligent and Layers both read whole (each requires its own fields).
    static QJsonObject endpoint(const QString &id)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("url"), QStringLiteral("https://hooks.example/%1").arg(id)},
                {QStringLiteral("webhook_url"), QStringLiteral("https://hooks.example/%1").arg(id)},
                {QStringLiteral("events"), QJsonArray()},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("is_active"), true},
                {QStringLiteral("has_secret"), false}};
    }

    // A Layers list page of `count` endpoints named from `first` on, saying there is more.
    static QByteArray layersPage(int first, int count)
    {
        QJsonArray items;
        for (int i = first; i < first + count; ++i)
            items.append(endpoint(QStringLiteral("ep_%1").arg(i)));
        return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                         {QStringLiteral("data"), items},
                                         {QStringLiteral("has_more"), true}})
            .toJson(QJsonDocument::Compact);
    }

    // Every text of an error and an exchange, as one string to search.
    static QString everything(const ApiError &error, const Exchange &e)
    {
        QString all = error.message + error.providerCode + e.url.toString() + e.curl + e.error +
                      QString::fromUtf8(e.requestBody + e.responseBody);
        for (const HeaderList &headers : {e.requestHeaders, e.responseHeaders})
            for (const auto &h : headers)
                all += QString::fromUtf8(h.first + ": " + h.second + "\n");
        return all;
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
        QVERIFY2(r.error.message.contains(QLatin1String("another origin")), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(target.url().toString()), qPrintable(r.error.message));
    }

    void writeFollowsNoRedirect_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }
    void writeFollowsNoRedirect()
    {
        QFETCH(int, status);
        HostileServer server([status](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::replyAndClose(
                socket, "HTTP/1.1 " + QByteArray::number(status) +
                            " Moved\r\nLocation: /v1/webhook-endpoints/ep_2\r\nContent-Length: 0\r\n\r\n");
        });
        QVERIFY(server.start());
        ApiClient client;
        client.setTimeoutMs(5000);
        const CallResult r = waitFor(
            client.update(to(server.url(), ProviderId::Layers), QStringLiteral("ep_1"), layersDisable()),
            10000);
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QCOMPARE(r.error.httpStatus, status);
        const QString location = server.url().toString() + QLatin1String("/v1/webhook-endpoints/ep_2");
        QVERIFY2(r.error.message.contains(location), qPrintable(r.error.message));
        QCOMPARE(server.requests, 1); // nothing was re-sent, neither as PATCH nor as GET
        QVERIFY(server.received.first().head.startsWith("PATCH "));
    }

    void readFollowsASameOriginRedirect()
    {
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &request) {
            if (request.index == 1)
                HostileServer::replyAndClose(
                    socket, "HTTP/1.1 302 Found\r\nLocation: /v2/webhooks/x\r\nContent-Length: 0\r\n\r\n");
            else
                HostileServer::replyAndClose(
                    socket, httpReply("200 OK", QJsonDocument(endpoint(QStringLiteral("x"))).toJson()));
        });
        QVERIFY(server.start());
        ApiClient client;
        const CallResult r = waitFor(client.get(to(server.url()), QStringLiteral("x")), 10000);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(r.endpoint.id, QStringLiteral("x"));
        QCOMPARE(server.requests, 2);
        QVERIFY(server.received.last().head.startsWith("GET /v2/webhooks/x "));
    }

    void readRedirectLoopStopsWithinTenHops()
    {
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &request) {
            HostileServer::replyAndClose(socket, "HTTP/1.1 302 Found\r\nLocation: /webhooks/loop" +
                                                     QByteArray::number(request.index) +
                                                     "\r\nContent-Length: 0\r\n\r\n");
        });
        QVERIFY(server.start());
        ApiClient client;
        const CallResult r = waitFor(client.get(to(server.url()), QStringLiteral("x")), 10000);
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY2(r.error.message.contains(QLatin1String("redirected more than")),
                 qPrintable(r.error.message));
        QVERIFY2(!r.error.message.contains(QLatin1String("origin")), qPrintable(r.error.message));
        QVERIFY2(server.requests <= 10, qPrintable(QString::number(server.requests)));
    }

    void slowDripHitsTheDeadline()
    {
        // One byte every 100 ms of a body that announces 100 000: never idle, never done.
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::drip(socket, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", " ", 100);
        });
        QVERIFY(server.start());
        ApiClient client;
        client.setTimeoutMs(1000);
        QElapsedTimer clock;
        clock.start();
        const CallResult r = waitFor(client.get(to(server.url()), QStringLiteral("x")), 10000);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(r.error.message.contains(QLatin1String("whole exchange")), qPrintable(r.error.message));
        QVERIFY2(elapsed >= 900 && elapsed < 2500, qPrintable(QString::number(elapsed)));
    }

    void retriesStayInsideTheFirstDeadline()
    {
        // A 503 asking to retry after 1 s, then a server that drips forever.
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &request) {
            if (request.index == 1)
                HostileServer::replyAndClose(
                    socket, httpReply("503 Busy", "{\"message\":\"busy\"}", "Retry-After: 1\r\n"));
            else
                HostileServer::drip(socket, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n", " ", 100);
        });
        QVERIFY(server.start());
        ApiClient client;
        client.setTimeoutMs(2500);
        QElapsedTimer clock;
        clock.start();
        const CallResult r = waitFor(client.get(to(server.url()), QStringLiteral("x")), 10000);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(server.requests, 2); // the retry was sent: it had time left
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        // The retry gets what was left of the first deadline, not a fresh one (that would be 3.7 s).
        QVERIFY2(elapsed < 3200, qPrintable(QString::number(elapsed)));
    }

    void noRetryThatCannotFinishInTime()
    {
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::replyAndClose(
                socket, httpReply("429 Slow down", "{\"message\":\"later\"}", "Retry-After: 2\r\n"));
        });
        QVERIFY(server.start());
        ApiClient client;
        client.setTimeoutMs(1500);
        const CallResult r = waitFor(client.get(to(server.url()), QStringLiteral("x")), 10000);
        QCOMPARE(r.error.httpStatus, 429);
        QCOMPARE(server.requests, 1);
    }

    // Meaningful under LeakSanitizer (the CI sanitizer run): the retry state once referred to itself
    // and leaked when the client went away with a retry pending.
    void deletingTheClientWithARetryPendingLeaksNothing_data()
    {
        QTest::addColumn<bool>("listing");
        QTest::newRow("get") << false;
        QTest::newRow("list") << true;
    }
    void deletingTheClientWithARetryPendingLeaksNothing()
    {
        QFETCH(bool, listing);
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::replyAndClose(socket, httpReply("503 Busy", "{}", "Retry-After: 1\r\n"));
        });
        QVERIFY(server.start());
        auto *client = new ApiClient;
        int exchanges = 0;
        connect(client, &ApiClient::exchangeFinished, this, [&exchanges] { ++exchanges; });
        if (listing)
            client->list(to(server.url()));
        else
            client->get(to(server.url()), QStringLiteral("x"));
        QTRY_COMPARE(exchanges, 1);
        delete client; // the retry is still waiting
        QCOMPARE(server.requests, 1);
    }

    void cancelWhileWaitingToRetryEndsAtOnce()
    {
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::replyAndClose(socket, httpReply("503 Busy", "{}", "Retry-After: 3\r\n"));
        });
        QVERIFY(server.start());
        ApiClient client;
        ApiCall *call = client.get(to(server.url()), QStringLiteral("x"));
        connect(&client, &ApiClient::exchangeFinished, call,
                [call] { QTimer::singleShot(0, call, &ApiCall::abort); });
        QElapsedTimer clock;
        clock.start();
        const CallResult r = waitFor(call, 10000);
        QCOMPARE(r.error.kind, ApiError::Kind::Cancelled);
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed()))); // not after the wait
        QCOMPARE(server.requests, 1);
    }

    void brokenRepliesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        const QByteArray item = "{\"id\":\"x\",\"webhook_url\":\"https://hooks.example/x\"}";
        QTest::newRow("Content-Length larger than the body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + item) << 200 << "cut off";
        QTest::newRow("chunked body without its last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
                          QByteArray::number(item.size(), 16) + "\r\n" + item + "\r\n")
            << 200 << "broke off";
        QTest::newRow("500 cut short")
            << QByteArray("HTTP/1.1 500 Oops\r\nContent-Length: 1000\r\n\r\n{}") << 500 << "cut off";
    }
    void brokenRepliesAreErrors()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, status);
        QFETCH(QString, says);
        HostileServer server([reply](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::replyAndClose(socket, reply);
        });
        QVERIFY(server.start());
        ApiClient client;
        const CallResult r = waitFor(client.get(to(server.url()), QStringLiteral("x")), 10000);
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QCOMPARE(r.error.httpStatus, status);
        QVERIFY2(r.error.message.contains(says), qPrintable(r.error.message));
    }

    void compressedRepliesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("unpacked");
        QTest::addColumn<QString>("says");
        // 48 MiB of spaces packs 1000:1: Qt's own ratio check stops it.
        QTest::newRow("decompression bomb")
            << QByteArray("{\"id\":\"" + QByteArray(48 * 1024 * 1024, ' ')) << "decompression bomb";
        // 4 MiB of digits packs about 2:1: an honest ratio, but past the 1 MiB cap once unpacked.
        QByteArray digits;
        for (int i = 0; digits.size() < 4 * 1024 * 1024; ++i)
            digits += QByteArray::number(quint64(i) * 2654435761u % 1000003u);
        QTest::newRow("past the cap once unpacked") << QByteArray("{\"id\":\"" + digits) << "unpacks";
    }
    void compressedRepliesAreBounded()
    {
        QFETCH(QByteArray, unpacked);
        QFETCH(QString, says);
        const QByteArray packed = gzip(unpacked);
        HostileServer server([packed](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::replyAndClose(socket, httpReply("200 OK", packed, "Content-Encoding: gzip\r\n"));
        });
        QVERIFY(server.start());
        ApiClient client;
        client.setMaxReplyBytes(1024 * 1024);
        const CallResult r = waitFor(client.get(to(server.url()), QStringLiteral("x")), 10000);
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY2(r.error.message.contains(says), qPrintable(r.error.message));
        QVERIFY2(!r.error.message.contains(QLatin1String("JSON")), qPrintable(r.error.message));
    }

    void endlessChunkedReplyStopsAtTheCap()
    {
        QByteArray chunk(64 * 1024, 'x');
        chunk = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        FloodServer server("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", chunk);
        ApiClient client;
        client.setMaxReplyBytes(256 * 1024);
        const CallResult r = waitFor(client.list(to(server.url())), 10000);
        const qint64 sentWhenStopped = server.bytesSent;
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY2(r.error.message.contains(QLatin1String("larger than")), qPrintable(r.error.message));
        // Read-ahead is bounded: the server got rid of little more than the cap and the kernel's
        // socket buffers before the client stopped reading (not hundreds of MiB of it).
        QVERIFY2(sentWhenStopped < 32 * 1024 * 1024, qPrintable(QString::number(sentWhenStopped)));
    }

    void endlessPagerHitsTheListingCap()
    {
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &request) {
            HostileServer::replyAndClose(socket, httpReply("200 OK", layersPage(request.index * 100, 100)));
        });
        QVERIFY(server.start());
        ApiClient client;
        ListingPager::Limits limits;
        limits.maxEndpoints = 250;
        client.setListingLimits(limits);
        const CallResult r = waitFor(client.list(to(server.url(), ProviderId::Layers)), 10000);
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY2(r.error.message.contains(QLatin1String("250 endpoints")), qPrintable(r.error.message));
        QCOMPARE(server.requests, 3);
        QVERIFY(r.endpoints.isEmpty()); // a failed listing hands back nothing
    }

    void endlessPagerHitsTheByteCap()
    {
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &request) {
            HostileServer::replyAndClose(socket, httpReply("200 OK", layersPage(request.index * 100, 100)));
        });
        QVERIFY(server.start());
        ApiClient client;
        ListingPager::Limits limits;
        limits.maxBytes = 3 * layersPage(100, 100).size() - 1; // the third page passes it
        client.setListingLimits(limits);
        const CallResult r = waitFor(client.list(to(server.url(), ProviderId::Layers)), 10000);
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY2(r.error.message.contains(QLatin1String("in total")), qPrintable(r.error.message));
        QCOMPARE(server.requests, 3);
    }

    void cursorCycleStopsAtTheFirstRepeat()
    {
        // Diligent pages by token: no cursor → A, A → B, B → A again.
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &request) {
            const QString cursor = queryItem(request, QStringLiteral("cursor"));
            const QString next = cursor == QLatin1String("A") ? QStringLiteral("B") : QStringLiteral("A");
            const QJsonObject page{{QStringLiteral("webhooks"),
                                    QJsonArray{endpoint(QStringLiteral("wh_%1").arg(request.index))}},
                                   {QStringLiteral("next_cursor"), next}};
            HostileServer::replyAndClose(socket, httpReply("200 OK", QJsonDocument(page).toJson()));
        });
        QVERIFY(server.start());
        ApiClient client;
        const CallResult r = waitFor(client.list(to(server.url())), 10000);
        QCOMPARE(r.error.kind, ApiError::Kind::BadReply);
        QVERIFY2(r.error.message.contains(QLatin1String("circle")), qPrintable(r.error.message));
        QCOMPARE(server.requests, 3); // A was never asked for twice
    }

    void echoedTokenIsRedacted()
    {
        // The token has a "/" so that its JSON-escaped and percent-encoded echoes differ from it.
        const QString token = QStringLiteral("tok/SECRET-42");
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            const QByteArray body =
                "{\"error\":{\"code\":\"BAD_KEY_tok/SECRET-42\",\"message\":\"key tok\\/SECRET-42 "
                "(tok%2FSECRET-42) is not valid\"}}";
            HostileServer::replyAndClose(socket, httpReply("401 Unauthorized", body,
                                                           "X-Echo-Key: tok/SECRET-42\r\n"
                                                           "X-Tok/SECRET-42: name\r\n"));
        });
        QVERIFY(server.start());
        ApiClient client;
        QList<Exchange> seen;
        connect(&client, &ApiClient::exchangeFinished, this, [&seen](const Exchange &e) { seen << e; });
        Connection connection = to(server.url());
        connection.token = token;
        const CallResult r = waitFor(client.get(connection, QStringLiteral("x")), 10000);
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(seen.size(), 1);
        const QString all = everything(r.error, seen.first());
        for (const char *form : {"tok/SECRET-42", "tok\\/SECRET-42", "tok%2FSECRET-42", "SECRET"})
            QVERIFY2(!all.contains(QLatin1String(form)), qPrintable(all));
        QVERIFY2(r.error.message.contains(QLatin1String("<redacted>")), qPrintable(r.error.message));
        QVERIFY(server.received.first().head.contains("X-API-KEY: tok/SECRET-42")); // the wire has it
    }

    // A server that writes the token into an endpoint's fields: the endpoint the window shows,
    // copies and journals carries "<redacted>" instead.
    void tokenEchoedInsideAnEndpointIsRedacted()
    {
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &) {
            HostileServer::replyAndClose(
                socket,
                httpReply("200 OK",
                          "{\"id\":\"x\",\"webhook_url\":\"https://h.example/tok/SECRET-42\","
                          "\"is_active\":true,\"has_secret\":false,\"status\":\"active\","
                          "\"events\":[\"search_completed\"],\"description\":\"key tok/SECRET-42\"}"));
        });
        QVERIFY(server.start());
        ApiClient client;
        Connection connection = to(server.url());
        connection.token = QStringLiteral("tok/SECRET-42");
        const CallResult r = waitFor(client.get(connection, QStringLiteral("x")), 10000);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        const QString all = r.endpoint.url + r.endpoint.description +
                            r.endpoint.events.join(QLatin1Char(' ')) +
                            QString::fromUtf8(QJsonDocument(r.endpoint.rawObject()).toJson());
        QVERIFY2(!all.contains(QLatin1String("SECRET")), qPrintable(all));
        QCOMPARE(r.endpoint.url, QStringLiteral("https://h.example/<redacted>"));
    }

    void echoedSecretOfAWriteIsRedacted()
    {
        HostileServer server([](HostileServer *, QTcpSocket *socket, const HostileServer::Request &request) {
            const QByteArray secret =
                QJsonDocument::fromJson(request.body).object().value("secret").toString().toUtf8();
            HostileServer::replyAndClose(socket, httpReply("500 Oops",
                                                           "{\"message\":\"cannot store " + secret + "\"}",
                                                           "X-Echo: " + secret + "\r\n"));
        });
        QVERIFY(server.start());
        ApiClient client;
        QList<Exchange> seen;
        connect(&client, &ApiClient::exchangeFinished, this, [&seen](const Exchange &e) { seen << e; });
        const UpdateRequest change{
            "PATCH", QJsonObject{{QStringLiteral("secret"), QStringLiteral("whsec_ECHOED_0123")}}};
        const CallResult r = waitFor(client.update(to(server.url()), QStringLiteral("wh_1"), change), 10000);
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(seen.size(), 1);
        const QString all = everything(r.error, seen.first());
        QVERIFY2(!all.contains(QLatin1String("whsec_ECHOED_0123")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("secret-token")), qPrintable(all));
        QVERIFY2(r.error.message.contains(QLatin1String("<redacted>")), qPrintable(r.error.message));
        QVERIFY(server.received.first().body.contains("whsec_ECHOED_0123"));
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
