#include "exchangetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace ExchangeText {

QString prettyBody(const QByteArray &body, int maxBytes)
{
    if (body.isEmpty())
        return QCoreApplication::translate("ExchangeText", "(empty body)");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        if (text.size() <= maxBytes)
            return text;
    }
    if (body.size() <= maxBytes)
        return QString::fromUtf8(body);
    return QString::fromUtf8(body.left(maxBytes)) + QLatin1Char('\n') +
           QCoreApplication::translate("ExchangeText", "… %1 more bytes not shown")
               .arg(QLocale().toString(body.size() - maxBytes));
}

QString headersText(const HeaderList &headers)
{
    QStringList lines;
    lines.reserve(headers.size());
    for (const auto &header : headers)
        lines << QString::fromLatin1(header.first) + QLatin1String(": ") + QString::fromUtf8(header.second);
    return lines.join(QLatin1Char('\n'));
}

QString requestText(const Exchange &exchange)
{
    QString text = QString::fromLatin1(exchange.method) + QLatin1Char(' ') + exchange.url.toDisplayString();
    if (!exchange.requestHeaders.isEmpty())
        text += QLatin1Char('\n') + headersText(exchange.requestHeaders);
    // A GET has no body: saying so beats an empty pane that looks broken.
    text += QLatin1String("\n\n") + (exchange.requestBody.isEmpty() && exchange.method == "GET"
                                         ? QCoreApplication::translate("ExchangeText", "(no body)")
                                         : prettyBody(exchange.requestBody));
    return text;
}

QString responseText(const Exchange &exchange)
{
    if (exchange.httpStatus == 0)
        return QCoreApplication::translate("ExchangeText", "No HTTP reply after %1.\n\n%2")
            .arg(durationText(exchange.durationMs), exchange.error);
    QString text = QCoreApplication::translate("ExchangeText", "HTTP %1 after %2")
                       .arg(exchange.httpStatus)
                       .arg(durationText(exchange.durationMs));
    if (!exchange.error.isEmpty()) {
        // The error usually repeats the status ("HTTP 503: …"); show only what it adds.
        QString error = exchange.error;
        const QString prefix = QStringLiteral("HTTP %1: ").arg(exchange.httpStatus);
        if (error.startsWith(prefix))
            error.remove(0, prefix.size());
        text += QLatin1Char('\n') + error;
    }
    if (!exchange.responseHeaders.isEmpty())
        text += QLatin1String("\n\n") + headersText(exchange.responseHeaders);
    text += QLatin1String("\n\n") + prettyBody(exchange.responseBody);
    return text;
}

QString statusText(const Exchange &exchange)
{
    if (exchange.httpStatus > 0)
        return QString::number(exchange.httpStatus);
    return exchange.error.isEmpty() ? QCoreApplication::translate("ExchangeText", "no reply")
                                    : exchange.error;
}

QString durationText(qint64 ms)
{
    return QCoreApplication::translate("ExchangeText", "%1 ms").arg(QLocale().toString(ms));
}

} // namespace ExchangeText
