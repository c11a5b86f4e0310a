#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A small CSV reader written from RFC 4180 (not from the project's writer), for the export tests:
// records end with CRLF (the last one too), a quoted field may hold anything with quotes doubled,
// an unquoted field holds no quote, CR or LF. Returns false on anything else.
inline bool readRfc4180(const QString &text, QList<QStringList> *records)
{
    records->clear();
    QStringList record;
    QString field;
    bool quoted = false;   // the current field was quoted
    bool inQuotes = false; // inside its quotes
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                inQuotes = false;
            }
            continue;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')))
                return false; // a bare CR outside quotes
            record << field;
            field.clear();
            quoted = false;
            if (c == QLatin1Char('\r')) {
                *records << record;
                record.clear();
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (quoted || !field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = inQuotes = true;
            continue;
        }
        if (c == QLatin1Char('\n') || quoted)
            return false; // a bare LF, or text after the closing quote
        field += c;
    }
    return !inQuotes && field.isEmpty() && record.isEmpty() && !quoted;
}
