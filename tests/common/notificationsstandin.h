#pragma once

#include "privatebus.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A stand-in org.freedesktop.Notifications, for a PrivateBus: it records each Notify and emits
// ActionInvoked / NotificationClosed as a notification daemon does.
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
