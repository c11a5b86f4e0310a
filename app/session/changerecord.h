#pragma once

#include "providers/providerid.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One change the console sent, as the change journal keeps it: never a token or a secret
// (the body is the redacted one).
struct ChangeRecord
{
    QDateTime at;
    QString account;
    ProviderId provider = ProviderId::OpenTrain;
    QString endpointId;
    QString endpointUrl;
    QByteArray method;
    QString requestUrl;
    QByteArray body; // redacted
    // The endpoint as the server had it just before sending (re-read then), which the change was
    // computed against: the provider's own JSON.
    QJsonObject base;
    int httpStatus = 0;
    QString error; // empty when it succeeded
    bool isUndo = false;

    bool succeeded() const { return error.isEmpty() && httpStatus >= 200 && httpStatus < 300; }
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, ChangeRecord *out);
};
