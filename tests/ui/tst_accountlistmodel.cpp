#include "accountlistmodel.h"

#include "core/apierror.h"
#include "core/endpoint.h"
#include "net/apiclient.h"
#include "session/changejournal.h"
#include "session/workspace.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// AccountListModel: the All row, sorting, counts, load states, in-place updates from the Workspace.
class TestAccountListModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModelHasTheAllRow();
    void rowsAreSortedByNameAfterAll();
    void rolesDescribeTheAccount();
    void countsAndLoadStates();
    void allRowAggregates();
    void attentionCounts();
    void updatesInPlaceKeepPersistentIndexes();
    void allRowCanBeHidden();
    void followsTheWorkspace();
    void defaultColours();

private:
    static Account account(const QString &name, ProviderId provider, const QString &environment,
                           const QString &color = QString());
};

Account TestAccountListModel::account(const QString &name, ProviderId provider, const QString &environment,
                                      const QString &color)
{
    Account a(name, provider);
    a.environment = environment;
    a.colorName = color;
    return a;
}

void TestAccountListModel::emptyModelHasTheAllRow()
{
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex all = model.index(0);
    QCOMPARE(all.data().toString(), QStringLiteral("All accounts"));
    QVERIFY(all.data(AccountListModel::IsAllRole).toBool());
    QCOMPARE(all.data(AccountListModel::EndpointCountRole).toInt(), 0);
    QCOMPARE(model.accountAt(0), QString());
    QCOMPARE(model.rowOf(QString()), 0);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.accountAt(7), QString());
}

void TestAccountListModel::rowsAreSortedByNameAfterAll()
{
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({account(QStringLiteral("zeta"), ProviderId::Atoa, QStringLiteral("staging")),
                       account(QStringLiteral("Beta"), ProviderId::Layers, QStringLiteral("production")),
                       account(QStringLiteral("alpha"), ProviderId::OpenTrain, QString())});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.accountAt(0), QString());
    QCOMPARE(model.accountAt(1), QStringLiteral("alpha"));
    QCOMPARE(model.accountAt(2), QStringLiteral("Beta"));
    QCOMPARE(model.accountAt(3), QStringLiteral("zeta"));
    QCOMPARE(model.rowOf(QStringLiteral("Beta")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("zeta")), 3);
    QCOMPARE(model.index(2).data(AccountListModel::AccountNameRole).toString(), QStringLiteral("Beta"));
}

void TestAccountListModel::rolesDescribeTheAccount()
{
    AccountListModel model;
    model.setAccounts({account(QStringLiteral("acme"), ProviderId::Diligent, QStringLiteral("staging"),
                               QStringLiteral("#123456"))});
    const QModelIndex row = model.index(1);
    QCOMPARE(row.data().toString(), QStringLiteral("acme"));
    QVERIFY(!row.data(AccountListModel::IsAllRole).toBool());
    QCOMPARE(row.data(AccountListModel::ProviderRole).toString(), QStringLiteral("Diligent"));
    QCOMPARE(row.data(AccountListModel::ProviderIdRole).toInt(), int(ProviderId::Diligent));
    QCOMPARE(row.data(AccountListModel::EnvironmentRole).toString(), QStringLiteral("staging"));
    QCOMPARE(row.data(AccountListModel::ColorRole).toString(), QStringLiteral("#123456"));
    QCOMPARE(row.data(AccountListModel::LoadStateRole).toInt(), int(AccountListModel::LoadState::Idle));
    // The accessible text says in words what the row shows.
    const QString accessible = row.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.contains(QLatin1String("acme")) && accessible.contains(QLatin1String("Diligent")) &&
                 accessible.contains(QLatin1String("staging")),
             qPrintable(accessible));
    QCOMPARE(model.accountInfo(1).name, QStringLiteral("acme"));
    QCOMPARE(model.accountInfo(0).name, QString());
}

