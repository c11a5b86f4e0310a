#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// One request the sandbox answered on a provider route, as it arrived, with the status it got
// (0 when the connection was dropped on purpose). Bodies are verbatim: the journal is a test tool.
struct SandboxJournalEntry
{
    QDateTime at;
    QByteArray method;
    QString path;  // decoded path, without the query
    QString query; // the raw query string, without "?"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0;
};

Q_DECLARE_METATYPE(SandboxJournalEntry)
