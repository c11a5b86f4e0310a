#include "secrets/secretservice.h"

#include <QObject>
#include <QTimer>

#ifdef PATCHBAY_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace SecretService {

void findEntries(const QString &service, const QString &account, QObject *context,
                 std::function<void(const Presence &)> done)
{
#ifdef PATCHBAY_HAVE_QTDBUS
    using Attributes = QMap<QString, QString>;
    // Once, so QtDBus knows to send the map as a{ss}.
    static const QMetaType registered = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(registered)

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        // The attributes QtKeychain's libsecret backend stores: server = service, user = key.
        const Attributes attributes{{QStringLiteral("server"), service}, {QStringLiteral("user"), account}};
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
        call << QVariant::fromValue(attributes);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10000), context);
        QObject::connect(
            watcher, &QDBusPendingCallWatcher::finished, context, [watcher, done](QDBusPendingCallWatcher *) {
                watcher->deleteLater();
                const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *watcher;
                Presence presence;
                if (!reply.isError()) {
                    presence.known = true;
                    presence.unlocked = int(reply.argumentAt<0>().size());
                    presence.locked = int(reply.argumentAt<1>().size());
                }
                done(presence);
            });
        return;
    }
#else
    Q_UNUSED(service)
    Q_UNUSED(account)
#endif
    QTimer::singleShot(0, context, [done] { done(Presence()); });
}

} // namespace SecretService
