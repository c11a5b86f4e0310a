#pragma once

#include "session/healthwatcher.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <utility>

class DesktopNotifier;
class MessageBanner;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class Workspace;

// The window's watch: a HealthWatcher on every finished load, its notices as desktop notifications,
// or (no notification daemon) as a tray message, or (no tray) in the window's banner. A click on a
// notification asks the window to show those endpoints.
class WatchNotifications : public QObject
{
    Q_OBJECT
public:
    WatchNotifications(Workspace *workspace, QSettings *settings, MessageBanner *banner,
                       QObject *parent = nullptr);

    HealthWatcher *watcher() const { return m_watcher; }
    DesktopNotifier *notifier() const { return m_notifier; }

    using EndpointKeys = QList<std::pair<QString, QString>>; // account, id

    // The table's context menu: snooze the selected endpoints or their account, or resume.
    void addSnoozeMenu(QMenu *menu, const QList<Endpoint> &selected);
    // The user's tray icon (TrayPresence), null when off: tray messages go through it then, instead
    // of a second icon shown for the message's time.
    void setPersistentTray(QSystemTrayIcon *icon);

signals:
    void showRequested(const WatchNotifications::EndpointKeys &endpoints);

private:
    void onNotice(const WatchNotice &notice);
    void fallBack(const WatchNotice &notice);
    static EndpointKeys keysOf(const WatchNotice &notice);

    HealthWatcher *m_watcher;
    DesktopNotifier *m_notifier;
    QPointer<MessageBanner> m_banner;
    QSystemTrayIcon *m_tray = nullptr; // only while a fallback message shows
    EndpointKeys m_trayKeys;
    QPointer<QSystemTrayIcon> m_persistentTray;
};
