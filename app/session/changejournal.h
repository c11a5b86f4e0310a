#pragma once

#include "session/changerecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

// Every change the console sent, kept locally as JSON Lines so it survives restarts.
// A damaged line is skipped (and counted), never a reason to lose the rest.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)
public:
    explicit ChangeJournal(const QString &filePath = defaultPath(), int maxRecords = 5000);

    static QString defaultPath(); // <AppDataLocation>/changes.jsonl

    // Reads the file; false with *error naming the cause when it exists but cannot be read.
    bool load(QString *error = nullptr);
    // The records in JSON Lines read from device (only the newest keepNewest, unless it is -1);
    // *skipped counts the non-empty lines that are not one.
    static QList<ChangeRecord> parse(QIODevice &device, int *skipped, int keepNewest = -1);
    bool append(const ChangeRecord &record, QString *error = nullptr);
    // For a writer that never loads the file (patchbay-cli): appends one line, and once the file is
    // larger than compactBytes keeps only its newest maxRecords (the window may never run to trim it).
    bool appendUnloaded(const ChangeRecord &record, QString *error = nullptr);
    static constexpr qint64 defaultCompactBytes = 32 * 1024 * 1024;
    void setCompactBytes(qint64 bytes) { m_compactBytes = bytes; }
    const QList<ChangeRecord> &records() const { return m_records; }
    int skippedLines() const { return m_skipped; }
    QString filePath() const { return m_path; }

private:
    bool rewrite(QString *error);
    bool writeLine(const ChangeRecord &record, QString *error, qint64 *sizeAfter = nullptr);

    QString m_path;
    int m_maxRecords;
    qint64 m_compactBytes = defaultCompactBytes;
    int m_skipped = 0;
    QList<ChangeRecord> m_records;
};
