#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A misbehaviour the sandbox plays on provider routes (never on /_sandbox/ control routes).
struct SandboxFault
{
    enum class Kind
    {
        Delay,         // wait delayMs (asynchronously), then answer normally
        ServerError,   // answer `status` (5xx by default) with a provider-shaped JSON error
        RateLimit,     // answer 429 with Retry-After: retryAfterSeconds
        BrokenJson,    // handle normally, then answer 200 with the body cut in half
        DropConnection // close the TCP connection without a reply. QNetworkAccessManager resends a
                       // request once when that happens, so a client sees the error only from 2 drops on.
    };
    Kind kind = Kind::ServerError;
    QString pathContains; // empty = any
    QByteArray method;    // empty = any
    int remaining = 1;    // -1 = forever
    int delayMs = 0;
    int status = 500;
    int retryAfterSeconds = 1;

    bool matches(const QByteArray &requestMethod, const QString &path) const;

    // The control API's JSON form: {kind, path, method, remaining, delayMs, status, retryAfter}.
    static bool fromJson(const QJsonObject &json, SandboxFault *out, QString *error);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    static bool isSendableStatus(int status);
};

// The faults in the order they were added. take() returns the first one matching a request and
// uses one of its `remaining` turns, forgetting it when none are left.
class SandboxFaultList
{
public:
    void add(const SandboxFault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    std::optional<SandboxFault> take(const QByteArray &method, const QString &path);

private:
    QList<SandboxFault> m_faults;
};
