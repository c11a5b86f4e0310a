// The watcher's logic with an injected clock: transitions, first sightings, repeats, flapping,
// grouping, snoozes (and their settings read as untrusted input), production-only, forgetting.
#include "session/healthwatcher.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString Account = QStringLiteral("OpenTrain prod");

Endpoint endpoint(const QString &id, Health health, bool byProvider = true)
{
    Endpoint e;
    e.provider = ProviderId::OpenTrain;
    e.account = Account;
    e.id = id;
    e.url = QStringLiteral("https://hooks.example/") + id;
    e.providerStatus = QStringLiteral("ACTIVE");
    if (health == Health::Failing) {
        e.failureCount = 3;
        e.lastDeliveryStatus = 503;
    } else if (health == Health::Disabled) {
        e.enabled = false;
        e.providerStatus = QStringLiteral("DISABLED");
        if (byProvider)
            e.disabledReason =
                QStringLiteral("Automatically disabled after 50 consecutive failed deliveries");
    }
    return e;
}

QList<Endpoint> all(std::initializer_list<std::pair<const char *, Health>> states)
{
    QList<Endpoint> list;
    for (const auto &[id, health] : states)
        list << endpoint(QString::fromLatin1(id), health);
    return list;
}

WatchNotice noticeAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<WatchNotice>();
}

} // namespace

class TestHealthWatcher : public QObject
{
    Q_OBJECT

