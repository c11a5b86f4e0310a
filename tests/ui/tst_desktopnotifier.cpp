// The desktop notifier against a real D-Bus: a private dbus-daemon and a stand-in notification
// daemon (tests/common/notificationsstandin.h). What a notification says, that server text in it
// is inert, that a click comes back as the endpoint, and that a missing or hung daemon never
// blocks the caller.
#include "common/notificationsstandin.h"
#include "desktopnotifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

namespace {

HealthTransition transition(HealthTransition::Kind kind, const QString &id, const QString &url,
                            const QString &reason)
{
    HealthTransition t;
    t.kind = kind;
    t.to = kind == HealthTransition::Kind::Recovered ? Health::Active
           : kind == HealthTransition::Kind::Failing ? Health::Failing
                                                     : Health::Disabled;
    t.account = QStringLiteral("OpenTrain live");
    t.id = id;
    t.url = url;
    t.reason = reason;
    return t;
}

WatchNotice single(const HealthTransition &t)
{
    return WatchNotice{WatchNotice::Type::Single, {t}, 0};
}

const QString Reason =
    QStringLiteral("Disabled by OpenTrain: Automatically disabled after 50 consecutive failed deliveries "
                   "(last response: HTTP 503)");

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    PrivateBus m_bus;
    std::unique_ptr<NotificationsStandIn> m_daemon;

    // A notifier on its own connection that has found the stand-in.
    std::unique_ptr<DesktopNotifier> notifier()
    {
        auto n = std::make_unique<DesktopNotifier>(m_bus.connect(QStringLiteral("app")));
        if (n->availability() == DesktopNotifier::Availability::Unknown)
            QSignalSpy(n.get(), &DesktopNotifier::availabilityChanged).wait(10000);
        return n;
    }
    // Shows the notice and returns what the stand-in received, with the id the notifier learnt.
    NotificationsStandIn::Shown showAndWait(DesktopNotifier &n, const WatchNotice &notice)
    {
        QSignalSpy sent(&n, &DesktopNotifier::sent);
        const qsizetype before = m_daemon->shown.size();
        if (!n.show(notice) || !sent.wait(10000) || m_daemon->shown.size() != before + 1)
            return {};
        return m_daemon->shown.last();
    }

private slots:
    void initTestCase()
    {
        if (!m_bus.start())
            QSKIP("dbus-daemon is not installed (apt-get install dbus)");
    }

    void init()
    {
        m_daemon = std::make_unique<NotificationsStandIn>();
        QVERIFY(m_daemon->start(m_bus));
    }
    void cleanup()
    {
        if (m_daemon)
            m_daemon->stop();
        m_daemon.reset();
    }

