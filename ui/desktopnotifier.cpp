#include "desktopnotifier.h"

#include "core/health.h"
#include "core/inerttext.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");
const QString IconName = QStringLiteral("io.patchbay.Patchbay"); // packaging/patchbay.desktop's Icon=

// Server text for one line: inert, and short enough that a hostile reason cannot fill the screen.
QString field(const QString &text)
{
    QString inert = InertText::escape(text);
    if (inert.size() > DesktopNotifier::MaxFieldLength)
        inert = inert.left(DesktopNotifier::MaxFieldLength - 1) + QChar(0x2026);
    return inert;
}

QString summaryOf(const HealthTransition &t)
{
    switch (t.kind) {
    case HealthTransition::Kind::Failing:
        return DesktopNotifier::tr("Endpoint failing");
    case HealthTransition::Kind::DisabledByProvider:
        return DesktopNotifier::tr("Endpoint disabled by the provider");
    case HealthTransition::Kind::DisabledByPerson:
        return DesktopNotifier::tr("Endpoint disabled");
    case HealthTransition::Kind::Recovered:
        return DesktopNotifier::tr("Endpoint recovered");
    }
    return {};
}

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected()) {
        m_availability = Availability::Unavailable;
        return;
    }
    m_bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    // A notification daemon can start or stop while Patchbay runs.
    m_serviceWatcher =
        new QDBusServiceWatcher(Service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_serviceWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] { probe(); });
    probe();
}

void DesktopNotifier::probe()
{
    // Present when someone owns the name now or the bus would start a daemon for it; asked
    // asynchronously, like everything here.
    m_foundService = false;
    m_probesPending = 2;
    const auto ask = [this](const QString &method, const QVariantList &arguments, auto handle) {
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                           QStringLiteral("/org/freedesktop/DBus"),
                                                           QStringLiteral("org.freedesktop.DBus"), method);
        call.setArguments(arguments);
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, handle](QDBusPendingCallWatcher *w) {
                    w->deleteLater();
                    const QDBusMessage reply = w->reply();
                    if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 1)
                        m_foundService = m_foundService || handle(reply.arguments().constFirst());
                    if (--m_probesPending == 0)
                        setAvailability(m_foundService ? Availability::Available : Availability::Unavailable);
                });
    };
    ask(QStringLiteral("NameHasOwner"), {Service}, [](const QVariant &v) { return v.toBool(); });
    ask(QStringLiteral("ListActivatableNames"), {},
        [](const QVariant &v) { return v.toStringList().contains(Service); });

    // Whether the body may hold markup; a service without it shows text as it is.
    auto *caps = new QDBusPendingCallWatcher(
        m_bus.asyncCall(
            QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities")),
            CallTimeoutMs),
        this);
    connect(caps, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isValid())
            m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
    });
}

void DesktopNotifier::setAvailability(Availability availability)
{
    if (availability == m_availability)
        return;
    m_availability = availability;
    emit availabilityChanged(availability);
}

QString DesktopNotifier::displayUrl(const QString &url)
{
    // Webhook URLs often carry a credential (https://user:pass@…, ?token=…, a signed query): the
    // notification shows where deliveries go, not how they authenticate. Notifications stay in the
    // desktop's history and show on a locked screen.
    const QUrl parsed(url, QUrl::TolerantMode);
    QString shown;
    if (parsed.isValid() && !parsed.scheme().isEmpty()) {
        shown = parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                    .toString(QUrl::FullyEncoded);
        if (parsed.hasQuery() || parsed.hasFragment())
            shown += QStringLiteral("?…");
    } else {
        // Not a URL we can take apart: up to the first sign of a query, without anything before an @.
        shown = url.section(QRegularExpression(QStringLiteral("[?#]")), 0, 0);
        const qsizetype at = shown.lastIndexOf(QLatin1Char('@'));
        if (at >= 0)
            shown = shown.mid(at + 1);
    }
    return field(shown);
}

QString DesktopNotifier::escapeMarkup(const QString &text)
{
    return text.toHtmlEscaped();
}

DesktopNotifier::Message DesktopNotifier::compose(const WatchNotice &notice)
{
    Message message;
    if (notice.transitions.isEmpty())
        return message;
    const HealthTransition &first = notice.transitions.constFirst();
    QStringList lines;
    switch (notice.type) {
    case WatchNotice::Type::Single:
        message.summary = summaryOf(first);
        lines << displayUrl(first.url) << tr("Account: %1").arg(field(first.account));
        if (!first.reason.isEmpty())
            lines << field(first.reason);
        break;
    case WatchNotice::Type::Flapping:
        message.summary = tr("Endpoint keeps changing state");
        lines
            << displayUrl(first.url) << tr("Account: %1").arg(field(first.account))
            << tr("Changed state %n times within an hour, now %1. Patchbay stays quiet about it for an hour.",
                  nullptr, notice.changes)
                   .arg(HealthRules::label(first.to));
        break;
    case WatchNotice::Type::Grouped: {
        const int count = int(notice.transitions.size());
        message.summary = tr("%n endpoints changed state", nullptr, count);
        for (int i = 0; i < qMin(count, MaxGroupLines); ++i) {
            const HealthTransition &t = notice.transitions.at(i);
            lines << tr("%1: %2 (%3)").arg(HealthRules::label(t.to), displayUrl(t.url), field(t.account));
        }
        if (count > MaxGroupLines)
            lines << tr("… and %n more", nullptr, count - MaxGroupLines);
        break;
    }
    }
    message.body = lines.join(QLatin1Char('\n'));
    return message;
}

bool DesktopNotifier::show(const WatchNotice &notice)
{
    if (m_availability == Availability::Unavailable || notice.transitions.isEmpty())
        return false;
    const Message message = compose(notice);
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("patchbay"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    call << QStringLiteral("Patchbay") << uint(0) << IconName << message.summary
         << (m_bodyMarkup ? escapeMarkup(message.body) : message.body)
         << QStringList{DefaultAction, tr("Show")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notice](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (!reply.isValid()) {
            emit unavailable(notice);
            return;
        }
        remember(reply.value(), notice);
        emit sent(reply.value(), notice);
    });
    return true;
}

void DesktopNotifier::remember(uint id, const WatchNotice &notice)
{
    if (!m_shown.contains(id))
        m_shownOrder << id;
    m_shown.insert(id, notice);
    while (m_shownOrder.size() > MaxRemembered)
        m_shown.remove(m_shownOrder.takeFirst());
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // Only our own notifications: the service numbers every application's together.
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend() || action != DefaultAction)
        return;
    const WatchNotice notice = *it;
    if (notice.type == WatchNotice::Type::Grouped)
        emit groupActivated(notice.transitions);
    else
        emit activated(notice.transitions.constFirst().account, notice.transitions.constFirst().id);
}

void DesktopNotifier::onNotificationClosed(uint id, uint)
{
    if (m_shown.remove(id))
        m_shownOrder.removeOne(id);
}
