#include "theme.h"

#include "common/privatebus.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStyle>
#include <QtTest>

// The theme against a real D-Bus: a private dbus-daemon started by the test (nothing is activated on
// it, so no real portal can answer) and a stand-in org.freedesktop.portal.Desktop on its own
// connection, answering Settings.Read and emitting SettingChanged as xdg-desktop-portal does.

namespace {

bool applicationLooksDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

class PortalStandIn : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    explicit PortalStandIn(const QDBusConnection &bus) : m_bus(bus) {}

    QVariant answer; // the setting's value; wrapped in two variants as the portal does
    bool hang = false;
    int reads = 0;

    void change(const QString &group, const QString &key, const QVariant &value)
    {
        emit SettingChanged(group, key, QDBusVariant(value));
    }

public slots:
    QDBusVariant Read(const QString &group, const QString &key, const QDBusMessage &message)
    {
        ++reads;
        if (hang) { // never answers: the caller's own timeout has to save it
            message.setDelayedReply(true);
            return {};
        }
        if (group != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme")) {
            message.setDelayedReply(true);
            m_bus.send(message.createErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                                                QStringLiteral("Requested setting not found")));
            return {};
        }
        return QDBusVariant(QVariant::fromValue(QDBusVariant(answer)));
    }

signals:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    QDBusConnection m_bus;
};

// Counts SettingChanged as the application's connection receives it, so a test can wait until a
// signal has surely been delivered instead of sleeping.
class SettingWatcher : public QObject
{
    Q_OBJECT
public:
    int received = 0;
public slots:
    void onSettingChanged(const QString &, const QString &, const QDBusVariant &) { ++received; }
};

class TestTheme : public QObject
{
    Q_OBJECT

private:
    PrivateBus m_bus;

    QDBusConnection connect(const QString &role) { return m_bus.connect(role); }

    // The stand-in portal, owning the well-known name on its own connection.
    std::unique_ptr<PortalStandIn> startPortal(QDBusConnection *bus)
    {
        *bus = connect(QStringLiteral("portal"));
        auto portal = std::make_unique<PortalStandIn>(*bus);
        if (!bus->registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), portal.get(),
                                 QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) ||
            !bus->registerService(QStringLiteral("org.freedesktop.portal.Desktop")))
            return nullptr;
        return portal;
    }

    static void stopPortal(QDBusConnection &bus)
    {
        bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        QDBusConnection::disconnectFromBus(bus.name());
    }

    QDBusConnection m_portalBus{QString()};

