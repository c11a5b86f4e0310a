#include "common/hostileserver.h"
#include "net/boundedrunner.h"
#include "net/errormapping.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

// The bounded, Retry-After-aware runner against real HTTP servers on loopback (one per lane, as
// each provider is its own host): what arrives at the server is what is measured.
class TestBoundedRunner : public QObject
{
    Q_OBJECT

private:
    // One provider: answers each request after `delayMs`, counts the requests in flight, and answers
    // the first request of each path in `limited` with 429 and `retryAfter` (a header value).
    struct Provider
    {
        struct Arrival
        {
            QByteArray path;
            qint64 atMs;
        };
        int delayMs = 60;
        QHash<QByteArray, QByteArray> limited; // path → Retry-After value, for its first request
        QByteArray alwaysLimited;              // "" or a Retry-After for every request
        int inFlight = 0;
        int maxInFlight = 0;
        QList<Arrival> arrivals;
        QHash<QByteArray, qint64> limitedAtMs; // when the 429 of a path was written
        const QElapsedTimer *clock = nullptr;
        std::unique_ptr<HostileServer> server;

        explicit Provider(const QElapsedTimer *c) : clock(c)
        {
            server = std::make_unique<HostileServer>([this](HostileServer *, QTcpSocket *socket,
                                                            const HostileServer::Request &request) {
                const QByteArray path = request.head.split(' ').value(1);
                arrivals << Arrival{path, clock->elapsed()};
                maxInFlight = qMax(maxInFlight, ++inFlight);
                QTimer::singleShot(delayMs, socket, [this, socket, path] {
                    --inFlight;
                    QByteArray retryAfter = alwaysLimited;
                    if (retryAfter.isEmpty() && limited.contains(path))
                        retryAfter = limited.take(path);
                    if (retryAfter.isEmpty()) {
                        HostileServer::replyAndClose(socket, "HTTP/1.1 200 OK\r\nContent-Length: "
                                                             "2\r\nConnection: close\r\n\r\n{}");
                        return;
                    }
                    limitedAtMs.insert(path, clock->elapsed());
                    const QByteArray body = R"({"message":"slow down"})";
                    HostileServer::replyAndClose(
                        socket, "HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + retryAfter +
                                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                });
            });
        }
        QList<qint64> arrivalsOf(const QByteArray &path) const
        {
            QList<qint64> times;
            for (const Arrival &a : arrivals)
                if (a.path == path)
                    times << a.atMs;
            return times;
        }
    };

    QNetworkAccessManager m_nam;
    QElapsedTimer m_clock;

    // A job: GET url, its outcome mapped as the API client maps it.
    BoundedRunner::Job get(const QUrl &url)
    {
        return [this, url](const BoundedRunner::Done &done) {
            QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
            connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status >= 200 && status < 300)
                    done(ApiError());
                else if (status > 0)
                    done(ErrorMapping::fromHttp(status, reply->readAll(), reply->rawHeader("Retry-After")));
                else
                    done(ErrorMapping::fromNetwork(reply->error(), reply->errorString(), false));
            });
        };
    }
    static QUrl at(const Provider &provider, const QString &path)
    {
        QUrl url = provider.server->url();
        url.setPath(path);
        return url;
    }

