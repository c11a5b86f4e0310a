#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

struct Connection;
struct UpdateRequest;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request exactly as it goes on the wire, plus the safe ways to show it. Only wireHeaders() and
// body carry the token and secrets; everything meant for people goes through the redacted forms.
class PreparedRequest
{
public:
    QByteArray method;
    QUrl url;
    QByteArray body; // empty for GET

    const HeaderList &wireHeaders() const { return m_headers; }
    void setHeader(const QByteArray &name, const QByteArray &value, bool sensitive = false);

    HeaderList redactedHeaders() const; // sensitive values replaced by "<redacted>"
    QByteArray redactedBody() const;    // write-only secrets replaced by "<redacted>"
    QString toDisplayText() const;      // "PATCH https://…\nHeader: v\n\n{body}"
    QString toCurl() const;             // token as $PATCHBAY_TOKEN, secrets as $PATCHBAY_SECRET
    QStringList secretValues() const;   // the write-only values in body, for a Redactor
    void setSecretBodyKey(const QString &key) { m_secretBodyKey = key; }

    static constexpr const char *redactedText = "<redacted>";

private:
    HeaderList m_headers;
    QList<QByteArray> m_sensitiveHeaders;
    QString m_secretBodyKey;
    QByteArray m_authPrefix;
};

// Builds the requests for one connection; the same code serves the client, previews and dry runs.
namespace RequestBuilder {
PreparedRequest forList(const Connection &connection, const QString &cursor);
PreparedRequest forGet(const Connection &connection, const QString &endpointId);
// The ID must have passed EndpointIds::refusal(): it becomes exactly one path segment.
PreparedRequest forUpdate(const Connection &connection, const QString &endpointId,
                          const UpdateRequest &update, const QString &idempotencyKey);
} // namespace RequestBuilder
