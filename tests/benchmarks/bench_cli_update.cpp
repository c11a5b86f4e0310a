// `patchbay-cli endpoints update` against the least a Qt program can do for the same change.
// Starts the sandbox in this process (on its own thread, real HTTP on 127.0.0.1), then runs, in
// alternating order, RUNS times each (after one warm-up run of each):
//   (a) patchbay-cli --provider layers --base-url URL endpoints update ID --description X
//   (b) bench_bare_update URL ID X  (one QNetworkAccessManager: GET, then PATCH)
// with X alternating so that every run really sends a PATCH, and prints the medians and their ratio.
//   ./build-rel/tests/benchmarks/bench_cli_update [runs=30] [patchbay-cli to time instead of this tree's]
// A benchmark, not a test: run it by hand on a quiet machine (state the load, see `uptime`).

#include "providers/providerid.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include "processtiming.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ProcessTiming;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 30;

    SandboxThread sandbox;
    QString error;
    if (!sandbox.start(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QString baseUrl = sandbox.baseUrl().toString(QUrl::StripTrailingSlash);
    const QString id = QString(SandboxSeed::Layers::active);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHBAY_TOKEN"), SandboxServer::tokenFor(ProviderId::Layers));

    const QString cli = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(PATCHBAY_CLI_BINARY);
    const QString bare = QStringLiteral(PATCHBAY_BARE_BINARY);
    int serial = 0;
    auto cliRun = [&] {
        const QString text = QStringLiteral("bench %1").arg(++serial);
        return timeRun(cli,
                       {QStringLiteral("--provider"), QStringLiteral("layers"), QStringLiteral("--base-url"),
                        baseUrl, QStringLiteral("endpoints"), QStringLiteral("update"), id,
                        QStringLiteral("--description"), text},
                       env, Stderr::Forward, 30000);
    };
    auto bareRun = [&] {
        return timeRun(bare, {baseUrl, id, QStringLiteral("bench %1").arg(++serial)}, env, Stderr::Forward,
                       30000);
    };

    const Pairs timed = alternate(runs, cliRun, bareRun);
    const std::vector<double> &cliMs = timed.first, &bareMs = timed.second;
    const double c = median(cliMs), b = median(bareMs);
    std::printf("runs                      %d each\n", runs);
    std::printf("patchbay-cli              %s\n", qPrintable(cli));
    std::printf("patchbay-cli update       median %.1f ms (min %.1f)\n", c,
                *std::min_element(cliMs.begin(), cliMs.end()));
    std::printf("bare QNAM GET + PATCH     median %.1f ms (min %.1f)\n", b,
                *std::min_element(bareMs.begin(), bareMs.end()));
    std::printf("ratio                     %.2fx\n", c / b);
    return 0;
}
