#include "common/sandboxworkspace.h"
#include "common/savejobwaiter.h"
#include "core/draft.h"
#include "core/health.h"
#include "diff/diff.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "session/changejournal.h"
#include "session/workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The session the window sits on, against the sandbox: loading every account, a change with its
// journal entry, undo as the reverse diff, and what cannot be undone.
class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<SandboxWorkspace> m_env;
    SandboxServer *m_sandbox = nullptr;
    Workspace *m_workspace = nullptr;

    Endpoint load(ProviderId p, const QString &id) { return m_env->load(p, id); }
    static QJsonObject bodyOf(const SandboxJournalEntry &e)
    {
        return QJsonDocument::fromJson(e.body).object();
    }

private slots:
    void init()
    {
        m_journal = std::make_unique<ChangeJournal>(
            m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".jsonl")));
        m_env = std::make_unique<SandboxWorkspace>(m_journal.get());
        QVERIFY(m_env->isListening());
        m_sandbox = &m_env->sandbox();
        m_workspace = m_env->workspace();
    }
    void cleanup()
    {
        m_env.reset();
        m_journal.reset();
    }
    void refreshAllLoadsEveryAccount()
    {
        QSignalSpy finished(m_workspace, &Workspace::loadFinished);
        QSignalSpy failed(m_workspace, &Workspace::loadFailed);
        QHash<QString, QStringList> delivered;
        connect(m_workspace, &Workspace::endpointsLoaded, this,
                [&](const QString &account, const QList<Endpoint> &endpoints) {
                    for (const Endpoint &e : endpoints) {
                        QCOMPARE(e.account, account);
                        delivered[account] << e.id;
                    }
                });
        m_workspace->refreshAll();
        QVERIFY(m_workspace->isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 10000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!m_workspace->isLoading());
        for (const QList<QVariant> &args : finished) {
            // The outcome names every endpoint of the load, each delivered before it.
            const QString account = args.at(0).toString();
            const QStringList ids = args.at(1).toStringList();
            QVERIFY(!ids.isEmpty());
            QCOMPARE(ids, delivered.value(account));
        }
    }

    void aFailingAccountDoesNotHideTheOthers()
    {
        Account broken(QStringLiteral("Broken"), ProviderId::Diligent);
        broken.baseUrl = m_sandbox->baseUrl();
        m_workspace->setAccount(broken, QStringLiteral("revoked-token"));
        QSignalSpy finished(m_workspace, &Workspace::loadFinished);
        QSignalSpy failed(m_workspace, &Workspace::loadFailed);
        m_workspace->refreshAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 6, 10000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Broken"));
        QCOMPARE(failed.first().at(1).value<ApiError>().httpStatus, 401);
    }

    void anAccountWithoutATokenSendsNothing()
    {
        Account account(QStringLiteral("No token yet"), ProviderId::Layers);
        account.baseUrl = m_sandbox->baseUrl();
        m_workspace->setAccount(account, QString());
        QSignalSpy failed(m_workspace, &Workspace::loadFailed);
        m_sandbox->clearJournal();
        m_workspace->refresh(account.name);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).value<ApiError>().message.contains(QLatin1String("No token")));
        QTest::qWait(50);
        QVERIFY(m_sandbox->journal().isEmpty());
    }

    void changeIsJournaledWithoutSecrets()
    {
        const Endpoint base = load(ProviderId::Diligent, SandboxSeed::Diligent::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.secretAction = SecretAction::Replace;
        draft.newSecret = QStringLiteral("whsec_never_on_disk");
        QSignalSpy changed(m_workspace, &Workspace::endpointChanged);
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_journal->records().size(), 1);
        const ChangeRecord &record = m_journal->records().first();
        QCOMPARE(record.account, QStringLiteral("Diligent"));
        QCOMPARE(record.endpointId, base.id);
        QCOMPARE(record.httpStatus, 200);
        QVERIFY(!record.body.contains("whsec_never_on_disk"));
        QFile file(m_journal->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains(base.id.toUtf8()));
        QVERIFY(!onDisk.contains("whsec_never_on_disk"));
        QVERIFY(!onDisk.contains(SandboxServer::tokenFor(ProviderId::Diligent).toUtf8()));
        // Only the secret changed: undo is impossible and says why.
        QVERIFY(!m_workspace->undoInfo().available);
        QVERIFY(m_workspace->undoInfo().unavailableReason.contains(QLatin1String("write-only")));
    }

    void failedChangeIsJournaledToo()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.scope = QStringLiteral("all_children");
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QCOMPARE(r.error.providerCode, QStringLiteral("FORBIDDEN_SCOPE"));
        QCOMPARE(m_journal->records().size(), 1);
        QCOMPARE(m_journal->records().first().httpStatus, 403);
        QVERIFY(m_journal->records().first().error.contains(QLatin1String("FORBIDDEN_SCOPE")));
        QVERIFY(!m_workspace->undoInfo().available);
    }

    void undoSendsTheReverseDiff()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        draft.description = QStringLiteral("Paused during the migration");
        SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        const UndoInfo info = m_workspace->undoInfo();
        QVERIFY2(info.available, qPrintable(info.unavailableReason));

        SaveJob *undo = m_workspace->undo();
        QVERIFY(undo);
        r = waitFor(undo);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        const SandboxJournalEntry last = m_sandbox->journal().constLast();
        QCOMPARE(last.method, QByteArray("PATCH"));
        QJsonObject expected{{QStringLiteral("is_active"), true},
                             {QStringLiteral("description"), base.description}};
        QCOMPARE(bodyOf(last), expected);
        QVERIFY(r.endpoint.enabled);
        QCOMPARE(r.endpoint.description, base.description);
        QVERIFY(!m_workspace->undoInfo().available); // nothing before it
        QVERIFY(m_workspace->redoInfo().available);
        QCOMPARE(m_journal->records().size(), 2);
        QVERIFY(m_journal->records().constLast().isUndo());
    }

    void undoOfASecretChangeRestoresTheRestAndSaysSo()
    {
        const Endpoint base = load(ProviderId::Atoa, SandboxSeed::Atoa::refunds);
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Refunds with auth");
        draft.secretAction = SecretAction::Replace;
        draft.newAuthentication = QJsonObject{{QStringLiteral("username"), QStringLiteral("u")},
                                              {QStringLiteral("password"), QStringLiteral("p")}};
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        const UndoInfo info = m_workspace->undoInfo();
        QVERIFY(info.available);
        QVERIFY(info.caveat.contains(QLatin1String("write-only")));
        waitFor(m_workspace->undo());
        const QJsonObject body = bodyOf(m_sandbox->journal().constLast());
        QCOMPARE(body.value(QLatin1String("description")).toString(), base.description);
        QVERIFY(!body.contains(QLatin1String("authentication")));
    }

    // A secret rotation cannot be undone; as the newest step it must not block the change before it.
    void undoStepsOverASecretRotationToTheDescription()
    {
        const ProviderId p = ProviderId::Atoa;
        const Endpoint base = load(p, SandboxSeed::Atoa::refunds);
        Draft describe = Draft::fromEndpoint(base);
        describe.description = QStringLiteral("Refunds, new team");
        SaveResult r = waitFor(m_workspace->save(base, describe));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        Draft rotate = Draft::fromEndpoint(r.endpoint);
        rotate.secretAction = SecretAction::Replace;
        rotate.newAuthentication = QJsonObject{{QStringLiteral("username"), QStringLiteral("u")},
                                               {QStringLiteral("password"), QStringLiteral("p")}};
        r = waitFor(m_workspace->save(r.endpoint, rotate));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(m_workspace->history().size(), 2);

        const UndoInfo info = m_workspace->undoInfo();
        QVERIFY2(info.available, qPrintable(info.unavailableReason));
        QCOMPARE(info.description, QStringLiteral("Undo description change of %1").arg(base.url));
        QVERIFY(info.skipped.contains(QLatin1String("secret rotation")));
        QVERIFY(info.caveat.isEmpty()); // the step itself touched no secret

        m_sandbox->clearJournal();
        r = waitFor(m_workspace->undo());
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        const QList<QJsonObject> bodies = m_env->writeBodies();
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first().value(QLatin1String("description")).toString(), base.description);
        QVERIFY(!bodies.first().contains(QLatin1String("authentication")));
        QCOMPARE(m_env->current(p, base.id).description, base.description);
        QVERIFY(!m_workspace->undoInfo().available);
        QVERIFY(m_workspace->undoInfo().skipped.isEmpty());
        QCOMPARE(m_workspace->redoInfo().description,
                 QStringLiteral("Redo description change of %1").arg(base.url));
        QCOMPARE(m_workspace->history().size(), 2); // the rotation stays in the history
    }

    // Multi-level: each step sends only what it changes, against the endpoint as re-read then.
    void twoChangesUndoTwiceRedoOnce()
    {
        const ProviderId p = ProviderId::OptimalDial;
        const Endpoint base = load(p, SandboxSeed::OptimalDial::active);
        QVERIFY(base.enabled);
        const QString url = base.url;
        Draft first = Draft::fromEndpoint(base);
        first.enabled = false;
        SaveResult r = waitFor(m_workspace->save(base, first));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        Draft second = Draft::fromEndpoint(r.endpoint);
        second.description = QStringLiteral("Paused during the migration");
        QSignalSpy history(m_workspace, &Workspace::historyChanged);
        r = waitFor(m_workspace->save(r.endpoint, second));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QVERIFY(history.size() >= 1);
        QCOMPARE(m_workspace->undoInfo().description,
                 QStringLiteral("Undo description change of %1").arg(url));
        QVERIFY(!m_workspace->redoInfo().available);
        QCOMPARE(m_workspace->redoInfo().unavailableReason, QStringLiteral("Nothing to redo."));

        m_sandbox->clearJournal();
        r = waitFor(m_workspace->undo());
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(m_workspace->undoInfo().description, QStringLiteral("Undo disable of %1").arg(url));
        QCOMPARE(m_workspace->redoInfo().description,
                 QStringLiteral("Redo description change of %1").arg(url));
        r = waitFor(m_workspace->undo());
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QVERIFY(!m_workspace->undoInfo().available);
        QCOMPARE(m_workspace->redoInfo().description, QStringLiteral("Redo disable of %1").arg(url));
        r = waitFor(m_workspace->redo());
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));

        // Each request re-read the endpoint first and sent only its own field.
        QList<QByteArray> methods;
        for (const SandboxJournalEntry &e : m_sandbox->journal())
            methods << e.method;
        QCOMPARE(methods, (QList<QByteArray>{"GET", "PATCH", "GET", "PATCH", "GET", "PATCH"}));
        const QList<QJsonObject> bodies = m_env->writeBodies();
        QCOMPARE(bodies.size(), 3);
        QCOMPARE(bodies.at(0), (QJsonObject{{QStringLiteral("description"), base.description}}));
        QCOMPARE(bodies.at(1), (QJsonObject{{QStringLiteral("is_active"), true}}));
        QCOMPARE(bodies.at(2), (QJsonObject{{QStringLiteral("is_active"), false}}));
        const Endpoint now = m_env->current(p, base.id);
        QVERIFY(!now.enabled);
        QCOMPARE(now.description, base.description);
        QCOMPARE(m_workspace->undoInfo().description, QStringLiteral("Undo disable of %1").arg(url));
        QCOMPARE(m_workspace->redoInfo().description,
                 QStringLiteral("Redo description change of %1").arg(url));

        QList<ChangeRecord::Kind> kinds;
        for (const ChangeRecord &record : m_journal->records())
            kinds << record.kind;
        QCOMPARE(kinds, (QList<ChangeRecord::Kind>{ChangeRecord::Kind::Change, ChangeRecord::Kind::Change,
                                                   ChangeRecord::Kind::Undo, ChangeRecord::Kind::Undo,
                                                   ChangeRecord::Kind::Redo}));
    }

    void aNewChangeDropsWhatCouldBeRedone()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY(!r.error.isError());
        QVERIFY(!waitFor(m_workspace->undo()).error.isError());
        QVERIFY(m_workspace->redoInfo().available);
        const Endpoint now = m_env->current(ProviderId::OptimalDial, base.id);
        Draft other = Draft::fromEndpoint(now);
        other.description = QStringLiteral("Another change");
        QVERIFY(!waitFor(m_workspace->save(now, other)).error.isError());
        QVERIFY(!m_workspace->redoInfo().available);
        QVERIFY(m_workspace->undoInfo().available);
    }

    // Redo after someone else changed the same field since the undo: nothing is overwritten.
    void redoNeverOverwritesSomeoneElsesChange()
    {
        const ProviderId p = ProviderId::OptimalDial;
        const Endpoint base = load(p, SandboxSeed::OptimalDial::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Mine");
        QVERIFY(!waitFor(m_workspace->save(base, draft)).error.isError());
        QVERIFY(!waitFor(m_workspace->undo()).error.isError());
        QCOMPARE(
            m_env->colleagueSends(p, base.id, {{QStringLiteral("description"), QStringLiteral("Theirs")}}),
            QString());
        const int writes = int(m_env->writeBodies().size());
        QVERIFY(m_workspace->redoInfo().available);
        const SaveResult redo = waitFor(m_workspace->redo());
        QCOMPARE(redo.error.kind, ApiError::Kind::Conflict);
        QVERIFY(!redo.sent);
        QCOMPARE(m_env->writeBodies().size(), writes);
        QCOMPARE(m_env->current(p, base.id).description, QStringLiteral("Theirs"));
        QVERIFY(m_workspace->redoInfo().available); // still there: the step did not happen
    }

    // A second undo while the first is on its way would target the same step.
    void oneStepAtATime()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        QVERIFY(!waitFor(m_workspace->save(base, draft)).error.isError());
        SaveJob *undo = m_workspace->undo();
        QVERIFY(undo);
        QVERIFY(!m_workspace->undo());
        QVERIFY(!m_workspace->redo());
        QVERIFY(!m_workspace->undoInfo().unavailableReason.isEmpty());
        QVERIFY(!waitFor(undo).error.isError());
        QVERIFY(m_workspace->redoInfo().available);
    }

    void removingTheAccountDropsItsSteps()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        QVERIFY(!waitFor(m_workspace->save(base, draft)).error.isError());
        QSignalSpy history(m_workspace, &Workspace::historyChanged);
        m_workspace->removeAccount(base.account);
        QCOMPARE(history.size(), 1);
        QVERIFY(!m_workspace->undoInfo().available);
    }

    void revertFromTheJournalSendsTheReverseDiff()
    {
        const ProviderId p = ProviderId::Layers;
        const Endpoint base = load(p, SandboxSeed::Layers::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Temporarily quiet");
        draft.metadata.insert(QStringLiteral("team"), QStringLiteral("payments"));
        QVERIFY(!waitFor(m_workspace->save(base, draft)).error.isError());
        // A later change to another field does not stand in the way.
        const Endpoint changed = m_env->current(p, base.id);
        Draft later = Draft::fromEndpoint(changed);
        later.enabled = false;
        QVERIFY(!waitFor(m_workspace->save(changed, later)).error.isError());
        const ChangeRecord record = m_journal->records().first();

        const SaveResult r = waitFor(m_workspace->revert(record));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QVERIFY(base.metadata.contains(QStringLiteral("team"))); // the seed's value comes back
        const QJsonObject expected{
            {QStringLiteral("description"), base.description},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("team"), base.metadata.value(QStringLiteral("team"))}}}};
        QCOMPARE(m_env->writeBodies().constLast(), expected);
        const Endpoint now = m_env->current(p, base.id);
        QCOMPARE(now.description, base.description);
        QCOMPARE(now.metadata, base.metadata);
        QVERIFY(!now.enabled); // the later change stays
        QCOMPARE(m_journal->records().constLast().kind, ChangeRecord::Kind::Revert);
        QVERIFY(m_workspace->undoInfo().available); // a revert is a change that can be undone
    }

    void revertAfterAChangeSinceAsksFirst()
    {
        const ProviderId p = ProviderId::OptimalDial;
        const Endpoint base = load(p, SandboxSeed::OptimalDial::active);
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Mine");
        QVERIFY(!waitFor(m_workspace->save(base, draft)).error.isError());
        QCOMPARE(
            m_env->colleagueSends(p, base.id, {{QStringLiteral("description"), QStringLiteral("Theirs")}}),
            QString());
        const ChangeRecord record = m_journal->records().constLast();
        const int writes = int(m_env->writeBodies().size());

        // Cancelled: nothing sent, their value stays.
        SaveJob *job = m_workspace->revert(record);
        QVERIFY(job);
        QSignalSpy conflict(job, &SaveJob::conflictFound);
        QVERIFY(conflict.wait(10000));
        QCOMPARE(job->rebase().conflicts.size(), 1);
        QCOMPARE(job->rebase().conflicts.first().field, QStringLiteral("description"));
        QCOMPARE(job->rebase().theirs.description, QStringLiteral("Theirs")); // what changed since
        QCOMPARE(job->rebase().base.description, QStringLiteral("Mine"));     // what that change set
        job->abort();
        QCOMPARE(m_env->writeBodies().size(), writes);
        QCOMPARE(m_env->current(p, base.id).description, QStringLiteral("Theirs"));

        // Revert anyway: the user decided, knowing what changed.
        job = m_workspace->revert(record);
        connect(job, &SaveJob::conflictFound, job, [job] { job->resolve(SaveJob::Choice::KeepMine); });
        const SaveResult r = waitFor(job);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(m_env->writeBodies().constLast(),
                 (QJsonObject{{QStringLiteral("description"), base.description}}));
    }

    void revertOfAFailedChangeIsNotOffered()
    {
        ChangeRecord failed;
        failed.account = SandboxWorkspace::accountOf(ProviderId::Layers);
        failed.provider = ProviderId::Layers;
        failed.endpointId = SandboxSeed::Layers::active;
        failed.httpStatus = 403;
        failed.error = QStringLiteral("FORBIDDEN_SCOPE");
        QString why;
        QVERIFY(!m_workspace->revert(failed, &why));
        QVERIFY(!why.isEmpty());
    }

    void reEnablingAnAutoDisabledEndpointKeepsTheProvidersReason()
    {
        const Endpoint base = load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::autoDisabled);
        QCOMPARE(HealthRules::evaluate(base).disabledBy, DisabledBy::Provider);
        QVERIFY(!base.disabledReason.isEmpty());
        QVERIFY(base.failureCount > 0);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = true;
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        const ChangeRecord &record = m_journal->records().constLast();
        QVERIFY(record.lostProviderReason.contains(base.disabledReason));
        QCOMPARE(record.lostFailureCount, base.failureCount);
        ChangeJournal reread(m_journal->filePath());
        QVERIFY(reread.load());
        QCOMPARE(reread.records().constLast().lostProviderReason, record.lostProviderReason);
        QCOMPARE(reread.records().constLast().lostFailureCount, base.failureCount);
        // A plain change keeps nothing of the kind.
        Draft again = Draft::fromEndpoint(r.endpoint);
        again.enabled = false;
        const SaveResult plain = waitFor(m_workspace->save(r.endpoint, again));
        QVERIFY2(!plain.error.isError(), qPrintable(plain.error.toString()));
        QVERIFY(m_journal->records().constLast().lostProviderReason.isEmpty());
    }

    void progressIsThrottledAndNeverOutlivesTheLoad()
    {
        // A paged load reports progress at most every ProgressIntervalMs (the first page at once), so the
        // window repaints its account list and loading label a few times, not once per page; and no
        // stale count arrives after the load's outcome (the window would show it loading again).
        const ProviderId provider = ProviderId::OpenTrain;
        const QString account = SandboxWorkspace::accountOf(provider);
        m_sandbox->setDefaultLatencyMs(0);
        m_sandbox->addSyntheticEndpoints(provider, 4000);
        QElapsedTimer clock;
        QList<qint64> progressAt;
        QList<int> counts;
        bool finishedYet = false;
        bool progressAfterFinish = false;
        connect(m_workspace, &Workspace::loadProgress, this, [&](const QString &name, int loaded) {
            if (name != account)
                return;
            progressAfterFinish = progressAfterFinish || finishedYet;
            progressAt << clock.elapsed();
            counts << loaded;
        });
        QSignalSpy finished(m_workspace, &Workspace::loadFinished);
        connect(m_workspace, &Workspace::loadFinished, this, [&] { finishedYet = true; });
        clock.start();
        m_workspace->refresh(account);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const int total = int(finished.at(0).at(1).toStringList().size());
        QVERIFY(total > 4000);
        QTest::qWait(2 * Workspace::ProgressIntervalMs); // a trailing emission would land by now
        QVERIFY(!progressAfterFinish);
        QVERIFY(!progressAt.isEmpty()); // the first page is reported at once
        for (int i = 1; i < progressAt.size(); ++i) {
            QVERIFY2(progressAt.at(i) - progressAt.at(i - 1) >= Workspace::ProgressIntervalMs - 5,
                     qPrintable(QStringLiteral("%1 ms apart").arg(progressAt.at(i) - progressAt.at(i - 1))));
            QVERIFY(counts.at(i) > counts.at(i - 1));
        }
        QVERIFY(counts.last() <= total);
    }

    void endpointsComeInBoundedBatchesBeforeTheOutcome()
    {
        // The window shows rows as pages arrive: every endpoint of the load, in order, once, in batches of
        // at most maxBatch() (one per event-loop turn), all before loadFinished. A refresh in the middle
        // supersedes the load: nothing of the old one is delivered after the new one started.
        const ProviderId provider = ProviderId::OpenTrain;
        const QString account = SandboxWorkspace::accountOf(provider);
        const int maxBatch = Providers::spec(provider).paging.pageSize / 2; // every page is split
        m_workspace->setMaxBatch(maxBatch);
        m_sandbox->addSyntheticEndpoints(provider, 300);
        QStringList delivered;
        int batches = 0;
        bool oversized = false;
        bool afterOutcome = false;
        bool finishedYet = false;
        bool restarted = false;
        connect(m_workspace, &Workspace::loadStarted, this, [&] { delivered.clear(); });
        connect(m_workspace, &Workspace::endpointsLoaded, this,
                [&](const QString &name, const QList<Endpoint> &endpoints) {
                    QCOMPARE(name, account);
                    afterOutcome = afterOutcome || finishedYet;
                    oversized = oversized || endpoints.size() > maxBatch || endpoints.isEmpty();
                    ++batches;
                    for (const Endpoint &e : endpoints) {
                        QCOMPARE(e.account, account);
                        delivered << e.id;
                    }
                    if (!restarted) { // half of the first page is still queued
                        restarted = true;
                        m_workspace->refresh(account);
                    }
                });
        QSignalSpy finished(m_workspace, &Workspace::loadFinished);
        connect(m_workspace, &Workspace::loadFinished, this, [&] { finishedYet = true; });
        m_workspace->refresh(account);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(restarted);
        QVERIFY(!oversized);
        QVERIFY(!afterOutcome);
        const QStringList listed = finished.at(0).at(1).toStringList();
        QVERIFY(batches >= 1 + int(listed.size()) / maxBatch);
        QCOMPARE(delivered, listed);
        QCOMPARE(listed, m_sandbox->endpointIds(provider));
        QVERIFY(!m_workspace->isLoading());
    }

    void aFailedPageStillDeliversTheEarlierOnesThenTheError()
    {
        const ProviderId provider = ProviderId::OpenTrain;
        const QString account = SandboxWorkspace::accountOf(provider);
        m_sandbox->addSyntheticEndpoints(provider, 300);
        m_sandbox->addFault({SandboxFault::Kind::Delay, QString(), "GET", 1, 0});
        m_sandbox->addFault({SandboxFault::Kind::ServerError, QString(), "GET", 1, 0, 500});
        int delivered = 0;
        bool afterOutcome = false;
        bool failedYet = false;
        connect(m_workspace, &Workspace::endpointsLoaded, this,
                [&](const QString &, const QList<Endpoint> &endpoints) {
                    afterOutcome = afterOutcome || failedYet;
                    delivered += int(endpoints.size());
                });
        QSignalSpy failed(m_workspace, &Workspace::loadFailed);
        connect(m_workspace, &Workspace::loadFailed, this, [&] { failedYet = true; });
        m_workspace->refresh(account);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(1).value<ApiError>().httpStatus, 500);
        QCOMPARE(delivered, Providers::spec(provider).paging.pageSize);
        QVERIFY(!afterOutcome);
    }

    // --- Polite auto-refresh (RefreshPacer's rules, here with real loads and real time) ---
