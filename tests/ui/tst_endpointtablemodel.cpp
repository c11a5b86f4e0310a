#include "datetext.h"
#include "endpointfixtures.h"
#include "endpointtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Fixtures;
using M = EndpointTableModel;

class TestEndpointTableModel : public QObject
{
    Q_OBJECT
private slots:
    void testerWhileMutating();
    void headers();
    void displayPerColumn();
    void lastDeliveryFallsBackAndDash();
    void toolTipsAndAccessibleText();
    void customRoles();
    void appendIsOneInsertPerBatchAndDeduplicates();
    void updateEndpointChangesOneRow();
    void updateEndpointRefusesUnknown();
    void healthCountsFollowChanges();
    void removeAccountNonContiguous();
    void removeAccountManyRunsKeepsPersistentIndexes();
    void syncAccountUpdatesRemovesAndAdds();
    void replaceAllAndClear();
    void lookupsAreBounded();
    void retranslateRefreshesEverything();
    void sharedWordsAreStoredOnceAndKeepNull();
    void rowsGiveBackEveryField();
    void indexFindsEveryRowAfterRemovals();
    void whoDisabledAndSince();
    void sinceSortsChronologically();
    void attentionCountsPerAccount();
};

static QList<Endpoint> batch(const QString &account, int from, int count)
{
    QList<Endpoint> list;
    for (int i = from; i < from + count; ++i) {
        const QString id = QStringLiteral("ep_%1").arg(i);
        list << (i % 3 == 0   ? active(account, id)
                 : i % 3 == 1 ? failing(account, id, i)
                              : disabled(account, id));
    }
    return list;
}