private slots:
    void initTestCase() { m_clock.start(); }

    void atMostPerLaneInFlight()
    {
        Provider a(&m_clock);
        QVERIFY(a.server->start());
        BoundedRunner runner;
        QCOMPARE(runner.perLane(), BoundedRunner::DefaultPerLane);
        for (int i = 0; i < 12; ++i)
            runner.add(QStringLiteral("a"), get(at(a, QStringLiteral("/e/%1").arg(i))));
        QSignalSpy done(&runner, &BoundedRunner::finished);
        runner.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(a.arrivals.size(), 12);
        // The bound is held and used: requests overlap, never more than DefaultPerLane at once.
        QCOMPARE(a.maxInFlight, BoundedRunner::DefaultPerLane);
        QCOMPARE(runner.finishedCount(), 12);
        for (int i = 0; i < 12; ++i)
            QVERIFY(!runner.error(i).isError());
    }

    void retryAfterPausesOnlyItsLane_data()
    {
        QTest::addColumn<bool>("httpDate");
        QTest::newRow("delay-seconds") << false;
        QTest::newRow("HTTP-date") << true;
    }

    void retryAfterPausesOnlyItsLane()
    {
        QFETCH(bool, httpDate);
        Provider a(&m_clock), b(&m_clock);
        QVERIFY(a.server->start());
        QVERIFY(b.server->start());
        // When the lane may go on, as an instant at the server's clock (the date form has whole
        // seconds: the instant is that second, at least 1 s from now).
        qint64 earliestMs = -1; // at m_clock
        if (httpDate) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QDateTime notBefore = now.addSecs(2).addMSecs(-now.time().msec());
            earliestMs = m_clock.elapsed() + now.msecsTo(notBefore);
            a.limited.insert(
                "/a/0",
                QLocale::c().toString(notBefore, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
                    " GMT");
        } else {
            a.limited.insert("/a/0", "2");
        }
        BoundedRunner runner;
        for (int i = 0; i < 8; ++i) {
            runner.add(QStringLiteral("a"), get(at(a, QStringLiteral("/a/%1").arg(i))));
            runner.add(QStringLiteral("b"), get(at(b, QStringLiteral("/b/%1").arg(i))));
        }
        QSignalSpy waiting(&runner, &BoundedRunner::jobWaiting);
        QSignalSpy done(&runner, &BoundedRunner::finished);
        qint64 laneBDoneMs = -1;
        connect(&runner, &BoundedRunner::jobFinished, this, [&](int) {
            if (b.arrivals.size() == 8 && b.inFlight == 0 && laneBDoneMs < 0)
                laneBDoneMs = m_clock.elapsed();
        });
        runner.start();
        QVERIFY(done.wait(15000));

        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).at(0).toInt(), 0); // job 0 (lane a's first) waited
        const qint64 limitedAt = a.limitedAtMs.value("/a/0", -1);
        QVERIFY(limitedAt >= 0);
        const QList<qint64> tries = a.arrivalsOf("/a/0");
        QCOMPARE(tries.size(), 2);
        if (httpDate) {
            // No earlier than the date the server named (the two clocks were read 1 ms apart at most).
            QVERIFY2(tries.at(1) >= earliestMs - 1,
                     qPrintable(QStringLiteral("retried at %1 ms, the date was at %2 ms")
                                    .arg(tries.at(1))
                                    .arg(earliestMs)));
        } else {
            QVERIFY2(tries.at(1) - limitedAt >= 2000,
                     qPrintable(QStringLiteral("retried %1 ms after the 429").arg(tries.at(1) - limitedAt)));
        }
        // The lane sent nothing new while paused: every lane-a request that arrived after the 429
        // arrived after the retry was due.
        for (const auto &arrival : std::as_const(a.arrivals))
            QVERIFY2(arrival.atMs < limitedAt || arrival.atMs >= tries.at(1),
                     qPrintable(
                         QStringLiteral("%1 sent during the pause").arg(QString::fromLatin1(arrival.path))));
        // The other lane went on meanwhile: it was done before lane a's retry.
        QVERIFY(laneBDoneMs >= 0);
        QVERIFY2(
            laneBDoneMs < tries.at(1),
            qPrintable(QStringLiteral("lane b done at %1, retry at %2").arg(laneBDoneMs).arg(tries.at(1))));
        QCOMPARE(runner.finishedCount(), 16);
        for (int i = 0; i < 16; ++i)
            QVERIFY2(!runner.error(i).isError(), qPrintable(runner.error(i).toString()));
        QCOMPARE(runner.attempts(0), 2);
        QVERIFY(a.maxInFlight <= BoundedRunner::DefaultPerLane);
        QVERIFY(b.maxInFlight <= BoundedRunner::DefaultPerLane);
    }

    void waitBeyondTheCapIsTheJobsFailure()
    {
        Provider a(&m_clock);
        QVERIFY(a.server->start());
        a.limited.insert("/a/0", QByteArray::number(BoundedRunner::MaxWaitSeconds + 1));
        BoundedRunner runner;
        runner.add(QStringLiteral("a"), get(at(a, QStringLiteral("/a/0"))));
        runner.add(QStringLiteral("a"), get(at(a, QStringLiteral("/a/1"))));
        QSignalSpy done(&runner, &BoundedRunner::finished);
        runner.start();
        QVERIFY(done.wait(5000)); // not slept
        QCOMPARE(runner.error(0).httpStatus, 429);
        QCOMPARE(runner.error(0).retryAfterSeconds, BoundedRunner::MaxWaitSeconds + 1);
        QCOMPARE(runner.attempts(0), 1);
        QVERIFY(!runner.error(1).isError());
    }

    void attemptsAreBounded()
    {
        Provider a(&m_clock);
        QVERIFY(a.server->start());
        a.delayMs = 5;
        a.alwaysLimited = "0";
        BoundedRunner runner;
        runner.add(QStringLiteral("a"), get(at(a, QStringLiteral("/a/0"))));
        QSignalSpy done(&runner, &BoundedRunner::finished);
        runner.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(a.arrivals.size(), BoundedRunner::MaxAttempts);
        QCOMPARE(runner.attempts(0), BoundedRunner::MaxAttempts);
        QCOMPARE(runner.error(0).httpStatus, 429);
    }

    // A provider that answers 429 to everything: one job uses its attempts, the lane's others are not
    // sent at all (they end with that answer, marked unsent), other lanes go on. Each job of the lane
    // sitting through its own waits made a long list take days.
    void aProviderThatAlwaysRefusesEndsItsLane()
    {
        Provider a(&m_clock);
        Provider b(&m_clock);
        QVERIFY(a.server->start());
        QVERIFY(b.server->start());
        a.delayMs = b.delayMs = 5;
        a.alwaysLimited = "0";
        BoundedRunner runner;
        runner.setPerLane(1);
        for (int i = 0; i < 5; ++i)
            runner.add(QStringLiteral("a"), get(at(a, QStringLiteral("/a/%1").arg(i))));
        runner.add(QStringLiteral("b"), get(at(b, QStringLiteral("/b/0"))));
        QSignalSpy done(&runner, &BoundedRunner::finished);
        QSignalSpy finishedJobs(&runner, &BoundedRunner::jobFinished);
        runner.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(a.arrivals.size(), BoundedRunner::MaxAttempts);
        QCOMPARE(runner.attempts(0), BoundedRunner::MaxAttempts);
        QCOMPARE(runner.error(0).httpStatus, 429);
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(runner.attempts(i), 0);
            QVERIFY(runner.isFinished(i));
            QCOMPARE(runner.error(i).kind, ApiError::Kind::Refused);
            QCOMPARE(runner.error(i).httpStatus, 0); // nothing was sent
            QVERIFY2(runner.error(i).toString().contains(QLatin1String("not sent")),
                     qPrintable(runner.error(i).toString()));
        }
        QCOMPARE(finishedJobs.size(), 6);
        QVERIFY(!runner.error(5).isError());
        QCOMPARE(b.arrivals.size(), 1);
    }

    void withoutRetryAfterNoRetry()
    {
        Provider a(&m_clock);
        QVERIFY(a.server->start());
        BoundedRunner runner;
        runner.add(QStringLiteral("a"), [](const BoundedRunner::Done &done) {
            done(ErrorMapping::fromHttp(503, QByteArray(), QByteArray()));
        });
        QSignalSpy done(&runner, &BoundedRunner::finished);
        runner.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(runner.attempts(0), 1);
        QCOMPARE(runner.error(0).httpStatus, 503);
    }

    void cancelStopsNewJobsAndWaits()
    {
        Provider a(&m_clock);
        QVERIFY(a.server->start());
        a.limited.insert("/a/0", "30");
        BoundedRunner runner;
        runner.setPerLane(1);
        for (int i = 0; i < 3; ++i)
            runner.add(QStringLiteral("a"), get(at(a, QStringLiteral("/a/%1").arg(i))));
        QSignalSpy waiting(&runner, &BoundedRunner::jobWaiting);
        QSignalSpy done(&runner, &BoundedRunner::finished);
        runner.start();
        QVERIFY(waiting.wait(5000));
        runner.cancel();
        QVERIFY(done.wait(2000));
        QCOMPARE(a.arrivals.size(), 1);
        QVERIFY(runner.isFinished(0)); // with the answer that made it wait
        QCOMPARE(runner.error(0).httpStatus, 429);
        QVERIFY(!runner.isFinished(1));
        QVERIFY(!runner.isFinished(2));
    }

    void nothingToRunStillFinishes()
    {
        BoundedRunner runner;
        QSignalSpy done(&runner, &BoundedRunner::finished);
        runner.start();
        QVERIFY(done.wait(1000));
    }

    void aSecondDoneIsIgnored()
    {
        BoundedRunner runner;
        runner.add(QStringLiteral("a"), [](const BoundedRunner::Done &done) {
            done(ApiError());
            done(ApiError{ApiError::Kind::Server, 500, {}, {}, -1});
        });
        QSignalSpy done(&runner, &BoundedRunner::finished);
        QSignalSpy jobs(&runner, &BoundedRunner::jobFinished);
        runner.start();
        QVERIFY(done.wait(1000));
        QCOMPARE(jobs.size(), 1);
        QVERIFY(!runner.error(0).isError());
    }
};

QTEST_GUILESS_MAIN(TestBoundedRunner)
#include "tst_boundedrunner.moc"
