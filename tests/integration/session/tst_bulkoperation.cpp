#include "common/callwaiter.h"
#include "core/draft.h"
#include "diff/diff.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "session/bulkoperation.h"
#include "session/workspace.h"

#include <QSignalSpy>
#include <QtTest>

// Bulk re-enable across providers with one injected failure: the failure is reported for its row
// and every other change still lands.
class TestBulkOperation : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    ApiClient m_client;
    Workspace m_workspace{&m_client, nullptr};

    Endpoint load(ProviderId p, const QString &id)
    {
        return waitFor(m_client.get(m_workspace.connectionFor(Providers::spec(p).displayName), id)).endpoint;
    }
    BulkOperation::Item reenable(ProviderId p, const QString &id)
    {
        const Endpoint base = load(p, id);
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = true;
        return {base, draft};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen(0));
        for (ProviderId p : Providers::all()) {
            Account account(Providers::spec(p).displayName, p);
            account.baseUrl = m_sandbox.baseUrl();
            m_workspace.setAccount(account, SandboxServer::tokenFor(p));
        }
    }

    void oneFailureNeverStopsTheOthers()
    {
        const QList<BulkOperation::Item> items{
            reenable(ProviderId::OpenTrain, SandboxSeed::OpenTrain::autoDisabled),
            reenable(ProviderId::Layers, SandboxSeed::Layers::autoPaused),
            reenable(ProviderId::OptimalDial, SandboxSeed::OptimalDial::autoDisabled),
            reenable(ProviderId::Diligent, SandboxSeed::Diligent::disabled),
            reenable(ProviderId::OpenTrain, SandboxSeed::OpenTrain::disabledByUser),
        };
        // The Layers one fails with a server error.
        m_sandbox.addFault({SandboxFault::Kind::ServerError, QString(SandboxSeed::Layers::autoPaused),
                            QByteArray("PATCH"), 1, 0, 500, 1});
        BulkOperation bulk(&m_workspace, items);
        QSignalSpy itemSpy(&bulk, &BulkOperation::itemFinished);
        QSignalSpy doneSpy(&bulk, &BulkOperation::finished);
        bulk.start(2);
        QTRY_COMPARE_WITH_TIMEOUT(doneSpy.size(), 1, 10000);
        QCOMPARE(itemSpy.size(), items.size());
        QCOMPARE(bulk.finishedCount(), items.size());
        QCOMPARE(bulk.failedCount(), 1);
        for (int i = 0; i < items.size(); ++i) {
            const BulkOperation::Result &r = bulk.results().at(i);
            QVERIFY(r.done);
            if (i == 1) {
                QCOMPARE(r.error.httpStatus, 500);
            } else {
                QVERIFY2(!r.error.isError(), qPrintable(r.error.toString()));
                QVERIFY(r.endpoint.enabled);
            }
        }
    }

    // A provider that says "slow down" gets its wait: the change is re-read and sent again once its
    // Retry-After has passed, the other provider's changes go on meanwhile, and both land.
    void retryAfterIsHonoured()
    {
        m_sandbox.reset();
        m_sandbox.clearJournal();
        const QList<BulkOperation::Item> items{
            reenable(ProviderId::OptimalDial, SandboxSeed::OptimalDial::autoDisabled),
            reenable(ProviderId::OpenTrain, SandboxSeed::OpenTrain::autoDisabled),
        };
        m_sandbox.addFault({SandboxFault::Kind::RateLimit, QString(SandboxSeed::OptimalDial::autoDisabled),
                            QByteArray("PATCH"), 1, 0, 429, 1});
        BulkOperation bulk(&m_workspace, items);
        QSignalSpy waitingSpy(&bulk, &BulkOperation::itemWaiting);
        QSignalSpy itemSpy(&bulk, &BulkOperation::itemFinished);
        QSignalSpy doneSpy(&bulk, &BulkOperation::finished);
        bulk.start();
        QTRY_COMPARE_WITH_TIMEOUT(doneSpy.size(), 1, 10000);
        QCOMPARE(waitingSpy.size(), 1);
        QCOMPARE(waitingSpy.at(0).at(0).toInt(), 0);
        QCOMPARE(waitingSpy.at(0).at(1).toInt(), 1);
        QCOMPARE(bulk.failedCount(), 0);
        QVERIFY(bulk.results().at(0).endpoint.enabled);
        QVERIFY(bulk.results().at(1).endpoint.enabled);
        QCOMPARE(itemSpy.at(0).at(0).toInt(), 1); // the other provider did not wait for it

        QList<QDateTime> patches; // of the rate-limited endpoint: the 429, then the retry
        for (const SandboxJournalEntry &e : m_sandbox.journal())
            if (e.method == "PATCH" && e.path.contains(QString(SandboxSeed::OptimalDial::autoDisabled)))
                patches << e.at;
        QCOMPARE(patches.size(), 2);
        // Stamped on arrival, and the 429 went back at once: the retry came at least 1 s after it.
        QVERIFY2(patches.at(0).msecsTo(patches.at(1)) >= 1000,
                 qPrintable(QString::number(patches.at(0).msecsTo(patches.at(1)))));
    }

    void cancelStopsStartingNewOnes()
    {
        QList<BulkOperation::Item> items;
        for (int i = 0; i < 4; ++i)
            items << reenable(ProviderId::OptimalDial, SandboxSeed::OptimalDial::disabledByUser);
        m_sandbox.addFault({SandboxFault::Kind::Delay, QString(), QByteArray("PATCH"), -1, 300, 200, 0});
        BulkOperation bulk(&m_workspace, items);
        QSignalSpy doneSpy(&bulk, &BulkOperation::finished);
        bulk.start(1);
        bulk.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(doneSpy.size(), 1, 5000);
        QCOMPARE(bulk.finishedCount(), 1);
        m_sandbox.clearFaults();
    }
};

QTEST_GUILESS_MAIN(TestBulkOperation)
#include "tst_bulkoperation.moc"
