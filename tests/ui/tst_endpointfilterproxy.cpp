#include "core/endpointfilter.h"
#include "endpointfilterproxy.h"
#include "endpointfixtures.h"
#include "endpointtablemodel.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Fixtures;
using M = EndpointTableModel;
using HF = EndpointFilterProxy::HealthFilter;

class TestEndpointFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void testerWhileMutating();
    void filterByText_data();
    void filterByText();
    void filterByHealth();
    void showsWhatTheCoreFilterAccepts();
    void filterByAccount();
    void attentionFilterAndCounts();
    void filtersCombineAndCount();
    void countsFollowEveryChange();
    void filterDoesNotReset();
    void updatedRowIsRefiltered();
    void sortEachColumn_data();
    void sortEachColumn();
    void sortFailuresNumerically();
    void sortDatesChronologically();
    void sortHealthBySeverity();
    void sortTextIgnoresCaseAndAccents();
    void sortIsStableForEqualKeys();
    void typingEqualsFilteringAtOnce();
    void keystrokeThatChangesNothingLeavesTheProxyAlone();
    void largeFilterChangeKeepsSelection();
    void scatteredBatchIsOneLayoutChange();
    void editedRowMovesWithItsSelection();
    void matchesAPlainSortAndFilterAfterEveryChange();

private:
    QStringList visibleIds() const;
    M *m_model = nullptr;
    EndpointFilterProxy *m_proxy = nullptr;
};

void TestEndpointFilterProxy::init()
{
    delete m_proxy;
    delete m_model;
    m_model = new M;
    m_proxy = new EndpointFilterProxy;
    m_proxy->setSourceModel(m_model);

    Endpoint billing = active(QStringLiteral("prod"), QStringLiteral("we_Billing"));
    billing.url = QStringLiteral("https://billing.example.com/hook");
    billing.description = QStringLiteral("Invoices to ERP");
    billing.lastDeliveryAt = at(3);
    Endpoint crm = failing(QStringLiteral("prod"), QStringLiteral("we_crm"), 10);
    crm.url = QStringLiteral("https://crm.example.org/in");
    crm.events = {QStringLiteral("timesheet.approved")};
    crm.lastDeliveryAt = at(20);
    Endpoint staging = failing(QStringLiteral("staging"), QStringLiteral("we_stage"), 2);
    staging.lastDeliveryAt = at(1, 9);
    Endpoint off = disabled(QStringLiteral("staging"), QStringLiteral("we_off"));
    off.lastDeliveryAt = at(1, 8);
    Endpoint never = active(QStringLiteral("staging"), QStringLiteral("we_never"));
    m_model->appendEndpoints({billing, crm, staging, off, never});
}

QStringList TestEndpointFilterProxy::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, M::IdColumn).data().toString();
    return ids;
}

