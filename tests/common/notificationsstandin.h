#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantMap>

// A D-Bus session bus of the test's own (dbus-daemon with no service directories: nothing is
// started on demand, no real notification daemon can answer) and a stand-in
// org.freedesktop.Notifications on its own connection, recording each Notify and emitting
// ActionInvoked / NotificationClosed as a notification daemon does.
class PrivateBus
{
public:
    ~PrivateBus() { stop(); }

    // False when dbus-daemon is missing (the caller skips) or did not start.
    bool start()
    {
        if (!m_dir.isValid())
            return false;
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral(
                       "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                       "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                       "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                        QStringLiteral("--config-file=") + config});
        if (!m_daemon.waitForStarted(10000))
            return false;
        for (int i = 0; i < 100 && !m_daemon.canReadLine(); ++i)
            m_daemon.waitForReadyRead(100);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return !m_address.isEmpty();
    }
    void stop()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(5000);
        }
    }
    QString address() const { return m_address; }
    QDBusConnection connect(const QString &role)
    {
        return QDBusConnection::connectToBus(m_address,
                                             QStringLiteral("%1-%2").arg(role).arg(++m_connections));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    int m_connections = 0;
};

class NotificationsStandIn : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        uint id;
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;
    bool hang = false; // Notify never answers
    QStringList capabilities{QStringLiteral("body"), QStringLiteral("body-markup"),
                             QStringLiteral("actions")};

    // Registers as org.freedesktop.Notifications on a connection of its own.
    bool start(PrivateBus &bus)
    {
        m_bus = bus.connect(QStringLiteral("notifications"));
        return m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                    QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    void stop()
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        QDBusConnection::disconnectFromBus(m_bus.name());
    }
    // What the daemon does when the user clicks the notification's body.
    void click(uint id) { emit ActionInvoked(id, QStringLiteral("default")); }
    void close(uint id) { emit NotificationClosed(id, 2); }

public slots:
    uint Notify(const QString &appName, uint, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int,
                const QDBusMessage &message)
    {
        const uint id = m_nextId++;
        shown << Shown{id, appName, icon, summary, body, actions, hints};
        if (hang) {
            message.setDelayedReply(true);
            return 0;
        }
        return id;
    }
    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }
    QStringList GetCapabilities() { return capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Patchbay tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("stand-in");
    }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus{QString()};
    uint m_nextId = 1001; // another application's notifications use the ids before
};
