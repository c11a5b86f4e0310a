// The real patchbay-cli against a real HTTPS server whose certificate comes from a private CA made
// with openssl at test time: --ca-file, PATCHBAY_CA_FILE and an account's CA file, their order, and a
// clear exit 2 (naming the file and the cause, nothing sent) for every file that cannot be used.

#include "common/testpki.h"
#include "common/tlstestserver.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

namespace {

const QString cliBinary = QStringLiteral(PATCHBAY_CLI_BINARY);
const QString token = QStringLiteral("cli-tls-token-0815");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliTls : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    QTemporaryDir m_home;

    // Runs the CLI while this process keeps serving (the server lives in this event loop).
    CliRun run(const QStringList &args, const QMap<QString, QString> &extra = {},
               const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY",
                                 "no_proxy", "NO_PROXY", "PATCHBAY_CA_FILE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("PATCHBAY_TOKEN"), token);
        // Never the user's settings; the keychain (if any) is reached over D-Bus, not through HOME.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        // The messages asserted here are English; the CLI follows the host's language otherwise.
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(cliBinary, args);
        process.write(input);
        process.closeWriteChannel();
        CliRun result;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000)) {
            process.kill();
            process.waitForFinished(1000);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (result.out.contains(token) || result.err.contains(token))
            result.exitCode = -3; // a printed token fails every comparison
        return result;
    }

    QStringList list(const TlsTestServer &server, const QString &host = QStringLiteral("127.0.0.1"))
    {
        return {QStringLiteral("--provider"), QStringLiteral("opentrain"), QStringLiteral("--base-url"),
                server.url(host).toString(),  QStringLiteral("endpoints"), QStringLiteral("list")};
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_pki.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem)); // openssl is installed by .ci/deps
    }

    void withoutTheCaTlsFailsWithExit4()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        const CliRun r = run(list(server));
        QVERIFY2(r.exitCode == 4, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
        QVERIFY2(r.err.contains(QLatin1String("TLS")), qPrintable(r.err));
        QVERIFY(server.requests.isEmpty());
    }

    void caFileOptionTrustsThePrivateCa()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        const CliRun r = run(QStringList{QStringLiteral("--ca-file"), m_pki.path("ca.pem")} + list(server));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(server.requests.size(), 1);
    }

    void caFileVariableTrustsThePrivateCa()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        const CliRun r = run(list(server, QStringLiteral("localhost")),
                             {{QStringLiteral("PATCHBAY_CA_FILE"), m_pki.path("ca.pem")}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(server.requests.size(), 1);
    }

    void optionWinsOverVariable()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        const CliRun good = run(QStringList{QStringLiteral("--ca-file"), m_pki.path("ca.pem")} + list(server),
                                {{QStringLiteral("PATCHBAY_CA_FILE"), m_pki.path("key-only.pem")}});
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        const CliRun bad =
            run(QStringList{QStringLiteral("--ca-file"), m_pki.path("empty.pem")} + list(server),
                {{QStringLiteral("PATCHBAY_CA_FILE"), m_pki.path("ca.pem")}});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--ca-file")), qPrintable(bad.err));
        QCOMPARE(server.requests.size(), 1);
    }

    void theCaDoesNotWaiveHostNameOrExpiry_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::newRow("another host's certificate") << "other-host.pem";
        QTest::newRow("expired certificate") << "expired.pem";
    }
    void theCaDoesNotWaiveHostNameOrExpiry()
    {
        QFETCH(QString, certificate);
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path(qPrintable(certificate)), m_pki.path("server.key")));
        const CliRun r = run(QStringList{QStringLiteral("--ca-file"), m_pki.path("ca.pem")} + list(server));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("TLS")), qPrintable(r.err));
        QVERIFY(server.requests.isEmpty());
    }

    void unusableCaFileExits2BeforeConnecting_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cause");
        QTest::newRow("missing") << "missing.pem"
                                 << "cannot be read";
        QTest::newRow("empty") << "empty.pem"
                               << "empty";
        QTest::newRow("private key only") << "key-only.pem"
                                          << "private key";
        QTest::newRow("no CA certificate") << "server.pem"
                                           << "no CA certificate";
        QTest::newRow("damaged") << "damaged.pem"
                                 << "damaged";
    }
    void unusableCaFileExits2BeforeConnecting()
    {
        QFETCH(QString, file);
        QFETCH(QString, cause);
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        const QString path = m_pki.path(qPrintable(file));
        for (const bool viaVariable : {false, true}) {
            const CliRun r = viaVariable ? run(list(server), {{QStringLiteral("PATCHBAY_CA_FILE"), path}})
                                         : run(QStringList{QStringLiteral("--ca-file"), path} + list(server));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(path) && r.err.contains(cause), qPrintable(r.err));
            QVERIFY2(
                r.err.contains(viaVariable ? QLatin1String("PATCHBAY_CA_FILE") : QLatin1String("--ca-file")),
                qPrintable(r.err));
        }
        QCOMPARE(server.handshakes, 0); // nothing was sent, not even a connection attempt
    }

    void unusableProxyVariableExits2()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        const CliRun r =
            run(QStringList{QStringLiteral("--ca-file"), m_pki.path("ca.pem")} + list(server),
                {{QStringLiteral("https_proxy"), QStringLiteral("https://u:hunter2@proxy.example")}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("https_proxy")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("hunter2")), qPrintable(r.err));
        QCOMPARE(server.handshakes, 0);
    }

    void caFileGoesWithCommandsThatConnect()
    {
        const CliRun r = run({QStringLiteral("--ca-file"), m_pki.path("ca.pem"), QStringLiteral("accounts"),
                              QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--ca-file")), qPrintable(r.err));
    }

    void accountsAddRefusesAnUnusableCaFileBeforeReadingTheToken()
    {
        const CliRun r =
            run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("tls-refused"),
                 QStringLiteral("--provider"), QStringLiteral("opentrain"), QStringLiteral("--ca-file"),
                 m_pki.path("key-only.pem")},
                {}, token.toUtf8() + "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(m_pki.path("key-only.pem")) && r.err.contains(QLatin1String("private key")),
                 qPrintable(r.err));
        const CliRun listed = run({QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(!listed.out.contains(QLatin1String("tls-refused")));
    }

    void anAccountKeepsItsCaFile()
    {
        if (qEnvironmentVariable("PATCHBAY_KEYCHAIN_TESTS") != QLatin1String("1"))
            QSKIP("needs a real Secret Service: run under tests/with-keyring.sh (sets "
                  "PATCHBAY_KEYCHAIN_TESTS=1)");
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        const QString name = QStringLiteral("cli-tls-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        // A relative path is stored as an absolute one: the account works from any folder.
        QDir::setCurrent(QFileInfo(m_pki.path("ca.pem")).absolutePath());
        const CliRun add =
            run({QStringLiteral("accounts"), QStringLiteral("add"), name, QStringLiteral("--provider"),
                 QStringLiteral("opentrain"), QStringLiteral("--base-url"), server.url().toString(),
                 QStringLiteral("--ca-file"), QStringLiteral("ca.pem")},
                {}, token.toUtf8() + "\n");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QDir::setCurrent(QDir::rootPath());
        const CliRun listed =
            run({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains(m_pki.path("ca.pem")), qPrintable(listed.out));

        const QStringList use{QStringLiteral("--account"), name, QStringLiteral("endpoints"),
                              QStringLiteral("list")};
        const CliRun ok = run(use);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(server.requests.size(), 1);
        // PATCHBAY_CA_FILE comes before the account's own file.
        const CliRun overridden = run(use, {{QStringLiteral("PATCHBAY_CA_FILE"), m_pki.path("empty.pem")}});
        QCOMPARE(overridden.exitCode, 2);
        QCOMPARE(server.requests.size(), 1);

        const CliRun removed = run({QStringLiteral("accounts"), QStringLiteral("remove"), name});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_cli_tls.moc"