void TestEndpointFilterProxy::testerWhileMutating()
{
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxy->sort(M::FailuresColumn, Qt::DescendingOrder);
    m_proxy->setHealthFilter(HF::Failing);
    QList<Endpoint> more;
    for (int i = 0; i < 200; ++i) {
        const QString id = QStringLiteral("bulk_%1").arg(i);
        more << (i % 2 ? failing(QStringLiteral("bulk"), id, i) : active(QStringLiteral("bulk"), id));
    }
    m_model->appendEndpoints(more.mid(0, 100));
    m_model->appendEndpoints(more.mid(100));
    QCOMPARE(m_proxy->rowCount(), 102);
    m_proxy->setFilterText(QStringLiteral("bulk_1"));
    m_model->updateEndpoint(failing(QStringLiteral("bulk"), QStringLiteral("bulk_10"), 999));
    m_model->updateEndpoint(active(QStringLiteral("bulk"), QStringLiteral("bulk_11")));
    m_proxy->setFilterText({});
    m_proxy->setAccountFilter(QStringLiteral("bulk"));
    m_model->removeAccount(QStringLiteral("prod"));
    m_model->removeAccount(QStringLiteral("bulk"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setAccountFilter({});
    m_proxy->setHealthFilter(HF::Any);
    m_model->replaceAll(more);
    // Interleaved accounts: the model gathers the rows with a layout change, then removes them once.
    QList<Endpoint> mixed;
    for (int i = 0; i < 100; ++i)
        mixed << failing(i % 3 ? QStringLiteral("m1") : QStringLiteral("m2"), QStringLiteral("mix_%1").arg(i),
                         i + 1);
    m_model->appendEndpoints(mixed);
    m_proxy->setHealthFilter(HF::Failing);
    const QPersistentModelIndex current = m_proxy->index(0, M::IdColumn); // sorted by failures, descending
    QCOMPARE(current.data().toString(), QStringLiteral("bulk_199"));
    m_model->removeAccount(QStringLiteral("m2"));
    QCOMPARE(m_proxy->visibleHealthCount(Health::Failing), 100 + 66); // bulk's odd rows + m1's
    QCOMPARE(current.data().toString(), QStringLiteral("bulk_199"));  // the view's current row survives
    QCOMPARE(current.row(), 0);
    m_model->clear();
}

void TestEndpointFilterProxy::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty shows all") << QString()
                                     << QStringList{"we_Billing", "we_crm", "we_stage", "we_off", "we_never"};
    QTest::newRow("url, any case") << QStringLiteral("CRM.Example") << QStringList{"we_crm"};
    QTest::newRow("description") << QStringLiteral("erp") << QStringList{"we_Billing"};
    QTest::newRow("event") << QStringLiteral("timesheet") << QStringList{"we_crm"};
    QTest::newRow("id") << QStringLiteral("WE_BILL") << QStringList{"we_Billing"};
    QTest::newRow("spaces trimmed") << QStringLiteral("  we_off ") << QStringList{"we_off"};
    QTest::newRow("account name is not text") << QStringLiteral("staging") << QStringList{};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
}

void TestEndpointFilterProxy::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_proxy->setFilterText(text);
    QCOMPARE(visibleIds(), ids);
}

