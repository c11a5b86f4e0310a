#include "watchnotifications.h"

#include "appicon.h"
#include "desktopnotifier.h"
#include "messagebanner.h"
#include "session/workspace.h"

#include <QSystemTrayIcon>
#include <QTimer>

namespace {
constexpr int TrayMessageMs = 10000;
}

WatchNotifications::WatchNotifications(Workspace *workspace, QSettings *settings, MessageBanner *banner,
                                       QObject *parent)
    : QObject(parent), m_watcher(new HealthWatcher(settings, this)),
      m_notifier(new DesktopNotifier(QDBusConnection::sessionBus(), this)), m_banner(banner)
{
    m_watcher->attach(workspace);
    connect(m_watcher, &HealthWatcher::notice, this, &WatchNotifications::onNotice);
    connect(m_notifier, &DesktopNotifier::unavailable, this, &WatchNotifications::fallBack);
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &account, const QString &id) {
        emit showRequested({{account, id}});
    });
    connect(m_notifier, &DesktopNotifier::groupActivated, this,
            [this](const QList<HealthTransition> &transitions) {
                emit showRequested(keysOf(WatchNotice{WatchNotice::Type::Grouped, transitions, 0}));
            });
}

WatchNotifications::EndpointKeys WatchNotifications::keysOf(const WatchNotice &notice)
{
    EndpointKeys keys;
    for (const HealthTransition &t : notice.transitions)
        keys.append({t.account, t.id});
    return keys;
}

void WatchNotifications::onNotice(const WatchNotice &notice)
{
    if (!m_notifier->show(notice))
        fallBack(notice);
}

void WatchNotifications::fallBack(const WatchNotice &notice)
{
    const DesktopNotifier::Message message = DesktopNotifier::compose(notice);
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(AppIcon::icon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                emit showRequested(m_trayKeys);
                m_tray->hide();
            });
        }
        m_trayKeys = keysOf(notice);
        m_tray->show(); // an icon only for the message's time: the tray icon proper is an option
        m_tray->showMessage(message.summary, message.body, QSystemTrayIcon::Warning, TrayMessageMs);
        QTimer::singleShot(TrayMessageMs, m_tray, [tray = m_tray] { tray->hide(); });
        return;
    }
    if (m_banner)
        m_banner->showMessage(MessageBanner::Kind::Info,
                              message.summary + QStringLiteral(": ") +
                                  message.body.split(QLatin1Char('\n')).join(QStringLiteral(" · ")));
}
