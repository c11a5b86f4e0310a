#include "common/sandboxworkspace.h"
#include "common/savejobwaiter.h"
#include "core/draft.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "session/changejournal.h"
#include "session/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// No lost updates, against the sandbox: a colleague changes the endpoint (a second client, for real)
// between the user's load and the user's save. Fields the user did not change follow the server;
// a field both changed is never overwritten without the user's choice.
class TestSaveJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<SandboxWorkspace> m_env;
    SandboxServer *m_sandbox = nullptr;
    Workspace *m_workspace = nullptr;

    Endpoint load(ProviderId p, const QString &id) { return m_env->load(p, id); }
    Endpoint current(ProviderId p, const QString &id) { return m_env->current(p, id); }
    void colleagueSends(ProviderId p, const QString &id, const QJsonObject &body)
    {
        const QString problem = m_env->colleagueSends(p, id, body);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QList<QJsonObject> writeBodies() const { return m_env->writeBodies(); }
    static QSet<QString> asSet(const QJsonValue &array)
    {
        QSet<QString> set;
        for (const QJsonValue &v : array.toArray())
            set.insert(v.toString());
        return set;
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

    // The issue's case: Atoa's PUT carries the whole events list; a stale one would drop the
    // colleague's new event.
    void colleaguesNewAtoaEventSurvivesADescriptionEdit()
    {
        const ProviderId p = ProviderId::Atoa;
        const QString id = SandboxSeed::Atoa::refunds;
        const Endpoint base = load(p, id);
        colleagueSends(p, id,
                       {{QStringLiteral("events"),
                         QJsonArray{QStringLiteral("REFUND_STATUS"), QStringLiteral("EXPIRED_STATUS")}}});
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Refunds, owned by finance");
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        const QJsonObject sent = writeBodies().constLast();
        QCOMPARE(asSet(sent.value(QLatin1String("events"))),
                 (QSet<QString>{QStringLiteral("REFUND_STATUS"), QStringLiteral("EXPIRED_STATUS")}));
        const Endpoint now = current(p, id);
        QCOMPARE(now.description, draft.description);
        QVERIFY(now.events.contains(QStringLiteral("EXPIRED_STATUS")));
        // The journal records the fresh base the change was computed against.
        const ChangeRecord record = m_journal->records().constLast();
        QVERIFY(QJsonDocument(record.base).toJson().contains("EXPIRED_STATUS"));
    }

    void urlChangedElsewhereIsNotOverwritten()
    {
        const ProviderId p = ProviderId::Layers;
        const QString id = SandboxSeed::Layers::active;
        const Endpoint base = load(p, id);
        const QString theirs = QStringLiteral("https://hooks.example.com/moved");
        colleagueSends(p, id, {{QStringLiteral("url"), theirs}});
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Renamed");
        QSignalSpy changed(m_workspace, &Workspace::endpointChanged);
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QCOMPARE(r.sentBody, QByteArray(R"({"description":"Renamed"})"));
        QCOMPARE(r.endpoint.url, theirs);
        QCOMPARE(current(p, id).url, theirs);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<Endpoint>().url, theirs);
    }

    void aConflictSendsNothingUnlessAsked()
    {
        const ProviderId p = ProviderId::OptimalDial;
        const QString id = SandboxSeed::OptimalDial::active;
        const Endpoint base = load(p, id);
        colleagueSends(p, id, {{QStringLiteral("description"), QStringLiteral("Theirs")}});
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Mine");
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QCOMPARE(r.error.kind, ApiError::Kind::Conflict);
        QVERIFY(r.error.message.contains(QLatin1String("description")));
        QVERIFY(!r.sent);
        QCOMPARE(writeBodies().size(), 1); // the colleague's only
        QCOMPARE(current(p, id).description, QStringLiteral("Theirs"));
        QVERIFY(m_journal->records().isEmpty());
    }

    void theUserDecidesAConflict_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("expectedDescription");
        QTest::addColumn<QByteArray>("expectedBody"); // empty: nothing sent
        QTest::newRow("keep theirs") << int(SaveJob::Choice::KeepTheirs) << QStringLiteral("Theirs")
                                     << QByteArray(R"({"is_active":false})");
        QTest::newRow("keep mine") << int(SaveJob::Choice::KeepMine) << QStringLiteral("Mine")
                                   << QByteArray(R"({"description":"Mine","is_active":false})");
        QTest::newRow("back to editing")
            << int(SaveJob::Choice::BackToEditing) << QStringLiteral("Theirs") << QByteArray();
    }
    void theUserDecidesAConflict()
    {
        QFETCH(int, choice);
        QFETCH(QString, expectedDescription);
        QFETCH(QByteArray, expectedBody);
        const ProviderId p = ProviderId::OptimalDial;
        const QString id = SandboxSeed::OptimalDial::active;
        const Endpoint base = load(p, id);
        colleagueSends(p, id, {{QStringLiteral("description"), QStringLiteral("Theirs")}});
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Mine");
        draft.enabled = false;
        SaveJob *job = m_workspace->save(base, draft);
        job->setAskOnConflict(true);
        int writesWhenAsked = -1;
        connect(job, &SaveJob::conflictFound, this, [&, job] {
            writesWhenAsked = writeBodies().size();
            QCOMPARE(job->rebase().conflicts.size(), 1);
            QCOMPARE(job->rebase().base.description, base.description);
            QCOMPARE(job->rebase().theirs.description, QStringLiteral("Theirs"));
            QCOMPARE(job->rebase().mine.description, QStringLiteral("Mine"));
            job->resolve(SaveJob::Choice(choice));
        });
        const SaveResult r = waitFor(job);
        QCOMPARE(writesWhenAsked, 1); // nothing was sent until the user chose
        QCOMPARE(r.sentBody, expectedBody);
        QCOMPARE(r.error.kind, expectedBody.isEmpty() ? ApiError::Kind::Conflict : ApiError::Kind::None);
        QCOMPARE(current(p, id).description, expectedDescription);
    }

    void undoNeverRevertsSomeoneElsesChange()
    {
        const ProviderId p = ProviderId::OptimalDial;
        const QString id = SandboxSeed::OptimalDial::active;
        const Endpoint base = load(p, id);
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Mine");
        QVERIFY(!waitFor(m_workspace->save(base, draft)).error.isError());
        colleagueSends(p, id, {{QStringLiteral("description"), QStringLiteral("Theirs, after yours")}});
        QVERIFY(m_workspace->undoInfo().available);
        const SaveResult undo = waitFor(m_workspace->undo());
        QCOMPARE(undo.error.kind, ApiError::Kind::Conflict);
        QVERIFY(!undo.sent);
        QCOMPARE(current(p, id).description, QStringLiteral("Theirs, after yours"));
    }

    void alreadyAsWantedOnTheServerSendsNothing()
    {
        const ProviderId p = ProviderId::Diligent;
        const QString id = SandboxSeed::Diligent::disabled;
        const Endpoint base = load(p, id);
        QVERIFY(!base.enabled);
        colleagueSends(p, id, {{QStringLiteral("is_active"), true}});
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = true;
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
        QVERIFY(!r.sent);
        QVERIFY(r.endpoint.enabled);
        QCOMPARE(writeBodies().size(), 1);
    }

    void aFailedReReadSendsNothing()
    {
        const ProviderId p = ProviderId::Layers;
        const Endpoint base = load(p, SandboxSeed::Layers::active);
        m_sandbox->addFault(SandboxFault{SandboxFault::Kind::ServerError,
                                         QString(SandboxSeed::Layers::active), QByteArray("GET"), 3, 0, 500,
                                         0});
        Draft draft = Draft::fromEndpoint(base);
        draft.description = QStringLiteral("Never sent");
        const SaveResult r = waitFor(m_workspace->save(base, draft));
        QVERIFY(r.error.isError());
        QVERIFY(r.error.message.contains(QLatin1String("re-read")));
        QVERIFY(writeBodies().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSaveJob)
#include "tst_savejob.moc"