void TestEndpointFilterProxy::filterByHealth()
{
    m_proxy->setHealthFilter(HF::Failing);
    QCOMPARE(visibleIds(), (QStringList{"we_crm", "we_stage"}));
    m_proxy->setHealthFilter(HF::Disabled);
    QCOMPARE(visibleIds(), (QStringList{"we_off"}));
    m_proxy->setHealthFilter(HF::Active);
    QCOMPARE(visibleIds(), (QStringList{"we_Billing", "we_never"}));
    m_proxy->setHealthFilter(HF::Any);
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestEndpointFilterProxy::showsWhatTheCoreFilterAccepts()
{
    // The window and the exports (CLI, File → Export…) must show the same endpoints for the same
    // choices: the proxy's packed fast path against the core's EndpointFilter, every health x text.
    Endpoint accented = active(QStringLiteral("prod"), QStringLiteral("we_accent"));
    accented.description = QStringLiteral("Émile's Straße");
    m_model->appendEndpoints(
        {pausedByPerson(QStringLiteral("staging"), QStringLiteral("we_paused")), accented});
    QList<Endpoint> all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all << *m_model->endpointAt(row);
    const QMetaEnum choices = QMetaEnum::fromType<HF>();
    for (int c = 0; c < choices.keyCount(); ++c) {
        const auto filter = HF(choices.value(c));
        for (const char *text : {"", "we_", "CRM.Example", "  erp ", "emile", "STRASSE",
                                 "contract.started, payment", "hook", "comwe_", "https", "zzz"}) {
            m_proxy->setHealthFilter(filter);
            m_proxy->setFilterText(QString::fromUtf8(text));
            QStringList expected;
            for (const Endpoint &e :
                 EndpointFilter(EndpointFilter::HealthChoice(int(filter)), QString::fromUtf8(text))
                     .filtered(all))
                expected << e.id;
            QCOMPARE(visibleIds(), expected);
        }
    }
}

void TestEndpointFilterProxy::attentionFilterAndCounts()
{
    // Failing, or disabled by the provider; a person's pause is a choice, not something to look at.
    m_model->appendEndpoints({pausedByPerson(QStringLiteral("staging"), QStringLiteral("we_paused"))});
    m_proxy->setHealthFilter(HF::Attention);
    QCOMPARE(visibleIds(), (QStringList{"we_crm", "we_stage", "we_off"}));
    // Each choice's count is what it would show with the other filters as they are.
    QCOMPARE(m_proxy->healthFilterCount(HF::Any), 6);
    QCOMPARE(m_proxy->healthFilterCount(HF::Active), 2);
    QCOMPARE(m_proxy->healthFilterCount(HF::Failing), 2);
    QCOMPARE(m_proxy->healthFilterCount(HF::Disabled), 2);
    QCOMPARE(m_proxy->healthFilterCount(HF::Attention), 3);
    m_proxy->setAccountFilter(QStringLiteral("staging"));
    QCOMPARE(visibleIds(), (QStringList{"we_stage", "we_off"}));
    QCOMPARE(m_proxy->healthFilterCount(HF::Attention), 2);
    QCOMPARE(m_proxy->healthFilterCount(HF::Any), 4);
    // Rows coming, changing and going.
    m_model->appendEndpoints({failing(QStringLiteral("staging"), QStringLiteral("we_new"), 1),
                              failing(QStringLiteral("prod"), QStringLiteral("we_other"), 1)});
    QCOMPARE(m_proxy->healthFilterCount(HF::Attention), 3);
    QVERIFY(m_model->updateEndpoint(active(QStringLiteral("staging"), QStringLiteral("we_new"))));
    QCOMPARE(m_proxy->healthFilterCount(HF::Attention), 2);
    QCOMPARE(m_proxy->healthFilterCount(HF::Active), 2);
    m_proxy->setFilterText(QStringLiteral("we_off"));
    QCOMPARE(m_proxy->healthFilterCount(HF::Attention), 1);
    m_model->removeAccount(QStringLiteral("staging"));
    QCOMPARE(m_proxy->healthFilterCount(HF::Attention), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestEndpointFilterProxy::filterByAccount()
{
    m_proxy->setAccountFilter(QStringLiteral("prod"));
    QCOMPARE(visibleIds(), (QStringList{"we_Billing", "we_crm"}));
    m_proxy->setAccountFilter(QStringLiteral("Prod")); // names are exact
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setAccountFilter({});
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestEndpointFilterProxy::filtersCombineAndCount()
{
    QSignalSpy changed(m_proxy, &EndpointFilterProxy::filtersChanged);
    m_proxy->setAccountFilter(QStringLiteral("staging"));
    m_proxy->setHealthFilter(HF::Failing);
    m_proxy->setFilterText(QStringLiteral("example"));
    m_proxy->setFilterText(QStringLiteral("example")); // no change, no signal
    QCOMPARE(changed.count(), 3);
    QCOMPARE(visibleIds(), (QStringList{"we_stage"}));
    QCOMPARE(m_proxy->visibleHealthCount(Health::Failing), 1);
    QCOMPARE(m_proxy->visibleHealthCount(Health::Active), 0);

    m_proxy->setHealthFilter(HF::Any);
    const QHash<Health, int> counts = m_proxy->visibleHealthCounts();
    QCOMPARE(counts.value(Health::Active), 1);
    QCOMPARE(counts.value(Health::Failing), 1);
    QCOMPARE(counts.value(Health::Disabled), 1);
    // The counts follow source changes too.
    m_model->appendEndpoints({disabled(QStringLiteral("staging"), QStringLiteral("we_new"))});
    QCOMPARE(m_proxy->visibleHealthCount(Health::Disabled), 2);
}

void TestEndpointFilterProxy::countsFollowEveryChange()
{
    // The counts are kept up to date as rows come and go: after every change they must equal a count
    // of the rows on show. Each step reads them first, so the next change starts from clean counts.
    const auto shownCounts = [this] {
        QHash<Health, int> counts{{Health::Active, 0}, {Health::Failing, 0}, {Health::Disabled, 0}};
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ++counts[Health(m_proxy->index(row, 0).data(M::HealthRole).toInt())];
        return counts;
    };
    const auto check = [&](const char *step) {
        if (m_proxy->visibleHealthCounts() != shownCounts())
            QFAIL(qPrintable(QStringLiteral("counts wrong after: %1").arg(QLatin1String(step))));
    };
    m_proxy->sort(M::UrlColumn);
    check("sort");
    QList<Endpoint> batch;
    for (int i = 0; i < 60; ++i) {
        const QString id = QStringLiteral("c_%1").arg(i);
        batch << (i % 3 == 0   ? active(QStringLiteral("prod"), id)
                  : i % 3 == 1 ? failing(QStringLiteral("prod"), id, i)
                               : disabled(QStringLiteral("staging"), id));
    }
    m_model->appendEndpoints(batch);
    check("append");
    m_proxy->setHealthFilter(HF::Failing);
    check("health filter");
    // A failing row recovers: it leaves the proxy with a health it was not counted with.
    m_model->updateEndpoint(active(QStringLiteral("prod"), QStringLiteral("c_1")));
    check("recovery under a health filter");
    m_model->updateEndpoint(failing(QStringLiteral("prod"), QStringLiteral("c_3"), 7));
    check("new failure under a health filter");
    m_proxy->setHealthFilter(HF::Any);
    m_proxy->setFilterText(QStringLiteral("c_1"));
    check("text filter");
    m_model->appendEndpoints({failing(QStringLiteral("prod"), QStringLiteral("c_100"), 1)});
    check("append under a text filter");
    m_model->removeAccount(QStringLiteral("staging"));
    check("remove an account");
    m_proxy->setFilterText({});
    check("clear the filter");
    m_model->removeAccount(QStringLiteral("prod"));
    check("remove the rest");
}

void TestEndpointFilterProxy::filterDoesNotReset()
{
    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    m_proxy->setFilterText(QStringLiteral("crm"));
    m_proxy->setHealthFilter(HF::Failing);
    m_proxy->setAccountFilter(QStringLiteral("prod"));
    QCOMPARE(reset.count(), 0);
    QVERIFY(removed.count() > 0); // rows leave one by one, the view keeps its state
}

void TestEndpointFilterProxy::updatedRowIsRefiltered()
{
    m_proxy->setHealthFilter(HF::Failing);
    QCOMPARE(m_proxy->rowCount(), 2);
    QVERIFY(m_model->updateEndpoint(disabled(QStringLiteral("prod"), QStringLiteral("we_crm"))));
    QCOMPARE(visibleIds(), (QStringList{"we_stage"}));
    QCOMPARE(m_proxy->visibleHealthCount(Health::Failing), 1);
}

void TestEndpointFilterProxy::sortEachColumn_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < M::ColumnCount; ++c)
        QTest::newRow(QMetaEnum::fromType<M::Column>().valueToKey(c)) << c;
}

void TestEndpointFilterProxy::sortEachColumn()
{
    // Every column sorts both ways and the order follows SortRole (checked with the model's own values).
    QFETCH(int, column);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(column, order);
        QCOMPARE(m_proxy->sortColumn(), column);
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QVariant a = m_proxy->index(row - 1, column).data(M::SortRole);
            const QVariant b = m_proxy->index(row, column).data(M::SortRole);
            QVERIFY(a.isValid() || column == M::LastDeliveryColumn);
            const QPartialOrdering cmp = QVariant::compare(a, b);
            if (a.typeId() == QMetaType::QString) {
                const int c = a.toString().compare(b.toString(), Qt::CaseInsensitive);
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                         qPrintable(QString(a.toString() + QLatin1String(" / ") + b.toString())));
            } else if (a.toDateTime().isValid() || b.toDateTime().isValid() || a.typeId() == QMetaType::Int) {
                QVERIFY(order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                    : cmp != QPartialOrdering::Less);
            }
        }
    }
}

