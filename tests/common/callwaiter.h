#pragma once

#include "net/apiclient.h"

#include <QSignalSpy>
#include <QTest>

// Runs one ApiCall to completion and keeps a copy of its results (the call deletes itself).
struct CallResult
{
    ApiError error;
    QList<Endpoint> endpoints;
    Endpoint endpoint;
    int progressSignals = 0;
};

inline CallResult waitFor(ApiCall *call, int timeoutMs = 15000)
{
    CallResult result;
    bool done = false;
    QObject::connect(call, &ApiCall::progress, call, [&result](int) { ++result.progressSignals; });
    QObject::connect(call, &ApiCall::finished, call, [&] {
        result.error = call->error();
        result.endpoints = call->endpoints();
        result.endpoint = call->endpoint();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        result.error = ApiError{ApiError::Kind::Timeout, 0, QStringLiteral("TEST"),
                                QStringLiteral("the call never finished"), -1};
    return result;
}
