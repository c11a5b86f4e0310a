// The demo's load, headless: the in-process sandbox with N synthetic endpoints per provider, the real
// ApiClient + Workspace over HTTP on loopback, into EndpointTableModel behind a sorted
// EndpointFilterProxy, wired as the window wires them. Prints the time to the first rows and to all rows,
// the longest stall of this (the GUI) thread, peak RSS, and the client's heap per endpoint.
//   bench_load [perProvider=20000] [--same-thread] [--sort-url] [--view]
// --same-thread runs the sandbox on this thread, as the demo did before it got its own.
// --sort-url sorts by URL instead of the window's default (health): each batch's rows land scattered.
// --view shows the proxy in a table view set up as the window's (delegates, fixed row height, 1600x900),
//   so the stall includes the view's work for each batch and its repaints (QT_QPA_PLATFORM as usual).

#include "elidedelegate.h"
#include "endpointfilterproxy.h"
#include "endpointtablemodel.h"
#include "healthbadgedelegate.h"
#include "net/apiclient.h"
#include "procstatus.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "session/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string_view>

namespace {

// Bytes in use on the heap, all arenas, mmapped blocks included.
qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks) + qint64(m.hblkhd);
}

double mib(qint64 bytes)
{
    return bytes / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    int perProvider = 20000;
    bool sameThread = false;
    bool sortByUrl = false;
    bool withView = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--same-thread") == 0)
            sameThread = true;
        else if (qstrcmp(argv[i], "--sort-url") == 0)
            sortByUrl = true;
        else if (qstrcmp(argv[i], "--view") == 0)
            withView = true;
        else
            perProvider = std::atoi(argv[i]);
    }
    std::unique_ptr<QCoreApplication> app = withView ? std::make_unique<QApplication>(argc, argv)
                                                     : std::make_unique<QCoreApplication>(argc, argv);

    QElapsedTimer clock;
    clock.start();

    // The sandbox, as the demo starts it.
    std::unique_ptr<SandboxServer> sameThreadSandbox;
    std::unique_ptr<SandboxThread> sandboxThread;
    QUrl base;
    if (sameThread) {
        sameThreadSandbox = std::make_unique<SandboxServer>();
        for (ProviderId p : Providers::all())
            sameThreadSandbox->addSyntheticEndpoints(p, perProvider);
        if (!sameThreadSandbox->listen(0)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(sameThreadSandbox->errorString()));
            return 1;
        }
        base = sameThreadSandbox->baseUrl();
    } else {
        sandboxThread = std::make_unique<SandboxThread>();
        QString error;
        if (!sandboxThread->start(perProvider, &error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return 1;
        }
        base = sandboxThread->baseUrl();
    }
    const qint64 sandboxReadyNs = clock.nsecsElapsed();

    ApiClient client;
    Workspace workspace(&client, nullptr);
    for (ProviderId p : Providers::all()) {
        Account account(Providers::spec(p).displayName, p);
        account.baseUrl = base;
        workspace.setAccount(account, SandboxServer::tokenFor(p));
    }
    auto *model = new EndpointTableModel;
    auto *proxy = new EndpointFilterProxy;
    proxy->setSourceModel(model);
    if (sortByUrl)
        proxy->sort(EndpointTableModel::UrlColumn, Qt::AscendingOrder);
    else
        proxy->sort(EndpointTableModel::HealthColumn, Qt::DescendingOrder); // the window's default

    std::unique_ptr<QTableView> view;
    if (withView) {
        // As MainWindow sets up its table; what matters for speed is the same here.
        view = std::make_unique<QTableView>();
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(sortByUrl ? EndpointTableModel::UrlColumn : EndpointTableModel::HealthColumn,
                           sortByUrl ? Qt::AscendingOrder : Qt::DescendingOrder);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setShowGrid(false);
        view->setItemDelegateForColumn(EndpointTableModel::HealthColumn, new HealthBadgeDelegate(view.get()));
        auto *elideRight = new ElideRightDelegate(view.get());
        for (int column : {EndpointTableModel::UrlColumn, EndpointTableModel::EventsColumn,
                           EndpointTableModel::DescriptionColumn, EndpointTableModel::AccountColumn})
            view->setItemDelegateForColumn(column, elideRight);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(26); // MainWindow's RowHeight
        view->verticalHeader()->hide();
        view->resize(1600, 900);
        view->show();
    }

    qint64 firstRowsNs = -1;
    int firstRows = 0;
    int pending = int(Providers::all().size());
    bool failed = false;
    auto firstRowsSeen = [&] {
        if (firstRowsNs < 0 && proxy->rowCount() > 0) {
            firstRowsNs = clock.nsecsElapsed();
            firstRows = proxy->rowCount();
        }
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, firstRowsSeen);
    QObject::connect(model, &QAbstractItemModel::modelReset, firstRowsSeen);
    QObject::connect(
        &workspace, &Workspace::endpointsLoaded, model,
        [&](const QString &, const QList<Endpoint> &endpoints) { model->appendEndpoints(endpoints); });
    QObject::connect(&workspace, &Workspace::loadFinished, model,
                     [&](const QString &account, const QStringList &ids) {
                         model->removeVanished(account, ids);
                         if (--pending == 0)
                             app->quit();
                     });
    QObject::connect(&workspace, &Workspace::loadFailed, app.get(),
                     [&](const QString &account, const ApiError &e) {
                         std::fprintf(stderr, "%s: %s\n", qPrintable(account), qPrintable(e.toString()));
                         failed = true;
                         if (--pending == 0)
                             app->quit();
                     });

    // The longest time this thread went without running a 5 ms timer: what a user would feel.
    QElapsedTimer sinceTick;
    qint64 longestStallNs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStallNs = qMax(longestStallNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });

    const qint64 heapBeforeLoad = heapInUse();
    const long rssBeforeLoadKb = ProcStatus::kb("VmRSS:");
    workspace.refreshAll();
    sinceTick.start();
    ticker.start();
    app->exec();
    ticker.stop();
    const qint64 allRowsNs = clock.nsecsElapsed();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // finished ApiCalls

    const int rows = model->rowCount();
    const long rssAfterLoadKb = ProcStatus::kb("VmRSS:");
    const long peakKb = ProcStatus::kb("VmHWM:");
    const qint64 heapLoaded = heapInUse();

    // With the view: what a user waits for after each key in the filter box and each click on a
    // header, the proxy's work plus the repaint it causes (painted at once, not left to the event loop).
    double worstKeystrokeMs = 0;
    double worstClearMs = 0;
    double worstSortMs = 0;
    if (view) {
        const auto timed = [&](const std::function<void()> &step) {
            QElapsedTimer t;
            t.start();
            step();
            QCoreApplication::sendPostedEvents();
            view->doItemsLayout(); // what the view would do on its next turn: scroll bars, header
            view->viewport()->repaint();
            return t.nsecsElapsed() / 1e6;
        };
        for (const char *word : {"hooks-42", "synthetic", "example.com/7"}) {
            QString typed;
            for (const char c : std::string_view(word)) {
                typed += QLatin1Char(c);
                worstKeystrokeMs = std::max(worstKeystrokeMs, timed([&] { proxy->setFilterText(typed); }));
            }
            while (!typed.isEmpty()) { // deleting it again, key by key
                typed.chop(1);
                worstKeystrokeMs = std::max(worstKeystrokeMs, timed([&] { proxy->setFilterText(typed); }));
            }
            // The whole word at once (pasted), then cleared at once: every row comes back.
            timed([&] { proxy->setFilterText(QLatin1String(word)); });
            worstClearMs = std::max(worstClearMs, timed([&] { proxy->setFilterText(QString()); }));
        }
        for (int column = 0; column < EndpointTableModel::ColumnCount; ++column)
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                worstSortMs = std::max(worstSortMs, timed([&] { view->sortByColumn(column, order); }));
    }
    view.reset();
    delete proxy;
    delete model;
    const qint64 heapWithoutClientRows = heapInUse();
    const qint64 clientBytes = heapLoaded - heapWithoutClientRows;
    sameThreadSandbox.reset();
    sandboxThread.reset();
    const qint64 sandboxBytes = heapWithoutClientRows - heapInUse();

    std::printf("endpoints                   %d (%d per provider, plus the seed)%s\n", rows, perProvider,
                sameThread ? "  [sandbox on the GUI thread]" : "  [sandbox on its own thread]");
    std::printf("sorted by                   %s%s\n", sortByUrl ? "URL" : "health (the window's default)",
                withView ? ", shown in a table view" : "");
    std::printf("sandbox ready               %8.1f ms\n", sandboxReadyNs / 1e6);
    std::printf("first rows                  %8.1f ms   (%d rows)\n", firstRowsNs / 1e6, firstRows);
    std::printf("all rows                    %8.1f ms\n", allRowsNs / 1e6);
    std::printf("longest GUI-thread stall    %8.1f ms\n", longestStallNs / 1e6);
    if (withView) {
        std::printf(
            "worst filter keystroke      %8.1f ms   (typing and deleting 3 words, filter + repaint)\n",
            worstKeystrokeMs);
        std::printf("clearing the filter         %8.1f ms   (from a pasted word, every row back)\n",
                    worstClearMs);
        std::printf("worst sort, any column      %8.1f ms   (both orders, sort + repaint)\n", worstSortMs);
    }
    std::printf("peak RSS (VmHWM)            %8.1f MiB\n", peakKb / 1024.0);
    std::printf("RSS growth during the load  %8.1f MiB   (%.0f bytes per endpoint, sandbox included)\n",
                (rssAfterLoadKb - rssBeforeLoadKb) / 1024.0,
                double(rssAfterLoadKb - rssBeforeLoadKb) * 1024.0 / qMax(1, rows));
    std::printf("client heap (model + proxy) %8.1f MiB   (%.0f bytes per endpoint)\n", mib(clientBytes),
                double(clientBytes) / qMax(1, rows));
    std::printf("sandbox heap at the end     %8.1f MiB   (%.0f bytes per endpoint)\n", mib(sandboxBytes),
                double(sandboxBytes) / qMax(1, rows));
    std::printf("heap before the load        %8.1f MiB\n", mib(heapBeforeLoad));
    return failed || rows == 0 ? 1 : 0;
}
