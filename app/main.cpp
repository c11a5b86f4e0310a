// patchbay: the console window. `patchbay --demo` opens it on the embedded sandbox.
#include "appicon.h"
#include "core/inerttext.h"
#include "demo.h"
#include "endpointtablemodel.h"
#include "mainwindow.h"
#include "net/apiclient.h"
#include "preferences.h"
#include "secrets/accountservice.h"
#include "secrets/accountstore.h"
#include "secrets/tokenstore.h"
#include "session/changejournal.h"
#include "session/savedaccountsloader.h"
#include "session/workspace.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

// The language chosen in Preferences, or the system's: Patchbay's catalogue and Qt's own (qtbase, for
// the standard buttons and dialogs). Dates and numbers follow the same locale.
void installTranslations(QApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("patchbay"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

// The demo keeps its own settings (application name "Patchbay-demo"); the language preference lives
// there, so --demo is known before the translated --help text is built.
bool demoRequested(const QStringList &arguments)
{
    QCommandLineParser early; // the same defaults as the real parser below
    const QCommandLineOption demo(QStringLiteral("demo"));
    early.addOption(demo);
    early.parse(arguments); // unknown options are reported by the real parser below
    return early.isSet(demo);
}

// For the README's screenshot script: once no account is loading any more, select an auto-disabled
// endpoint (the most telling row), save a picture of the window and quit. Driven by the workspace's
// signals, not by polling: the picture is taken as soon as the state it shows exists.
void scheduleScreenshot(MainWindow *window, Workspace *workspace, const QString &path)
{
    auto shoot = [=] {
        for (int row = 0; row < window->model()->rowCount(); ++row) {
            const std::optional<Endpoint> e = window->model()->endpointAt(row);
            if (e->providerStatus == QLatin1String("DISABLED") && !e->disabledReason.isEmpty()) {
                window->selectEndpoint(e->account, e->id);
                break;
            }
        }
        window->table()->setFocus();
        // After the layout requests the selection posted (detail pane, column widths): grab() renders
        // the widgets itself, so nothing has to reach the screen first.
        QTimer::singleShot(0, window, [=] {
            const bool saved = window->grab().save(path);
            qInfo("%s", qPrintable(saved ? QStringLiteral("screenshot saved to %1").arg(path)
                                         : QStringLiteral("could not save the screenshot to %1").arg(path)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    auto done = std::make_shared<bool>(false);
    auto shootWhenIdle = [=] {
        if (*done || workspace->isLoading())
            return;
        *done = true;
        shoot();
    };
    // Queued: the window's own slots (which fill the model) run first.
    QObject::connect(workspace, &Workspace::loadFinished, window, shootWhenIdle, Qt::QueuedConnection);
    QObject::connect(workspace, &Workspace::loadFailed, window, shootWhenIdle, Qt::QueuedConnection);
    QTimer::singleShot(0, window, shootWhenIdle); // nothing to load at all (no accounts)
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    InertText::installLogFilter(); // log lines quote URLs and server messages: never raw control characters
    QApplication::setOrganizationName(QStringLiteral("Patchbay"));
    QApplication::setApplicationName(QStringLiteral("Patchbay"));
    QApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Patchbay"));
    QApplication::setWindowIcon(AppIcon::icon());
    QApplication::setDesktopFileName(QStringLiteral("patchbay"));
    const bool isDemo = demoRequested(QApplication::arguments());
    if (isDemo) // the demo never reads or writes the real accounts, settings or journal
        QApplication::setApplicationName(QStringLiteral("Patchbay-demo"));
    QSettings uiSettings;
    const Preferences preferences(&uiSettings);
    installTranslations(app, preferences.locale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Console for webhook endpoints at OpenTrain, "
                                                             "Layers, OptimalDial, Diligent and Atoa."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main",
                                                          "Open on the built-in demo: an embedded sandbox on "
                                                          "127.0.0.1, tokens in memory only."));
    const QCommandLineOption extra(
        QStringLiteral("demo-extra"),
        QApplication::translate("main", "Add N synthetic endpoints per provider to the demo."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main",
                                                                "Save a picture of the window to FILE once "
                                                                "everything has loaded, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption refreshInterval(
        QStringLiteral("refresh-interval"),
        QApplication::translate("main", "Refresh every account every SECONDS seconds (at least 10) while "
                                        "Patchbay runs, instead of the Auto-refresh setting."),
        QStringLiteral("SECONDS"));
    parser.addOptions({demo, extra, screenshot, refreshInterval});
    parser.process(app);

    bool extraOk = false;
    const int extraCount = parser.value(extra).toInt(&extraOk);
    if (!extraOk || extraCount < 0 || extraCount > 200000) {
        qCritical("%s", qPrintable(QApplication::translate("main",
                                                           "--demo-extra takes a number from 0 to 200000.")));
        return 2;
    }

    int refreshSeconds = 0;
    if (parser.isSet(refreshInterval)) {
        bool ok = false;
        refreshSeconds = parser.value(refreshInterval).toInt(&ok);
        if (!ok || refreshSeconds < 10 || refreshSeconds > 86400) { // a day at most: QTimer counts in int ms
            qCritical("%s",
                      qPrintable(QApplication::translate(
                          "main", "--refresh-interval takes a whole number of seconds from 10 to 86400.")));
            return 2;
        }
    }

    ApiClient client;
    ChangeJournal journal;
    QString problem;
    if (!journal.load(&problem))
        qWarning("%s", qPrintable(problem));
    Workspace workspace(&client, &journal);
    std::unique_ptr<AccountStore> accountStore;
    std::unique_ptr<TokenStore> tokenStore;
    std::unique_ptr<AccountService> accounts;
    if (!isDemo) {
        accountStore = std::make_unique<AccountStore>();
        tokenStore = std::make_unique<TokenStore>();
        accounts = std::make_unique<AccountService>(*accountStore, *tokenStore);
    }

    Theme theme;
    theme.setMode(preferences.theme());
    theme.waitForSystemScheme(
        300); // a dark desktop never sees the window flash light; a hung portal costs 0.3 s
    MainWindow window(&workspace, accounts.get(), &uiSettings);
    // The interactive demo's simulated deliveries change an endpoint every 10 s: watch at that pace, so the
    // notifications arrive while the user looks (Demo::start).
    if (isDemo && !parser.isSet(screenshot) && refreshSeconds == 0)
        refreshSeconds = 10;
    if (refreshSeconds > 0)
        window.setRefreshIntervalOverride(refreshSeconds);
    QObject::connect(&window, &MainWindow::preferencesApplied, &theme,
                     [&theme, &uiSettings] { theme.setMode(Preferences(&uiSettings).theme()); });
    if (isDemo) {
        if (!Demo::start(&workspace, extraCount, !parser.isSet(screenshot), &problem)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Patchbay"), problem);
            return 1;
        }
        // The platform appends " — <display name>" to any other title: make the title the display name so
        // it reads "Patchbay — demo" once.
        const QString title = QApplication::translate("main", "Patchbay — demo");
        QApplication::setApplicationDisplayName(title);
        window.setWindowTitle(title);
        workspace.refreshAll();
    } else {
        auto *loader = new SavedAccountsLoader(accounts.get(), &workspace, &window);
        QObject::connect(loader, &SavedAccountsLoader::keychainFailed, &window,
                         &MainWindow::showKeychainFailure);
        loader->start();
    }
    if (parser.isSet(screenshot)) {
        // The README's size, but never larger than the screen it is taken on (a scaled laptop).
        const QSize available =
            window.screen() ? window.screen()->availableGeometry().size() : QSize(1600, 940);
        window.resize(qMin(1600, available.width()), qMin(940, available.height()));
        scheduleScreenshot(&window, &workspace, parser.value(screenshot));
    }
    window.show();
    return QApplication::exec();
}
