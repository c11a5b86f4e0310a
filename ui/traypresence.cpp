#include "traypresence.h"

#include "appicon.h"

#include <QAction>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVariant>
#include <QWidget>

namespace {

constexpr int ExplainMessageMs = 8000;

} // namespace

bool TrayPresence::flag(QSettings *settings, const char *key)
{
    if (!settings)
        return false;
    // The settings file is untrusted: only a real true counts, anything else is the default (off).
    const QVariant value = settings->value(QLatin1String(key));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return value.typeId() == QMetaType::QString && value.toString() == QLatin1String("true");
}

TrayPresence::TrayPresence(QWidget *window, QSettings *settings, QObject *parent)
    : QObject(parent), m_window(window), m_settings(settings)
{}

TrayPresence::~TrayPresence()
{
    delete m_menu; // a QMenu has no QObject parent here: the tray icon does not own its menu
}

bool TrayPresence::closesToTray(bool trayIconOn, bool closeToTray, bool trayAvailable, bool quitting)
{
    return trayIconOn && closeToTray && trayAvailable && !quitting;
}

QString TrayPresence::toolTip(int failing, int disabled)
{
    QStringList lines{tr("Patchbay")};
    if (failing == 0 && disabled == 0)
        lines << tr("No failing or disabled endpoints");
    if (failing > 0)
        lines << (failing == 1 ? tr("1 endpoint failing") : tr("%n endpoints failing", nullptr, failing));
    if (disabled > 0)
        lines << (disabled == 1 ? tr("1 endpoint disabled") : tr("%n endpoints disabled", nullptr, disabled));
    return lines.join(QLatin1Char('\n'));
}

QString TrayPresence::unavailableReason()
{
    return tr("This desktop has no system tray.");
}

void TrayPresence::apply()
{
    const bool wanted = flag(m_settings, TrayIconKey) && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        delete m_icon;
        m_icon = nullptr;
        return;
    }
    if (m_icon)
        return;
    if (!m_menu) {
        m_menu = new QMenu;
        m_showAction = m_menu->addAction(QString(), this, &TrayPresence::showWindow);
        m_refreshAction = m_menu->addAction(QString(), this, &TrayPresence::refreshRequested);
        m_menu->addSeparator();
        m_quitAction = m_menu->addAction(QString(), this, &TrayPresence::quit);
    }
    m_icon = new QSystemTrayIcon(AppIcon::icon(), this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    retranslate();
    m_icon->show();
}

void TrayPresence::setCounts(int failing, int disabled)
{
    m_failing = failing;
    m_disabled = disabled;
    if (m_icon)
        m_icon->setToolTip(toolTip(m_failing, m_disabled));
}

void TrayPresence::retranslate()
{
    if (m_menu) {
        m_showAction->setText(tr("&Show Patchbay"));
        m_refreshAction->setText(tr("&Refresh All"));
        m_quitAction->setText(tr("&Quit"));
    }
    if (m_icon)
        m_icon->setToolTip(toolTip(m_failing, m_disabled));
}

bool TrayPresence::hideInsteadOfClosing()
{
    // The icon must be showing right now: it is the only way back to a hidden window.
    const bool iconShows = m_icon && m_icon->isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
    const auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    const bool loggingOut = app && app->isSavingSession(); // a close ignored then would cancel the logout
    if (!m_window || !closesToTray(flag(m_settings, TrayIconKey), flag(m_settings, CloseToTrayKey), iconShows,
                                   m_quitting || loggingOut))
        return false;
    m_window->hide();
    if (!flag(m_settings, CloseToTrayExplainedKey)) {
        m_settings->setValue(QLatin1String(CloseToTrayExplainedKey), true);
        m_icon->showMessage(tr("Patchbay keeps running"),
                            tr("Patchbay is still watching your endpoints. Use the tray icon to open it "
                               "again, or Quit in its menu to stop."),
                            QSystemTrayIcon::Information, ExplainMessageMs);
    }
    return true;
}

void TrayPresence::quit()
{
    if (!m_window)
        return;
    const bool wasHidden = !m_window->isVisible();
    m_quitting = true;
    const bool closed = m_window->close();
    m_quitting = false;
    // Closing a hidden window is no "last window closed": end the application here.
    if (closed && wasHidden)
        QCoreApplication::quit();
}

void TrayPresence::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
