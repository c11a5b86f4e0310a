#include "preferences.h"

#include "session/healthwatcher.h"
#include "traypresence.h"

#include <QDir>
#include <QSettings>

namespace {

const char *const LanguageKey = "preferences/language";
const char *const ThemeKey = "preferences/theme";
const char *const ConfirmKey = "preferences/confirm";
// The key the View ▸ Auto-refresh menu has always used: users keep their choice.
const char *const AutoRefreshKey = "refresh/autoSeconds";

const QLatin1String SourceLanguage("en");
const QLatin1String CataloguePrefix("patchbay_");
const QLatin1String CatalogueSuffix(".qm");

// Stored as words, not numbers: the file stays readable and a reordered enum cannot change meaning.
const QLatin1String ThemeWords[] = {QLatin1String("system"), QLatin1String("light"), QLatin1String("dark")};
const QLatin1String ConfirmWords[] = {QLatin1String("production"), QLatin1String("every")};

} // namespace

Preferences::Preferences(QSettings *settings, const QString &catalogueDirectory)
    : m_settings(settings), m_catalogues(catalogueDirectory)
{}

QString Preferences::text(const char *key) const
{
    if (!m_settings)
        return QString();
    const QVariant value = m_settings->value(QLatin1String(key));
    // A list or a map where a word belongs is garbage, not a word.
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

void Preferences::store(const char *key, const QVariant &value)
{
    if (m_settings)
        m_settings->setValue(QLatin1String(key), value);
}

QStringList Preferences::availableLanguages() const
{
    QStringList codes{SourceLanguage};
    const QStringList files =
        QDir(m_catalogues)
            .entryList({CataloguePrefix + QLatin1String("*") + CatalogueSuffix}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code =
            file.mid(CataloguePrefix.size(), file.size() - CataloguePrefix.size() - CatalogueSuffix.size());
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    return codes;
}

QString Preferences::language() const
{
    const QString code = text(LanguageKey);
    return availableLanguages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    store(LanguageKey, availableLanguages().contains(code) ? code : QString());
}

QLocale Preferences::locale() const
{
    const QString code = language();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString Preferences::languageName(const QString &code)
{
    const QLocale locale(code);
    // Qt calls "en" "American English"; the menu offers the language, not a variant.
    if (locale.language() == QLocale::English)
        return QLocale::languageToString(QLocale::English);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "français" starts a list entry
    return name.isEmpty() ? code : name;
}

Preferences::Theme Preferences::theme() const
{
    const QString word = text(ThemeKey);
    for (int i = 0; i < 3; ++i)
        if (word == ThemeWords[i])
            return Theme(i);
    return Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    store(ThemeKey, QString(ThemeWords[int(theme)]));
}

QList<int> Preferences::autoRefreshChoices()
{
    return {0, 30, 60, 300, 900};
}

int Preferences::autoRefreshSeconds() const
{
    if (!m_settings)
        return DefaultAutoRefreshSeconds;
    bool ok = false;
    const int seconds = m_settings->value(QLatin1String(AutoRefreshKey)).toInt(&ok);
    return ok && autoRefreshChoices().contains(seconds) ? seconds : DefaultAutoRefreshSeconds;
}

void Preferences::setAutoRefreshSeconds(int seconds)
{
    store(AutoRefreshKey, autoRefreshChoices().contains(seconds) ? seconds : DefaultAutoRefreshSeconds);
}

QString Preferences::autoRefreshLabel(int seconds)
{
    switch (seconds) {
    case 0:
        return tr("Off");
    case 30:
        return tr("Every 30 seconds");
    case 60:
        return tr("Every minute");
    case 300:
        return tr("Every 5 minutes");
    case 900:
        return tr("Every 15 minutes");
    }
    return QString(); // only the choices above are offered
}

Preferences::ConfirmPolicy Preferences::confirmPolicy() const
{
    return text(ConfirmKey) == ConfirmWords[int(ConfirmPolicy::EveryAccount)] ? ConfirmPolicy::EveryAccount
                                                                              : ConfirmPolicy::ProductionOnly;
}

void Preferences::setConfirmPolicy(ConfirmPolicy policy)
{
    store(ConfirmKey, QString(ConfirmWords[int(policy)]));
}

bool Preferences::notifyProductionOnly() const
{
    return HealthWatcher::productionOnlyIn(m_settings);
}

void Preferences::setNotifyProductionOnly(bool on)
{
    store(HealthWatcher::ProductionOnlyKey, on);
}

bool Preferences::trayIcon() const
{
    return TrayPresence::flag(m_settings, TrayPresence::TrayIconKey);
}

void Preferences::setTrayIcon(bool on)
{
    store(TrayPresence::TrayIconKey, on);
}

bool Preferences::closeToTray() const
{
    return TrayPresence::flag(m_settings, TrayPresence::CloseToTrayKey);
}

void Preferences::setCloseToTray(bool on)
{
    store(TrayPresence::CloseToTrayKey, on);
}