void TestAccountListModel::countsAndLoadStates()
{
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({account(QStringLiteral("a"), ProviderId::Atoa, QStringLiteral("production")),
                       account(QStringLiteral("b"), ProviderId::Layers, QStringLiteral("staging"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setLoadState(QStringLiteral("a"), AccountListModel::LoadState::Loading);
    QCOMPARE(model.index(1).data(AccountListModel::LoadStateRole).toInt(),
             int(AccountListModel::LoadState::Loading));
    QVERIFY(model.index(1).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("loading")));
    QVERIFY(changed.count() >= 2); // the row and the All row

    model.setEndpointCount(QStringLiteral("a"), 12);
    model.setLoadState(QStringLiteral("a"), AccountListModel::LoadState::Loaded, QStringLiteral("ignored"));
    QCOMPARE(model.index(1).data(AccountListModel::EndpointCountRole).toInt(), 12);
    QCOMPARE(model.index(1).data(AccountListModel::ErrorTextRole).toString(), QString());
    QCOMPARE(model.endpointCount(QStringLiteral("a")), 12);

    model.setLoadState(QStringLiteral("b"), AccountListModel::LoadState::Failed,
                       QStringLiteral("HTTP 401: bad"));
    QCOMPARE(model.loadState(QStringLiteral("b")), AccountListModel::LoadState::Failed);
    QCOMPARE(model.index(2).data(AccountListModel::ErrorTextRole).toString(),
             QStringLiteral("HTTP 401: bad"));
    QVERIFY(model.index(2).data(Qt::ToolTipRole).toString().contains(QLatin1String("HTTP 401: bad")));

    // Same value again: no signal.
    changed.clear();
    model.setEndpointCount(QStringLiteral("a"), 12);
    model.setLoadState(QStringLiteral("b"), AccountListModel::LoadState::Failed,
                       QStringLiteral("HTTP 401: bad"));
    QCOMPARE(changed.count(), 0);
    // Unknown accounts are ignored.
    model.setEndpointCount(QStringLiteral("ghost"), 5);
    QCOMPARE(model.totalEndpointCount(), 12);
}

void TestAccountListModel::attentionCounts()
{
    AccountListModel model;
    model.setAccounts({account(QStringLiteral("a"), ProviderId::Atoa, QString()),
                       account(QStringLiteral("b"), ProviderId::Layers, QString())});
    model.setEndpointCount(QStringLiteral("a"), 30);
    model.setLoadState(QStringLiteral("a"), AccountListModel::LoadState::Loaded);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAttentionCounts(
        {{QStringLiteral("a"), 3}, {QStringLiteral("b"), 1}, {QStringLiteral("ghost"), 9}});
    const QModelIndex a = model.index(model.rowOf(QStringLiteral("a")));
    QCOMPARE(a.data(AccountListModel::AttentionCountRole).toInt(), 3);
    QCOMPARE(model.index(0).data(AccountListModel::AttentionCountRole).toInt(), 4); // the All row: the sum
    // In words for a screen reader and in the tooltip.
    QVERIFY2(
        a.data(Qt::AccessibleTextRole).toString().endsWith(QLatin1String("30 endpoints, 3 need attention")),
        qPrintable(a.data(Qt::AccessibleTextRole).toString()));
    QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QLatin1String("3 need attention")));
    QVERIFY(
        model.index(0).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("4 need attention")));
    QVERIFY(changed.count() > 0);
    // An account missing from the counts has none; nothing said then.
    changed.clear();
    model.setAttentionCounts({{QStringLiteral("b"), 1}});
    QCOMPARE(a.data(AccountListModel::AttentionCountRole).toInt(), 0);
    QVERIFY(!a.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("attention")));
    QVERIFY(changed.count() > 0);
    changed.clear();
    model.setAttentionCounts({{QStringLiteral("b"), 1}}); // no change, no signal
    QCOMPARE(changed.count(), 0);
    QCOMPARE(AccountListModel::attentionText(1), QStringLiteral("1 needs attention"));
}

void TestAccountListModel::allRowAggregates()
{
    AccountListModel model;
    model.setAccounts({account(QStringLiteral("a"), ProviderId::Atoa, QString()),
                       account(QStringLiteral("b"), ProviderId::Layers, QString())});
    const QModelIndex all = model.index(0);
    QCOMPARE(all.data(AccountListModel::AccountCountRole).toInt(), 2);
    QCOMPARE(all.data(AccountListModel::LoadStateRole).toInt(), int(AccountListModel::LoadState::Idle));

    model.setEndpointCount(QStringLiteral("a"), 3);
    model.setEndpointCount(QStringLiteral("b"), 4);
    model.setLoadState(QStringLiteral("a"), AccountListModel::LoadState::Loaded);
    model.setLoadState(QStringLiteral("b"), AccountListModel::LoadState::Loading);
    QCOMPARE(all.data(AccountListModel::EndpointCountRole).toInt(), 7);
    QCOMPARE(all.data(AccountListModel::LoadStateRole).toInt(), int(AccountListModel::LoadState::Loading));

    model.setLoadState(QStringLiteral("b"), AccountListModel::LoadState::Failed, QStringLiteral("timed out"));
    QCOMPARE(all.data(AccountListModel::LoadStateRole).toInt(), int(AccountListModel::LoadState::Failed));
    const QString error = all.data(AccountListModel::ErrorTextRole).toString();
    QVERIFY2(error.contains(QLatin1String("b: timed out")), qPrintable(error));

    model.setLoadState(QStringLiteral("b"), AccountListModel::LoadState::Loaded);
    QCOMPARE(all.data(AccountListModel::LoadStateRole).toInt(), int(AccountListModel::LoadState::Loaded));
    QCOMPARE(all.data(AccountListModel::ErrorTextRole).toString(), QString());
}

