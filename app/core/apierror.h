#pragma once

#include <QCoreApplication>
#include <QString>

// A typed failure: what went wrong, with the HTTP status and the provider's code and message.
struct ApiError
{
    enum class Kind
    {
        None,
        Validation, // refused before sending: nothing was sent
        Refused,    // the provider answered 4xx
        Server,     // 5xx
        Network,    // connection refused, reset, DNS, dropped
        Tls,        // certificate or handshake failure: never ignored
        Timeout,
        BadReply, // unreadable, oversized or wrongly shaped reply
        Insecure, // http to a non-loopback host, or a redirect off origin
        Conflict, // changed on the server since it was loaded, in a field this change also changes
        Cancelled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString providerCode; // e.g. "IDEMPOTENCY_CONFLICT"
    QString message;      // the provider's message, or ours naming the cause
    int retryAfterSeconds = -1;

    bool isError() const { return kind != Kind::None; }
    QString toString() const; // one line for a person: "HTTP 409 IDEMPOTENCY_CONFLICT: …"
    static QString kindName(Kind kind);
};
