#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A refusal before sending: which normalized field ("url", "events", ...) and why, for a person.
struct FieldError
{
    QString field;
    QString message;
};

// What the diff decided to send: method and JSON body. The path is not part of it: it is built from
// the ID the user chose (ApiClient::prepareUpdate), never from what a server said.
struct UpdateRequest
{
    QByteArray method;
    QJsonObject body;

    bool isEmpty() const { return body.isEmpty(); }
    QByteArray bodyBytes() const; // compact JSON, exactly what goes on the wire
};

struct DiffResult
{
    QList<FieldError> errors; // non-empty: nothing may be sent
    UpdateRequest request;    // empty body: nothing changed, nothing to send

    bool isValid() const { return errors.isEmpty(); }
    bool hasChanges() const { return !request.isEmpty(); }
};
