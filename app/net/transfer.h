#pragma once

#include "core/apierror.h"
#include "net/preparedrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// One HTTP request and its reply under the trust rules, from connect to last byte:
// - a deadline for the whole exchange (like curl --max-time), not an idle timeout: a server that
//   drips a byte a second cannot keep it open past the deadline;
// - the reply cap enforced while streaming, over a small read buffer: memory stays bounded whatever
//   the server sends (an endless chunked body, a decompression bomb);
// - a read follows same-origin redirects, a few hops at most; a write follows none;
// - TLS errors are never ignored; a reply cut short or broken after its status line is an error of
//   its own, never success.
// Emits finished() once; then every accessor holds the outcome.
class Transfer : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRedirects = 5;
    static constexpr qint64 readBufferBytes = 64 * 1024;

    Transfer(QNetworkAccessManager *nam, const PreparedRequest &request, int deadlineMs, qint64 maxReplyBytes,
             QObject *parent);
    ~Transfer() override;

    void cancel(); // finishes with ApiError::Kind::Cancelled

    bool isFinished() const { return m_finished; }
    int httpStatus() const { return m_status; }       // of the last reply, 0 when none
    const QByteArray &body() const { return m_body; } // empty unless it was read whole
    const HeaderList &responseHeaders() const { return m_headers; }
    const ApiError &error() const { return m_error; } // Kind::None: a complete reply (any status)
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }

signals:
    void finished();

private:
    void readAvailable();
    void onFinished();
    ApiError outcome() const;
    ApiError brokenReply(const QString &cause) const;
    QString locationText() const;

    QPointer<QNetworkReply> m_reply;
    QByteArray m_method;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    int m_deadlineMs;
    qint64 m_maxBytes;
    qint64 m_received = 0; // body bytes read (after decompression)
    QByteArray m_body;
    HeaderList m_headers;
    QStringList m_tlsErrors;
    int m_status = 0;
    ApiError m_error;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