    void notificationSaysWhatHappened()
    {
        auto n = notifier();
        QCOMPARE(n->availability(), DesktopNotifier::Availability::Available);
        const NotificationsStandIn::Shown shown = showAndWait(
            *n, single(transition(HealthTransition::Kind::DisabledByProvider, QStringLiteral("ep_1"),
                                  QStringLiteral("https://hooks.example/in"), Reason)));
        QCOMPARE(shown.appName, QStringLiteral("Patchbay"));
        QCOMPARE(shown.icon, QStringLiteral("io.patchbay.Patchbay"));
        QCOMPARE(shown.summary, QStringLiteral("Endpoint disabled by the provider"));
        QVERIFY2(shown.body.contains(QStringLiteral("https://hooks.example/in")), qPrintable(shown.body));
        QVERIFY(shown.body.contains(QStringLiteral("Account: OpenTrain live")));
        QVERIFY(shown.body.contains(
            QStringLiteral("50 consecutive failed deliveries (last response: HTTP 503)")));
        QVERIFY(shown.actions.contains(QStringLiteral("default")));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("patchbay"));
    }

    // Server text is untrusted: terminal escapes, bidi controls and markup come out inert, credentials
    // in the URL stay out, and a huge reason is cut.
    void serverTextIsInert()
    {
        auto n = notifier();
        const QString reason =
            QStringLiteral("\x1b]0;pwned\x07<b>urgent</b> & <a href=\"https://evil\">click</a> "
                           "\u202Egnp.exe") +
            QString(5000, QLatin1Char('x'));
        const QString url = QStringLiteral("https://user:hunter2@hooks.example/in\u202E?token=s3cret#frag");
        const NotificationsStandIn::Shown shown = showAndWait(
            *n, single(transition(HealthTransition::Kind::Failing, QStringLiteral("ep_1"), url, reason)));
        QVERIFY(!shown.body.isEmpty());
        for (QChar c : shown.body) // only our own line breaks remain of the control characters
            QVERIFY2(
                c == QLatin1Char('\n') ||
                    (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format),
                qPrintable(QStringLiteral("U+%1 in the body").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        QVERIFY2(!shown.body.contains(QLatin1Char('<')) && !shown.body.contains(QLatin1Char('>')),
                 qPrintable(shown.body));
        QVERIFY(shown.body.contains(QStringLiteral("&lt;b&gt;urgent&lt;/b&gt; &amp; &lt;a href=")));
        QVERIFY(!shown.body.contains(QStringLiteral("hunter2")));
        QVERIFY(!shown.body.contains(QStringLiteral("s3cret")));
        QVERIFY(!shown.body.contains(QStringLiteral("frag")));
        QVERIFY(shown.body.contains(QStringLiteral("hooks.example")));
        QVERIFY2(shown.body.size() < 1000, qPrintable(QString::number(shown.body.size())));
        QVERIFY(!shown.summary.contains(QStringLiteral("pwned")));
    }

    void clickSelectsTheEndpoint()
    {
        auto n = notifier();
        QSignalSpy activated(n.get(), &DesktopNotifier::activated);
        const NotificationsStandIn::Shown shown =
            showAndWait(*n, single(transition(HealthTransition::Kind::Failing, QStringLiteral("ep_7"),
                                              QStringLiteral("https://a"), {})));
        QVERIFY(shown.id != 0);
        m_daemon->click(shown.id - 1); // another application's notification
        m_daemon->click(shown.id);
        QVERIFY(activated.wait(10000));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("OpenTrain live"));
        QCOMPARE(activated.first().at(1).toString(), QStringLiteral("ep_7"));

        // Closed: a late click on it is not understood any more.
        m_daemon->close(shown.id);
        m_daemon->click(shown.id);
        const NotificationsStandIn::Shown next =
            showAndWait(*n, single(transition(HealthTransition::Kind::Recovered, QStringLiteral("ep_8"),
                                              QStringLiteral("https://b"), {})));
        m_daemon->click(next.id);
        QVERIFY(activated.wait(10000));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().at(1).toString(), QStringLiteral("ep_8"));
    }

    // Another client on the bus emitting ActionInvoked with our id is not the notification daemon.
    void spoofedClickIsIgnored()
    {
        QDBusConnection app = m_bus.connect(QStringLiteral("app"));
        DesktopNotifier n(app);
        QSignalSpy(&n, &DesktopNotifier::availabilityChanged).wait(10000);
        QSignalSpy activated(&n, &DesktopNotifier::activated);
        const NotificationsStandIn::Shown shown =
            showAndWait(n, single(transition(HealthTransition::Kind::Failing, QStringLiteral("ep_7"),
                                             QStringLiteral("https://a"), {})));
        QVERIFY(shown.id != 0);
        QDBusConnection rogue = m_bus.connect(QStringLiteral("rogue"));
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"),
                                                         QStringLiteral("ActionInvoked"));
        signal << shown.id << QStringLiteral("default");
        QVERIFY(rogue.send(signal));
        // A round trip from the rogue to the application after the signal: by its answer the
        // application's connection has read the signal, and its slot is due in this thread's queue.
        const QDBusMessage ping = rogue.call(QDBusMessage::createMethodCall(
            app.baseService(), QStringLiteral("/"), QStringLiteral("org.freedesktop.DBus.Peer"),
            QStringLiteral("Ping")));
        QCOMPARE(ping.type(), QDBusMessage::ReplyMessage);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(activated.size(), 0);
        m_daemon->click(shown.id); // the real daemon's click counts
        QVERIFY(activated.wait(10000));
        QCOMPARE(activated.size(), 1);
        QDBusConnection::disconnectFromBus(rogue.name());
    }

    void groupClickGivesTheList()
    {
        auto n = notifier();
        QSignalSpy group(n.get(), &DesktopNotifier::groupActivated);
        WatchNotice notice{WatchNotice::Type::Grouped, {}, 0};
        for (int i = 0; i < 7; ++i)
            notice.transitions << transition(HealthTransition::Kind::Failing, QString::number(i),
                                             QStringLiteral("https://hooks.example/%1").arg(i), {});
        const NotificationsStandIn::Shown shown = showAndWait(*n, notice);
        QCOMPARE(shown.summary, QStringLiteral("7 endpoints changed state"));
        QVERIFY(shown.body.contains(QStringLiteral("Failing: https://hooks.example/0 (OpenTrain live)")));
        QVERIFY(shown.body.contains(QStringLiteral("… and 2 more")));
        QVERIFY(!shown.body.contains(QStringLiteral("hooks.example/5")));
        m_daemon->click(shown.id);
        QVERIFY(group.wait(10000));
        QCOMPARE(group.first().at(0).value<QList<HealthTransition>>().size(), 7);
    }

    void withoutADaemonTheCallerFallsBack()
    {
        m_daemon->stop();
        m_daemon.reset();
        auto early = std::make_unique<DesktopNotifier>(m_bus.connect(QStringLiteral("app")));
        QSignalSpy unavailable(early.get(), &DesktopNotifier::unavailable);
        const WatchNotice notice = single(transition(HealthTransition::Kind::Failing, QStringLiteral("ep"),
                                                     QStringLiteral("https://a"), {}));
        // Asked before the bus answered whether anyone is there: the failed call says so.
        if (early->show(notice))
            QVERIFY(unavailable.wait(10000));
        QTRY_COMPARE(early->availability(), DesktopNotifier::Availability::Unavailable);
        QVERIFY(!early->show(notice));
        // No bus at all.
        DesktopNotifier nowhere(QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"),
                                                              QStringLiteral("nowhere")));
        QCOMPARE(nowhere.availability(), DesktopNotifier::Availability::Unavailable);
        QVERIFY(!nowhere.show(notice));
    }

    // A daemon that never answers Notify: show() returns at once and the event loop keeps running.
    void hungDaemonDoesNotBlock()
    {
        m_daemon->hang = true;
        auto n = notifier();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(n->show(single(transition(HealthTransition::Kind::Failing, QStringLiteral("ep"),
                                          QStringLiteral("https://a"), {}))));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        // The stand-in lives on this thread: it only sees the call while this thread's loop runs.
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon->shown.size(), 1, 3000);
        QVERIFY2(timer.elapsed() < DesktopNotifier::CallTimeoutMs,
                 qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
