#include "common/callwaiter.h"
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
    SandboxServer *m_sandbox = nullptr;
    ApiClient *m_client = nullptr;
    ApiClient *m_colleague = nullptr;
    ChangeJournal *m_journal = nullptr;
    Workspace *m_workspace = nullptr;

    static QString accountOf(ProviderId p) { return Providers::spec(p).displayName; }
    Connection connection(ProviderId p) const { return m_workspace->connectionFor(accountOf(p)); }
    Endpoint load(ProviderId p, const QString &id)
    {
        return waitFor(m_client->get(connection(p), id)).endpoint;
    }
    Endpoint current(ProviderId p, const QString &id)
    {
        return waitFor(m_colleague->get(connection(p), id)).endpoint;
    }
    void colleagueSends(ProviderId p, const QString &id, const QJsonObject &body)
    {
        const CallResult r = waitFor(
            m_colleague->update(connection(p), id, UpdateRequest{Providers::spec(p).updateMethod, body}));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
    }
    QList<QJsonObject> writeBodies() const
    {
        QList<QJsonObject> bodies;
        for (const SandboxJournalEntry &e : m_sandbox->journal())
            if (e.method != "GET")
                bodies << QJsonDocument::fromJson(e.body).object();
        return bodies;
    }
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
        m_sandbox = new SandboxServer(this);
        QVERIFY(m_sandbox->listen(0));
        m_client = new ApiClient(this);
        m_colleague = new ApiClient(this);
        m_journal = new ChangeJournal(
            m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".jsonl")));
        m_workspace = new Workspace(m_client, m_journal, this);
        for (ProviderId p : Providers::all()) {
            Account account(accountOf(p), p);
            account.baseUrl = m_sandbox->baseUrl();
            m_workspace->setAccount(account, SandboxServer::tokenFor(p));
        }
    }
    void cleanup()
    {
        delete m_workspace;
        delete m_journal;
        delete m_colleague;
        delete m_client;
        delete m_sandbox;
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
        const SaveResult undo = waitFor(m_workspace->undoLast());
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
