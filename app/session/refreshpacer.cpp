#include "session/refreshpacer.h"

#include <QtGlobal>

void RefreshPacer::started(const QString &account, qint64 now)
{
    m_states[account].lastStart = now;
}

void RefreshPacer::succeeded(const QString &account)
{
    State &state = m_states[account];
    state.failures = 0;
    state.notBefore = 0;
}

void RefreshPacer::failed(const QString &account, qint64 now, int retryAfterSeconds)
{
    State &state = m_states[account];
    state.failures = qMin(state.failures + 1, 62); // the backoff is capped long before
    if (retryAfterSeconds >= 0)                    // capped again: the error may come from anywhere
        state.notBefore =
            qMax(state.notBefore, now + qMin(qint64(retryAfterSeconds) * 1000, MaxRetryAfterMs));
}

qint64 RefreshPacer::earliest(const QString &account, qint64 intervalMs) const
{
    const auto it = m_states.constFind(account);
    if (it == m_states.cend())
        return 0;
    const State &state = *it;
    if (state.lastStart < 0)
        return state.notBefore;
    intervalMs = qMax<qint64>(1, intervalMs);
    // An interval longer than the cap is still the minimum; doubling stops at the cap.
    const qint64 cap = qMax(intervalMs, MaxBackoffMs);
    qint64 wait = intervalMs;
    for (int i = 0; i < state.failures && wait < cap; ++i)
        wait *= 2;
    return qMax(state.lastStart + qMin(wait, cap), state.notBefore);
}

qint64 RefreshPacer::staggerMs(int index, int count, qint64 intervalMs)
{
    if (count <= 1 || index <= 0)
        return 0;
    const qint64 spread = qMin(qMax<qint64>(0, intervalMs) / 4, MaxStaggerMs);
    return spread * qMin(index, count - 1) / count;
}
