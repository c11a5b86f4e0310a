// patchbay-sandbox as a process: the first stdout line names the URL, the tokens follow, the options
// work, and nothing secret is printed.
#include "sandbox/sandboxseed.h"
#include "sandboxtestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestSandboxProcess : public QObject
{
    Q_OBJECT
    QProcess m_process;

    QUrl start(const QStringList &args)
    {
        m_process.setProgram(QStringLiteral(PATCHBAY_SANDBOX_BINARY));
        m_process.setArguments(args);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return {};
        if (!m_process.canReadLine())
            m_process.waitForReadyRead(5000);
        const QString first = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression shape(
            QStringLiteral("^patchbay-sandbox listening on (http://127\\.0\\.0\\.1:\\d+)$"));
        const QRegularExpressionMatch m = shape.match(first);
        return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
    }
    QString restOfOutput()
    {
        QTest::qWait(100);
        return QString::fromUtf8(m_process.readAllStandardOutput());
    }

private slots:
    void cleanup()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void printsUrlAndTokensAndServes()
    {
        const QUrl base = start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--extra"),
                                 QStringLiteral("120")});
        QVERIFY(base.isValid());
        QVERIFY(base.port() > 0);
        const QString rest = restOfOutput();
        for (ProviderId p : Providers::all())
            QVERIFY2(rest.contains(SandboxServer::tokenFor(p)), qPrintable(rest));
        QVERIFY(rest.contains(SandboxServer::limitedTokenFor(ProviderId::OpenTrain)));
        QVERIFY(rest.contains(SandboxServer::limitedTokenFor(ProviderId::Layers)));
        QVERIFY(!rest.contains(QLatin1String("whsec_")));
        QVERIFY(!rest.contains(QLatin1String("sandbox-pass")));

        SandboxTestClient client(base);
        const HttpResult r =
            client.call(ProviderId::Layers, "GET", QStringLiteral("/v1/webhook-endpoints?limit=100"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("data")).toArray().size(), 100); // 7 seeds + 120 extra
        QCOMPARE(r.json().value(QLatin1String("has_more")), QJsonValue(true));

        // The control API works out of process.
        QCOMPARE(client.send("GET", QStringLiteral("/_sandbox/journal")).jsonArray().size(), 1);
        QCOMPARE(client.send("POST", QStringLiteral("/_sandbox/reset")).status, 200);
        QCOMPARE(client.send("GET", QStringLiteral("/_sandbox/journal")).jsonArray().size(), 0);
        const HttpResult delivered =
            client.send("POST", QStringLiteral("/_sandbox/deliveries"),
                        QByteArray(R"({"provider": "atoa", "outcomes": [503, 503], "id": ")") +
                            QByteArray(SandboxSeed::Atoa::refunds.data()) + "\"}");
        QCOMPARE(delivered.status, 200);
        QCOMPARE(delivered.json().value(QLatin1String("failureCount")).toInt(), 2);
    }

    void latencyOption()
    {
        const QUrl base = start({QStringLiteral("--latency"), QStringLiteral("300")});
        QVERIFY(base.isValid());
        SandboxTestClient client(base);
        const HttpResult r = client.get(ProviderId::Atoa, QString(SandboxSeed::Atoa::refunds));
        QCOMPARE(r.status, 200);
        QVERIFY(r.elapsedMs >= 300);
    }

    void busyPortFails()
    {
        const QUrl base = start({});
        QVERIFY(base.isValid());
        QProcess second;
        second.start(QStringLiteral(PATCHBAY_SANDBOX_BINARY),
                     {QStringLiteral("--port"), QString::number(base.port())});
        QVERIFY(second.waitForFinished(5000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(!second.readAllStandardError().isEmpty());
        QVERIFY(second.readAllStandardOutput().isEmpty());
    }

    void badOptionValue()
    {
        QProcess p;
        p.start(QStringLiteral(PATCHBAY_SANDBOX_BINARY), {QStringLiteral("--extra"), QStringLiteral("many")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
