#include "secrets/localwait.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <memory>

bool LocalWait::run(const std::function<void(std::function<void()> finish)> &start, int timeoutMs)
{
    // Shared, so a reply arriving after a timeout writes into live memory, not a dead stack frame.
    auto finished = std::make_shared<bool>(false);
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    start([finished, guard] {
        *finished = true;
        if (guard)
            guard->quit();
    });
    if (!*finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return *finished;
}
