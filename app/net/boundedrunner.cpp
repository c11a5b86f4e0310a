#include "net/boundedrunner.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

BoundedRunner::BoundedRunner(QObject *parent) : QObject(parent) {}

BoundedRunner::~BoundedRunner() = default;

int BoundedRunner::add(const QString &lane, Job job)
{
    const int index = int(m_jobs.size());
    Entry entry;
    entry.lane = lane;
    entry.job = std::move(job);
    m_jobs.append(entry);
    if (!m_lanes.contains(lane)) {
        Lane fresh;
        fresh.timer = new QTimer(this);
        fresh.timer->setSingleShot(true);
        fresh.timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
        connect(fresh.timer, &QTimer::timeout, this, &BoundedRunner::pump);
        m_lanes.insert(lane, fresh);
        m_laneOrder << lane;
    }
    m_lanes[lane].queue << index;
    if (m_started)
        pump();
    return index;
}

int BoundedRunner::retryDelaySeconds(const ApiError &error)
{
    if ((error.httpStatus == 429 || error.httpStatus == 503) && error.retryAfterSeconds >= 0)
        return error.retryAfterSeconds;
    return -1;
}

void BoundedRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    pump(); // the first jobs start now: a cancel() right after start() still lets them finish
}

void BoundedRunner::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    for (const QString &name : std::as_const(m_laneOrder)) {
        Lane &lane = m_lanes[name];
        lane.timer->stop();
        const QList<int> queued = lane.queue;
        lane.queue.clear();
        for (int index : queued) {
            if (m_jobs.at(index).waiting) // it was answered: that answer is its result
                finishJob(index);
        }
    }
    checkFinished();
}

void BoundedRunner::pump()
{
    if (!m_started)
        return;
    if (!m_cancelled) {
        for (const QString &name : std::as_const(m_laneOrder))
            pumpLane(name);
    }
    checkFinished();
}

void BoundedRunner::pumpLane(const QString &name)
{
    Lane &lane = m_lanes[name];
    if (lane.queue.isEmpty())
        return;
    if (!lane.pausedUntil.hasExpired()) { // woken early, or another job finished meanwhile
        lane.timer->start(int(qMax<qint64>(1, lane.pausedUntil.remainingTime())));
        return;
    }
    const int limit = lane.probing ? 1 : m_perLane;
    while (m_lanes[name].running < limit && !m_lanes[name].queue.isEmpty())
        run(m_lanes[name].queue.takeFirst());
}

void BoundedRunner::run(int index)
{
    Entry &entry = m_jobs[index];
    Lane &lane = m_lanes[entry.lane];
    entry.running = true;
    entry.waiting = false;
    entry.probe = lane.probing;
    ++entry.attempts;
    const int run = ++entry.run;
    ++lane.running;
    ++m_inFlight;
    const Job job = entry.job; // the job may add() others: m_jobs can move
    emit jobStarted(index, m_jobs.at(index).attempts);
    // Always handled from the event loop: a job that is done at once must not re-enter pump().
    const QPointer<BoundedRunner> self(this);
    job([self, index, run](const ApiError &error) {
        if (self)
            QMetaObject::invokeMethod(
                self, [self, index, run, error] { self->onDone(index, run, error); }, Qt::QueuedConnection);
    });
}

void BoundedRunner::onDone(int index, int run, const ApiError &error)
{
    Entry &entry = m_jobs[index];
    if (!entry.running || entry.run != run)
        return; // a second call of one run's done()
    entry.running = false;
    entry.error = error;
    Lane &lane = m_lanes[entry.lane];
    --lane.running;
    --m_inFlight;
    const int wait = retryDelaySeconds(error);
    if (wait >= 0 && wait <= MaxWaitSeconds && entry.attempts < MaxAttempts && !m_cancelled) {
        const QDeadlineTimer until(qint64(wait) * 1000, Qt::PreciseTimer);
        if (lane.pausedUntil.hasExpired() || lane.pausedUntil < until)
            lane.pausedUntil = until;
        lane.probing = true;
        entry.waiting = true;
        // Retries keep the order the jobs were added in, ahead of the jobs never started.
        lane.queue.insert(std::lower_bound(lane.queue.begin(), lane.queue.end(), index), index);
        emit jobWaiting(index, wait);
    } else {
        if (!error.isError() && entry.probe)
            lane.probing = false;
        // Every run of this job was told to wait: the provider keeps refusing, and would say so to
        // the lane's other jobs too. They end now, unsent, instead of each sitting through the same
        // waits (thousands of IDs against a provider that answers 429 forever took days).
        const bool refusedThroughout = wait >= 0 && wait <= MaxWaitSeconds && entry.attempts >= MaxAttempts;
        const QString laneName = entry.lane; // finishJob() runs user code: no reference survives it
        finishJob(index);
        if (refusedThroughout && !m_cancelled)
            giveUpLane(laneName, error);
    }
    pump();
}

void BoundedRunner::giveUpLane(const QString &name, const ApiError &answer)
{
    ApiError unsent = answer; // its kind, so the caller's exit code is the provider's refusal
    unsent.httpStatus = 0;
    unsent.providerCode.clear();
    unsent.retryAfterSeconds = -1;
    unsent.message = tr("not sent: the provider kept asking to wait (%1)").arg(answer.toString());
    m_lanes[name].timer->stop();
    const QList<int> queued = m_lanes[name].queue;
    m_lanes[name].queue.clear();
    for (int index : queued) {
        if (!m_jobs.at(index).waiting) // a job waiting for a retry keeps the answer it got
            m_jobs[index].error = unsent;
        finishJob(index);
    }
}

void BoundedRunner::finishJob(int index)
{
    m_jobs[index].waiting = false;
    m_jobs[index].finished = true;
    ++m_finished;
    emit jobFinished(index);
}

void BoundedRunner::checkFinished()
{
    if (m_finishedSent || !m_started || m_inFlight > 0)
        return;
    if (!m_cancelled) {
        for (const Lane &lane : std::as_const(m_lanes)) {
            if (!lane.queue.isEmpty())
                return;
        }
    }
    m_finishedSent = true;
    // From the event loop: whoever gets it may delete the runner.
    QMetaObject::invokeMethod(this, &BoundedRunner::finished, Qt::QueuedConnection);
}
