#pragma once

#include "preferences.h"

#include <QDialog>

class HealthWatcher;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QRadioButton;
class SnoozePanel;

// Edit ▸ Preferences: language, theme, auto-refresh and confirmations. OK and Apply write the
// form to the preferences and emit applied() (the window then switches theme and refresh interval
// at once); Cancel writes nothing. The language takes effect at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    // With a watcher, the dialog also lists its snoozes and snoozes an account of `accounts`
    // (SnoozePanel); without one that section is absent.
    PreferencesDialog(const Preferences &preferences, HealthWatcher *watcher, const QStringList &accounts,
                      QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *autoRefreshBox() const { return m_autoRefresh; }
    QRadioButton *productionOnlyButton() const { return m_productionOnly; }
    QRadioButton *everyAccountButton() const { return m_everyAccount; }
    QCheckBox *notifyProductionOnlyBox() const { return m_notifyProductionOnly; }
    QCheckBox *trayIconBox() const { return m_trayIcon; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }
    SnoozePanel *snoozePanel() const { return m_snoozes; } // null without a watcher
    // Whether the desktop has a system tray (asked at construction); without one both tray boxes are
    // disabled and say why. Tests set it: the offscreen platform has none.
    void setTrayAvailable(bool available);

public slots:
    void apply(); // writes the form (OK does this too)
    void accept() override;

signals:
    void applied();

private:
    void load();
    bool hasChanges() const;
    void updateApply();

    Preferences m_preferences;
    QComboBox *m_language;
    QComboBox *m_theme;
    QComboBox *m_autoRefresh;
    QRadioButton *m_productionOnly;
    QRadioButton *m_everyAccount;
    QCheckBox *m_notifyProductionOnly;
    QCheckBox *m_trayIcon;
    QCheckBox *m_closeToTray;
    bool m_trayAvailable = false;
    QDialogButtonBox *m_buttons;
    SnoozePanel *m_snoozes = nullptr;
};