void TestEndpointFilterProxy::sortFailuresNumerically()
{
    m_proxy->sort(M::FailuresColumn, Qt::AscendingOrder);
    QStringList failures;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        failures << m_proxy->index(row, M::FailuresColumn).data().toString();
    QCOMPARE(failures, (QStringList{"0", "0", "0", "2", "10"})); // 2 before 10: not text order
}

void TestEndpointFilterProxy::sortDatesChronologically()
{
    m_proxy->sort(M::LastDeliveryColumn, Qt::AscendingOrder);
    // never, 1st 08:00, 1st 09:00, 3rd, 20th: the local text would not sort like this in every locale
    QCOMPARE(visibleIds(), (QStringList{"we_never", "we_off", "we_stage", "we_Billing", "we_crm"}));
    m_proxy->sort(M::LastDeliveryColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds().first(), QStringLiteral("we_crm"));
    QCOMPARE(visibleIds().last(), QStringLiteral("we_never"));
}

void TestEndpointFilterProxy::sortHealthBySeverity()
{
    m_proxy->sort(M::HealthColumn, Qt::AscendingOrder);
    QStringList health;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        health << m_proxy->index(row, M::HealthColumn).data().toString();
    const QString a = HealthRules::label(Health::Active), f = HealthRules::label(Health::Failing),
                  d = HealthRules::label(Health::Disabled);
    QCOMPARE(health, (QStringList{a, a, f, f, d})); // not alphabetical (that would put Disabled first)
    m_proxy->sort(M::HealthColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, M::HealthColumn).data().toString(), d);
}

