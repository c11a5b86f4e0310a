#include "common/scriptedserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// patchbay-cli writes only to the endpoint typed on its command line: an unusable ID is refused with
// exit 2 before anything is sent, and a server that answers about another endpoint gets exit 4 and
// no write.
class TestCliIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    Run run(const QUrl &base, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("PATCHBAY_TOKEN"), QStringLiteral("tok_cli_identity"));
        // The messages asserted here are English; the CLI follows the host's language otherwise.
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PATCHBAY_CLI_BINARY),
                      QStringList{QStringLiteral("--provider"), QStringLiteral("diligent"),
                                  QStringLiteral("--base-url"), base.toString()} +
                          args);
        Run r;
        // The CLI runs its own event loop: wait for it here while the scripted server keeps answering.
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitCode();
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

private slots:
    void unusableIdExits2AndSendsNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("dot dot") << QStringLiteral("..");
    }
    void unusableIdExits2AndSendsNothing()
    {
        QFETCH(QString, id);
        ScriptedServer server([](const ScriptedServer::Request &) { return ScriptedServer::json(200, {}); });
        const Run update = run(server.url(), {QStringLiteral("endpoints"), QStringLiteral("update"), id,
                                              QStringLiteral("--disable")});
        QCOMPARE(update.exitCode, 2);
        const Run get = run(server.url(), {QStringLiteral("endpoints"), QStringLiteral("get"), id});
        QCOMPARE(get.exitCode, 2);
        QCOMPARE(server.requests().size(), 0);
    }

    void replyAboutAnotherEndpointExits4WithoutWriting()
    {
        ScriptedServer server([](const ScriptedServer::Request &) {
            return ScriptedServer::json(
                200, QJsonObject{{QStringLiteral("id"), QStringLiteral("..")},
                                 {QStringLiteral("webhook_url"), QStringLiteral("https://hooks.example/x")},
                                 {QStringLiteral("is_active"), true},
                                 {QStringLiteral("has_secret"), false},
                                 {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("events"), QJsonArray{QStringLiteral("search_completed")}}});
        });
        const Run r = run(server.url(), {QStringLiteral("endpoints"), QStringLiteral("update"),
                                         QStringLiteral("ep_1"), QStringLiteral("--disable")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("ep_1")), qPrintable(r.err));
        QCOMPARE(server.count("GET"), 1);
        QCOMPARE(server.count("PATCH"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliIdentity)
#include "tst_cli_identity.moc"