    QDateTime m_now;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<HealthWatcher> watcher()
    {
        auto w = std::make_unique<HealthWatcher>(m_settings.get());
        w->setClock([this] { return m_now; });
        return w;
    }
    // One load of the account and the end of its round.
    static void round(HealthWatcher &w, const QList<Endpoint> &endpoints)
    {
        w.observe(Account, endpoints);
        w.endRound();
    }

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("watch.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void firstSightingAndRepeatsRaiseNothing()
    {
        auto w = watcher();
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        QSignalSpy transitions(w.get(), &HealthWatcher::transition);
        round(*w, all({{"a", Health::Failing}, {"b", Health::Disabled}}));
        round(*w, all({{"a", Health::Failing}, {"b", Health::Disabled}}));
        QCOMPARE(notices.count(), 0);
        QCOMPARE(transitions.count(), 0);
    }

    void eachKindOfTransitionOnce()
    {
        auto w = watcher();
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        round(*w, all({{"a", Health::Active}}));
        round(*w, all({{"a", Health::Failing}}));
        round(*w, all({{"a", Health::Failing}})); // no repeat
        m_now = m_now.addSecs(60);
        round(*w, all({{"a", Health::Disabled}}));
        m_now = m_now.addSecs(60);
        round(*w, all({{"a", Health::Active}}));
        m_now = m_now.addSecs(HealthWatcher::FlapWindowSecs); // four changes within it would be flapping
        round(*w, {endpoint(QStringLiteral("a"), Health::Disabled, false)});
        QCOMPARE(notices.count(), 4);
        using K = HealthTransition::Kind;
        const QList<K> kinds{K::Failing, K::DisabledByProvider, K::Recovered, K::DisabledByPerson};
        for (int i = 0; i < 4; ++i) {
            const WatchNotice n = noticeAt(notices, i);
            QCOMPARE(n.type, WatchNotice::Type::Single);
            QCOMPARE(n.transitions.size(), 1);
            QCOMPARE(n.transitions.first().kind, kinds.at(i));
            QCOMPARE(n.transitions.first().account, Account);
            QCOMPARE(n.transitions.first().id, QStringLiteral("a"));
            QCOMPARE(n.transitions.first().url, QStringLiteral("https://hooks.example/a"));
        }
        QVERIFY(noticeAt(notices, 1).transitions.first().reason.contains(QStringLiteral("50 consecutive")));
        QCOMPARE(noticeAt(notices, 2).transitions.first().from, Health::Disabled);
    }

    // A hostile listing naming one id twice raises its change once.
    void duplicateIdsRaiseOnce()
    {
        auto w = watcher();
        QSignalSpy transitions(w.get(), &HealthWatcher::transition);
        round(*w, all({{"a", Health::Active}}));
        round(*w, all({{"a", Health::Failing}, {"a", Health::Active}})); // the second would undo it
        QCOMPARE(transitions.count(), 1);
    }

    // Workspace delivers a load in batches: a duplicate across batches counts once, the end of the load
    // forgets what it did not bring, and a load that never finishes (failed) forgets nothing.
    void batchedLoads()
    {
        auto w = watcher();
        QSignalSpy transitions(w.get(), &HealthWatcher::transition);
        round(*w, all({{"a", Health::Active}, {"b", Health::Active}, {"c", Health::Active}}));
        w->beginLoad(Account);
        w->observeBatch(Account, all({{"a", Health::Failing}}));
        w->observeBatch(Account, all({{"a", Health::Active}, {"b", Health::Active}}));
        w->finishLoad(Account); // "c" is gone
        w->endRound();
        QCOMPARE(transitions.count(), 1);
        w->beginLoad(Account);
        w->observeBatch(Account, all({{"a", Health::Failing}})); // then the load fails
        w->endRound();
        round(*w, all({{"a", Health::Failing}, {"b", Health::Failing}, {"c", Health::Failing}}));
        QCOMPARE(transitions.count(), 2); // "b" only: "a" was seen failing already, "c" is new again
        QCOMPARE(transitions.last().at(0).value<HealthTransition>().id, QStringLiteral("b"));
    }

    void flappingIsSummarisedThenQuiet()
    {
        auto w = watcher();
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        QSignalSpy transitions(w.get(), &HealthWatcher::transition);
        round(*w, all({{"a", Health::Active}}));
        Health h = Health::Active;
        for (int i = 0; i < 10; ++i) { // ten changes, one a minute
            m_now = m_now.addSecs(60);
            h = h == Health::Active ? Health::Failing : Health::Active;
            round(*w, all({{"a", h}}));
        }
        QCOMPARE(transitions.count(), 10);
        // FlapAbove single notices, then one flapping summary, then nothing.
        QCOMPARE(notices.count(), HealthWatcher::FlapAbove + 1);
        const WatchNotice flap = noticeAt(notices, HealthWatcher::FlapAbove);
        QCOMPARE(flap.type, WatchNotice::Type::Flapping);
        QCOMPARE(flap.changes, HealthWatcher::FlapAbove + 1);
        QCOMPARE(flap.transitions.first().to, Health::Active); // the 4th change: failing → active

        // After the quiet time, the state it settled in (failing, which the user last heard as
        // active) is told once; later repeats are not.
        m_now = m_now.addSecs(HealthWatcher::FlapWindowSecs);
        round(*w, all({{"a", Health::Failing}}));
        round(*w, all({{"a", Health::Failing}}));
        QCOMPARE(notices.count(), HealthWatcher::FlapAbove + 2);
        const WatchNotice settled = noticeAt(notices, HealthWatcher::FlapAbove + 1);
        QCOMPARE(settled.type, WatchNotice::Type::Single);
        QCOMPARE(settled.transitions.first().kind, HealthTransition::Kind::Failing);
        QCOMPARE(settled.transitions.first().from, Health::Active);
    }

    // Changes spread wider than the window are never flapping.
    void slowChangesAreNotFlapping()
    {
        auto w = watcher();
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        round(*w, all({{"a", Health::Active}}));
        Health h = Health::Active;
        for (int i = 0; i < 8; ++i) {
            m_now = m_now.addSecs(HealthWatcher::FlapWindowSecs / HealthWatcher::FlapAbove + 1);
            h = h == Health::Active ? Health::Failing : Health::Active;
            round(*w, all({{"a", h}}));
        }
        QCOMPARE(notices.count(), 8);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(noticeAt(notices, i).type, WatchNotice::Type::Single);
    }

    void groupingAboveThree_data()
    {
        QTest::addColumn<int>("changed");
        QTest::addColumn<int>("notices");
        QTest::newRow("three stay single") << 3 << 3;
        QTest::newRow("four are grouped") << 4 << 1;
        QTest::newRow("forty are grouped") << 40 << 1;
    }
    void groupingAboveThree()
    {
        QFETCH(int, changed);
        QFETCH(int, notices);
        auto w = watcher();
        QSignalSpy spy(w.get(), &HealthWatcher::notice);
        QList<Endpoint> before, after;
        for (int i = 0; i < changed; ++i) {
            before << endpoint(QString::number(i), Health::Active);
            after << endpoint(QString::number(i), Health::Failing);
        }
        round(*w, before);
        // Two accounts in one round count together.
        const int half = changed / 2;
        w->observe(Account, after.mid(0, half) + before.mid(half));
        QCOMPARE(spy.count(), 0); // nothing before the round ends
        w->observe(Account, after);
        w->endRound();
        QCOMPARE(spy.count(), notices);
        if (notices == 1) {
            QCOMPARE(noticeAt(spy, 0).type, WatchNotice::Type::Grouped);
            QCOMPARE(noticeAt(spy, 0).transitions.size(), changed); // the list for the click
        }
    }

    void snoozeEndpointForAnHour()
    {
        auto w = watcher();
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        round(*w, all({{"a", Health::Active}, {"b", Health::Active}}));
        w->snoozeEndpoint(Account, QStringLiteral("a"), HealthWatcher::SnoozeLength::OneHour);
        round(*w, all({{"a", Health::Failing}, {"b", Health::Active}}));
        QCOMPARE(notices.count(), 0);
        QVERIFY(w->isSnoozed(Account, QStringLiteral("a")));
        QVERIFY(!w->isSnoozed(Account, QStringLiteral("b")));
        round(*w, all({{"a", Health::Failing}, {"b", Health::Failing}}));
        QCOMPARE(notices.count(), 1);
        QCOMPARE(noticeAt(notices, 0).transitions.first().id, QStringLiteral("b"));
        m_now = m_now.addSecs(3600);
        QVERIFY(!w->isSnoozed(Account, QStringLiteral("a")));
        round(*w, all({{"a", Health::Disabled}, {"b", Health::Failing}}));
        QCOMPARE(notices.count(), 2);
    }

    void snoozeAccountUntilTomorrow()
    {
        m_now = QDateTime(QDate(2026, 11, 30), QTime(22, 30)); // local time
        auto w = watcher();
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        round(*w, all({{"a", Health::Active}}));
        w->snoozeAccount(Account, HealthWatcher::SnoozeLength::UntilTomorrow);
        m_now = QDateTime(QDate(2026, 11, 30), QTime(23, 59));
        round(*w, all({{"a", Health::Failing}}));
        QCOMPARE(notices.count(), 0);
        m_now = QDateTime(QDate(2026, 12, 1), QTime(0, 0));
        round(*w, all({{"a", Health::Active}}));
        QCOMPARE(notices.count(), 1);
    }

    void snoozeUntilRecovered()
    {
        auto w = watcher();
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        round(*w, all({{"a", Health::Failing}}));
        w->snoozeEndpoint(Account, QStringLiteral("a"), HealthWatcher::SnoozeLength::UntilRecovered);
        m_now = m_now.addDays(3); // no time limit
        round(*w, all({{"a", Health::Disabled}}));
        QCOMPARE(notices.count(), 0);
        round(*w, all({{"a", Health::Active}}));
        QCOMPARE(notices.count(), 1); // the recovery it waited for
        QCOMPARE(noticeAt(notices, 0).transitions.first().kind, HealthTransition::Kind::Recovered);
        QVERIFY(!w->isSnoozed(Account, QStringLiteral("a")));
    }

    // What Preferences lists: the snoozes in force, and a signal whenever the list changes
    // (snoozed, resumed, ended by a recovery).
    void snoozesAreListedAndAnnounced()
    {
        auto w = watcher();
        QSignalSpy changed(w.get(), &HealthWatcher::snoozesChanged);
        round(*w, all({{"a", Health::Failing}}));
        w->snoozeEndpoint(Account, QStringLiteral("a"), HealthWatcher::SnoozeLength::UntilRecovered);
        w->snoozeAccount(QStringLiteral("other"), HealthWatcher::SnoozeLength::OneHour);
        QCOMPARE(changed.count(), 2);
        QList<HealthWatcher::Snooze> listed = w->snoozes();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).account, Account);
        QCOMPARE(listed.at(0).id, QStringLiteral("a"));
        QVERIFY(listed.at(0).untilRecovered);
        QCOMPARE(listed.at(1).account, QStringLiteral("other"));
        QVERIFY(listed.at(1).id.isEmpty());
        QCOMPARE(listed.at(1).until, m_now.addSecs(3600));