private:
    // Records each loadStarted with the time since `clock` started.
    struct Starts
    {
        QElapsedTimer clock;
        QList<QPair<QString, qint64>> list;
        int count(const QString &account) const
        {
            return int(
                std::count_if(list.cbegin(), list.cend(), [&](const auto &s) { return s.first == account; }));
        }
        QList<qint64> of(const QString &account) const
        {
            QList<qint64> times;
            for (const auto &s : list)
                if (s.first == account)
                    times << s.second;
            return times;
        }
    };
    void record(Starts *starts)
    {
        starts->clock.start();
        connect(m_workspace, &Workspace::loadStarted, this, [starts](const QString &account) {
            starts->list << qMakePair(account, starts->clock.elapsed());
        });
    }
    // A provider whose list path no other provider's contains, so a fault hits only its account.
    static ProviderId uniquelyRouted()
    {
        for (ProviderId p : Providers::all()) {
            const QString path = Providers::spec(p).collectionPath;
            if (std::none_of(Providers::all().cbegin(), Providers::all().cend(), [&](ProviderId q) {
                    return q != p && Providers::spec(q).collectionPath.contains(path);
                }))
                return p;
        }
        return Providers::all().first();
    }

private slots:
    void autoRefreshStaggersAccountsInNameOrder()
    {
        Starts starts;
        record(&starts);
        m_workspace->autoRefresh(2000);  // spread: 2 s / 4 = 500 ms, 100 ms apart for 5 accounts
        QCOMPARE(starts.list.size(), 1); // the first at once
        const int n = int(m_workspace->accounts().size());
        QTRY_COMPARE_WITH_TIMEOUT(starts.list.size(), n, 10000);
        QStringList names;
        for (int i = 0; i < n; ++i) {
            names << starts.list.at(i).first;
            QVERIFY2(starts.list.at(i).second >= i * 100 - 1,
                     qPrintable(QString::number(starts.list.at(i).second)));
        }
        QStringList sorted;
        for (const Account &a : m_workspace->accounts())
            sorted << a.name;
        QCOMPARE(names, sorted);
    }

    void autoRefreshNeverComesSoonerThanTheIntervalAfterTheUsersRefresh()
    {
        QSignalSpy finished(m_workspace, &Workspace::loadFinished);
        Starts starts;
        record(&starts);
        m_workspace->refreshAll(); // the user's: every account at once
        const int n = int(m_workspace->accounts().size());
        QCOMPARE(starts.list.size(), n);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), n, 10000);
        m_workspace->autoRefresh(1500);
        QCOMPARE(starts.list.size(), n); // nobody is due yet
        QTRY_COMPARE_WITH_TIMEOUT(starts.list.size(), 2 * n, 10000);
        for (const Account &a : m_workspace->accounts()) {
            const QList<qint64> times = starts.of(a.name);
            QCOMPARE(times.size(), 2);
            QVERIFY2(times.at(1) - times.at(0) >= 1500 - 1, qPrintable(a.name));
        }
        // The user's refresh is never held back.
        const QString first = m_workspace->accounts().first().name;
        m_workspace->refresh(first);
        QCOMPARE(starts.list.last().first, first);
    }

    void autoRefreshWaitsForRetryAfter()
    {
        const QString limited = SandboxWorkspace::accountOf(uniquelyRouted());
        SandboxFault fault{SandboxFault::Kind::RateLimit, Providers::spec(uniquelyRouted()).collectionPath,
                           "GET", -1};
        fault.retryAfterSeconds = 30; // more than the client waits for itself: the 429 reaches the session
        m_sandbox->addFault(fault);
        QSignalSpy failed(m_workspace, &Workspace::loadFailed);
        Starts starts;
        record(&starts);
        QTimer rounds; // the window's timer, at 200 ms
        connect(&rounds, &QTimer::timeout, this, [this] { m_workspace->autoRefresh(200); });
        m_workspace->autoRefresh(200);
        rounds.start(200);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.at(0).at(0).toString(), limited);
        QCOMPARE(failed.at(0).at(1).value<ApiError>().retryAfterSeconds, 30);
        // The others come again and again (their backoff alone would let it go after 400 ms); it does not.
        const QList<Account> accounts = m_workspace->accounts();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(accounts.cbegin(), accounts.cend(),
                        [&](const Account &a) { return a.name == limited || starts.count(a.name) >= 4; }),
            15000);
        QCOMPARE(starts.count(limited), 1);
        rounds.stop();
        m_workspace->refresh(limited); // the user's refresh still goes
        QCOMPARE(starts.list.last().first, limited);
    }

    void autoRefreshBacksOffAfterErrorsAndResetsOnSuccess()
    {
        const QString failing = SandboxWorkspace::accountOf(uniquelyRouted());
        m_sandbox->addFault({SandboxFault::Kind::ServerError,
                             Providers::spec(uniquelyRouted()).collectionPath, "GET", -1, 0, 500});
        QSignalSpy finished(m_workspace, &Workspace::loadFinished);
        Starts starts;
        record(&starts);
        QTimer rounds;
        connect(&rounds, &QTimer::timeout, this, [this] { m_workspace->autoRefresh(150); });
        m_workspace->autoRefresh(150);
        rounds.start(150);
        QTRY_COMPARE_WITH_TIMEOUT(starts.count(failing), 3, 15000);
        const QList<qint64> times = starts.of(failing);
        QVERIFY2(times.at(1) - times.at(0) >= 300 - 1,
                 qPrintable(QString::number(times.at(1) - times.at(0))));
        QVERIFY2(times.at(2) - times.at(1) >= 600 - 1,
                 qPrintable(QString::number(times.at(2) - times.at(1))));
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->pacer().failures(failing), 3, 10000);
        m_sandbox->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(finished.cbegin(), finished.cend(),
                        [&](const QList<QVariant> &args) { return args.at(0).toString() == failing; }),
            15000);
        QCOMPARE(m_workspace->pacer().failures(failing), 0);
        QVERIFY(starts.of(failing).last() - times.at(2) >= 1200 - 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
