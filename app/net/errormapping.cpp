#include "net/errormapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {

constexpr int maxMessageLength = 500;

QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorMapping", text);
}

QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) { // NestJS and FastAPI send lists of messages
        QStringList parts;
        for (const QJsonValue &item : v.toArray())
            parts << (item.isObject() ? item.toObject().value(QLatin1String("msg")).toString()
                                      : textOf(item));
        parts.removeAll(QString());
        return parts.join(QLatin1String("; "));
    }
    return {};
}

// "Bad Request" → "BAD_REQUEST"; a code already in that form stays as it is.
QString asCode(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("^[A-Za-z][A-Za-z _-]{0,40}$"));
    if (!words.match(text).hasMatch())
        return {};
    QString code = text.toUpper();
    code.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return code;
}

} // namespace

namespace ErrorMapping {

ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ApiError error;
    error.httpStatus = status;
    error.kind = status >= 500 ? ApiError::Kind::Server : ApiError::Kind::Refused;

    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue errorValue = o.value(QLatin1String("error"));
    if (errorValue.isObject()) { // {"error": {"code", "message"}}
        const QJsonObject inner = errorValue.toObject();
        error.providerCode = inner.value(QLatin1String("code")).toString();
        error.message = textOf(inner.value(QLatin1String("message")));
    } else {
        error.providerCode = o.value(QLatin1String("code")).toString();
        error.message = textOf(o.value(QLatin1String("message")));
        if (error.message.isEmpty())
            error.message = textOf(o.value(QLatin1String("detail")));
        if (errorValue.isString()) {
            if (error.providerCode.isEmpty())
                error.providerCode = asCode(errorValue.toString());
            if (error.message.isEmpty())
                error.message = errorValue.toString();
        }
    }
    if (error.message.isEmpty() && o.isEmpty() && !body.isEmpty())
        error.message = tr("the reply body is not JSON");
    error.message = error.message.left(maxMessageLength);
    error.providerCode = error.providerCode.left(64);

    if (const std::optional<int> seconds = retryAfterSeconds(retryAfterHeader))
        error.retryAfterSeconds = *seconds;
    if (status == 429 && error.message.isEmpty())
        error.message = tr("rate limited");
    return error;
}

std::optional<int> retryAfterSeconds(const QByteArray &header, const QDateTime &now)
{
    constexpr qint64 maxSeconds = 24 * 3600; // a hostile server must not silence an account for long
    const QByteArray value = header.trimmed();
    if (value.isEmpty() || value.size() > 64)
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(qMin(seconds, maxSeconds)));
    // HTTP-date: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form servers send today.
    const QString text = QString::fromLatin1(value);
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid())
        at.setTimeSpec(Qt::UTC); // the wall time read is GMT's
    else
        at = QDateTime::fromString(text, Qt::RFC2822Date); // with a numeric zone: "... +0000"
    if (!at.isValid())
        return std::nullopt;
    // Rounded up: "not before" that second, so a wait never ends before the date (secsTo() truncates).
    const qint64 ms = now.msecsTo(at);
    return int(qBound<qint64>(0, ms > 0 ? (ms + 999) / 1000 : 0, maxSeconds));
}

ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &errorString, bool timedOut)
{
    ApiError error;
    error.message = errorString;
    switch (code) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        error.kind = timedOut || code == QNetworkReply::TimeoutError ? ApiError::Kind::Timeout
                                                                     : ApiError::Kind::Cancelled;
        if (error.kind == ApiError::Kind::Timeout)
            error.message = tr("no complete reply in time");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        error.kind = ApiError::Kind::Insecure;
        error.message = tr("redirect refused: %1").arg(errorString);
        break;
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }
    return error;
}

} // namespace ErrorMapping