void TestEndpointTableModel::testerWhileMutating()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendEndpoints(batch(QStringLiteral("a"), 0, 50));
    model.appendEndpoints(batch(QStringLiteral("b"), 0, 50));
    model.appendEndpoints(batch(QStringLiteral("a"), 50, 50)); // "a" is now two runs
    QCOMPARE(model.rowCount(), 150);
    QVERIFY(model.updateEndpoint(disabled(QStringLiteral("b"), QStringLiteral("ep_3"))));
    model.removeAccount(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 50);
    model.replaceAll(batch(QStringLiteral("c"), 0, 10));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestEndpointTableModel::headers()
{
    M model;
    QCOMPARE(model.columnCount(), int(M::ColumnCount));
    QCOMPARE(model.headerData(M::UrlColumn, Qt::Horizontal).toString(), QStringLiteral("URL"));
    QCOMPARE(model.headerData(M::HealthColumn, Qt::Horizontal).toString(), QStringLiteral("Health"));
    QCOMPARE(model.headerData(M::LastDeliveryColumn, Qt::Horizontal).toString(),
             QStringLiteral("Last delivery"));
    QCOMPARE(model.headerData(M::IdColumn, Qt::Horizontal).toString(), QStringLiteral("ID"));
    for (int c = 0; c < M::ColumnCount; ++c)
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
    QCOMPARE(model.headerData(M::FailuresColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestEndpointTableModel::displayPerColumn()
{
    M model;
    Endpoint e = failing(QStringLiteral("prod"), QStringLiteral("we_1"), 12);
    e.description = QStringLiteral("Billing hook");
    model.appendEndpoints({e});
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(M::UrlColumn).toString(), QStringLiteral("https://hooks.example.com/we_1"));
    QCOMPARE(cell(M::HealthColumn).toString(), HealthRules::label(Health::Failing));
    QCOMPARE(cell(M::EventsColumn).toString(), QStringLiteral("contract.started, payment.sent"));
    QCOMPARE(cell(M::DescriptionColumn).toString(), QStringLiteral("Billing hook"));
    QCOMPARE(cell(M::FailuresColumn).typeId(), QMetaType::Int); // a number, formatted by the view
    QCOMPARE(cell(M::FailuresColumn).toInt(), 12);
    QCOMPARE(cell(M::FailuresColumn, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(cell(M::LastDeliveryColumn).toString(), DateText::text(at(10)));
    QCOMPARE(cell(M::AccountColumn).toString(), QStringLiteral("prod"));
    QCOMPARE(cell(M::ProviderColumn).toString(), QStringLiteral("OpenTrain"));
    QCOMPARE(cell(M::IdColumn).toString(), QStringLiteral("we_1"));
    QVERIFY(!model.index(0, M::ColumnCount).isValid());
}

void TestEndpointTableModel::lastDeliveryFallsBackAndDash()
{
    M model;
    Endpoint never = active(QStringLiteral("a"), QStringLiteral("never"));
    Endpoint fallback = active(QStringLiteral("a"), QStringLiteral("fallback"));
    fallback.lastSuccessAt = at(5);
    fallback.lastFailureAt = at(4); // older: the success is the last delivery
    model.appendEndpoints({never, fallback});
    QCOMPARE(model.index(0, M::LastDeliveryColumn).data().toString(), QString(QChar(0x2014)));
    QVERIFY(!model.index(0, M::LastDeliveryColumn).data(Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(!model.index(0, M::LastDeliveryColumn).data(M::SortRole).toDateTime().isValid());
    QCOMPARE(model.index(1, M::LastDeliveryColumn).data(M::SortRole).toDateTime(), at(5));
}

void TestEndpointTableModel::toolTipsAndAccessibleText()
{
    M model;
    model.appendEndpoints({disabled(QStringLiteral("a"), QStringLiteral("d1")),
                           failing(QStringLiteral("a"), QStringLiteral("f1"))});
    const QString tip = model.index(0, M::HealthColumn).data(Qt::ToolTipRole).toString();
    const std::optional<HealthInfo> info = model.healthInfoAt(0);
    QVERIFY(info);
    QCOMPARE(info->health, Health::Disabled);
    QVERIFY2(tip.contains(QStringLiteral("status: DISABLED")), qPrintable(tip));  // the provider's words
    QVERIFY2(tip.contains(QStringLiteral("Too many failures")), qPrintable(tip)); // the reason
    QVERIFY2(tip.contains(DateText::text(at(11))),
             qPrintable(tip)); // since
    QCOMPARE(model.index(0, M::UrlColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("https://hooks.example.com/d1"));
    const QString accessible = model.index(1, M::HealthColumn).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.contains(HealthRules::label(Health::Failing)), qPrintable(accessible));
    QVERIFY2(accessible.contains(model.healthInfoAt(1)->reason), qPrintable(accessible));
    QVERIFY(model.index(1, M::LastDeliveryColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("500")));
}

void TestEndpointTableModel::customRoles()
{
    M model;
    Endpoint e = active(QStringLiteral("Acct"), QStringLiteral("WE_Mixed"));
    e.url = QStringLiteral("https://Hooks.Example.COM/x");
    e.description = QStringLiteral("Payroll SYNC");
    model.appendEndpoints({e, disabled(QStringLiteral("Acct"), QStringLiteral("d"))});
    for (int c = 0; c < M::ColumnCount; ++c) {
        QCOMPARE(model.index(0, c).data(M::HealthRole).toInt(), int(Health::Active));
        QCOMPARE(model.index(1, c).data(M::HealthRole).toInt(), int(Health::Disabled));
        QCOMPARE(model.index(0, c).data(M::AccountRole).toString(), QStringLiteral("Acct"));
    }
    const QString hay = model.index(0, 0).data(M::FilterTextRole).toString();
    QCOMPARE(hay, hay.toLower());
    for (const char *part : {"https://hooks.example.com/x", "payroll sync", "payment.sent", "we_mixed"})
        QVERIFY2(hay.contains(QLatin1String(part)), part);
    QVERIFY(!hay.contains(QLatin1String("acct"))); // the account has its own filter
    QVERIFY(model.roleNames().contains(M::HealthRole));
}

void TestEndpointTableModel::appendIsOneInsertPerBatchAndDeduplicates()
{
    M model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.appendEndpoints(batch(QStringLiteral("a"), 0, 1000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 999);

    // A refresh appends the same endpoints again: existing rows are replaced (only a changed one
    // signals a change), only new ones inserted, and an id twice in one batch keeps the later value.
    QList<Endpoint> again = batch(QStringLiteral("a"), 998, 4); // ep_998, ep_999 exist; 1000, 1001 new
    again[0].description = QStringLiteral("renamed upstream");
    again << disabled(QStringLiteral("a"), QStringLiteral("ep_1001"));
    model.appendEndpoints(again);
    QCOMPARE(model.rowCount(), 1002);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(changed.count(), 1); // ep_998 only: ep_999 came back unchanged
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 998);
    QCOMPARE(model.endpointAt(998)->description, QStringLiteral("renamed upstream"));
    QCOMPARE(model.rowOf(QStringLiteral("a"), QStringLiteral("ep_1001")), 1001);
    QCOMPARE(model.healthInfoAt(1001)->health, Health::Disabled);
    model.appendEndpoints({});
    QCOMPARE(inserted.count(), 2);
}

void TestEndpointTableModel::updateEndpointChangesOneRow()
{
    M model;
    model.appendEndpoints(batch(QStringLiteral("a"), 0, 10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Endpoint e = *model.endpointAt(4);
    e.url = QStringLiteral("https://new.example.com/hook");
    QVERIFY(model.updateEndpoint(e));
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 4);
    QCOMPARE(bottomRight.row(), 4);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), M::ColumnCount - 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(4, M::UrlColumn).data().toString(), e.url);
    QVERIFY(model.index(4, 0).data(M::FilterTextRole).toString().contains(QLatin1String("new.example.com")));
}

void TestEndpointTableModel::updateEndpointRefusesUnknown()
{
    M model;
    model.appendEndpoints(batch(QStringLiteral("a"), 0, 3));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.updateEndpoint(active(QStringLiteral("a"), QStringLiteral("nope"))));
    QVERIFY(!model.updateEndpoint(active(QStringLiteral("b"), QStringLiteral("ep_0"))));
    QVERIFY(!model.updateEndpoint(active(QStringLiteral("a"), QStringLiteral("ep_0"), ProviderId::Layers)));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 3);
}

void TestEndpointTableModel::healthCountsFollowChanges()
{
    M model;
    const auto counts = [&] {
        const QHash<Health, int> c = model.healthCounts();
        return QList<int>{c.value(Health::Active), c.value(Health::Failing), c.value(Health::Disabled)};
    };
    QCOMPARE(counts(), (QList<int>{0, 0, 0}));
    model.appendEndpoints(batch(QStringLiteral("a"), 0, 9)); // 3 of each
    model.appendEndpoints(batch(QStringLiteral("b"), 0, 3));
    QCOMPARE(counts(), (QList<int>{4, 4, 4}));
    model.updateEndpoint(disabled(QStringLiteral("a"), QStringLiteral("ep_0")));
    QCOMPARE(counts(), (QList<int>{3, 4, 5}));
    model.appendEndpoints({active(QStringLiteral("a"), QStringLiteral("ep_1"))}); // was failing
    QCOMPARE(counts(), (QList<int>{4, 3, 5}));
    model.removeAccount(QStringLiteral("b"));
    QCOMPARE(counts(), (QList<int>{3, 2, 4}));
    QCOMPARE(model.healthCount(Health::Disabled), 4);
    model.clear();
    QCOMPARE(counts(), (QList<int>{0, 0, 0}));
}

void TestEndpointTableModel::removeAccountNonContiguous()
{
    M model;
    for (int i = 0; i < 4; ++i) {
        model.appendEndpoints(batch(QStringLiteral("x"), i * 10, 10));
        model.appendEndpoints(batch(QStringLiteral("y"), i * 10, 10));
    }
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeAccount(QStringLiteral("x"));
    QCOMPARE(removed.count(), 4); // one per contiguous run
    QCOMPARE(model.rowCount(), 40);
    for (int row = 0; row < model.rowCount(); ++row) {
        const std::optional<Endpoint> e = model.endpointAt(row);
        QCOMPARE(e->account, QStringLiteral("y"));
        QCOMPARE(model.rowOf(e->account, e->id), row); // the index follows the shift
    }
    QCOMPARE(model.rowOf(QStringLiteral("x"), QStringLiteral("ep_0")), -1);
    model.removeAccount(QStringLiteral("nobody"));
    QCOMPARE(removed.count(), 4);
    // Updates still find their rows after the shift.
    QVERIFY(model.updateEndpoint(disabled(QStringLiteral("y"), QStringLiteral("ep_39"))));
    QCOMPARE(model.healthInfoAt(39)->health, Health::Disabled);
}

void TestEndpointTableModel::syncAccountUpdatesRemovesAndAdds()
{
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendEndpoints(batch(QStringLiteral("x"), 0, 5));
    model.appendEndpoints(batch(QStringLiteral("y"), 0, 5));
    const QPersistentModelIndex kept =
        model.index(model.rowOf(QStringLiteral("x"), QStringLiteral("ep_3")), 0);
    QList<Endpoint> fresh = batch(QStringLiteral("x"), 2, 5); // ep_0, ep_1 gone; ep_5, ep_6 new
    fresh[1] = disabled(QStringLiteral("x"), QStringLiteral("ep_3"));
    model.syncAccount(QStringLiteral("x"), fresh);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowOf(QStringLiteral("x"), QStringLiteral("ep_0")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("x"), QStringLiteral("ep_1")), -1);
    QVERIFY(model.rowOf(QStringLiteral("x"), QStringLiteral("ep_6")) >= 0);
    QVERIFY(kept.isValid()); // a selected row that still exists keeps its selection
    QCOMPARE(model.endpointAt(kept.row())->id, QStringLiteral("ep_3"));
    QCOMPARE(model.healthInfoAt(kept.row())->health, Health::Disabled);
    QCOMPARE(model.rowOf(QStringLiteral("y"), QStringLiteral("ep_0")) >= 0, true); // other accounts untouched
}

void TestEndpointTableModel::removeAccountManyRunsKeepsPersistentIndexes()
{
    // Interleaved accounts (one row each) take the gather-then-remove path: one layout change,
    // one removal, and persistent indexes (a view's selection) stay on their rows.
    M model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Endpoint> list;
    for (int i = 0; i < 100; ++i)
        list << active(i % 2 ? QStringLiteral("odd") : QString(), QStringLiteral("ep_%1").arg(i));
    model.appendEndpoints(list);
    const QPersistentModelIndex kept = model.index(98, M::UrlColumn); // ep_98, account ""
    const QPersistentModelIndex gone = model.index(97, M::UrlColumn); // ep_97, account "odd"
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    model.removeAccount(QStringLiteral("odd"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 49);
    QCOMPARE(kept.data().toString(), QStringLiteral("https://hooks.example.com/ep_98"));
    QVERIFY(!gone.isValid());
    for (int row = 0; row < 50; ++row)
        QCOMPARE(model.endpointAt(row)->id, QStringLiteral("ep_%1").arg(row * 2)); // order kept
    QCOMPARE(model.rowOf(QString(), QStringLiteral("ep_98")), 49);
    QCOMPARE(model.healthCount(Health::Active), 50);
    model.removeAccount(QString()); // the empty account name is an account like any other
    QCOMPARE(model.rowCount(), 0);
}

void TestEndpointTableModel::replaceAllAndClear()
{
    M model;
    model.appendEndpoints(batch(QStringLiteral("a"), 0, 5));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Endpoint> list = batch(QStringLiteral("b"), 0, 3);
    list << failing(QStringLiteral("b"), QStringLiteral("ep_0")); // duplicate: the later one wins
    model.replaceAll(list);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QStringLiteral("a"), QStringLiteral("ep_0")), -1);
    QCOMPARE(model.healthInfoAt(model.rowOf(QStringLiteral("b"), QStringLiteral("ep_0")))->health,
             Health::Failing);
    QCOMPARE(model.healthCount(Health::Failing), 2);
    model.clear();
    QCOMPARE(reset.count(), 2);
    model.clear(); // already empty: no second reset
    QCOMPARE(reset.count(), 2);
}

void TestEndpointTableModel::lookupsAreBounded()
{
    M model;
    model.appendEndpoints(batch(QStringLiteral("a"), 0, 2));
    QVERIFY(model.endpointAt(0));
    QVERIFY(!model.endpointAt(-1));
    QVERIFY(!model.endpointAt(2));
    QVERIFY(!model.healthInfoAt(2));
    QCOMPARE(model.rowOf(QStringLiteral("a"), QStringLiteral("ep_1")), 1);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
}

void TestEndpointTableModel::retranslateRefreshesEverything()
{
    M model;
    model.appendEndpoints(batch(QStringLiteral("a"), 0, 6));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(header.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(5, M::ColumnCount - 1));
    QCOMPARE(model.healthCount(Health::Failing), 2);
    QCOMPARE(model.index(1, M::HealthColumn).data().toString(), HealthRules::label(Health::Failing));
}

void TestEndpointTableModel::sharedWordsAreStoredOnceAndKeepNull()
{
    // 100k rows repeat a few words (account, status, event lists): each is kept once, equal to what was
    // loaded; a null description stays null (it means "the provider has none"), an empty one stays empty.
    M model;
    Endpoint a = active(QStringLiteral("acct").toUpper().toLower(), QStringLiteral("a")); // separate copies
    Endpoint b = active(QStringLiteral("acct").toUpper().toLower(), QStringLiteral("b"));
    a.description = QString();
    b.description = QStringLiteral("");
    b.events = QStringList{QStringLiteral("contract.started"), QStringLiteral("payment.sent")};
    QVERIFY(a.account.constData() != b.account.constData());
    model.appendEndpoints({a, b});
    QCOMPARE(*model.endpointAt(0), a);
    QCOMPARE(*model.endpointAt(1), b);
    QCOMPARE(model.endpointAt(0)->account.constData(), model.endpointAt(1)->account.constData());
    QCOMPARE(model.endpointAt(0)->providerStatus.constData(),
             model.endpointAt(1)->providerStatus.constData());
    QCOMPARE(model.endpointAt(0)->events.constData(), model.endpointAt(1)->events.constData());
    QVERIFY(model.endpointAt(0)->description.isNull());
    QVERIFY(!model.endpointAt(1)->description.isNull());
}

void TestEndpointTableModel::rowsGiveBackEveryField()
{
    // A row keeps the endpoint in a compact form: what endpointAt() gives back must be the endpoint as
    // loaded, down to what operator== does not see (null texts, a date's offset).
    Endpoint full;
    full.provider = ProviderId::Atoa;
    full.enabled = false;
    full.hasSecret = true;
    full.failureCount = 7;
    full.lastDeliveryStatus = 503;
    full.account = QStringLiteral("Prod");
    full.id = QStringLiteral("EP-Ünïcode-1");
    full.url = QStringLiteral("https://Hooks.Example.COM/Grüße");
    full.events = {QStringLiteral("A"), QString(), QStringLiteral("")};
    full.description = QStringLiteral("Émile's endpoint");
    full.metadata = {{QStringLiteral("team"), QStringLiteral("qa")}, {QStringLiteral("empty"), QString()}};
    full.scope = QStringLiteral("own");
    full.secretType = QStringLiteral("BASIC");
    full.environment = QStringLiteral("SANDBOX");
    full.providerStatus = QStringLiteral("DISABLED");
    full.disabledReason = QStringLiteral("");
    const QDateTime offset(QDate(2024, 3, 9), QTime(8, 30, 15, 250), Qt::OffsetFromUTC, 2 * 3600);
    full.createdAt = at(1);
    full.updatedAt = at(2);
    full.lastDeliveryAt = offset;
    full.lastSuccessAt = at(4);
    full.lastFailureAt = at(5);
    full.disabledAt = at(6);
    full.verifiedAt = at(7);
    full.raw = QByteArrayLiteral("{\"id\":\"EP-\u00dcn\u00efcode-1\",\"x\":[1,2.5,null]}");

    Endpoint bare; // everything null or empty
    Endpoint empty = bare;
    empty.account = QStringLiteral("Prod");
    empty.id = QStringLiteral("");
    empty.url = QStringLiteral("");
    empty.description = QStringLiteral("");
    empty.raw = QByteArray("");

    Endpoint emptyWord = bare; // shares everything with `bare` but an empty (not null) status word
    emptyWord.id = QStringLiteral("x");
    emptyWord.providerStatus = QStringLiteral("");

    M model;
    model.appendEndpoints({full, bare, empty, emptyWord});
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.endpointAt(3)->providerStatus.isNull());
    const Endpoint back = *model.endpointAt(0);
    QCOMPARE(back, full);
    QCOMPARE(back.lastDeliveryAt.offsetFromUtc(), 2 * 3600);
    QCOMPARE(back.lastDeliveryAt.toString(Qt::ISODateWithMs), offset.toString(Qt::ISODateWithMs));
    QCOMPARE(back.createdAt.timeSpec(), full.createdAt.timeSpec());
    QVERIFY(back.events.at(1).isNull());
    QVERIFY(!back.events.at(2).isNull());
    QVERIFY(!back.disabledReason.isNull());
    QVERIFY(back.metadata.value(QStringLiteral("empty")).isNull());
    QCOMPARE(back.raw, full.raw);

    const Endpoint nothing = *model.endpointAt(1);
    QCOMPARE(nothing, bare);
    for (const QString *text : {&nothing.account, &nothing.id, &nothing.url, &nothing.description,
                                &nothing.disabledReason, &nothing.providerStatus})
        QVERIFY(text->isNull());
    QVERIFY(nothing.raw.isNull());
    QVERIFY(!nothing.createdAt.isValid());

    const Endpoint blank = *model.endpointAt(2);
    QCOMPARE(blank, empty);
    for (const QString *text : {&blank.id, &blank.url, &blank.description})
        QVERIFY(!text->isNull());
    QVERIFY(!blank.raw.isNull());

    // The folded keys are what sorting and the text filter see; the cells show the text as loaded.
    QCOMPARE(model.index(0, M::UrlColumn).data().toString(), full.url);
    QCOMPARE(model.index(0, M::IdColumn).data().toString(), full.id);
    QCOMPARE(model.index(0, M::DescriptionColumn).data().toString(), full.description);
    QCOMPARE(model.textSortKey(0, M::UrlColumn)->toString(),
             QStringLiteral("https://hooks.example.com/grusse"));
    QCOMPARE(model.textSortKey(0, M::IdColumn)->toString(), QStringLiteral("ep-unicode-1"));
    QCOMPARE(model.textSortKey(0, M::DescriptionColumn)->toString(), QStringLiteral("emile's endpoint"));
    QVERIFY(model.matchesText(0, QStringLiteral("grusse")));
    QVERIFY(model.matchesText(0, QStringLiteral("emile")));
    QVERIFY(model.matchesText(0, QStringLiteral("unicode")));
    QVERIFY(!model.matchesText(0, QStringLiteral("Grüße")));
    QVERIFY(model.index(1, M::UrlColumn).data().toString().isNull());
    QCOMPARE(model.rowOf(QStringLiteral("Prod"), full.id), 0);
}

