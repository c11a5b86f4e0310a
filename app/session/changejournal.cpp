#include "session/changejournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

ChangeJournal::ChangeJournal(const QString &filePath, int maxRecords)
    : m_path(filePath), m_maxRecords(maxRecords)
{}

QString ChangeJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/changes.jsonl");
}

bool ChangeJournal::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists()) {
        m_records.clear();
        m_skipped = 0;
        return true;
    }
    // An unreadable file keeps what is in memory: a reload must never empty the journal on show.
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the change journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_records = parse(file, &m_skipped);
    if (m_records.size() > m_maxRecords)
        m_records = m_records.mid(m_records.size() - m_maxRecords);
    return true;
}

QList<ChangeRecord> ChangeJournal::parse(QIODevice &device, int *skipped)
{
    QList<ChangeRecord> records;
    *skipped = 0;
    // Lines are cut at 1 MiB. One buffer for all of them, no larger than the file: readLine(maxSize)
    // would allocate (and under ASan, poison) a whole MiB per line.
    constexpr qint64 maxLine = 1024 * 1024;
    const qint64 longest = device.isSequential() ? maxLine : qMin(maxLine, device.bytesAvailable());
    QByteArray buffer(longest + 1, Qt::Uninitialized);
    while (!device.atEnd()) {
        const qint64 length = device.readLine(buffer.data(), buffer.size());
        if (length <= 0)
            break;
        const QByteArray line = QByteArray(buffer.constData(), length).trimmed();
        if (line.isEmpty())
            continue;
        ChangeRecord record;
        if (ChangeRecord::fromJson(QJsonDocument::fromJson(line).object(), &record))
            records << record;
        else
            ++*skipped;
    }
    return records;
}

bool ChangeJournal::append(const ChangeRecord &record, QString *error)
{
    if (m_records.size() >= m_maxRecords) {
        // The trim rewrites the file: read it again first, or the lines patchbay-cli appended since
        // this journal was loaded would be dropped. Unreadable: trim what is in memory.
        load();
    }
    m_records << record;
    if (m_records.size() > m_maxRecords) {
        // Trim in bulk so the file is rewritten rarely.
        m_records = m_records.mid(m_records.size() - m_maxRecords * 9 / 10);
        return rewrite(error);
    }
    return writeLine(record, error);
}

bool ChangeJournal::appendUnloaded(const ChangeRecord &record, QString *error)
{
    qint64 size = 0;
    if (!writeLine(record, error, &size))
        return false;
    if (size <= m_compactBytes)
        return true;
    return load(error) && rewrite(error); // load() keeps the newest m_maxRecords
}

bool ChangeJournal::writeLine(const ChangeRecord &record, QString *error, qint64 *sizeAfter)
{
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile file(m_path);
    // Created owner-only; its folder made only when missing (each CLI update appends: no extra work).
    bool open = file.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly);
    if (!open && QDir().mkpath(QFileInfo(m_path).absolutePath()))
        open = file.open(QIODevice::WriteOnly | QIODevice::Append, ownerOnly);
    if (!open) {
        if (error)
            *error = tr("Cannot write the change journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(ownerOnly); // also a file made by something else
    file.write(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (sizeAfter)
        *sizeAfter = file.pos(); // appended: the end
    return true;
}

bool ChangeJournal::rewrite(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the change journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    for (const ChangeRecord &r : m_records)
        file.write(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write the change journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}
