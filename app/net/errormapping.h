#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QNetworkReply>

#include <optional>

// Turns what came back (or did not) into a typed ApiError. Reply bodies are untrusted: any shape
// is read defensively, and messages are cut to a sane length.
namespace ErrorMapping {
ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader);
// A Retry-After header in delay-seconds form, capped at a day; nullopt when absent or unreadable.
std::optional<int> retryAfterSeconds(const QByteArray &header);
ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &errorString, bool timedOut);
} // namespace ErrorMapping
