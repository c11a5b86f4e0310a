#include "common/sandboxworkspace.h"
#include "endpointactions.h"
#include "sandbox/sandboxseed.h"

#include <QAction>
#include <QSignalSpy>
#include <QtTest>

// The confirmation policy of the quick actions (Disable, Re-enable, Undo) against the real sandbox:
// staging accounts are asked only when the user chose "every account"; production always is.
class TestEndpointActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxWorkspace> m_sandbox;
    std::unique_ptr<EndpointActions> m_actions;
    Endpoint m_target;
    int m_asked = 0;
    QString m_askedTitle;
    bool m_answer = false;

    void selectTarget(const QString &environment)
    {
        Account account = m_sandbox->workspace()->account(SandboxWorkspace::accountOf(ProviderId::Diligent));
        account.environment = environment;
        m_sandbox->workspace()->setAccount(account, SandboxServer::tokenFor(ProviderId::Diligent));
        m_target = m_sandbox->load(ProviderId::Diligent, SandboxSeed::Diligent::active);
        QVERIFY(!m_target.id.isEmpty());
        QVERIFY(m_target.enabled);
    }

    // Triggers Disable and waits for its outcome; true when a write reached the server.
    bool disableWasSent()
    {
        const int before = m_sandbox->sandbox().journal().size();
        QSignalSpy messages(m_actions.get(), &EndpointActions::message);
        m_actions->updateEnabled(); // as the window does when the selection changes
        if (!m_actions->disableAction()->isEnabled())
            return false;
        m_actions->disableAction()->trigger();
        // "Disabling…", then the outcome: done, failed, or cancelled when the user declined.
        if (!QTest::qWaitFor([&] { return messages.size() >= 2; }, 10000))
            return false;
        for (int i = before; i < m_sandbox->sandbox().journal().size(); ++i)
            if (m_sandbox->sandbox().journal().at(i).method != "GET")
                return true;
        return false;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxWorkspace>();
        QVERIFY(m_sandbox->isListening());
        m_actions = std::make_unique<EndpointActions>(m_sandbox->workspace(), nullptr);
        m_actions->setSelectionSource([this] { return QList<Endpoint>{m_target}; });
        m_asked = 0;
        m_askedTitle.clear();
        m_answer = false; // the user declines
        m_actions->setConfirmer([this](const QString &title, const QString &, const QString &) {
            ++m_asked;
            m_askedTitle = title;
            return m_answer;
        });
    }
    void cleanup()
    {
        m_actions.reset();
        m_sandbox.reset();
    }

    void stagingIsNotAskedByDefault()
    {
        selectTarget(QStringLiteral("staging"));
        QCOMPARE(m_actions->confirmPolicy(), Preferences::ConfirmPolicy::ProductionOnly);
        QVERIFY(disableWasSent());
        QCOMPARE(m_asked, 0);
    }

    void everyAccountAsksForStagingToo()
    {
        selectTarget(QStringLiteral("staging"));
        m_actions->setConfirmPolicy(Preferences::ConfirmPolicy::EveryAccount);
        QVERIFY(!disableWasSent()); // declined: nothing but the re-read reached the server
        QCOMPARE(m_asked, 1);
        QCOMPARE(m_askedTitle, QStringLiteral("Send this change?"));
        m_answer = true;
        QVERIFY(disableWasSent());
        QCOMPARE(m_asked, 2);
    }

    void productionIsAlwaysAsked_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("production only") << int(Preferences::ConfirmPolicy::ProductionOnly);
        QTest::newRow("every account") << int(Preferences::ConfirmPolicy::EveryAccount);
    }
    void productionIsAlwaysAsked()
    {
        QFETCH(int, policy);
        selectTarget(QStringLiteral("production"));
        m_actions->setConfirmPolicy(Preferences::ConfirmPolicy(policy));
        QVERIFY(!disableWasSent());
        QCOMPARE(m_asked, 1);
        QCOMPARE(m_askedTitle, QStringLiteral("Change a production account?"));
    }

    void undoFollowsThePolicy()
    {
        selectTarget(QStringLiteral("staging"));
        m_answer = true;
        QVERIFY(disableWasSent()); // not asked: production only
        QCOMPARE(m_asked, 0);
        QTRY_VERIFY(m_actions->undoAction()->isEnabled());
        m_actions->setConfirmPolicy(Preferences::ConfirmPolicy::EveryAccount);
        m_answer = false;
        const int before = m_sandbox->sandbox().journal().size();
        m_actions->undoAction()->trigger();
        QTRY_COMPARE(m_asked, 1);
        QTRY_VERIFY(m_actions->undoAction()->isEnabled()); // declined: still there to undo
        for (int i = before; i < m_sandbox->sandbox().journal().size(); ++i)
            QCOMPARE(m_sandbox->sandbox().journal().at(i).method, QByteArray("GET"));
    }
};

QTEST_MAIN(TestEndpointActions)
#include "tst_endpointactions.moc"
