#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <optional>

// Turns what came back (or did not) into a typed ApiError. Reply bodies are untrusted: any shape
// is read defensively, and messages are cut to a sane length.
namespace ErrorMapping {
ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader);
// A Retry-After header (RFC 9110: delay-seconds or an HTTP-date, counted from `now`), capped at a
// day; a date in the past is 0; nullopt when absent, negative or unreadable.
std::optional<int> retryAfterSeconds(const QByteArray &header,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &errorString, bool timedOut);
} // namespace ErrorMapping