void TestEndpointFilterProxy::sortTextIgnoresCaseAndAccents()
{
    m_model->clear();
    QList<Endpoint> list;
    for (const QString &description :
         {QStringLiteral("zulu"), QStringLiteral("Émile"), QStringLiteral("alpha"), QStringLiteral("Bravo"),
          QStringLiteral("emil"), QStringLiteral("ÖL"), QStringLiteral("oma"), QStringLiteral("Straße")}) {
        Endpoint e = active(QStringLiteral("a"), description);
        e.description = description;
        list << e;
    }
    m_model->appendEndpoints(list);
    m_proxy->sort(M::DescriptionColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order << m_proxy->index(row, M::DescriptionColumn).data().toString();
    // Case does not split "Bravo" from the lower-case words, and accented letters sort with their base
    // letter instead of after "z" (code-point order would put Émile and ÖL last).
    QCOMPARE(order, (QStringList{"alpha", "Bravo", "emil", "Émile", "ÖL", "oma", "Straße", "zulu"}));
    m_proxy->sort(M::DescriptionColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, M::DescriptionColumn).data().toString(), QStringLiteral("zulu"));
    QCOMPARE(m_proxy->index(7, M::DescriptionColumn).data().toString(), QStringLiteral("alpha"));
}

void TestEndpointFilterProxy::sortIsStableForEqualKeys()
{
    // Rows that compare equal keep the model's order, in both directions (by URL case-insensitively).
    m_model->clear();
    QList<Endpoint> list;
    for (int i = 0; i < 6; ++i) {
        Endpoint e = active(QStringLiteral("a"), QStringLiteral("id_%1").arg(i));
        e.url =
            i % 2 ? QStringLiteral("https://SAME.example.com") : QStringLiteral("https://same.example.com");
        list << e;
    }
    m_model->appendEndpoints(list);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(M::UrlColumn, order);
        QCOMPARE(visibleIds(), (QStringList{"id_0", "id_1", "id_2", "id_3", "id_4", "id_5"}));
    }
}

