#include "core/apierror.h"

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("ApiError", "no error");
    case Kind::Validation:
        return QCoreApplication::translate("ApiError", "refused before sending");
    case Kind::Refused:
        return QCoreApplication::translate("ApiError", "the provider refused the request");
    case Kind::Server:
        return QCoreApplication::translate("ApiError", "the provider had a server error");
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "network failure");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError", "TLS failure");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "timed out");
    case Kind::BadReply:
        return QCoreApplication::translate("ApiError", "unreadable reply");
    case Kind::Insecure:
        return QCoreApplication::translate("ApiError", "insecure connection refused");
    case Kind::Conflict:
        return QCoreApplication::translate("ApiError", "changed by someone else meanwhile");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "cancelled");
    }
    return {};
}

QString ApiError::toString() const
{
    QString text;
    if (httpStatus > 0)
        text = QCoreApplication::translate("ApiError", "HTTP %1").arg(httpStatus);
    if (!providerCode.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + providerCode;
    if (text.isEmpty())
        text = kindName(kind);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (retryAfterSeconds >= 0)
        text += QCoreApplication::translate("ApiError", " (retry after %1 s)").arg(retryAfterSeconds);
    return text;
}
