#include "bulkchangedialog.h"
#include "common/sandboxworkspace.h"
#include "core/health.h"
#include "endpointactions.h"
#include "sandbox/sandboxseed.h"

#include <QLabel>
#include <QTableWidget>
#include <QtTest>

// The bulk re-enable's confirmation: what re-enabling a provider-disabled endpoint clears for good.
class TestBulkChangeDialog : public QObject
{
    Q_OBJECT

private:
    SandboxWorkspace m_env;

    Endpoint load(const QString &id) { return m_env.load(ProviderId::OpenTrain, id); }
    static QLabel *note(const QDialog &dialog)
    {
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("lostStateNote"));
        if (!label)
            qFatal("no lostStateNote label");
        return label;
    }

private slots:
    void initTestCase() { QVERIFY(m_env.isListening()); }

    void reEnablingAProviderDisabledEndpointSaysWhatIsLost()
    {
        const Endpoint autoDisabled = load(SandboxSeed::OpenTrain::autoDisabled);
        const Endpoint byUser = load(SandboxSeed::OpenTrain::disabledByUser);
        QCOMPARE(HealthRules::evaluate(autoDisabled).disabledBy, DisabledBy::Provider);
        QVERIFY(HealthRules::evaluate(byUser).disabledBy != DisabledBy::Provider);
        BulkChangeDialog dialog(m_env.workspace(), {byUser, autoDisabled}, true);
        dialog.show();
        QCOMPARE(dialog.sendableCount(), 2);
        QLabel *label = note(dialog);
        QVERIFY(label->isVisible());
        const QString text = label->text();
        QVERIFY2(text.contains(EndpointActions::lostStateNote(autoDisabled)), qPrintable(text));
        QVERIFY(text.contains(autoDisabled.url));
        QVERIFY(text.contains(autoDisabled.disabledReason));
        QVERIFY(text.contains(QStringLiteral("after %1 failed deliveries").arg(autoDisabled.failureCount)));
        QVERIFY(!text.contains(byUser.url)); // a person's disable loses nothing
    }

    void nothingToSayForPersonDisabledOrDisabling()
    {
        const Endpoint byUser = load(SandboxSeed::OpenTrain::disabledByUser);
        BulkChangeDialog enable(m_env.workspace(), {byUser}, true);
        enable.show();
        QCOMPARE(enable.sendableCount(), 1);
        QVERIFY(note(enable)->isHidden());
        QVERIFY(note(enable)->text().isEmpty());

        const Endpoint active = load(SandboxSeed::OpenTrain::active);
        BulkChangeDialog disable(m_env.workspace(), {active}, false);
        disable.show();
        QCOMPARE(disable.sendableCount(), 1);
        QVERIFY(note(disable)->isHidden());
    }

    // A provider's 429 with Retry-After: the row says it waits, then the change lands.
    void aRateLimitedRowWaitsThenLands()
    {
        const Endpoint byUser = load(SandboxSeed::OpenTrain::disabledByUser);
        m_env.sandbox().addFault({SandboxFault::Kind::RateLimit,
                                  QString(SandboxSeed::OpenTrain::disabledByUser), QByteArray("PATCH"), 1, 0,
                                  429, 1});
        BulkChangeDialog dialog(m_env.workspace(), {byUser}, true);
        dialog.show();
        dialog.send();
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        const int resultColumn = table->columnCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, resultColumn)->text().contains(QLatin1String("in 1 s")),
                                 5000);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, resultColumn)->text(), QStringLiteral("Done"), 5000);
        QCOMPARE(dialog.operation()->failedCount(), 0);
    }
};

QTEST_MAIN(TestBulkChangeDialog)
#include "tst_bulkchangedialog.moc"
