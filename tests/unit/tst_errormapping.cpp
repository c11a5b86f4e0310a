#include "net/errormapping.h"

#include "testendpoints.h"

#include <QtTest>

// Every provider's error shape becomes status + code + message.
class TestErrorMapping : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("opentrain/layers")
            << 409 << QByteArray(json("{'error': {'code': 'IDEMPOTENCY_CONFLICT', 'message': 'key reused'}}"))
            << "IDEMPOTENCY_CONFLICT"
            << "key reused";
        QTest::newRow("fastapi detail") << 422 << QByteArray(json("{'detail': 'description too long'}")) << ""
                                        << "description too long";
        QTest::newRow("fastapi list")
            << 422 << QByteArray(json("{'detail': [{'msg': 'a'}, {'msg': 'b'}]}")) << ""
            << "a; b";
        QTest::newRow("nestjs")
            << 400
            << QByteArray(json(
                   "{'statusCode': 400, 'message': ['events must not be empty'], 'error': 'Bad Request'}"))
            << "BAD_REQUEST"
            << "events must not be empty";
        QTest::newRow("diligent") << 400
                                  << QByteArray(json("{'error': 'invalid_url', 'message': 'must be https'}"))
                                  << "INVALID_URL"
                                  << "must be https";
        QTest::newRow("html") << 502 << QByteArray("<html>Bad gateway</html>") << ""
                              << "the reply body is not JSON";
    }
    void shapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const ApiError e = ErrorMapping::fromHttp(status, body, QByteArray());
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.providerCode, code);
        QCOMPARE(e.message, message);
        QCOMPARE(e.kind, status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Refused);
    }

    void retryAfterAndHostileLengths()
    {
        const ApiError e = ErrorMapping::fromHttp(
            429, QByteArray(json("{'message': '")) + QByteArray(5000, 'x') + "\"}", "7");
        QCOMPARE(e.retryAfterSeconds, 7);
        QVERIFY(e.message.size() <= 500);
        QVERIFY(e.toString().contains(QLatin1String("retry after 7")));
    }

    void retryAfterForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected"); // -1: ignored
        QTest::newRow("seconds") << QByteArray(" 120 ") << 120;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("huge seconds capped at a day") << QByteArray("99999999999") << 86400;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon, maybe") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("http-date") << QByteArray("Mon, 30 Nov 2026 12:01:30 GMT") << 90;
        QTest::newRow("rfc2822 with zone") << QByteArray("Mon, 30 Nov 2026 13:02:00 +0100") << 120;
        QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0;
        QTest::newRow("date far ahead capped") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 86400;
        QTest::newRow("date with a bad day") << QByteArray("Mon, 32 Nov 2026 12:01:30 GMT") << -1;
        QTest::newRow("overlong") << QByteArray(5000, '1') << -1;
    }
    void retryAfterForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        const std::optional<int> seconds = ErrorMapping::retryAfterSeconds(header, now);
        QCOMPARE(seconds.value_or(-1), expected);
    }

    void retryAfterDateRoundsUp()
    {
        // 1.6 s before the named second: waiting 1 s would retry before it.
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0, 28, 400), Qt::UTC);
        QCOMPARE(ErrorMapping::retryAfterSeconds("Mon, 30 Nov 2026 12:00:30 GMT", now).value_or(-1), 2);
    }

    void networkKinds()
    {
        QCOMPARE(ErrorMapping::fromNetwork(QNetworkReply::OperationCanceledError, QString(), true).kind,
                 ApiError::Kind::Timeout);
        QCOMPARE(ErrorMapping::fromNetwork(QNetworkReply::SslHandshakeFailedError, QStringLiteral("x"), false)
                     .kind,
                 ApiError::Kind::Tls);
        QCOMPARE(
            ErrorMapping::fromNetwork(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"), false)
                .kind,
            ApiError::Kind::Network);
        QCOMPARE(
            ErrorMapping::fromNetwork(QNetworkReply::InsecureRedirectError, QStringLiteral("x"), false).kind,
            ApiError::Kind::Insecure);
    }
};

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
