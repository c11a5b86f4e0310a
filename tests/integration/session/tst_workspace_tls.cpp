// The window's session with an account that trusts a private CA (made with openssl at test time):
// the account's CA file is used for its requests, and a file that cannot be used is the account's
// load error, with nothing sent.

#include "common/testpki.h"
#include "common/tlstestserver.h"
#include "session/changejournal.h"
#include "session/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestWorkspaceTls : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    QTemporaryDir m_dir;

    Account accountAt(const QUrl &baseUrl, const QString &caFile)
    {
        Account account(QStringLiteral("staging"), ProviderId::OpenTrain);
        account.baseUrl = baseUrl;
        account.caFile = caFile;
        return account;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_pki.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void theAccountsCaFileIsTrusted()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        ApiClient client;
        ChangeJournal journal(m_dir.filePath(QStringLiteral("a.jsonl")));
        Workspace workspace(&client, &journal);
        workspace.setAccount(accountAt(server.url(), m_pki.path("ca.pem")), QStringLiteral("tok-1"));
        QCOMPARE(workspace.connectionFor(QStringLiteral("staging")).extraCaCertificates.size(), 1);
        QSignalSpy finished(&workspace, &Workspace::loadFinished);
        QSignalSpy failed(&workspace, &Workspace::loadFailed);
        workspace.refresh(QStringLiteral("staging"));
        QVERIFY(finished.wait(15000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(server.requests.size(), 1);
    }

    void anUnusableCaFileIsTheAccountsErrorAndNothingIsSent()
    {
        TlsTestServer server;
        QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
        ApiClient client;
        ChangeJournal journal(m_dir.filePath(QStringLiteral("b.jsonl")));
        Workspace workspace(&client, &journal);
        // Valid when saved, gone since: the account still shows, with the cause.
        workspace.setAccount(accountAt(server.url(), m_pki.path("missing.pem")), QStringLiteral("tok-2"));
        QVERIFY(workspace.hasAccount(QStringLiteral("staging")));
        QSignalSpy started(&workspace, &Workspace::loadStarted);
        QSignalSpy failed(&workspace, &Workspace::loadFailed);
        workspace.refresh(QStringLiteral("staging"));
        QVERIFY(failed.count() == 1 || failed.wait(5000));
        const ApiError error = failed.first().at(1).value<ApiError>();
        QVERIFY2(error.message.contains(m_pki.path("missing.pem")) &&
                     error.message.contains(QLatin1String("cannot be read")),
                 qPrintable(error.message));
        QVERIFY(started.isEmpty());
        QCOMPARE(server.handshakes, 0);

        // Put back, the file counts at the next refresh: no need to edit the account again.
        QVERIFY(QFile::copy(m_pki.path("ca.pem"), m_pki.path("missing.pem")));
        QSignalSpy finished(&workspace, &Workspace::loadFinished);
        workspace.refresh(QStringLiteral("staging"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(QFile::remove(m_pki.path("missing.pem")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceTls)
#include "tst_workspace_tls.moc"