        m_now = m_now.addSecs(3601); // the hour is over: no longer listed
        QCOMPARE(w->snoozes().size(), 1);
        round(*w, all({{"a", Health::Active}})); // the recovery ends the other one
        QVERIFY(changed.count() >= 3);
        QVERIFY(w->snoozes().isEmpty());

        w->snoozeAccount(Account, HealthWatcher::SnoozeLength::UntilTomorrow);
        const int before = int(changed.count());
        w->unsnooze(Account);
        QCOMPARE(changed.count(), before + 1);
        QVERIFY(w->snoozes().isEmpty());
        w->unsnooze(Account); // nothing to resume: no signal
        QCOMPARE(changed.count(), before + 1);
    }

    void snoozesSurviveARestart()
    {
        {
            auto w = watcher();
            w->snoozeEndpoint(Account, QStringLiteral("a"), HealthWatcher::SnoozeLength::OneHour);
            w->snoozeAccount(QStringLiteral("other"), HealthWatcher::SnoozeLength::UntilRecovered);
        }
        m_settings->sync();
        auto w = watcher();
        QVERIFY(w->isSnoozed(Account, QStringLiteral("a")));
        QVERIFY(w->isSnoozed(QStringLiteral("other"), QStringLiteral("x")));
        m_now = m_now.addSecs(3601);
        QVERIFY(!w->isSnoozed(Account, QStringLiteral("a")));
    }

    // The settings file is untrusted: malformed entries are no snooze, never "everything silenced".
    void malformedSnoozesAreIgnored()
    {
        const QString key = QStringLiteral("watch/snoozes");
        m_settings->beginWriteArray(key, 5);
        m_settings->setArrayIndex(0); // no account
        m_settings->setValue(QStringLiteral("untilRecovered"), true);
        m_settings->setArrayIndex(1); // a list where a name belongs
        m_settings->setValue(QStringLiteral("account"), QStringList{Account, Account});
        m_settings->setValue(QStringLiteral("untilRecovered"), true);
        m_settings->setArrayIndex(2); // no end
        m_settings->setValue(QStringLiteral("account"), Account);
        m_settings->setArrayIndex(3); // an end that is no date
        m_settings->setValue(QStringLiteral("account"), Account);
        m_settings->setValue(QStringLiteral("until"), QStringLiteral("forever"));
        m_settings->setArrayIndex(4); // a "recovered" flag that is not a flag
        m_settings->setValue(QStringLiteral("account"), Account);
        m_settings->setValue(QStringLiteral("untilRecovered"), 7);
        m_settings->endArray();
        m_settings->setValue(QStringLiteral("watch/snoozes/size"), 100000000); // a huge count is capped
        m_settings->setValue(QStringLiteral("watch/productionOnly"), QStringList{QStringLiteral("true")});
        m_settings->sync();

        auto w = watcher();
        QVERIFY(!w->isSnoozed(Account, QStringLiteral("a")));
        QVERIFY(!w->productionOnly());
    }

    void productionOnly()
    {
        auto w = watcher();
        QVERIFY(!w->productionOnly()); // off by default
        w->setProductionCheck([](const QString &account) { return account == QLatin1String("live"); });
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        const auto twoAccounts = [&w](Health health) {
            w->observe(QStringLiteral("live"), all({{"a", health}}));
            w->observe(QStringLiteral("staging"), all({{"a", health}}));
            w->endRound();
        };
        twoAccounts(Health::Active);
        twoAccounts(Health::Failing);
        QCOMPARE(notices.count(), 2);
        w->setProductionOnly(true);
        twoAccounts(Health::Active);
        QCOMPARE(notices.count(), 3);
        QCOMPARE(noticeAt(notices, 2).transitions.first().account, QStringLiteral("live"));
    }

    void removedAccountIsForgotten()
    {
        auto w = watcher();
        QSignalSpy notices(w.get(), &HealthWatcher::notice);
        round(*w, all({{"a", Health::Active}}));
        w->forgetAccount(Account);
        round(*w, all({{"a", Health::Failing}})); // a first sighting again
        QCOMPARE(notices.count(), 0);
        // An endpoint missing from a load is forgotten too.
        round(*w, all({{"b", Health::Failing}}));
        round(*w, all({{"a", Health::Active}, {"b", Health::Failing}}));
        QCOMPARE(notices.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHealthWatcher)
#include "tst_healthwatcher.moc"
