#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

// The user's choices from Edit ▸ Preferences, kept in the window's QSettings. No widgets: the
// window, the dialog and main() read the same values. The settings file is untrusted input:
// anything unknown or malformed reads as the default.
class Preferences
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    enum class ConfirmPolicy
    {
        ProductionOnly, // the default; production accounts are always asked, whatever is stored
        EveryAccount
    };

    // settings may be null: every value reads as its default and nothing is stored.
    // catalogueDirectory holds the shipped patchbay_<code>.qm files.
    explicit Preferences(QSettings *settings,
                         const QString &catalogueDirectory = defaultCatalogueDirectory());

    static QString defaultCatalogueDirectory() { return QStringLiteral(":/i18n"); }

    // Language codes to offer: English (the source language) and every shipped catalogue.
    QStringList availableLanguages() const;
    // The chosen language code, or an empty string to follow the system.
    QString language() const;
    void setLanguage(const QString &code);
    // The locale the interface uses: the system's when no language was chosen.
    QLocale locale() const;
    // "Deutsch", "Français": each language named in itself.
    static QString languageName(const QString &code);

    Theme theme() const;
    void setTheme(Theme theme);

    // Seconds between automatic refreshes, 0 = off; always one of autoRefreshChoices().
    // Watching (issue 9) is on unless the user turns it off: notifications need refreshes. 0 = off.
    static constexpr int DefaultAutoRefreshSeconds = 300;
    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);
    static QList<int> autoRefreshChoices();
    static QString autoRefreshLabel(int seconds); // "Off", "Every 5 minutes"

    ConfirmPolicy confirmPolicy() const;
    void setConfirmPolicy(ConfirmPolicy policy);

    // Desktop notifications only for production accounts (HealthWatcher reads it); off by default.
    bool notifyProductionOnly() const;
    void setNotifyProductionOnly(bool on);

    // The tray icon (TrayPresence), off by default; close-to-tray applies only with the icon on.
    bool trayIcon() const;
    void setTrayIcon(bool on);
    bool closeToTray() const;
    void setCloseToTray(bool on);

private:
    QString text(const char *key) const;
    void store(const char *key, const QVariant &value);

    QSettings *m_settings;
    QString m_catalogues;
};
