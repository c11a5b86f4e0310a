#include "common/sandboxworkspace.h"
#include "common/savejobwaiter.h"
#include "core/health.h"
#include "endpointactions.h"
#include "sandbox/sandboxseed.h"
#include "session/changejournal.h"

#include <QAction>
#include <QSignalSpy>
#include <QtTest>

// The confirmation policy of the quick actions (Disable, Re-enable, Undo) against the real sandbox:
// staging accounts are asked only when the user chose "every account"; production always is.
class TestEndpointActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<SandboxWorkspace> m_sandbox;
    std::unique_ptr<EndpointActions> m_actions;
    Endpoint m_target;
    int m_asked = 0;
    QString m_askedTitle;
    QString m_askedText;
    QString m_askedVerb;
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
        m_journal = std::make_unique<ChangeJournal>(
            m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".jsonl")));
        m_sandbox = std::make_unique<SandboxWorkspace>(m_journal.get());
        QVERIFY(m_sandbox->isListening());
        m_actions = std::make_unique<EndpointActions>(m_sandbox->workspace(), nullptr);
        m_actions->setSelectionSource([this] { return QList<Endpoint>{m_target}; });
        m_asked = 0;
        m_askedTitle.clear();
        m_answer = false; // the user declines
        m_actions->setConfirmer([this](const QString &title, const QString &text, const QString &verb) {
            ++m_asked;
            m_askedTitle = title;
            m_askedText = text;
            m_askedVerb = verb;
            return m_answer;
        });
    }
    void cleanup()
    {
        m_actions.reset();
        m_sandbox.reset();
        m_journal.reset();
    }

    int writes() const { return int(m_sandbox->writeBodies().size()); }

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

    // Re-enabling what the provider disabled loses its reason and count: always said, even where the
    // policy would not ask (a staging account).
    void reEnablingAnAutoDisabledEndpointSaysWhatIsLost()
    {
        m_target = m_sandbox->load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::autoDisabled);
        QCOMPARE(HealthRules::evaluate(m_target).disabledBy, DisabledBy::Provider);
        QVERIFY(!m_target.disabledReason.isEmpty());
        QCOMPARE(m_actions->confirmPolicy(), Preferences::ConfirmPolicy::ProductionOnly);
        m_actions->updateEnabled();
        QVERIFY(m_actions->enableAction()->isEnabled());
        m_actions->enableAction()->trigger();
        QTRY_COMPARE(m_asked, 1);
        QCOMPARE(m_askedVerb, QStringLiteral("Re-enable"));
        QVERIFY2(m_askedText.contains(m_target.disabledReason), qPrintable(m_askedText));
        QVERIFY2(
            m_askedText.contains(QStringLiteral("after %1 failed deliveries").arg(m_target.failureCount)),
            qPrintable(m_askedText));
        QVERIFY(m_askedText.contains(QLatin1String("will not come back")));
        QVERIFY(m_askedText.contains(QLatin1String("PATCH"))); // and the exact request
        QCOMPARE(writes(), 0);                                 // declined

        // A user-disabled endpoint loses nothing: the policy decides as usual (not asked).
        m_target = m_sandbox->load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::disabledByUser);
        m_actions->updateEnabled();
        QSignalSpy messages(m_actions.get(), &EndpointActions::message);
        m_actions->enableAction()->trigger();
        QTRY_COMPARE(writes(), 1);
        QCOMPARE(m_asked, 1);
    }

    // A secret rotation, the newest step, cannot be undone: Undo names the step before it, and its
    // tooltip says the rotation is skipped.
    void undoTooltipSaysASecretRotationIsSkipped()
    {
        Workspace *workspace = m_sandbox->workspace();
        const Endpoint base = m_sandbox->load(ProviderId::Atoa, SandboxSeed::Atoa::refunds);
        Draft describe = Draft::fromEndpoint(base);
        describe.description = QStringLiteral("Refunds, new team");
        SaveResult r = waitFor(workspace->save(base, describe));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QVERIFY(!m_actions->undoAction()->toolTip().contains(QLatin1String("secret rotation")));
        Draft rotate = Draft::fromEndpoint(r.endpoint);
        rotate.secretAction = SecretAction::Replace;
        rotate.newAuthentication = QJsonObject{{QStringLiteral("username"), QStringLiteral("u")},
                                               {QStringLiteral("password"), QStringLiteral("p")}};
        r = waitFor(workspace->save(r.endpoint, rotate));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QAction *undo = m_actions->undoAction();
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo description change of %1").arg(base.url));
        QVERIFY2(undo->toolTip().contains(QLatin1String("Skips the newer secret rotation")),
                 qPrintable(undo->toolTip()));
    }

    void revertFromTheJournalIsConfirmedWithTheRequest()
    {
        selectTarget(QStringLiteral("staging"));
        m_answer = true;
        QVERIFY(disableWasSent());
        const ChangeRecord record = m_journal->records().constLast();
        QCOMPARE(writes(), 1);
        m_answer = false;
        QSignalSpy messages(m_actions.get(), &EndpointActions::message);
        m_actions->revert(record, nullptr);
        QTRY_COMPARE(m_asked, 1); // always asked, whatever the policy
        QCOMPARE(m_askedVerb, QStringLiteral("Revert"));
        QVERIFY2(m_askedText.contains(QLatin1String("\"is_active\":true")), qPrintable(m_askedText));
        QTRY_VERIFY(!messages.isEmpty());
        QCOMPARE(writes(), 1); // declined
        m_answer = true;
        m_actions->revert(record, nullptr);
        QTRY_COMPARE(writes(), 2);
        QCOMPARE(m_sandbox->writeBodies().constLast(), (QJsonObject{{QStringLiteral("is_active"), true}}));
        QVERIFY(m_sandbox->current(ProviderId::Diligent, m_target.id).enabled);
    }

    void revertAfterAChangeSinceShowsItAndLetsTheUserDecide()
    {
        m_target = m_sandbox->load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        Draft draft = Draft::fromEndpoint(m_target);
        draft.description = QStringLiteral("Mine");
        QVERIFY(!waitFor(m_sandbox->workspace()->save(m_target, draft)).error.isError());
        const ChangeRecord mine = m_journal->records().constLast();
        QCOMPARE(m_sandbox->colleagueSends(ProviderId::OptimalDial, m_target.id,
                                           {{QStringLiteral("description"), QStringLiteral("Later")}}),
                 QString());
        m_answer = true;

        int conflicts = 0;
        QString theirs;
        SaveJob::Choice answer = SaveJob::Choice::BackToEditing;
        m_actions->setConflictAsker([&](QWidget *, const RebaseResult &rebase, const QString &) {
            ++conflicts;
            theirs = rebase.theirs.description;
            return answer;
        });
        const int before = writes();
        QSignalSpy messages(m_actions.get(), &EndpointActions::message);
        m_actions->revert(mine, nullptr);
        QTRY_COMPARE(conflicts, 1);
        QCOMPARE(theirs, QStringLiteral("Later")); // what changed since
        QTRY_VERIFY(!messages.isEmpty());
        QCOMPARE(writes(), before); // cancelled: nothing overwritten
        QCOMPARE(m_sandbox->current(ProviderId::OptimalDial, m_target.id).description,
                 QStringLiteral("Later"));

        answer = SaveJob::Choice::KeepMine; // revert anyway
        m_actions->revert(mine, nullptr);
        QTRY_COMPARE(writes(), before + 1);
        QCOMPARE(m_sandbox->current(ProviderId::OptimalDial, m_target.id).description, m_target.description);
    }
};

QTEST_MAIN(TestEndpointActions)
#include "tst_endpointactions.moc"
