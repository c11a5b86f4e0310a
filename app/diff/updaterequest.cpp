#include "diff/updaterequest.h"

#include <QJsonDocument>

QByteArray UpdateRequest::bodyBytes() const
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
