#pragma once

#include "session/healthwatcher.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

// Shows the watcher's notices as desktop notifications (org.freedesktop.Notifications on the
// session bus) and reports a click on one as activated(). Every call is asynchronous: a
// notification service that never answers cannot block the window. Server text (URL, reason) is
// made inert (InertText), shortened, and markup-escaped when the service reads body markup; a URL
// loses its user info, query and fragment, where webhook URLs carry credentials. Nothing else of
// an endpoint, and never a token, goes into a notification.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    // bus: the session bus in the application; tests pass a private one.
    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    enum class Availability
    {
        Unknown,    // still asking the bus
        Available,  // the service runs, or the bus can start it
        Unavailable // no bus, or nobody provides the service: the caller shows notices itself
    };
    Availability availability() const { return m_availability; }

    // A notice in the user's language: the summary is ours only, the body's server text is inert.
    struct Message
    {
        QString summary;
        QString body; // plain text, one fact a line
    };
    static Message compose(const WatchNotice &notice);
    static QString displayUrl(const QString &url);    // without credentials, query and fragment
    static QString escapeMarkup(const QString &text); // &, <, > (and quotes) as entities

    // Sends the notice; false when the service is known to be absent (show it some other way).
    // A later failure of the call is reported by unavailable().
    bool show(const WatchNotice &notice);

    static constexpr int CallTimeoutMs = 5000;
    static constexpr int MaxFieldLength = 300; // a server's reason is cut beyond this
    static constexpr int MaxGroupLines = 5;
    static constexpr int MaxRemembered = 100; // notifications whose click is still understood

signals:
    void availabilityChanged(DesktopNotifier::Availability availability);
    void sent(uint notificationId, const WatchNotice &notice);
    void unavailable(const WatchNotice &notice); // the call failed or timed out: show it another way
    void activated(const QString &account, const QString &id);
    void groupActivated(const QList<HealthTransition> &transitions);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void probe();
    void setAvailability(Availability availability);
    void remember(uint id, const WatchNotice &notice);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_serviceWatcher = nullptr;
    Availability m_availability = Availability::Unknown;
    int m_probesPending = 0;
    bool m_foundService = false;
    bool m_bodyMarkup = true; // until the service's capabilities say otherwise
    QHash<uint, WatchNotice> m_shown;
    QList<uint> m_shownOrder;
};
