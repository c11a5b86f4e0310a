// Start to a populated, painted window: `patchbay --demo --screenshot FILE` (embedded sandbox, five accounts
// loaded over HTTP, a row selected, the window rendered into FILE) against bench_bare_window (a 50-row
// QTableWidget rendered into FILE). Runs each RUNS times in alternating order after one warm-up run and
// prints the medians and their ratio. Uses the caller's platform: run it under `xvfb-run -a`, or with
// QT_QPA_PLATFORM=offscreen.
//   ./build/tests/benchmarks/bench_startup [runs=20]
// A benchmark, not a test: state the machine's load (`uptime`) with its figures.

#include "processtiming.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace ProcessTiming;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 20;
    QTemporaryDir scratch; // HOME for the demo, and the pictures
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), scratch.path());
    const QString picture = scratch.filePath(QStringLiteral("shot.png"));
    const QString patchbay = QStringLiteral(PATCHBAY_WINDOW_BINARY);
    const QString bare = QStringLiteral(PATCHBAY_BARE_WINDOW_BINARY);
    const QStringList demoArgs{QStringLiteral("--demo"), QStringLiteral("--screenshot"), picture};

    const Pairs timed = alternate(
        runs, [&] { return timeRun(patchbay, demoArgs, env, Stderr::Discard, 60000); },
        [&] { return timeRun(bare, {picture}, env, Stderr::Discard, 60000); });
    const std::vector<double> &app_ = timed.first, &bare_ = timed.second;
    const double a = median(app_), b = median(bare_);
    std::printf("runs                      %d each, platform %s\n", runs,
                qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(default)"))));
    std::printf("patchbay --demo --screenshot  median %.0f ms (min %.0f)\n", a,
                *std::min_element(app_.begin(), app_.end()));
    std::printf("bare 50-row table window      median %.0f ms (min %.0f)\n", b,
                *std::min_element(bare_.begin(), bare_.end()));
    std::printf("ratio                         %.2fx\n", a / b);
    return 0;
}
