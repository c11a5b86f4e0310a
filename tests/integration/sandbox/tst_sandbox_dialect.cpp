// The sandbox's dialect table is complete: every provider the client describes has one entry, with an
// update rule, a seed, synthetic endpoints and an id prefix of its own. A provider added to
// Providers::all() without its dialect fails here by name.
#include "providers/providerspec.h"
#include "sandbox/sandboxdialect.h"
#include "sandbox/sandboxseed.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestSandboxDialect : public QObject
{
    Q_OBJECT

private slots:
    void specsAreFoundById()
    {
        for (ProviderId p : Providers::all())
            QVERIFY(Providers::spec(p).id == p);
    }

    void everyProviderHasACompleteDialect()
    {
        QSet<QString> prefixes;
        for (ProviderId p : Providers::all()) {
            const QString key = Providers::spec(p).key;
            const SandboxDialect *d = SandboxDialects::find(p);
            QVERIFY2(d, qPrintable(key + QStringLiteral(": no dialect")));
            QVERIFY(d->provider == p);
            QVERIFY2(d->update || d->updateRequest, qPrintable(key));
            QVERIFY2(d->seed && d->synthetic, qPrintable(key));
            QVERIFY2(!d->notFoundMessage.isEmpty() && !d->badBodyMessage.isEmpty(), qPrintable(key));
            QVERIFY2(d->validationStatus == 400 || d->validationStatus == 422, qPrintable(key));
            QVERIFY2(d->limitedToken.isEmpty() || d->limitedAccess != SandboxAccess::Full, qPrintable(key));
            QVERIFY2(d->limitedAccess != SandboxAccess::ReadOnly || !d->readOnlyRefusal.isEmpty(),
                     qPrintable(key));
            QVERIFY2(
                QRegularExpression(QStringLiteral("^[0-9a-f]{4}$")).match(d->syntheticIdPrefix).hasMatch(),
                qPrintable(key));
            QVERIFY2(!prefixes.contains(d->syntheticIdPrefix),
                     qPrintable(key + QStringLiteral(": prefix taken")));
            prefixes.insert(d->syntheticIdPrefix);
        }
    }

    void syntheticIdsRoundTrip()
    {
        for (ProviderId p : Providers::all()) {
            for (int n : {0, 1, 99999}) {
                const QString id = SandboxSeed::synthetic(p, n).value(QStringLiteral("id")).toString();
                QVERIFY(!id.isEmpty());
                QCOMPARE(SandboxSeed::syntheticNumber(p, id), n);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxDialect)
#include "tst_sandbox_dialect.moc"
