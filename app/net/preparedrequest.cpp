#include "net/preparedrequest.h"

#include "diff/updaterequest.h"
#include "net/connection.h"
#include "providers/providerspec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QUrl endpointUrl(const Connection &connection, const QString &path)
{
    QUrl url = connection.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // The item path is already percent-encoded (the ID is untrusted), so set it as encoded.
    url.setPath(basePath + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

PreparedRequest baseRequest(const Connection &connection, const QByteArray &method, const QString &path)
{
    const ProviderSpec &spec = Providers::spec(connection.provider);
    PreparedRequest request;
    request.method = method;
    request.url = endpointUrl(connection, path);
    request.setHeader("Accept", "application/json");
    request.setHeader(spec.authHeader, spec.authPrefix + connection.token.toUtf8(), true);
    request.setSecretBodyKey(spec.secretKey);
    return request;
}

} // namespace

void PreparedRequest::setHeader(const QByteArray &name, const QByteArray &value, bool sensitive)
{
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    m_headers.append({name, value});
    if (sensitive) {
        m_sensitiveHeaders.append(name.toLower());
        // Keep the scheme word ("Bearer ") visible: it is part of what a developer checks.
        const int space = value.indexOf(' ');
        m_authPrefix = space > 0 ? value.left(space + 1) : QByteArray();
    }
}

HeaderList PreparedRequest::redactedHeaders() const
{
    HeaderList result;
    for (const auto &header : m_headers) {
        if (m_sensitiveHeaders.contains(header.first.toLower()))
            result.append({header.first, m_authPrefix + redactedText});
        else
            result.append(header);
    }
    return result;
}

QByteArray PreparedRequest::redactedBody() const
{
    if (body.isEmpty() || m_secretBodyKey.isEmpty())
        return body;
    QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue secret = object.value(m_secretBodyKey);
    // "" and null (remove) are not secrets and stay visible: the user must see a removal.
    const bool isSecret = (secret.isString() && !secret.toString().isEmpty()) || secret.isObject();
    if (!isSecret)
        return body;
    if (secret.isObject()) {
        QJsonObject masked = secret.toObject();
        for (auto it = masked.begin(); it != masked.end(); ++it)
            *it = QLatin1String(redactedText);
        object.insert(m_secretBodyKey, masked);
    } else {
        object.insert(m_secretBodyKey, QLatin1String(redactedText));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList PreparedRequest::secretValues() const
{
    if (body.isEmpty() || m_secretBodyKey.isEmpty())
        return {};
    const QJsonValue secret = QJsonDocument::fromJson(body).object().value(m_secretBodyKey);
    if (secret.isString())
        return {secret.toString()};
    QStringList values;
    const QJsonObject object = secret.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A name ("username", "headerName") is not secret; redacting it everywhere would blank out
        // ordinary words such as "Authorization".
        if (it.value().isString() && !it.key().contains(QLatin1String("name"), Qt::CaseInsensitive))
            values << it.value().toString();
    }
    return values;
}

QString PreparedRequest::toDisplayText() const
{
    QString text =
        QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    for (const auto &header : redactedHeaders())
        text += QString::fromLatin1(header.first) + QLatin1String(": ") + QString::fromUtf8(header.second) +
                QLatin1Char('\n');
    const QByteArray shownBody = redactedBody();
    if (!shownBody.isEmpty())
        text +=
            QLatin1Char('\n') +
            QString::fromUtf8(QJsonDocument::fromJson(shownBody).toJson(QJsonDocument::Indented)).trimmed() +
            QLatin1Char('\n');
    return text;
}

QString PreparedRequest::toCurl() const
{
    QStringList parts{QStringLiteral("curl -sS -X %1 %2")
                          .arg(QString::fromLatin1(method), shellQuote(url.toString(QUrl::FullyEncoded)))};
    for (const auto &header : m_headers) {
        const bool sensitive = m_sensitiveHeaders.contains(header.first.toLower());
        // Double quotes so the shell expands $PATCHBAY_TOKEN; the token itself never appears.
        const QString value =
            sensitive ? QStringLiteral("\"%1: %2$PATCHBAY_TOKEN\"")
                            .arg(QString::fromLatin1(header.first), QString::fromLatin1(m_authPrefix))
                      : shellQuote(QString::fromLatin1(header.first) + QLatin1String(": ") +
                                   QString::fromUtf8(header.second));
        parts << QStringLiteral("-H ") + value;
    }
    if (!body.isEmpty())
        parts << QStringLiteral("--data ") + shellQuote(QString::fromUtf8(redactedBody()));
    return parts.join(QLatin1String(" \\\n  "));
}

namespace RequestBuilder {

PreparedRequest forList(const Connection &connection, const QString &cursor)
{
    const ProviderSpec &spec = Providers::spec(connection.provider);
    PreparedRequest request = baseRequest(connection, "GET", spec.collectionPath);
    QUrlQuery query;
    query.addQueryItem(spec.paging.limitParam, QString::number(spec.paging.pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(spec.paging.cursorParam, cursor);
    request.url.setQuery(query);
    return request;
}

PreparedRequest forGet(const Connection &connection, const QString &endpointId)
{
    const ProviderSpec &spec = Providers::spec(connection.provider);
    return baseRequest(connection, "GET", spec.itemPathFor(endpointId));
}

PreparedRequest forUpdate(const Connection &connection, const QString &endpointId,
                          const UpdateRequest &update, const QString &idempotencyKey)
{
    const ProviderSpec &spec = Providers::spec(connection.provider);
    PreparedRequest request = baseRequest(connection, update.method, spec.itemPathFor(endpointId));
    request.setHeader("Content-Type", "application/json");
    if (!idempotencyKey.isEmpty())
        request.setHeader("Idempotency-Key", idempotencyKey.toLatin1());
    request.body = update.bodyBytes();
    return request;
}

} // namespace RequestBuilder
