#include "sandbox/sandboxhttp.h"

#include <QJsonDocument>

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxReply SandboxReply::json(int status, const QJsonObject &object)
{
    SandboxReply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

SandboxReply SandboxReply::json(int status, const QJsonArray &array)
{
    SandboxReply r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}