void TestEndpointFilterProxy::typingEqualsFilteringAtOnce()
{
    // The incremental filter (only rows that still matched are tested again while typing) must show
    // exactly what a fresh proxy shows for the same text, whatever was typed, deleted or changed before.
    m_model->clear();
    QRandomGenerator random(20261130);
    const QString alphabet = QStringLiteral("abcAB-1.é");
    const auto word = [&](int length) {
        QString text;
        for (int i = 0; i < length; ++i)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        return text;
    };
    QList<Endpoint> list;
    for (int i = 0; i < 300; ++i) {
        const QString account = i % 2 ? QStringLiteral("acct") : QStringLiteral("other");
        Endpoint e = i % 5 == 0 ? failing(account, QStringLiteral("id_%1").arg(i))
                                : active(account, QStringLiteral("id_%1").arg(i));
        e.url = QStringLiteral("https://") + word(6) + QStringLiteral(".example/") + word(4);
        e.description = word(5);
        list << e;
    }
    m_model->appendEndpoints(list);
    m_proxy->sort(M::UrlColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString typed;
    for (int step = 0; step < 400; ++step) {
        const int action = random.bounded(10);
        if (action < 6)
            typed += alphabet.at(random.bounded(int(alphabet.size()))); // typing narrows
        else if (action < 8)
            typed.chop(1); // deleting widens
        else if (action == 8)
            typed = word(random.bounded(3)); // pasted or cleared
        else if (step % 7 == 0) { // rows come (appended at the end) and go (one block, or interleaved)
            if (step % 3 == 0) {
                m_model->removeAccount(QStringLiteral("other"));
                m_model->appendEndpoints(list);
            } else if (m_model->rowOf(QStringLiteral("tail"), QStringLiteral("t_0")) < 0) {
                QList<Endpoint> tail;
                for (int i = 0; i < 20; ++i) {
                    tail << active(QStringLiteral("tail"), QStringLiteral("t_%1").arg(i));
                    tail.last().url = QStringLiteral("https://") + word(6);
                }
                m_model->appendEndpoints(tail);
            } else {
                m_model->removeAccount(QStringLiteral("tail"));
            }
        } else { // the source changes meanwhile
            Endpoint &changed = list[random.bounded(int(list.size()))];
            // Half the time it now contains what is typed, so its visibility changes under the filter.
            changed.url = QStringLiteral("https://") + (random.bounded(2) ? typed : QString()) + word(6);
            m_model->updateEndpoint(changed);
        }
        m_proxy->setFilterText(typed);

        EndpointFilterProxy fresh;
        fresh.setSourceModel(m_model);
        fresh.sort(M::UrlColumn, Qt::AscendingOrder);
        fresh.setFilterText(typed);
        QStringList expected;
        for (int row = 0; row < fresh.rowCount(); ++row)
            expected << fresh.index(row, M::IdColumn).data().toString();
        QVERIFY2(visibleIds() == expected, qPrintable(QStringLiteral("after typing \"%1\"").arg(typed)));
    }
}

void TestEndpointFilterProxy::keystrokeThatChangesNothingLeavesTheProxyAlone()
{
    // Every URL starts with "http": typing it letter by letter changes no row, so the view hears nothing.
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy filters(m_proxy, &EndpointFilterProxy::filtersChanged);
    for (const char *text : {"h", "ht", "htt", "http"}) {
        m_proxy->setFilterText(QString::fromLatin1(text));
        QCOMPARE(m_proxy->rowCount(), 5);
    }
    QCOMPARE(layout.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(filters.count(), 4); // the window still learns that the filter text changed
}

void TestEndpointFilterProxy::largeFilterChangeKeepsSelection()
{
    // Past MaxIncrementalChanges separate runs the proxy is laid out again at once: the selected row
    // survives. Every other row leaves, so each leaving row is a run of its own.
    QList<Endpoint> list;
    for (int i = 0; i < 3 * EndpointFilterProxy::MaxIncrementalChanges; ++i)
        list << active(
            QStringLiteral("bulk"),
            QStringLiteral("bulk_%1_%2").arg(i, 3, 10, QLatin1Char('0')).arg(i % 2 ? "odd" : "even"));
    m_model->appendEndpoints(list);
    m_proxy->sort(M::IdColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QPersistentModelIndex kept = m_proxy->index(visibleIds().indexOf("bulk_010_even"), M::IdColumn);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    m_proxy->setFilterText(QStringLiteral("even"));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_proxy->rowCount(), int(list.size()) / 2);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data().toString(), QStringLiteral("bulk_010_even"));
    QCOMPARE(kept.row(), 5);
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), 5 + int(list.size()));
    QCOMPARE(kept.data().toString(), QStringLiteral("bulk_010_even"));
}

