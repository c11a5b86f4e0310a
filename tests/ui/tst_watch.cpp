// Issue 9's "done when": the window watches the real sandbox while deliveries fail, get the endpoint
// auto-disabled and recover (SandboxServer::deliver, the store's logic behind POST
// /_sandbox/deliveries), with a stand-in notification daemon on a private session bus. Each
// transition raises exactly one notification with the right words, a repeated refresh raises none,
// a snooze silences, and clicking the notification selects the endpoint in the window.
#include "common/notificationsstandin.h"
#include "common/sandboxworkspace.h"
#include "core/health.h"
#include "desktopnotifier.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "sandbox/sandboxseed.h"
#include "session/healthwatcher.h"
#include "watchnotifications.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {
const QString Id = SandboxSeed::OpenTrain::active;
const QString AccountName = SandboxWorkspace::accountOf(ProviderId::OpenTrain);
} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

    PrivateBus m_bus;
    NotificationsStandIn m_daemon;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SandboxWorkspace> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_notices;

    // A refresh of every account, as the auto-refresh timer does, until nothing is loading.
    bool refreshed()
    {
        m_window->refresh();
        return QTest::qWaitFor([this] { return !m_sandbox->workspace()->isLoading(); }, 20000);
    }
    // The notices of the last round; the stand-in must then receive exactly that many calls.
    int noticesRaised()
    {
        const int count = int(m_notices->size());
        m_notices->clear();
        return count;
    }
    Endpoint current() { return m_sandbox->current(ProviderId::OpenTrain, Id); }
    void deliver(int status, int times = 1)
    {
        m_sandbox->sandbox().deliver(ProviderId::OpenTrain, Id, QList<int>(times, status));
    }

    // The one notification the last round sent, once the stand-in has it.
    NotificationsStandIn::Shown nextShown(qsizetype before)
    {
        const bool arrived = QTest::qWaitFor([&] { return m_daemon.shown.size() > before; }, 10000);
        return arrived && m_daemon.shown.size() == before + 1 ? m_daemon.shown.last()
                                                              : NotificationsStandIn::Shown{};
    }

    void verifyBody(const NotificationsStandIn::Shown &shown, const QString &reasonPart)
    {
        const Endpoint e = current();
        QVERIFY2(shown.body.contains(e.url), qPrintable(shown.body));
        QVERIFY2(shown.body.contains(QStringLiteral("Account: ") + AccountName), qPrintable(shown.body));
        QVERIFY2(shown.body.contains(reasonPart), qPrintable(shown.body));
        QVERIFY(!shown.body.contains(SandboxServer::tokenFor(ProviderId::OpenTrain)));
    }