private slots:
    void initTestCase()
    {
        if (!m_bus.start())
            QSKIP("dbus-daemon is not installed or did not start (apt-get install dbus)");
    }

    void cleanup()
    {
        // Even after a failure the next test starts without a portal.
        if (m_portalBus.isConnected())
            stopPortal(m_portalBus);
    }

    void explicitChoicesNeedNoBus()
    {
        Theme theme(QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/bus"),
                                                  QStringLiteral("nowhere")));
        theme.setMode(Preferences::Theme::Dark);
        QVERIFY(theme.isDark());
        QVERIFY(applicationLooksDark());
        auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(style); // Fusion, with outlines that show on the dark palette
        QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
        theme.setMode(Preferences::Theme::Light);
        QVERIFY(!theme.isDark());
        QVERIFY(!applicationLooksDark());
        // System without any bus: light, at once, nothing to wait for.
        theme.setMode(Preferences::Theme::Dark);
        theme.setMode(Preferences::Theme::System);
        QVERIFY(theme.waitForSystemScheme(0));
        QVERIFY(!theme.isDark());
        QVERIFY(!applicationLooksDark());
    }

    // Read answers "prefer dark", then the desktop switches to "prefer light": the palette follows.
    void systemFollowsThePortalLive()
    {
        auto portal = startPortal(&m_portalBus);
        QVERIFY(portal);
        portal->answer = QVariant::fromValue(1u);
        QDBusConnection app = connect(QStringLiteral("app"));
        Theme theme(app);
        theme.setMode(Preferences::Theme::Light);
        QSignalSpy applied(&theme, &Theme::applied);
        theme.setMode(Preferences::Theme::System);
        QVERIFY(theme.waitForSystemScheme(10000));
        QCOMPARE(portal->reads, 1);
        QVERIFY(theme.isDark());
        QVERIFY(applicationLooksDark());
        QCOMPARE(applied.size(), 1);

        portal->change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"),
                       QVariant::fromValue(2u));
        QTRY_VERIFY(!theme.isDark());
        QVERIFY(!applicationLooksDark());

        // Other settings, other groups and malformed values never turn the window dark.
        portal->change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("accent-color"),
                       QVariant::fromValue(1u));
        portal->change(QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("color-scheme"),
                       QVariant::fromValue(1u));
        portal->change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"),
                       QStringLiteral("prefer-dark"));
        // Then a real change, so the test waits for a signal rather than for time.
        portal->change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"),
                       QVariant::fromValue(1u));
        QVERIFY(applied.wait(10000));
        QCOMPARE(applied.size(), 3); // dark, light, dark: nothing in between
        QVERIFY(theme.isDark());

        // An explicit choice wins over the desktop.
        theme.setMode(Preferences::Theme::Light);
        QVERIFY(!applicationLooksDark());
        SettingWatcher watcher;
        QVERIFY(app.connect( // the theme's own connection: delivered to both in one dispatch
            QStringLiteral("org.freedesktop.portal.Desktop"),
            QStringLiteral("/org/freedesktop/portal/desktop"),
            QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("SettingChanged"), &watcher,
            SLOT(onSettingChanged(QString, QString, QDBusVariant))));
        portal->change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"),
                       QVariant::fromValue(1u));
        QTRY_COMPARE(watcher.received, 1); // delivered: the theme had its chance to react
        QVERIFY(!theme.isDark());
        QVERIFY(!applicationLooksDark());
    }

    void noPortalMeansLight()
    {
        Theme theme(connect(QStringLiteral("app")));
        theme.setMode(Preferences::Theme::Dark);
        theme.setMode(Preferences::Theme::System);
        QVERIFY(theme.waitForSystemScheme(10000)); // the bus answers "no such service" at once
        QVERIFY(!theme.isDark());
        QVERIFY(!applicationLooksDark());
    }

    // A portal that never answers costs start-up no more than the wait it is given.
    void aHungPortalNeverBlocksStartUp()
    {
        auto portal = startPortal(&m_portalBus);
        QVERIFY(portal);
        portal->hang = true;
        Theme theme(connect(QStringLiteral("app")));
        QElapsedTimer clock;
        clock.start();
        theme.setMode(Preferences::Theme::System);
        QVERIFY(!theme.waitForSystemScheme(200));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(portal->reads, 1);
        QVERIFY(!theme.isDark());
        // The live signal still works while the read is pending.
        portal->change(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"),
                       QVariant::fromValue(1u));
        QTRY_VERIFY(theme.isDark());
    }

    void portalValuesAreUntrusted_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("scheme");
        const auto wrap = [](const QVariant &v) { return QVariant::fromValue(QDBusVariant(v)); };
        QTest::newRow("uint 1 in two variants") << wrap(wrap(QVariant::fromValue(1u))) << 1;
        QTest::newRow("uint 2 in one variant") << wrap(QVariant::fromValue(2u)) << 2;
        QTest::newRow("bare uint 1") << QVariant::fromValue(1u) << 1;
        QTest::newRow("int 1") << wrap(QVariant::fromValue(1)) << 1;
        QTest::newRow("no preference") << wrap(wrap(QVariant::fromValue(0u))) << 0;
        QTest::newRow("out of range") << wrap(wrap(QVariant::fromValue(7u))) << 0;
        QTest::newRow("negative") << wrap(QVariant::fromValue(-1)) << 0;
        QTest::newRow("huge") << wrap(QVariant::fromValue(Q_UINT64_C(0x100000001))) << 0;
        QTest::newRow("string") << wrap(wrap(QStringLiteral("1"))) << 0;
        QTest::newRow("bool") << wrap(wrap(true)) << 0;
        QTest::newRow("double") << wrap(wrap(1.0)) << 0;
        QTest::newRow("empty") << QVariant() << 0;
        QTest::newRow("too deep") << wrap(wrap(wrap(wrap(QVariant::fromValue(1u))))) << 0;
    }
    void portalValuesAreUntrusted()
    {
        QFETCH(QVariant, value);
        QFETCH(int, scheme);
        QCOMPARE(int(Theme::schemeFromPortalValue(value)), scheme);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
