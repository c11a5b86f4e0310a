#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

// A request copied out of QHttpServerRequest (which cannot outlive the handler), so that it can be
// answered later, after a delay.
struct SandboxRequest
{
    QDateTime at;
    QByteArray method;
    QString path;        // decoded
    QString encodedPath; // as sent, so that an id containing %2F stays one segment
    QString query;
    SandboxHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QUrlQuery queryItems() const { return QUrlQuery(query); }
};

// What the sandbox answers; `drop` closes the connection instead.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    SandboxHeaders headers; // besides Content-Type and Content-Length
    bool drop = false;

    static SandboxReply json(int status, const QJsonObject &object);
    static SandboxReply json(int status, const QJsonArray &array);
};