private slots:
    void initTestCase()
    {
        if (!m_bus.start())
            QSKIP("dbus-daemon is not installed (apt-get install dbus)");
        // The window's notifier uses the session bus: this process's is the private one.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
        QVERIFY(m_daemon.start(m_bus));
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        m_sandbox = std::make_unique<SandboxWorkspace>();
        QVERIFY(m_sandbox->isListening());
        m_window = std::make_unique<MainWindow>(m_sandbox->workspace(), nullptr, m_settings.get());
        m_window->show();
        m_notices = std::make_unique<QSignalSpy>(m_window->watch()->watcher(), &HealthWatcher::notice);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->watch()->notifier()->availability(),
                                  DesktopNotifier::Availability::Available, 10000);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_sandbox.reset();
        m_daemon.stop();
    }

    // The seed has failing and disabled endpoints: seen for the first time, they raise nothing.
    void firstLoadRaisesNothing()
    {
        QVERIFY(refreshed());
        QVERIFY(m_window->model()->rowCount() > 0);
        QCOMPARE(noticesRaised(), 0);
        QVERIFY(m_daemon.shown.isEmpty());
    }

    void failingRaisesOne()
    {
        const qsizetype before = m_daemon.shown.size();
        deliver(503);
        QCOMPARE(HealthRules::evaluate(current()).health, Health::Failing);
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 1);
        const NotificationsStandIn::Shown shown = nextShown(before);
        QCOMPARE(shown.summary, QStringLiteral("Endpoint failing"));
        QCOMPARE(shown.appName, QStringLiteral("Patchbay"));
        verifyBody(shown, HealthRules::evaluate(current()).reason);
        QVERIFY2(shown.body.contains(QStringLiteral("1 failed delivery")), qPrintable(shown.body));
    }

    void repeatedRefreshesRaiseNone()
    {
        const qsizetype before = m_daemon.shown.size();
        QVERIFY(refreshed());
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 0);
        QCOMPARE(m_daemon.shown.size(), before);
    }

    void autoDisabledRaisesOne()
    {
        const qsizetype before = m_daemon.shown.size();
        deliver(503, 49); // the 50th consecutive failure: OpenTrain switches it off
        QCOMPARE(current().providerStatus, QStringLiteral("DISABLED"));
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 1);
        const NotificationsStandIn::Shown shown = nextShown(before);
        QCOMPARE(shown.summary, QStringLiteral("Endpoint disabled by the provider"));
        verifyBody(
            shown,
            QStringLiteral(
                "Automatically disabled after 50 consecutive failed deliveries (last response: HTTP 503)"));
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 0);
    }

    // The daemon's ActionInvoked raises the window with the endpoint selected, even where the
    // filter hid it.
    void clickSelectsTheEndpoint()
    {
        QVERIFY(!m_daemon.shown.isEmpty());
        const uint id = m_daemon.shown.last().id;
        m_window->filterEdit()->setText(QStringLiteral("no endpoint has this"));
        m_window->table()->clearSelection();
        m_daemon.click(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->selectedEndpoints().size(), 1, 10000);
        QCOMPARE(m_window->selectedEndpoints().first().id, Id);
        QCOMPARE(m_window->selectedEndpoints().first().account, AccountName);
        QVERIFY(m_window->filterEdit()->text().isEmpty());
    }

    void recoveredRaisesOne()
    {
        const qsizetype before = m_daemon.shown.size();
        // Re-enabled through the provider's API (which resets the counter), then a delivery succeeds.
        QCOMPARE(m_sandbox->colleagueSends(ProviderId::OpenTrain, Id,
                                           {{QStringLiteral("status"), QStringLiteral("ACTIVE")}}),
                 QString());
        deliver(200);
        QCOMPARE(HealthRules::evaluate(current()).health, Health::Active);
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 1);
        const NotificationsStandIn::Shown shown = nextShown(before);
        QCOMPARE(shown.summary, QStringLiteral("Endpoint recovered"));
        verifyBody(shown, QString());
    }

    void snoozeSilences()
    {
        // Far enough past the last changes that this one would not be flapping.
        const qsizetype before = m_daemon.shown.size();
        m_window->watch()->watcher()->snoozeEndpoint(AccountName, Id, HealthWatcher::SnoozeLength::OneHour);
        deliver(503);
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 0);
        // An account snooze silences its other endpoints too.
        m_window->watch()->watcher()->snoozeAccount(AccountName, HealthWatcher::SnoozeLength::UntilTomorrow);
        m_sandbox->sandbox().deliver(ProviderId::OpenTrain, SandboxSeed::OpenTrain::activeLoopback, {503});
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 0);
        QCOMPARE(m_daemon.shown.size(), before);
        // Lifted, the next change is told again.
        m_window->watch()->watcher()->unsnooze(AccountName);
        m_window->watch()->watcher()->unsnooze(AccountName, Id);
        m_sandbox->sandbox().deliver(ProviderId::OpenTrain, SandboxSeed::OpenTrain::activeLoopback, {200});
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 1);
        QCOMPARE(nextShown(before).summary, QStringLiteral("Endpoint recovered"));
    }

    // The table's context menu snoozes the selected endpoints or their account, and resumes.
    void contextMenuSnoozes()
    {
        HealthWatcher *watcher = m_window->watch()->watcher();
        watcher->unsnooze(AccountName);
        watcher->unsnooze(AccountName, Id);
        const Endpoint e = current();
        const auto actionNamed = [](QMenu &menu, const QString &text) -> QAction * {
            for (QAction *a : menu.findChildren<QAction *>())
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
            return nullptr;
        };
        {
            QMenu menu;
            m_window->watch()->addSnoozeMenu(&menu, {e});
            QAction *hour = actionNamed(menu, QStringLiteral("For 1 Hour"));
            QVERIFY(hour);
            QVERIFY(!actionNamed(menu, QStringLiteral("Resume Notifications")));
            hour->trigger();
        }
        QVERIFY(watcher->isSnoozed(AccountName, Id));
        QVERIFY(!watcher->isSnoozed(AccountName, SandboxSeed::OpenTrain::activeLoopback));
        {
            QMenu menu;
            m_window->watch()->addSnoozeMenu(&menu, {e});
            QAction *account = actionNamed(menu, QStringLiteral("All of OpenTrain until Tomorrow"));
            QVERIFY(account);
            account->trigger();
        }
        QVERIFY(watcher->isSnoozed(AccountName, SandboxSeed::OpenTrain::activeLoopback));
        {
            QMenu menu;
            m_window->watch()->addSnoozeMenu(&menu, {e});
            QAction *resume = actionNamed(menu, QStringLiteral("Resume Notifications"));
            QVERIFY(resume);
            resume->trigger();
        }
        QVERIFY(!watcher->isSnoozed(AccountName, Id));
        QVERIFY(!watcher->isSnoozed(AccountName, SandboxSeed::OpenTrain::activeLoopback));
    }

    // Preferences: "notify only about production accounts", off by default; the sandbox's accounts
    // are not production, so nothing is told while it is on.
    void productionOnlyPreference()
    {
        HealthWatcher *watcher = m_window->watch()->watcher();
        QVERIFY(!watcher->productionOnly());
        PreferencesDialog dialog(Preferences(m_settings.get()));
        QVERIFY(!dialog.notifyProductionOnlyBox()->isChecked());
        dialog.notifyProductionOnlyBox()->setChecked(true);
        dialog.apply();
        QVERIFY(watcher->productionOnly());
        const qsizetype before = m_daemon.shown.size();
        deliver(503);
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 0);
        QCOMPARE(m_daemon.shown.size(), before);
        dialog.notifyProductionOnlyBox()->setChecked(false);
        dialog.apply();
        QVERIFY(!watcher->productionOnly());
    }

    // --refresh-interval: the timer runs at that interval until the user picks one in the window;
    // preferences applied with the interval unchanged keep it.
    void refreshIntervalOverride()
    {
        auto *timer = m_window->findChild<QTimer *>(QStringLiteral("autoRefreshTimer"));
        QVERIFY(timer);
        QVERIFY(timer->isActive()); // watching is on by default: auto-refresh every 5 minutes
        QCOMPARE(timer->interval(), Preferences::DefaultAutoRefreshSeconds * 1000);
        m_window->setRefreshIntervalOverride(10);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 10000);
        m_window->setAutoRefreshSeconds(
            Preferences(m_settings.get()).autoRefreshSeconds()); // as Preferences' OK
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 10000);
        QAction *everyMinute = nullptr;
        QAction *off = nullptr;
        for (QAction *a : m_window->menuBar()->findChildren<QAction *>()) {
            if (a->isCheckable() && a->data() == QVariant(60))
                everyMinute = a;
            if (a->isCheckable() && a->data() == QVariant(0))
                off = a;
        }
        QVERIFY(everyMinute && off);
        QVERIFY(!everyMinute->isChecked() && !off->isChecked()); // neither choice is what runs
        everyMinute->trigger();
        QCOMPARE(timer->interval(), 60000);
        QVERIFY(everyMinute->isChecked());
        off->trigger(); // the rest of the test refreshes by itself
        QVERIFY(!timer->isActive());
    }

    // Last: without a notification daemon (offscreen has no tray either) the window's banner tells.
    void withoutADaemonTheBannerTells()
    {
        m_daemon.stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->watch()->notifier()->availability(),
                                  DesktopNotifier::Availability::Unavailable, 10000);
        m_sandbox->sandbox().deliver(ProviderId::OpenTrain, SandboxSeed::OpenTrain::activeLoopback, {503});
        QVERIFY(refreshed());
        QCOMPARE(noticesRaised(), 1);
        QVERIFY(m_window->banner()->isVisible());
        const QString text = m_window->banner()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Endpoint failing: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Account: ") + AccountName), qPrintable(text));
    }
};

QTEST_MAIN(TestWatch)
#include "tst_watch.moc"
