#pragma once

#include "providers/providerid.h"

struct Endpoint;

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
    QString by;    // what sent it: "patchbay" (the window) or "patchbay-cli"; empty in older lines
    QString error; // empty when it succeeded
    // What sent it: the user's change, an undo or redo of one (Edit menu), or a revert from the journal.
    enum class Kind
    {
        Change,
        Undo,
        Redo,
        Revert
    };
    Kind kind = Kind::Change;
    // A re-enable clears what the provider said when it disabled the endpoint: kept here, as it was.
    QString lostProviderReason; // empty when the change cleared no provider's disable
    int lostFailureCount = 0;

    bool isUndo() const { return kind == Kind::Undo; }

    // A re-enable of `fresh`, disabled by its provider, clears the provider's reason and failure
    // count for good: what is lost, or false when `fresh` was not disabled by the provider.
    static bool providerDisableOf(const Endpoint &fresh, QString *reason, int *failures);

    bool succeeded() const { return error.isEmpty() && httpStatus >= 200 && httpStatus < 300; }
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, ChangeRecord *out);
};