void TestEndpointFilterProxy::scatteredBatchIsOneLayoutChange()
{
    // A loaded batch whose rows land all over a URL sort is merged and shown at once (one layout
    // change, not one insertion per row); a batch that lands in a few places comes as insertions.
    // Either way the selected row stays selected and the order is right.
    m_proxy->sort(M::UrlColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QPersistentModelIndex crm = m_proxy->index(visibleIds().indexOf("we_crm"), M::IdColumn);
    const auto batch = [](const QString &prefix, int from) {
        QList<Endpoint> rows;
        for (int i = from; i < 200; i += 2) {
            Endpoint e = active(QStringLiteral("load"), prefix + QString::number(i));
            e.url = QStringLiteral("https://x.example/%1").arg(i, 3, 10, QLatin1Char('0'));
            rows << e;
        }
        return rows;
    };
    m_model->appendEndpoints(batch(QStringLiteral("even_"), 0)); // after the five, in one run
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    const QList<Endpoint> scattered = batch(QStringLiteral("odd_"), 1); // each between two of the last
    m_model->appendEndpoints(scattered);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_proxy->rowCount(), 205);
    QCOMPARE(crm.data().toString(), QStringLiteral("we_crm"));
    QCOMPARE(m_proxy->index(6, M::IdColumn).data().toString(), QStringLiteral("odd_1"));
    for (int row = 1; row < m_proxy->rowCount(); ++row)
        QVERIFY(m_proxy->index(row - 1, M::UrlColumn).data(M::SortRole).toString() <=
                m_proxy->index(row, M::UrlColumn).data(M::SortRole).toString());

    QList<Endpoint> together;
    for (int i = 0; i < 100; ++i) {
        Endpoint e = active(QStringLiteral("load"), QStringLiteral("t_%1").arg(i));
        e.url = QStringLiteral("https://zz.example/%1").arg(i, 3, 10, QLatin1Char('0'));
        together << e;
    }
    m_model->appendEndpoints(together);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(inserted.count(), 1); // one run, at the end
    QCOMPARE(m_proxy->index(m_proxy->rowCount() - 1, M::IdColumn).data().toString(), QStringLiteral("t_99"));
}