void TestAccountListModel::updatesInPlaceKeepPersistentIndexes()
{
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({account(QStringLiteral("b"), ProviderId::Atoa, QString()),
                       account(QStringLiteral("d"), ProviderId::Layers, QString())});
    model.setEndpointCount(QStringLiteral("d"), 9);
    const QPersistentModelIndex d(model.index(model.rowOf(QStringLiteral("d"))));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Insert before and after, remove b, change d's environment.
    model.setAccounts({account(QStringLiteral("a"), ProviderId::Atoa, QString()),
                       account(QStringLiteral("d"), ProviderId::Layers, QStringLiteral("staging")),
                       account(QStringLiteral("e"), ProviderId::Diligent, QString())});
    QCOMPARE(reset.count(), 0);
    QVERIFY(d.isValid());
    QCOMPARE(d.data().toString(), QStringLiteral("d"));
    QCOMPARE(d.data(AccountListModel::EnvironmentRole).toString(), QStringLiteral("staging"));
    QCOMPARE(d.data(AccountListModel::EndpointCountRole).toInt(), 9); // survives
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.accountAt(1), QStringLiteral("a"));
    QCOMPARE(model.accountAt(2), QStringLiteral("d"));
    QCOMPARE(model.accountAt(3), QStringLiteral("e"));

    // A removed and re-added account starts afresh.
    model.setAccounts({});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!d.isValid());
    model.setAccounts({account(QStringLiteral("d"), ProviderId::Layers, QString())});
    QCOMPARE(model.endpointCount(QStringLiteral("d")), 0);
}

void TestAccountListModel::allRowCanBeHidden()
{
    AccountListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({account(QStringLiteral("a"), ProviderId::Atoa, QString())});
    model.setAllRowVisible(false);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.accountAt(0), QStringLiteral("a"));
    QCOMPARE(model.rowOf(QStringLiteral("a")), 0);
    QCOMPARE(model.rowOf(QString()), -1);
    model.setAllRowVisible(true);
    QCOMPARE(model.rowOf(QStringLiteral("a")), 1);
}

void TestAccountListModel::followsTheWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ApiClient client;
    ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")));
    Workspace workspace(&client, &journal);
    workspace.setAccount(account(QStringLiteral("first"), ProviderId::Layers, QStringLiteral("production")),
                         QStringLiteral("t1"));

    AccountListModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.accountAt(1), QStringLiteral("first"));

    workspace.setAccount(account(QStringLiteral("second"), ProviderId::Atoa, QStringLiteral("staging")),
                         QStringLiteral("t2"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.accountAt(2), QStringLiteral("second"));

    // The workspace's load signals drive the state and the count.
    emit workspace.loadStarted(QStringLiteral("first"));
    QCOMPARE(model.loadState(QStringLiteral("first")), AccountListModel::LoadState::Loading);
    emit workspace.loadProgress(QStringLiteral("first"), 100);
    QCOMPARE(model.endpointCount(QStringLiteral("first")), 100);
    emit workspace.loadFinished(QStringLiteral("first"),
                                QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(model.loadState(QStringLiteral("first")), AccountListModel::LoadState::Loaded);
    QCOMPARE(model.endpointCount(QStringLiteral("first")), 3);
    ApiError error;
    error.kind = ApiError::Kind::Refused;
    error.httpStatus = 401;
    error.message = QStringLiteral("Invalid API key");
    emit workspace.loadFailed(QStringLiteral("second"), error);
    QCOMPARE(model.loadState(QStringLiteral("second")), AccountListModel::LoadState::Failed);
    QCOMPARE(model.index(2).data(AccountListModel::ErrorTextRole).toString(), error.toString());
    QCOMPARE(model.index(0).data(AccountListModel::EndpointCountRole).toInt(), 3);

    workspace.removeAccount(QStringLiteral("first"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("first")), -1);
    QCOMPARE(model.totalEndpointCount(), 0);
}

void TestAccountListModel::defaultColours()
{
    QCOMPARE(AccountListModel::defaultColorName(QStringLiteral("production")), QStringLiteral("#c62828"));
    QCOMPARE(AccountListModel::defaultColorName(QStringLiteral(" Production ")), QStringLiteral("#c62828"));
    QCOMPARE(AccountListModel::defaultColorName(QStringLiteral("staging")), QStringLiteral("#f0a020"));
    QCOMPARE(AccountListModel::defaultColorName(QStringLiteral("development")), QStringLiteral("#1f6feb"));
    QVERIFY(!AccountListModel::defaultColorName(QStringLiteral("qa")).isEmpty());
    // An account without a colour shows its label's default.
    AccountListModel model;
    model.setAccounts({account(QStringLiteral("a"), ProviderId::Atoa, QStringLiteral("production"))});
    QCOMPARE(model.index(1).data(AccountListModel::ColorRole).toString(), QStringLiteral("#c62828"));
}

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
