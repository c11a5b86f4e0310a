#pragma once

// What the benchmarks that time whole programs share: one timed run, alternating pairs of runs (so a
// change in the machine's load falls on both sides alike), and the median.

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

namespace ProcessTiming {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

enum class Stderr
{
    Forward,
    Discard
};

// Wall time of one run in ms; exits the benchmark if the run fails (a failing run measures nothing).
inline double timeRun(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                      Stderr stderrMode, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (stderrMode == Stderr::Forward)
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    else
        process.setStandardErrorFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d): %s\n", qPrintable(program), process.exitCode(),
                     qPrintable(process.errorString()));
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Pairs
{
    std::vector<double> first, second; // ms per run
};

// One warm-up run of each (page cache, fonts), then `runs` of each in alternating order.
inline Pairs alternate(int runs, const std::function<double()> &first, const std::function<double()> &second)
{
    first();
    second();
    Pairs result;
    for (int i = 0; i < runs; ++i) {
        if (i % 2) {
            result.first.push_back(first());
            result.second.push_back(second());
        } else {
            result.second.push_back(second());
            result.first.push_back(first());
        }
    }
    return result;
}

} // namespace ProcessTiming
