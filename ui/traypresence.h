#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class QWidget;

// The optional tray icon (Preferences, off by default): the app icon, a tooltip with the counts of
// failing and disabled endpoints, a menu (Show Patchbay, Refresh all, Quit), and close-to-tray when
// the user turned that on too. Without a system tray nothing shows and closing always closes: a
// window must never vanish with no way back.
class TrayPresence : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *TrayIconKey = "watch/trayIcon";
    static constexpr const char *CloseToTrayKey = "watch/closeToTray";
    static constexpr const char *CloseToTrayExplainedKey = "watch/closeToTrayExplained";

    TrayPresence(QWidget *window, QSettings *settings, QObject *parent = nullptr);
    ~TrayPresence() override;

    void apply(); // reads the preferences (again, after Preferences' OK): shows or removes the icon
    void setCounts(int failing, int disabled);
    void retranslate();

    // From the window's closeEvent: true when the window was hidden to the tray instead (ignore the
    // event then). The first time, a tray message says where it went.
    bool hideInsteadOfClosing();
    // Closes for real, whatever close-to-tray says (File ▸ Quit, the tray menu's Quit).
    void quit();

    QSystemTrayIcon *icon() const { return m_icon; } // null when off or no tray
    QMenu *menu() const { return m_menu; }

    // The close decision on its own: only with a tray icon showing and close-to-tray on, never while
    // quitting.
    static bool closesToTray(bool trayIconOn, bool closeToTray, bool trayAvailable, bool quitting);
    static QString toolTip(int failing, int disabled);
    static QString unavailableReason();                     // the Preferences' tooltip when there is no tray
    static bool flag(QSettings *settings, const char *key); // a stored switch, off unless truly on

signals:
    void refreshRequested();

private:
    void showWindow();

    QPointer<QWidget> m_window;
    QSettings *m_settings;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    int m_failing = 0;
    int m_disabled = 0;
    bool m_quitting = false;
};
