#pragma once

#include "preferences.h"

#include <QDBusConnection>
#include <QObject>
#include <QPalette>

class QDBusPendingCallWatcher;
class QDBusVariant;

// Applies the light or dark look to the whole application: the Fusion style with its standard
// light palette or a dark one. Qt 6.4 has no colour-scheme API, so "System" asks the desktop
// through the freedesktop portal (org.freedesktop.appearance color-scheme over D-Bus) and follows
// its changes live. Without a portal (no bus, no service, no answer) "System" means light, and
// nothing ever blocks start-up longer than the caller allows.
class Theme : public QObject
{
    Q_OBJECT
public:
    // bus: the session bus in the application; tests pass a private one.
    explicit Theme(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~Theme() override;

    // Applies at once; for System the light look stays until the portal says otherwise.
    void setMode(Preferences::Theme mode);
    Preferences::Theme mode() const { return m_mode; }
    bool isDark() const { return m_dark; }
    // True once the portal answered or failed; waits at most timeoutMs for that (start-up uses it so a
    // dark desktop never sees the window flash light). Returns whether the answer came in time.
    bool waitForSystemScheme(int timeoutMs);

    static QPalette lightPalette();
    static QPalette darkPalette();

    // What the portal's color-scheme value asks for; anything malformed is "no preference".
    enum class SystemScheme
    {
        NoPreference = 0,
        PreferDark = 1,
        PreferLight = 2
    };
    static SystemScheme schemeFromPortalValue(const QVariant &value);

signals:
    void applied(bool dark); // after the application palette changed

private slots:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void askPortal();
    void onReadFinished(QDBusPendingCallWatcher *watcher);
    void apply();

    QDBusConnection m_bus;
    Preferences::Theme m_mode = Preferences::Theme::Light;
    SystemScheme m_system = SystemScheme::NoPreference;
    QDBusPendingCallWatcher *m_pending = nullptr;
    bool m_subscribed = false;
    bool m_dark = false;
    bool m_appliedOnce = false;
};
