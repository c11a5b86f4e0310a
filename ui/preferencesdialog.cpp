#include "preferencesdialog.h"

#include "dialogsizing.h"
#include "snoozepanel.h"
#include "traypresence.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace {

// A secondary line under a control; plain text, read by screen readers as it is shown.
QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    QFont font = note->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    note->setFont(font);
    return note;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : PreferencesDialog(preferences, nullptr, QStringList(), parent)
{}

PreferencesDialog::PreferencesDialog(const Preferences &preferences, HealthWatcher *watcher,
                                     const QStringList &accounts, QWidget *parent)
    : QDialog(parent), m_preferences(preferences), m_language(new QComboBox(this)),
      m_theme(new QComboBox(this)), m_autoRefresh(new QComboBox(this)),
      m_productionOnly(new QRadioButton(tr("To &production accounts only"), this)),
      m_everyAccount(new QRadioButton(tr("To e&very account"), this)),
      m_notifyProductionOnly(new QCheckBox(tr("&Notify only about production accounts"), this)),
      m_trayIcon(new QCheckBox(tr("Show an &icon in the system tray"), this)),
      m_closeToTray(new QCheckBox(tr("&Keep running in the tray when the window is closed"), this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : m_preferences.availableLanguages())
        m_language->addItem(Preferences::languageName(code), code);

    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System (follows the desktop)"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));

    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshBox"));
    m_autoRefresh->setAccessibleName(tr("Auto-refresh"));
    for (int seconds : Preferences::autoRefreshChoices())
        m_autoRefresh->addItem(Preferences::autoRefreshLabel(seconds), seconds);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow); // one width for every choice
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), noteLabel(tr("Patchbay uses the new language the next time it starts."), this));
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    auto *refreshLabel = new QLabel(tr("Auto-&refresh:"), this);
    refreshLabel->setBuddy(m_autoRefresh);
    form->addRow(refreshLabel, m_autoRefresh);
    form->addRow(
        QString(),
        noteLabel(tr("Patchbay refreshes and watches for failing endpoints only while it is running; "
                     "nothing is checked and no notification comes while it is closed."),
                  this));
    m_notifyProductionOnly->setObjectName(QStringLiteral("notifyProductionOnlyBox"));
    form->addRow(QString(), m_notifyProductionOnly);
    m_trayIcon->setObjectName(QStringLiteral("trayIconBox"));
    m_closeToTray->setObjectName(QStringLiteral("closeToTrayBox"));
    form->addRow(QString(), m_trayIcon);
    form->addRow(QString(), m_closeToTray);
    form->addRow(QString(), noteLabel(tr("Watching goes on while Patchbay runs in the tray; File ▸ Quit or "
                                         "Quit in the tray icon's menu stops it."),
                                      this));

    auto *confirm = new QGroupBox(tr("Ask before sending a change"), this);
    auto *confirmLayout = new QVBoxLayout(confirm);
    m_productionOnly->setObjectName(QStringLiteral("productionOnlyButton"));
    m_everyAccount->setObjectName(QStringLiteral("everyAccountButton"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_productionOnly);
    group->addButton(m_everyAccount);
    confirmLayout->addWidget(m_productionOnly);
    confirmLayout->addWidget(m_everyAccount);
    confirmLayout->addWidget(noteLabel(tr("Changes to production accounts always ask first."), confirm));

    // Everything but the buttons scrolls: with the snoozes the form is taller than a laptop screen
    // at 200 %, and OK / Cancel must stay on it.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(QMargins());
    contentLayout->addLayout(form);
    contentLayout->addWidget(confirm);
    if (watcher) {
        m_snoozes = new SnoozePanel(watcher, accounts, content);
        contentLayout->addWidget(m_snoozes);
    }
    contentLayout->addStretch(1);
    auto *area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("preferencesArea"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // an unnamed stop in the Tab order; fields scroll into view
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the notes wrap instead
    area->setWidget(content);
    area->setMinimumWidth(content->minimumSizeHint().width() +
                          area->style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(area, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    for (QComboBox *box : {m_language, m_theme, m_autoRefresh})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &PreferencesDialog::updateApply);
    connect(m_everyAccount, &QRadioButton::toggled, this, &PreferencesDialog::updateApply);
    connect(m_notifyProductionOnly, &QCheckBox::toggled, this, &PreferencesDialog::updateApply);
    connect(m_trayIcon, &QCheckBox::toggled, this, &PreferencesDialog::updateApply);
    connect(m_closeToTray, &QCheckBox::toggled, this, &PreferencesDialog::updateApply);
    setTrayAvailable(QSystemTrayIcon::isSystemTrayAvailable());

    load();
    // The whole form when the screen has room (a scroll area alone asks for a few lines only).
    DialogSizing::fitToScreen(this, QSize(520, content->sizeHint().height() + m_buttons->sizeHint().height() +
                                                   layout->spacing() +
                                                   2 * style()->pixelMetric(QStyle::PM_LayoutTopMargin)));
}

void PreferencesDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_preferences.language())));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(m_preferences.theme()))));
    m_autoRefresh->setCurrentIndex(qMax(0, m_autoRefresh->findData(m_preferences.autoRefreshSeconds())));
    const bool every = m_preferences.confirmPolicy() == Preferences::ConfirmPolicy::EveryAccount;
    m_everyAccount->setChecked(every);
    m_productionOnly->setChecked(!every);
    m_notifyProductionOnly->setChecked(m_preferences.notifyProductionOnly());
    m_trayIcon->setChecked(m_preferences.trayIcon());
    m_closeToTray->setChecked(m_preferences.closeToTray());
    updateApply();
}

bool PreferencesDialog::hasChanges() const
{
    return m_language->currentData().toString() != m_preferences.language() ||
           Preferences::Theme(m_theme->currentData().toInt()) != m_preferences.theme() ||
           m_autoRefresh->currentData().toInt() != m_preferences.autoRefreshSeconds() ||
           m_everyAccount->isChecked() !=
               (m_preferences.confirmPolicy() == Preferences::ConfirmPolicy::EveryAccount) ||
           m_notifyProductionOnly->isChecked() != m_preferences.notifyProductionOnly() ||
           m_trayIcon->isChecked() != m_preferences.trayIcon() ||
           m_closeToTray->isChecked() != m_preferences.closeToTray();
}

void PreferencesDialog::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    const QString why = available ? QString() : TrayPresence::unavailableReason();
    for (QCheckBox *box : {m_trayIcon, m_closeToTray})
        box->setToolTip(why);
    updateApply();
}

void PreferencesDialog::updateApply()
{
    m_trayIcon->setEnabled(m_trayAvailable);
    // Close-to-tray only with the icon to come back by.
    m_closeToTray->setEnabled(m_trayAvailable && m_trayIcon->isChecked());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(hasChanges());
}

void PreferencesDialog::apply()
{
    if (!hasChanges())
        return;
    m_preferences.setLanguage(m_language->currentData().toString());
    m_preferences.setTheme(Preferences::Theme(m_theme->currentData().toInt()));
    m_preferences.setAutoRefreshSeconds(m_autoRefresh->currentData().toInt());
    m_preferences.setConfirmPolicy(m_everyAccount->isChecked() ? Preferences::ConfirmPolicy::EveryAccount
                                                               : Preferences::ConfirmPolicy::ProductionOnly);
    m_preferences.setNotifyProductionOnly(m_notifyProductionOnly->isChecked());
    m_preferences.setTrayIcon(m_trayIcon->isChecked());
    m_preferences.setCloseToTray(m_closeToTray->isChecked());
    updateApply();
    emit applied();
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}
