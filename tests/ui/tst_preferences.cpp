#include "preferences.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// The preferences read back what was stored, and anything else in the settings file (an older
// version's value, a hand edit, garbage) reads as the default.
class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalogues;
    int m_file = 0;

    QString newSettingsPath() { return m_dir.filePath(QStringLiteral("ui-%1.ini").arg(++m_file)); }

    // A settings file written by hand, as an attacker or a careless edit would.
    QString settingsFileWith(const QByteArray &iniBody)
    {
        const QString path = newSettingsPath();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(iniBody);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Stand-ins for the catalogues the application embeds under :/i18n.
        m_catalogues = m_dir.filePath(QStringLiteral("i18n"));
        QVERIFY(QDir().mkpath(m_catalogues));
        for (const char *name : {"patchbay_de.qm", "patchbay_fr.qm", "qtbase_de.qm", "README"}) {
            QFile file(QDir(m_catalogues).filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
    }

    void defaultsWithoutSettings()
    {
        const Preferences preferences(nullptr, m_catalogues);
        QCOMPARE(preferences.language(), QString());
        QCOMPARE(preferences.theme(), Preferences::Theme::System);
        QCOMPARE(preferences.autoRefreshSeconds(), 300); // watching is on unless turned off
        QCOMPARE(preferences.confirmPolicy(), Preferences::ConfirmPolicy::ProductionOnly);
        QCOMPARE(preferences.locale(), QLocale::system());
    }

    void languagesComeFromTheShippedCatalogues()
    {
        const Preferences preferences(nullptr, m_catalogues);
        QCOMPARE(preferences.availableLanguages(),
                 QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(Preferences::languageName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(Preferences::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Preferences::languageName(QStringLiteral("fr")), QStringLiteral("Français"));
        // Without catalogues only the source language is offered.
        const Preferences bare(nullptr, m_dir.filePath(QStringLiteral("missing")));
        QCOMPARE(bare.availableLanguages(), QStringList({QStringLiteral("en")}));
    }

    void roundTripThroughTheFile()
    {
        const QString path = newSettingsPath();
        {
            QSettings settings(path, QSettings::IniFormat);
            Preferences preferences(&settings, m_catalogues);
            preferences.setLanguage(QStringLiteral("fr"));
            preferences.setTheme(Preferences::Theme::Dark);
            preferences.setAutoRefreshSeconds(900);
            preferences.setConfirmPolicy(Preferences::ConfirmPolicy::EveryAccount);
        }
        QSettings settings(path, QSettings::IniFormat);
        const Preferences preferences(&settings, m_catalogues);
        QCOMPARE(preferences.language(), QStringLiteral("fr"));
        QCOMPARE(preferences.locale().language(), QLocale::French);
        QCOMPARE(preferences.theme(), Preferences::Theme::Dark);
        QCOMPARE(preferences.autoRefreshSeconds(), 900);
        QCOMPARE(preferences.confirmPolicy(), Preferences::ConfirmPolicy::EveryAccount);

        Preferences back(&settings, m_catalogues);
        back.setLanguage(QString());
        back.setTheme(Preferences::Theme::Light);
        back.setAutoRefreshSeconds(0);
        back.setConfirmPolicy(Preferences::ConfirmPolicy::ProductionOnly);
        QCOMPARE(preferences.language(), QString());
        QCOMPARE(preferences.theme(), Preferences::Theme::Light);
        QCOMPARE(preferences.autoRefreshSeconds(), 0);
        QCOMPARE(preferences.confirmPolicy(), Preferences::ConfirmPolicy::ProductionOnly);
    }

    // The View ▸ Auto-refresh menu stored its choice under refresh/autoSeconds: it still counts.
    void keepsTheAutoRefreshChoiceOfEarlierVersions()
    {
        QSettings settings(settingsFileWith("[refresh]\nautoSeconds=300\n"), QSettings::IniFormat);
        QCOMPARE(Preferences(&settings, m_catalogues).autoRefreshSeconds(), 300);
    }

    void garbageReadsAsTheDefault_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::newRow("unknown words")
            << QByteArray("[preferences]\nlanguage=tlh\ntheme=solarized\nconfirm=never\n"
                          "[refresh]\nautoSeconds=45\n");
        QTest::newRow("numbers for words") << QByteArray("[preferences]\nlanguage=1\ntheme=2\nconfirm=1\n"
                                                         "[refresh]\nautoSeconds=-30\n");
        QTest::newRow("lists") << QByteArray("[preferences]\nlanguage=de, fr\ntheme=dark, light\n"
                                             "confirm=every, production\n[refresh]\nautoSeconds=30, 60\n");
        QTest::newRow("path and injection")
            << QByteArray("[preferences]\nlanguage=../../../etc/passwd\ntheme=\"dark\\n\"\n"
                          "confirm=\"every\\u0000\"\n[refresh]\nautoSeconds=1e9\n");
        QTest::newRow("serialized variants") << QByteArray(
            "[preferences]\nlanguage=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18)\n"
            "theme=@ByteArray(dark)\nconfirm=@Rect(0 0 1 1)\n[refresh]\nautoSeconds=@Size(1 2)\n");
        QTest::newRow("huge interval") << QByteArray("[refresh]\nautoSeconds=99999999999999999999\n");
        QTest::newRow("case and spaces")
            << QByteArray("[preferences]\nlanguage=DE_de\ntheme=DARK\nconfirm=Every\n");
    }
    void garbageReadsAsTheDefault()
    {
        QFETCH(QByteArray, ini);
        QSettings settings(settingsFileWith(ini), QSettings::IniFormat);
        const Preferences preferences(&settings, m_catalogues);
        QCOMPARE(preferences.language(), QString());
        QCOMPARE(preferences.theme(), Preferences::Theme::System);
        QCOMPARE(preferences.autoRefreshSeconds(), Preferences::DefaultAutoRefreshSeconds);
        QCOMPARE(preferences.confirmPolicy(), Preferences::ConfirmPolicy::ProductionOnly);
    }

    // Setters refuse what the getters would refuse: nothing invalid is ever written.
    void settersStoreOnlyValidValues()
    {
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        Preferences preferences(&settings, m_catalogues);
        preferences.setLanguage(QStringLiteral("fr"));
        preferences.setLanguage(QStringLiteral("tlh"));
        QCOMPARE(preferences.language(), QString());
        preferences.setAutoRefreshSeconds(60);
        preferences.setAutoRefreshSeconds(7);
        QCOMPARE(preferences.autoRefreshSeconds(), Preferences::DefaultAutoRefreshSeconds);
        preferences.setAutoRefreshSeconds(0); // off is a choice, kept
        QCOMPARE(preferences.autoRefreshSeconds(), 0);
    }

    void everyChoiceHasALabel()
    {
        QStringList labels;
        for (int seconds : Preferences::autoRefreshChoices())
            labels << Preferences::autoRefreshLabel(seconds);
        QCOMPARE(labels, QStringList({QStringLiteral("Off"), QStringLiteral("Every 30 seconds"),
                                      QStringLiteral("Every minute"), QStringLiteral("Every 5 minutes"),
                                      QStringLiteral("Every 15 minutes")}));
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