void TestEndpointTableModel::indexFindsEveryRowAfterRemovals()
{
    // Two accounts with the same ids, grown past several index sizes, then one account removed.
    M model;
    const int count = 700;
    for (int first = 0; first < count; first += 100) {
        model.appendEndpoints(batch(QStringLiteral("a"), first, 100));
        model.appendEndpoints(batch(QStringLiteral("b"), first, 100));
    }
    QCOMPARE(model.rowCount(), 2 * count);
    for (int i = 0; i < count; ++i) {
        const int a = model.rowOf(QStringLiteral("a"), QStringLiteral("ep_%1").arg(i));
        const int b = model.rowOf(QStringLiteral("b"), QStringLiteral("ep_%1").arg(i));
        QVERIFY(a >= 0 && b >= 0 && a != b);
        QCOMPARE(model.endpointAt(a)->account, QStringLiteral("a"));
        QCOMPARE(model.endpointAt(b)->id, QStringLiteral("ep_%1").arg(i));
    }
    QCOMPARE(model.rowOf(QStringLiteral("a"), QStringLiteral("ep_%1").arg(count)), -1);
    QCOMPARE(model.rowOf(QStringLiteral("c"), QStringLiteral("ep_1")), -1);
    model.removeAccount(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(model.rowOf(QStringLiteral("a"), QStringLiteral("ep_%1").arg(i)), -1);
        const int b = model.rowOf(QStringLiteral("b"), QStringLiteral("ep_%1").arg(i));
        QCOMPARE(model.endpointAt(b)->id, QStringLiteral("ep_%1").arg(i));
    }
    // A batch that repeats rows it brings and rows already there: one row each, the later one wins.
    QList<Endpoint> again = batch(QStringLiteral("b"), 0, 3);
    again << batch(QStringLiteral("c"), 0, 2) << batch(QStringLiteral("c"), 0, 2);
    again.last().description = QStringLiteral("later");
    model.appendEndpoints(again);
    QCOMPARE(model.rowCount(), count + 2);
    QCOMPARE(model.endpointAt(model.rowOf(QStringLiteral("c"), QStringLiteral("ep_1")))->description,
             QStringLiteral("later"));
}

