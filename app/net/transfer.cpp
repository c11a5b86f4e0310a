#include "net/transfer.h"

#include "net/errormapping.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

#include <algorithm>

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0);
}

// Qt also reports a 4xx/5xx as a NetworkError; such an error only repeats the status. Any other
// error that comes with a status (connection closed, decompression failed) broke the reply.
bool onlyRepeatsTheStatus(QNetworkReply::NetworkError code, int status)
{
    if (status < 400)
        return false;
    return (code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError) ||
           code == QNetworkReply::ProtocolInvalidOperationError ||
           code == QNetworkReply::ProxyAuthenticationRequiredError ||
           (code >= QNetworkReply::InternalServerError && code <= QNetworkReply::UnknownServerError);
}

} // namespace

Transfer::Transfer(QNetworkAccessManager *nam, const PreparedRequest &prepared, int deadlineMs,
                   qint64 maxReplyBytes, QObject *parent)
    : QObject(parent), m_method(prepared.method), m_deadlineMs(deadlineMs), m_maxBytes(maxReplyBytes)
{
    QNetworkRequest request(prepared.url);
    for (const auto &header : prepared.wireHeaders())
        request.setRawHeader(header.first, header.second);
    // Requests carry a token: a read may follow a redirect on the same origin only (same scheme, host
    // and port), a few hops at most; a write follows none, so a change is never re-sent elsewhere or
    // turned into a GET.
    const bool read = prepared.method == "GET";
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         read ? QNetworkRequest::SameOriginRedirectPolicy
                              : QNetworkRequest::ManualRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);

    m_elapsed.start();
    m_reply = read ? nam->get(request) : nam->sendCustomRequest(request, prepared.method, prepared.body);
    // Qt reads ahead only this much: the cap below is then checked before more arrives.
    m_reply->setReadBufferSize(readBufferBytes);

    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    // TLS errors are recorded for the message and never ignored: the handshake fails.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
    });

    // A deadline for the whole exchange, connect to last byte: not reset by arriving data.
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_deadline.start(qMax(0, deadlineMs));
}

Transfer::~Transfer()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Transfer::cancel()
{
    if (m_finished || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void Transfer::readAvailable()
{
    if (!m_reply || m_tooLarge || !m_reply->isOpen()) // closed once aborted
        return;
    for (;;) {
        // Never more than one byte past the cap: an endless body stops here, whatever its size.
        const qint64 room = m_maxBytes + 1 - m_received;
        // What is buffered, no more: read(64 KiB) allocates (and maps, then unmaps) 128 KiB per call.
        const QByteArray chunk = m_reply->read(std::min({readBufferBytes, room, m_reply->bytesAvailable()}));
        if (chunk.isEmpty())
            return;
        m_received += chunk.size();
        if (m_received > m_maxBytes) {
            m_tooLarge = true;
            m_body = QByteArray();
            m_reply->abort();
            return;
        }
        m_body += chunk;
    }
}

void Transfer::onFinished()
{
    if (m_finished || !m_reply)
        return;
    m_deadline.stop();
    readAvailable();
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = m_reply->rawHeaderPairs();
    m_error = outcome();
    if (m_error.isError())
        m_body = QByteArray();
    m_finished = true;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished();
}

ApiError Transfer::brokenReply(const QString &cause) const
{
    return {ApiError::Kind::BadReply, m_status, {}, cause, -1};
}

QString Transfer::locationText() const
{
    const QByteArray location = m_reply->rawHeader("Location");
    if (location.isEmpty())
        return tr("(no Location)");
    return m_reply->url().resolved(QUrl::fromEncoded(location)).toString().left(500);
}

ApiError Transfer::outcome() const
{
    const QNetworkReply::NetworkError code = m_reply->error();
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding");
    if (m_cancelled)
        return {ApiError::Kind::Cancelled, 0, {}, tr("cancelled by the user"), -1};
    if (m_timedOut)
        return {ApiError::Kind::Timeout,
                m_status,
                {},
                tr("no complete reply within %1 s (the limit covers the whole exchange, from connecting to "
                   "the last byte)")
                    .arg(QLocale().toString(m_deadlineMs / 1000.0, 'g', 3)),
                -1};
    if (m_tooLarge) {
        if (!encoding.isEmpty())
            return brokenReply(tr("the reply unpacks (Content-Encoding %1) to more than %2; not read")
                                   .arg(QString::fromLatin1(encoding.left(40)), sizeText(m_maxBytes)));
        return brokenReply(tr("the reply is larger than %1; not read").arg(sizeText(m_maxBytes)));
    }
    if (code == QNetworkReply::InsecureRedirectError)
        return {ApiError::Kind::Insecure,
                m_status,
                {},
                tr("the server redirected to another origin (%1); not followed: the request carries the "
                   "token")
                    .arg(locationText()),
                -1};
    if (code == QNetworkReply::TooManyRedirectsError)
        return brokenReply(tr("the server redirected more than %1 times (last to %2); stopped")
                               .arg(maxRedirects)
                               .arg(locationText()));
    // Qt drops Content-Length when it unpacks a compressed reply (it counted packed bytes).
    bool lengthKnown = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
    if (lengthKnown && m_received < length)
        return brokenReply(
            tr("the reply was cut off: %1 of the %2 bytes it announced arrived").arg(m_received).arg(length));
    if (code != QNetworkReply::NoError && m_status == 0) {
        ApiError error = ErrorMapping::fromNetwork(code, m_reply->errorString(), false);
        if (error.kind == ApiError::Kind::Tls && !m_tlsErrors.isEmpty())
            error.message = m_tlsErrors.join(QLatin1String("; "));
        return error;
    }
    if (code != QNetworkReply::NoError && !onlyRepeatsTheStatus(code, m_status)) {
        if (!encoding.isEmpty() &&
            (code == QNetworkReply::UnknownContentError || code == QNetworkReply::ProtocolFailure))
            return brokenReply(tr("the reply could not be unpacked within the limits (Content-Encoding %1); "
                                  "a decompression bomb?")
                                   .arg(QString::fromLatin1(encoding.left(40))));
        return brokenReply(tr("the reply broke off: %1").arg(m_reply->errorString()));
    }
    if (m_status >= 300 && m_status < 400) {
        if (m_method != "GET")
            return brokenReply(tr("the server answered the %1 with a redirect to %2. A change is never "
                                  "re-sent to another address, so it may not have been applied: refresh "
                                  "to see the endpoint as it is now.")
                                   .arg(QString::fromLatin1(m_method), locationText()));
        return brokenReply(
            tr("HTTP %1 is not a reply Patchbay can use (Location: %2)").arg(m_status).arg(locationText()));
    }
    if (m_status < 200)
        return brokenReply(tr("no usable HTTP reply (status %1)").arg(m_status));
    if (m_status >= 400)
        return ErrorMapping::fromHttp(m_status, m_body, m_reply->rawHeader("Retry-After"));
    return {};
}