void TestEndpointFilterProxy::editedRowMovesWithItsSelection()
{
    // An edit that changes the sort key moves the row to its new place; the view's current row
    // follows it instead of being lost.
    m_proxy->sort(M::FailuresColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QPersistentModelIndex stage = m_proxy->index(visibleIds().indexOf("we_stage"), M::IdColumn);
    QCOMPARE(stage.row(), 1); // crm has 10 failures, stage 2
    QVERIFY(m_model->updateEndpoint(failing(QStringLiteral("staging"), QStringLiteral("we_stage"), 50)));
    QCOMPARE(stage.row(), 0);
    QCOMPARE(stage.data().toString(), QStringLiteral("we_stage"));
}

void TestEndpointFilterProxy::matchesAPlainSortAndFilterAfterEveryChange()
{
    // The merged order and the incremental filter must always show what sorting and filtering the
    // model from scratch shows: the rows the filters accept, by SortRole, equal keys in model order.
    QRandomGenerator random(4242);
    m_model->clear();
    const auto acceptedBy = [](HF filter, const QModelIndex &i) {
        const auto health = Health(i.data(M::HealthRole).toInt());
        const bool byProvider = DisabledBy(i.data(M::DisabledByRole).toInt()) == DisabledBy::Provider;
        switch (filter) {
        case HF::Any:
            return true;
        case HF::Active:
            return health == Health::Active;
        case HF::Failing:
            return health == Health::Failing;
        case HF::Disabled:
            return health == Health::Disabled;
        case HF::Attention:
            return health == Health::Failing || (health == Health::Disabled && byProvider);
        }
        return false;
    };
    // Each health filter's count: the rows it would show with the text filter as it is.
    const auto referenceCount = [&](HF filter) {
        int count = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex i = m_model->index(row, 0);
            count +=
                acceptedBy(filter, i) && i.data(M::FilterTextRole).toString().contains(m_proxy->filterText());
        }
        return count;
    };
    const HF filters[] = {HF::Any, HF::Active, HF::Failing, HF::Disabled, HF::Attention};
    QAbstractItemModelTester tester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto reference = [this, &acceptedBy] {
        QList<int> rows;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex i = m_model->index(row, 0);
            if (!acceptedBy(m_proxy->healthFilter(), i))
                continue;
            if (!i.data(M::FilterTextRole).toString().contains(m_proxy->filterText()))
                continue;
            rows << row;
        }
        const int column = m_proxy->sortColumn();
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QVariant l = m_model->index(a, column).data(M::SortRole);
            const QVariant r = m_model->index(b, column).data(M::SortRole);
            const QPartialOrdering order = m_proxy->sortOrder() == Qt::AscendingOrder
                                               ? QVariant::compare(l, r)
                                               : QVariant::compare(r, l);
            return order == QPartialOrdering::Less;
        });
        QStringList ids;
        for (int row : rows)
            ids << m_model->index(row, M::IdColumn).data().toString();
        return ids;
    };
    int next = 0;
    for (int step = 0; step < 120; ++step) {
        const int action = random.bounded(7);
        if (action <= 1) { // a batch, small or large
            QList<Endpoint> batch;
            const int size = random.bounded(2) ? 1 + random.bounded(5) : 50 + random.bounded(150);
            for (int i = 0; i < size; ++i) {
                const QString id = QStringLiteral("r_%1").arg(next++);
                const QString account = QStringLiteral("a%1").arg(random.bounded(3));
                const int kind = random.bounded(6);
                Endpoint e = kind <= 2   ? active(account, id)
                             : kind == 3 ? failing(account, id, 1 + random.bounded(4))
                             : kind == 4 ? disabled(account, id)
                                         : pausedByPerson(account, id);
                e.disabledAt = e.enabled ? QDateTime() : at(1 + random.bounded(20));
                e.url =
                    QStringLiteral("https://h%1.example/%2").arg(random.bounded(40)).arg(random.bounded(5));
                batch << e;
            }
            m_model->appendEndpoints(batch);
        } else if (action == 2 && m_model->rowCount() > 0) { // an edit
            Endpoint e = *m_model->endpointAt(random.bounded(m_model->rowCount()));
            e.url = QStringLiteral("https://h%1.example/edited").arg(random.bounded(40));
            e.failureCount = random.bounded(6);
            if (random.bounded(3) == 0) // switched off (by a person, for OpenTrain: no reason) or back on
                e.enabled = !e.enabled;
            m_model->updateEndpoint(e);
        } else if (action == 3) {
            m_model->removeAccount(QStringLiteral("a%1").arg(random.bounded(3)));
        } else if (action == 4) {
            m_proxy->setFilterText(QStringLiteral("h%1").arg(random.bounded(12)));
        } else if (action == 5) {
            m_proxy->setHealthFilter(filters[random.bounded(5)]);
        } else {
            const int columns[] = {M::UrlColumn, M::FailuresColumn, M::HealthColumn, M::IdColumn,
                                   M::SinceColumn};
            m_proxy->sort(columns[random.bounded(5)],
                          random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        }
        QVERIFY2(visibleIds() == reference(), qPrintable(QStringLiteral("step %1").arg(step)));
        // Asked after every step: each change starts from clean counts, kept incrementally or recounted.
        for (HF filter : filters)
            QVERIFY2(m_proxy->healthFilterCount(filter) == referenceCount(filter),
                     qPrintable(QStringLiteral("step %1, filter %2").arg(step).arg(int(filter))));
    }
}

QTEST_GUILESS_MAIN(TestEndpointFilterProxy)
#include "tst_endpointfilterproxy.moc"
