#pragma once

// The real patchbay-cli binary against a real patchbay-sandbox process, for the CLI's process tests:
// a test class derives from CliHarness, calls startSandbox() in initTestCase() and runs every CLI
// through RUN_CLI, so no test can forget the leak check. Each run gets a private HOME (settings), and
// speaks English unless a test asks otherwise. Accounts live in the real keychain of
// tests/with-keyring.sh; the tests that need one skip without it (needsKeychain()).

#include "providers/providerid.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString problem; // not finished, crashed, or printed a secret
};

// Runs the CLI and fails the test at once when it did not finish, crashed or printed a secret.
#define RUN_CLI(var, ...)                                                                                    \
    const CliRun var = runCli(__VA_ARGS__);                                                                  \
    QVERIFY2(var.problem.isEmpty(), qPrintable(var.problem))
// The same with --provider P --base-url <sandbox> and the provider's sandbox token in PATCHBAY_TOKEN.
#define RUN_AS(var, ...)                                                                                     \
    const CliRun var = runProvider(__VA_ARGS__);                                                             \
    QVERIFY2(var.problem.isEmpty(), qPrintable(var.problem))

class CliHarness : public QObject
{
public:
    static bool haveKeychain()
    {
        return qEnvironmentVariable("PATCHBAY_KEYCHAIN_TESTS") == QLatin1String("1");
    }
    static ProviderId providerOf(const QString &key)
    {
        ProviderId id = ProviderId::OpenTrain;
        Providers::fromKey(key, &id);
        return id;
    }

protected:
    // Empty on success, else why the sandbox could not be started.
    QString startSandbox()
    {
        if (!m_home.isValid())
            return QStringLiteral("no temporary HOME");
        if (!QFileInfo::exists(m_program))
            return QStringLiteral("missing ") + m_program;
        for (ProviderId id : Providers::all())
            m_neverPrinted << SandboxServer::tokenFor(id) << SandboxServer::limitedTokenFor(id);
        m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        m_sandbox.start(QStringLiteral(PATCHBAY_SANDBOX_BINARY),
                        {QStringLiteral("--port"), QStringLiteral("0")});
        if (!m_sandbox.waitForStarted(5000))
            return m_sandbox.errorString();
        // The first stdout line names the port: "patchbay-sandbox listening on http://127.0.0.1:PORT".
        static const QRegularExpression listening(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QByteArray firstLine;
        QDeadlineTimer deadline(10000);
        while (!firstLine.contains('\n') && !deadline.hasExpired()) {
            if (!m_sandbox.waitForReadyRead(int(deadline.remainingTime())))
                break;
            firstLine += m_sandbox.readAllStandardOutput();
        }
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(firstLine));
        if (!match.hasMatch())
            return QStringLiteral("the sandbox did not say where it listens: ") +
                   QString::fromUtf8(firstLine);
        m_baseUrl = QUrl(match.captured(1));
        return {};
    }

    void stopSandbox()
    {
        if (m_sandbox.state() == QProcess::NotRunning)
            return;
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(3000)) {
            m_sandbox.kill();
            m_sandbox.waitForFinished(1000);
        }
    }

    // Seed restored, journal and faults cleared.
    void resetSandbox() { control("POST", QStringLiteral("/_sandbox/reset")); }

    CliRun runCli(const QStringList &args, const QByteArray &input = {},
                  const QProcessEnvironment &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PATCHBAY_TOKEN"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        // The tests assert English words whatever the host's locale (a test may ask for another
        // language through `extra`).
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));

        QProcess process;
        process.setProcessEnvironment(env);
        process.start(m_program, args);
        CliRun run;
        if (!process.waitForStarted(5000)) {
            run.problem = QStringLiteral("patchbay-cli did not start: ") + process.errorString();
            return run;
        }
        process.write(input);
        process.closeWriteChannel();
        // The event loop runs meanwhile, so a test's own server in this thread keeps answering.
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 20000)) {
            process.kill();
            process.waitForFinished(1000);
            run.problem = QStringLiteral("patchbay-cli did not finish: ") + args.join(QLatin1Char(' '));
            return run;
        }
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitStatus() != QProcess::NormalExit) {
            run.problem = QStringLiteral("patchbay-cli crashed: ") + run.err;
            return run;
        }
        run.exitCode = process.exitCode();
        for (const QString &secret : std::as_const(m_neverPrinted)) {
            if (run.out.contains(secret) || run.err.contains(secret))
                run.problem =
                    QStringLiteral("a token or secret was printed by: ") + args.join(QLatin1Char(' '));
        }
        return run;
    }

    CliRun runProvider(const QString &provider, const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATCHBAY_TOKEN"), SandboxServer::tokenFor(providerOf(provider)));
        return runCli(QStringList{QStringLiteral("--provider"), provider, QStringLiteral("--base-url"),
                                  m_baseUrl.toString()} +
                          args,
                      input, env);
    }

    // Adds an account for the provider at the sandbox (or at baseUrl), with its sandbox token, under a
    // name unique to this run (so a developer's own keychain is never confused with it). Returns its
    // name, or "" with *error. Needs the keychain.
    QString addAccount(ProviderId provider, const QString &prefix, QString *error, const QUrl &baseUrl = {})
    {
        const QString name = prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString url = (baseUrl.isEmpty() ? m_baseUrl : baseUrl).toString();
        const CliRun add =
            runCli({QStringLiteral("accounts"), QStringLiteral("add"), name, QStringLiteral("--provider"),
                    Providers::spec(provider).key, QStringLiteral("--base-url"), url},
                   SandboxServer::tokenFor(provider).toUtf8() + "\n");
        if (!add.problem.isEmpty() || add.exitCode != 0) {
            *error = add.problem + add.err;
            return {};
        }
        m_addedAccounts << name;
        return name;
    }

    // Removes the accounts addAccount() added (and their keychain entries) that are still there.
    void removeAddedAccounts()
    {
        for (const QString &name : std::as_const(m_addedAccounts))
            runCli({QStringLiteral("accounts"), QStringLiteral("remove"), name});
        m_addedAccounts.clear();
    }

    QJsonValue control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QUrl url = m_baseUrl;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const QByteArray data = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status < 200 || status >= 300)
            qWarning("control %s %s answered %d: %s", method.constData(), qPrintable(path), status,
                     data.constData());
        const QJsonDocument document = QJsonDocument::fromJson(data);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    QJsonArray journal() { return control("GET", QStringLiteral("/_sandbox/journal")).toArray(); }
    void addFault(const QJsonObject &fault) { control("POST", QStringLiteral("/_sandbox/faults"), fault); }

    // The journal's entries that changed something (everything but GET).
    static QList<QJsonObject> writes(const QJsonArray &journal)
    {
        QList<QJsonObject> result;
        for (const QJsonValue &entry : journal) {
            if (entry.toObject().value(QLatin1String("method")).toString() != QLatin1String("GET"))
                result << entry.toObject();
        }
        return result;
    }
    static QString header(const QJsonObject &entry, const QString &name)
    {
        const QJsonObject headers = entry.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value().toString();
        }
        return {};
    }

    QProcess m_sandbox;
    QString m_program = QStringLiteral(PATCHBAY_CLI_BINARY); // a test may run a copy elsewhere
    QUrl m_baseUrl;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_home; // HOME and XDG_CONFIG_HOME of every CLI run: never the user's settings
    QStringList m_neverPrinted;
    QStringList m_addedAccounts;
};
