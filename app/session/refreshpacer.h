#pragma once

#include <QHash>
#include <QString>

// When an account may be refreshed automatically, so that Patchbay stays a polite client: never
// more often than the interval (counted from the last refresh, a manual one too), later after
// errors (interval × 2^failures, at most an hour, back to the interval after a success) and never
// before the end of a 429's Retry-After (at most a day). Times are milliseconds on the caller's
// monotonic clock, passed in, so the rules are testable without waiting.
class RefreshPacer
{
public:
    static constexpr qint64 MaxBackoffMs = 3600 * 1000;
    static constexpr qint64 MaxRetryAfterMs = 24 * 3600 * 1000;
    static constexpr qint64 MaxStaggerMs = 10 * 1000;

    void started(const QString &account, qint64 now);
    void succeeded(const QString &account);
    // `retryAfterSeconds` < 0: the server named no time.
    void failed(const QString &account, qint64 now, int retryAfterSeconds);
    void forget(const QString &account) { m_states.remove(account); }

    // The earliest time the account may be refreshed automatically again (`now` or earlier when it may
    // go at once). Changing the interval counts from the last refresh, whatever the old interval was.
    qint64 earliest(const QString &account, qint64 intervalMs) const;
    int failures(const QString &account) const { return m_states.value(account).failures; }

    // Where the index-th of `count` accounts starts within a round: spread evenly over the first
    // min(interval / 4, MaxStaggerMs), so the accounts do not all go out at the same instant.
    static qint64 staggerMs(int index, int count, qint64 intervalMs);

private:
    struct State
    {
        qint64 lastStart = -1; // -1: never refreshed
        int failures = 0;
        qint64 notBefore = 0; // Retry-After's end
    };
    QHash<QString, State> m_states;
};
