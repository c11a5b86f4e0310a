// SandboxStore: its id index stays right through every change (append, replace, remove, clear and
// reseed), and synthetic endpoints are found by id and read like stored ones without being stored.
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxstore.h"

#include <QTest>

namespace {

QJsonObject endpoint(const QString &id, const QString &url = QStringLiteral("https://a.example"))
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("url"), url}};
}

QString idAt(const SandboxStore &store, ProviderId p, int i)
{
    return store.at(p, i).value(QStringLiteral("id")).toString();
}

// Every id maps to its place, and every place back to its id.
void verifyIndex(const SandboxStore &store, ProviderId p)
{
    for (int i = 0; i < store.count(p); ++i) {
        const QString id = idAt(store, p, i);
        QCOMPARE(store.indexOf(p, id), i);
        QCOMPARE(store.endpoint(p, id).value(QStringLiteral("id")).toString(), id);
    }
}

} // namespace

class TestSandboxStore : public QObject
{
    Q_OBJECT

private slots:
    void appendIndexesById()
    {
        SandboxStore store;
        const ProviderId p = ProviderId::Layers;
        QVERIFY(store.append(p, endpoint(QStringLiteral("a"))));
        QVERIFY(store.append(p, endpoint(QStringLiteral("b"))));
        QCOMPARE(store.indexOf(p, QStringLiteral("b")), 1);
        QCOMPARE(store.indexOf(p, QStringLiteral("c")), -1);
        QCOMPARE(store.indexOf(ProviderId::Atoa, QStringLiteral("a")), -1); // per provider
        QVERIFY(!store.append(p, endpoint(QStringLiteral("a"), QStringLiteral("https://dup.example"))));
        QVERIFY(!store.append(p, endpoint(QString())));
        QCOMPARE(store.count(p), 2);
        QCOMPARE(store.endpoint(p, QStringLiteral("a")).value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://a.example"));
    }

    void replaceKeepsThePlace()
    {
        SandboxStore store;
        const ProviderId p = ProviderId::Diligent;
        for (const char *id : {"a", "b", "c"})
            store.append(p, endpoint(QLatin1String(id)));
        store.replace(p, endpoint(QStringLiteral("b"), QStringLiteral("https://b2.example")));
        QCOMPARE(store.ids(p), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(store.at(p, 1).value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://b2.example"));
        store.replace(p, endpoint(QStringLiteral("zz"))); // unknown: nothing added
        QCOMPARE(store.count(p), 3);
        verifyIndex(store, p);
    }

    void removeReindexesTheRest()
    {
        SandboxStore store;
        const ProviderId p = ProviderId::OpenTrain;
        for (const char *id : {"a", "b", "c", "d"})
            store.append(p, endpoint(QLatin1String(id)));
        store.setSecret(p, QStringLiteral("b"), QStringLiteral("s"));
        QVERIFY(store.remove(p, QStringLiteral("b")));
        QVERIFY(!store.remove(p, QStringLiteral("b")));
        QCOMPARE(store.ids(p), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(store.indexOf(p, QStringLiteral("b")), -1);
        QVERIFY(store.secret(p, QStringLiteral("b")).isUndefined()); // its secret went with it
        verifyIndex(store, p);
        QVERIFY(store.append(p, endpoint(QStringLiteral("b")))); // the id is free again, at the end
        QCOMPARE(store.indexOf(p, QStringLiteral("b")), 3);
        verifyIndex(store, p);
    }

    void clearAndReseed()
    {
        SandboxStore store;
        SandboxSeed::seed(store);
        const ProviderId p = ProviderId::OptimalDial;
        const int seeded = store.count(p);
        store.append(p, endpoint(QStringLiteral("extra")));
        QVERIFY(store.remove(p, QString(SandboxSeed::OptimalDial::active)));
        store.clear();
        QCOMPARE(store.count(p), 0);
        QCOMPARE(store.indexOf(p, QString(SandboxSeed::OptimalDial::failing)), -1);
        QCOMPARE(store.indexOf(p, QStringLiteral("extra")), -1);
        SandboxSeed::seed(store);
        QCOMPARE(store.count(p), seeded);
        QCOMPARE(store.indexOf(p, QString(SandboxSeed::OptimalDial::active)), 0);
        QCOMPARE(store.indexOf(p, QStringLiteral("extra")), -1);
        for (ProviderId each : Providers::all())
            verifyIndex(store, each);
    }

    void syntheticEndpointsFollowTheStoredOnes()
    {
        SandboxStore store;
        SandboxSeed::seed(store);
        const ProviderId p = ProviderId::Atoa;
        const int seeded = store.count(p);
        store.addSynthetic(p, 1000);
        QCOMPARE(store.count(p), seeded + 1000);
        QCOMPARE(store.syntheticCount(p), 1000);
        QCOMPARE(store.at(p, seeded + 999), SandboxSeed::synthetic(p, 999));
        QVERIFY(store.at(p, seeded + 1000).isEmpty()); // past the end
        verifyIndex(store, p);
        // An id of the right shape past the count, or another provider's, is unknown.
        const QString past = SandboxSeed::synthetic(p, 1000).value(QStringLiteral("id")).toString();
        QCOMPARE(store.indexOf(p, past), -1);
        const QString other =
            SandboxSeed::synthetic(ProviderId::Layers, 5).value(QStringLiteral("id")).toString();
        QCOMPARE(store.indexOf(p, other), -1);
        QCOMPARE(store.indexOf(p, QStringLiteral("x") + past.mid(1)), -1);
    }

    void changedSyntheticEndpointKeepsItsChange()
    {
        SandboxStore store;
        const ProviderId p = ProviderId::Layers;
        store.addSynthetic(p, 10);
        QJsonObject changed = store.at(p, 4);
        changed.insert(QStringLiteral("description"), QStringLiteral("changed"));
        store.replace(p, changed);
        QCOMPARE(store.at(p, 4), changed);
        QCOMPARE(store.endpoint(p, changed.value(QStringLiteral("id")).toString()), changed);
        QCOMPARE(store.at(p, 5), SandboxSeed::synthetic(p, 5));
        const QString id = changed.value(QStringLiteral("id")).toString();
        QVERIFY(!store.remove(p, id));      // synthetic endpoints are a numbered run
        QVERIFY(!store.append(p, changed)); // its id is taken
        store.clear();
        store.addSynthetic(p, 10);
        QCOMPARE(store.at(p, 4), SandboxSeed::synthetic(p, 4)); // a reset forgets the change
    }
};

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandbox_store.moc"
