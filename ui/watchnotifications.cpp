#include "watchnotifications.h"

#include "appicon.h"
#include "desktopnotifier.h"
#include "messagebanner.h"
#include "session/workspace.h"

#include <QMenu>
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
    if (m_persistentTray && m_persistentTray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_trayKeys = keysOf(notice);
        m_persistentTray->showMessage(message.summary, message.body, QSystemTrayIcon::Warning, TrayMessageMs);
        return;
    }
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

void WatchNotifications::setPersistentTray(QSystemTrayIcon *icon)
{
    if (m_persistentTray == icon)
        return;
    if (m_persistentTray)
        m_persistentTray->disconnect(this);
    m_persistentTray = icon;
    if (icon)
        connect(icon, &QSystemTrayIcon::messageClicked, this, [this] { emit showRequested(m_trayKeys); });
}

void WatchNotifications::addSnoozeMenu(QMenu *menu, const QList<Endpoint> &selected)
{
    if (selected.isEmpty())
        return;
    using Length = HealthWatcher::SnoozeLength;
    QMenu *snooze = menu->addMenu(tr("S&nooze Notifications"));
    const auto forEndpoints = [this, selected](Length length) {
        for (const Endpoint &e : selected)
            m_watcher->snoozeEndpoint(e.account, e.id, length);
    };
    snooze->addAction(tr("For 1 &Hour"), this, [=] { forEndpoints(Length::OneHour); });
    snooze->addAction(tr("Until &Tomorrow"), this, [=] { forEndpoints(Length::UntilTomorrow); });
    snooze->addAction(tr("Until It &Recovers"), this, [=] { forEndpoints(Length::UntilRecovered); });

    QSet<QString> accounts;
    bool snoozed = false;
    for (const Endpoint &e : selected) {
        accounts.insert(e.account);
        snoozed = snoozed || m_watcher->isSnoozed(e.account, e.id);
    }
    if (accounts.size() == 1) {
        const QString account = *accounts.cbegin();
        QString shown = account;
        shown.replace(QLatin1Char('&'), QLatin1String("&&")); // a name is no accelerator
        snooze->addSeparator();
        snooze->addAction(tr("All of %1 for 1 Hour").arg(shown), this,
                          [=] { m_watcher->snoozeAccount(account, Length::OneHour); });
        snooze->addAction(tr("All of %1 until Tomorrow").arg(shown), this,
                          [=] { m_watcher->snoozeAccount(account, Length::UntilTomorrow); });
        snooze->addAction(tr("All of %1 until Each Endpoint Is Active").arg(shown), this,
                          [=] { m_watcher->snoozeAccount(account, Length::UntilRecovered); });
    }
    if (snoozed) {
        snooze->addSeparator();
        snooze->addAction(tr("Resume &Notifications"), this, [this, selected] {
            for (const Endpoint &e : selected) {
                m_watcher->unsnooze(e.account, e.id);
                m_watcher->unsnooze(e.account);
            }
        });
    }
}
