#pragma once

#include "net/preparedrequest.h"

#include <QDateTime>

// One request/response pair as the request inspector shows it: tokens and secrets already redacted.
struct Exchange
{
    quint64 sequence = 0;
    QString account;
    QDateTime startedAt;
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders; // redacted
    QByteArray requestBody;    // redacted
    QString curl;              // token as $PATCHBAY_TOKEN
    int httpStatus = 0;        // 0: no HTTP reply
    HeaderList responseHeaders;
    QByteArray responseBody;
    qint64 durationMs = 0;
    QString error; // empty on success
};
