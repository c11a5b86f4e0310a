#pragma once

#include "core/apierror.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QTimer;

// Runs many independent jobs (each a request or a few, e.g. re-read then update one endpoint) a
// bounded number at a time per lane (a provider), the way a polite client talks to a rate-limited
// API. Shared by the window's bulk changes (BulkOperation) and `patchbay-cli endpoints update ID...`.
//
// A job that ends with 429 or 503 carrying Retry-After pauses its lane until then and is run again
// from its start (at most MaxAttempts times); the jobs already in flight finish, the lane's other
// jobs wait with it, and other lanes go on. After a pause the lane sends one job alone until one
// succeeds, so a provider that just said "slow down" does not get the whole burst again. A wait
// longer than MaxWaitSeconds is not slept: the job fails with the provider's answer. A 429 or 503
// without Retry-After is the job's failure (the server did not say when; guessing could hammer it).
// A job told to wait at each of its MaxAttempts runs ends its lane: the lane's jobs not started yet
// end unsent (attempts() 0), so a provider that always answers 429 costs a few waits, not a few per job.
class BoundedRunner : public QObject
{
    Q_OBJECT
public:
    // At most this many jobs of one lane in flight. QNetworkAccessManager opens at most 6
    // connections per host and queues the rest, where their deadline already runs; 4 leaves two for
    // the window's own reads of the same provider (refresh, detail pane), stays polite to rate
    // limits, and still overlaps most of each request's latency.
    static constexpr int DefaultPerLane = 4;
    // Runs of one job, the first included: a provider that keeps answering 429 fails the job.
    static constexpr int MaxAttempts = 4;
    // A Retry-After beyond this is no wait a person at a terminal or dialog sits through.
    static constexpr int MaxWaitSeconds = 300;

    // Called exactly once per run of a job, with its outcome (Kind::None: success).
    using Done = std::function<void(const ApiError &error)>;
    // Starts one run of a job; may call done at once or later from the event loop. A job run again
    // after a Retry-After must redo its work from the beginning (re-read, re-diff).
    using Job = std::function<void(const Done &done)>;

    explicit BoundedRunner(QObject *parent = nullptr);
    ~BoundedRunner() override;

    void setPerLane(int jobs) { m_perLane = qMax(1, jobs); }
    int perLane() const { return m_perLane; }
    // Adds a job before start(); returns its index (in the order added).
    int add(const QString &lane, Job job);
    void start(); // finished() comes from the event loop, also when there is nothing to run
    // No job starts any more. Jobs waiting for a retry finish with the answer that made them wait;
    // jobs in flight finish; then finished().
    void cancel();

    int count() const { return int(m_jobs.size()); }
    int finishedCount() const { return m_finished; }
    bool isFinished(int index) const { return m_jobs.at(index).finished; }
    const ApiError &error(int index) const { return m_jobs.at(index).error; } // its last run's
    int attempts(int index) const { return m_jobs.at(index).attempts; }
    bool isCancelled() const { return m_cancelled; }
    int inFlight() const { return m_inFlight; }

    // Whether an error asks for a later retry, and after how many seconds (-1: it does not).
    static int retryDelaySeconds(const ApiError &error);

signals:
    void jobStarted(int index, int attempt); // attempt: 1 for the first run
    // The job's lane waits `seconds` (the provider's Retry-After) before running it again.
    void jobWaiting(int index, int seconds);
    void jobFinished(int index);
    void finished();

private:
    struct Entry
    {
        QString lane;
        Job job;
        ApiError error;
        int attempts = 0;
        bool running = false;
        bool finished = false;
        bool waiting = false; // for a retry
        bool probe = false;   // started while its lane was probing after a pause
        int run = 0;          // which run a done() belongs to: a second call of one is ignored
    };
    struct Lane
    {
        QList<int> queue; // not started yet; retries go first
        int running = 0;
        QDeadlineTimer pausedUntil{0}; // expired: not paused
        bool probing = false;          // after a pause: one at a time until one succeeds
        QTimer *timer = nullptr;       // wakes the lane when its pause ends
    };

    void pump();
    void pumpLane(const QString &name);
    void run(int index);
    void onDone(int index, int run, const ApiError &error);
    void finishJob(int index);
    // The lane's jobs not running end without being run (error: `answer`, marked unsent).
    void giveUpLane(const QString &name, const ApiError &answer);
    void checkFinished();

    QList<Entry> m_jobs;
    QHash<QString, Lane> m_lanes;
    QStringList m_laneOrder; // lanes in the order their first job was added: a stable start order
    int m_perLane = DefaultPerLane;
    int m_inFlight = 0;
    int m_finished = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finishedSent = false;
};
