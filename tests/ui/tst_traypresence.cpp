#include "common/sandboxworkspace.h"
#include "mainwindow.h"
#include "preferences.h"
#include "traypresence.h"

#include <QSettings>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QtTest>

// The optional tray icon: when closing hides the window instead (and when it never does), the
// tooltip's counts, the stored switches. The offscreen platform has no tray, so the icon itself
// is not shown here; what must hold without a tray is tested as the user would meet it.
class TestTrayPresence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    QString newSettingsPath() { return m_dir.filePath(QStringLiteral("ui-%1.ini").arg(++m_file)); }

private slots:
    void closesToTrayOnlyWithTheIconCloseToTrayATrayAndNoQuit()
    {
        for (int bits = 0; bits < 16; ++bits) {
            const bool icon = bits & 1, close = bits & 2, available = bits & 4, quitting = bits & 8;
            QCOMPARE(TrayPresence::closesToTray(icon, close, available, quitting),
                     icon && close && available && !quitting);
        }
    }

    void toolTipCountsFailingAndDisabled()
    {
        QCOMPARE(TrayPresence::toolTip(0, 0), QStringLiteral("Patchbay\nNo failing or disabled endpoints"));
        QCOMPARE(TrayPresence::toolTip(1, 0), QStringLiteral("Patchbay\n1 endpoint failing"));
        QCOMPARE(TrayPresence::toolTip(0, 1), QStringLiteral("Patchbay\n1 endpoint disabled"));
        QCOMPARE(TrayPresence::toolTip(3, 12),
                 QStringLiteral("Patchbay\n3 endpoints failing\n12 endpoints disabled"));
    }

    void switchesAreOffByDefaultAndOnlyATrueTurnsThemOn()
    {
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        Preferences preferences(&settings);
        QVERIFY(!preferences.trayIcon());
        QVERIFY(!preferences.closeToTray());
        preferences.setTrayIcon(true);
        preferences.setCloseToTray(true);
        settings.sync();
        QSettings reread(settings.fileName(), QSettings::IniFormat);
        QVERIFY(Preferences(&reread).trayIcon());
        QVERIFY(Preferences(&reread).closeToTray());
        // A hand-edited or hostile settings file: anything but true is off.
        for (const QVariant &garbage : {QVariant(QStringLiteral("banana")), QVariant(QStringLiteral("1")),
                                        QVariant(QStringLiteral("yes")), QVariant(2)}) {
            settings.setValue(QLatin1String(TrayPresence::TrayIconKey), garbage);
            settings.setValue(QLatin1String(TrayPresence::CloseToTrayKey), garbage);
            QVERIFY2(!preferences.trayIcon(), qPrintable(garbage.toString()));
            QVERIFY2(!preferences.closeToTray(), qPrintable(garbage.toString()));
        }
        QVERIFY(!Preferences(nullptr).trayIcon());
    }

    // Without a system tray the switches can be on in the settings and closing still closes: the
    // window never vanishes with no icon to bring it back.
    void withoutATrayClosingCloses()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
        SandboxWorkspace sandbox;
        QSettings settings(newSettingsPath(), QSettings::IniFormat);
        Preferences(&settings).setTrayIcon(true);
        Preferences(&settings).setCloseToTray(true);
        MainWindow window(sandbox.workspace(), nullptr, &settings);
        QVERIFY(window.tray());
        QVERIFY(!window.tray()->icon()); // nothing to show it in
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.tray()->hideInsteadOfClosing());
        QVERIFY(window.close()); // accepted: the window closes for real
        QVERIFY(!settings.contains(QLatin1String(TrayPresence::CloseToTrayExplainedKey)));
    }
};

QTEST_MAIN(TestTrayPresence)
#include "tst_traypresence.moc"
