#pragma once

#include "session/savejob.h"

#include <QTest>

// Runs one SaveJob to completion and keeps a copy of its results (the job deletes itself).
struct SaveResult
{
    ApiError error;
    Endpoint endpoint;
    Endpoint fresh;
    bool sent = false;
    QByteArray sentBody;
};

inline SaveResult waitFor(SaveJob *job, int timeoutMs = 15000)
{
    SaveResult result;
    bool done = false;
    QObject::connect(job, &SaveJob::finished, job, [&] {
        result.error = job->error();
        result.endpoint = job->endpoint();
        result.fresh = job->fresh();
        result.sent = job->wasSent();
        result.sentBody = job->request().body;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        result.error = ApiError{ApiError::Kind::Timeout, 0, QStringLiteral("TEST"),
                                QStringLiteral("the save never finished"), -1};
    return result;
}
