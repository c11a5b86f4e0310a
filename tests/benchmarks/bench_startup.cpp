// Start to a populated, painted window: `patchbay --demo --screenshot FILE` (embedded sandbox, five accounts
// loaded over HTTP, a row selected, the window rendered into FILE) against bench_bare_window (a 50-row
// QTableWidget rendered into FILE). Runs each RUNS times in alternating order after one warm-up run and
// prints the medians and their ratio. Uses the caller's platform: run it under `xvfb-run -a`, or with
// QT_QPA_PLATFORM=offscreen.
//   ./build/tests/benchmarks/bench_startup [runs=20]
// A benchmark, not a test: state the machine's load (`uptime`) with its figures.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Wall time of one run in ms; exits the benchmark if the run fails (a failing run measures nothing).
double timeRun(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d)\n", qPrintable(program), process.exitCode());
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

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

    timeRun(patchbay, demoArgs, env); // warm-up: page cache, fonts
    timeRun(bare, {picture}, env);
    std::vector<double> app_, bare_;
    for (int i = 0; i < runs; ++i) {
        if (i % 2) {
            app_.push_back(timeRun(patchbay, demoArgs, env));
            bare_.push_back(timeRun(bare, {picture}, env));
        } else {
            bare_.push_back(timeRun(bare, {picture}, env));
            app_.push_back(timeRun(patchbay, demoArgs, env));
        }
    }
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