void TestEndpointTableModel::whoDisabledAndSince()
{
    M model;
    Endpoint dial = active(QStringLiteral("a"), QStringLiteral("dial"), ProviderId::OptimalDial);
    dial.enabled = false;
    dial.failureCount = 10;
    dial.lastFailureAt = at(5, 7);
    dial.disabledAt = dial.lastFailureAt; // OptimalDial's own disable
    model.appendEndpoints({disabled(QStringLiteral("a"), QStringLiteral("off")),
                           pausedByPerson(QStringLiteral("a"), QStringLiteral("paused")),
                           failing(QStringLiteral("a"), QStringLiteral("failing")),
                           active(QStringLiteral("a"), QStringLiteral("fine")), dial});
    const auto cell = [&model](int row, int column, int role) { return model.index(row, column).data(role); };
    QCOMPARE(cell(0, 0, M::DisabledByRole).toInt(), int(DisabledBy::Provider));
    QCOMPARE(cell(1, 0, M::DisabledByRole).toInt(), int(DisabledBy::User));
    QCOMPARE(cell(2, 0, M::DisabledByRole).toInt(), int(DisabledBy::NotDisabled));
    QCOMPARE(cell(4, 0, M::DisabledByRole).toInt(), int(DisabledBy::Provider));
    // The word for the badge's icon: in the tooltip and for a screen reader.
    QVERIFY(cell(0, M::HealthColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Disabled by the provider (OpenTrain)")));
    QVERIFY(cell(1, M::HealthColumn, Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("Disabled by a person")));
    QVERIFY(cell(4, M::HealthColumn, Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("after 10 consecutive failures")));
    QVERIFY(
        !cell(2, M::HealthColumn, Qt::AccessibleTextRole).toString().contains(QLatin1String("Disabled by")));

    QCOMPARE(model.headerData(M::SinceColumn, Qt::Horizontal).toString(), QStringLiteral("Since"));
    QCOMPARE(cell(0, M::SinceColumn, Qt::DisplayRole).toString(), DateText::text(at(11)));
    QCOMPARE(cell(0, M::SinceColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("Disabled at %1").arg(DateText::text(at(11), DateText::Precision::Seconds)));
    QCOMPARE(cell(2, M::SinceColumn, Qt::DisplayRole).toString(), DateText::text(at(10)));
    QCOMPARE(cell(2, M::SinceColumn, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Failing since %1").arg(DateText::text(at(10), DateText::Precision::Seconds)));
    QCOMPARE(cell(3, M::SinceColumn, Qt::DisplayRole).toString(), QString()); // active: nothing to say
    QCOMPARE(cell(3, M::SinceColumn, Qt::AccessibleTextRole).toString(), QStringLiteral("Since: none"));
    QCOMPARE(cell(4, M::SinceColumn, M::SortRole).toDateTime(), at(5, 7));

    // Failing, but the provider gives no time at all: a dash that says so, not a blank that reads as fine.
    Endpoint undated = failing(QStringLiteral("a"), QStringLiteral("undated"));
    undated.lastDeliveryAt = undated.lastFailureAt = undated.lastSuccessAt = QDateTime();
    model.appendEndpoints({undated});
    const int row = model.rowOf(QStringLiteral("a"), QStringLiteral("undated"));
    QCOMPARE(model.index(row, 0).data(M::HealthRole).toInt(), int(Health::Failing));
    QCOMPARE(cell(row, M::SinceColumn, Qt::DisplayRole).toString(), QString(QChar(0x2014)));
    QCOMPARE(cell(row, M::SinceColumn, Qt::AccessibleTextRole).toString(),
             QStringLiteral("Failing; the provider does not say since when"));
}

void TestEndpointTableModel::sinceSortsChronologically()
{
    M model;
    Endpoint early = failing(QStringLiteral("a"), QStringLiteral("early"));
    early.lastFailureAt = at(2);
    Endpoint late = disabled(QStringLiteral("a"), QStringLiteral("late"));
    late.disabledAt = at(25);
    model.appendEndpoints({late, active(QStringLiteral("a"), QStringLiteral("fine")), early});
    // Active rows (no date) first, then by date; equal rows compare false both ways.
    QVERIFY(model.lessThan(1, 2, M::SinceColumn));
    QVERIFY(model.lessThan(2, 0, M::SinceColumn));
    QVERIFY(!model.lessThan(0, 2, M::SinceColumn));
    QVERIFY(!model.lessThan(1, 1, M::SinceColumn));
}

void TestEndpointTableModel::attentionCountsPerAccount()
{
    M model;
    QSignalSpy changed(&model, &M::attentionCountsChanged);
    model.appendEndpoints({failing(QStringLiteral("a"), QStringLiteral("1")),
                           disabled(QStringLiteral("a"), QStringLiteral("2")),
                           pausedByPerson(QStringLiteral("a"), QStringLiteral("3")),
                           active(QStringLiteral("b"), QStringLiteral("4"))});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.attentionCount(QStringLiteral("a")), 2); // a person's pause needs none
    QCOMPARE(model.attentionCount(QStringLiteral("b")), 0);
    QVERIFY(model.updateEndpoint(failing(QStringLiteral("b"), QStringLiteral("4"))));
    QCOMPARE(model.attentionCount(QStringLiteral("b")), 1);
    QCOMPARE(changed.count(), 2);
    QVERIFY(model.updateEndpoint(active(QStringLiteral("a"), QStringLiteral("1")))); // recovered
    QCOMPARE(model.attentionCount(QStringLiteral("a")), 1);
    model.appendEndpoints({active(QStringLiteral("b"), QStringLiteral("5"))}); // no change, no signal
    QCOMPARE(changed.count(), 3);
    model.removeAccount(QStringLiteral("a"));
    QCOMPARE(model.attentionCount(QStringLiteral("a")), 0);
    QCOMPARE(changed.count(), 4);
    model.clear();
    QCOMPARE(model.attentionCount(QStringLiteral("b")), 0);
    QCOMPARE(changed.count(), 5);
}

QTEST_GUILESS_MAIN(TestEndpointTableModel)
#include "tst_endpointtablemodel.moc"
