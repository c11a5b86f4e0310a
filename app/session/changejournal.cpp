#include "session/changejournal.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// Opens the journal file. Only a regular file is a journal (also behind a symlink: the user's
// choice): opening a FIFO blocks until someone opens its other end, which would hang the window or
// patchbay-cli (after its change was sent) for good, and a device is no place for it, nor anything
// to chmod. Written: created owner-only, and made owner-only if it was not.
bool openJournal(QFile &file, const QString &path, QIODevice::OpenMode mode, QString *why)
{
    const bool writing = mode.testFlag(QIODevice::WriteOnly);
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        *why = ChangeJournal::tr("it is not a regular file");
        return false;
    }
#ifdef Q_OS_UNIX
    // O_NONBLOCK: a FIFO put there between any check and this open cannot block it either.
    const int flags = (writing ? O_WRONLY | O_APPEND | O_CREAT : O_RDONLY) | O_NONBLOCK | O_CLOEXEC;
    const int fd = ::open(QFile::encodeName(path).constData(), flags, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *why = ChangeJournal::tr("it is not a regular file");
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (writing)
        ::fchmod(fd, S_IRUSR | S_IWUSR); // also a file made by something else
    if (!file.open(fd, mode, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *why = file.errorString();
        return false;
    }
    return true;
#else
    file.setFileName(path);
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(mode, ownerOnly)) {
        *why = file.errorString();
        return false;
    }
    if (writing)
        file.setPermissions(ownerOnly); // also a file made by something else
    return true;
#endif
}

// The window and patchbay-cli write the same file. A line is appended in one write; a compaction reads
// the file, then replaces it, and would lose a line appended in between: the two take turns through an
// advisory lock (flock) on a lock file beside the journal, released when the turn ends or the process
// dies. A turn not had in 3 s (a hung writer) does not stop the write: a change is never left unrecorded
// for it. flock, not QLockFile: that costs ~0.5 ms per CLI update (host name, PID file, unlink).
class JournalTurn
{
public:
    explicit JournalTurn(const QString &journalPath)
    {
#ifdef Q_OS_UNIX
        const QByteArray lockPath = QFile::encodeName(journalPath + QStringLiteral(".lock"));
        m_fd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC,
                      S_IRUSR | S_IWUSR);
        if (m_fd < 0)
            return; // e.g. no folder yet: nobody else can be compacting
        const QDeadlineTimer deadline(3000);
        while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            if ((errno != EWOULDBLOCK && errno != EINTR) || deadline.hasExpired()) {
                ::close(m_fd);
                m_fd = -1;
                return;
            }
            QThread::usleep(500);
        }
#else
        Q_UNUSED(journalPath)
#endif
    }
    ~JournalTurn()
    {
#ifdef Q_OS_UNIX
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
#endif
    }
    JournalTurn(const JournalTurn &) = delete;
    JournalTurn &operator=(const JournalTurn &) = delete;

private:
    int m_fd = -1;
};

} // namespace

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
    if (!QFileInfo::exists(m_path)) {
        m_records.clear();
        m_skipped = 0;
        return true;
    }
    // An unreadable file keeps what is in memory: a reload must never empty the journal on show.
    QFile file;
    if (QString why; !openJournal(file, m_path, QIODevice::ReadOnly, &why)) {
        if (error)
            *error = tr("Cannot read the change journal %1: %2").arg(m_path, why);
        return false;
    }
    m_records = parse(file, &m_skipped, m_maxRecords);
    return true;
}

QList<ChangeRecord> ChangeJournal::parse(QIODevice &device, int *skipped, int keepNewest)
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
        // Only the newest are kept: dropped as the reading goes, in batches, so that memory follows
        // keepNewest and not the file (a journal of a few hundred MiB took GiBs, then was trimmed).
        if (keepNewest >= 0 && records.size() >= 2 * qMax(keepNewest, 1024))
            records.remove(0, records.size() - keepNewest);
    }
    if (keepNewest >= 0 && records.size() > keepNewest)
        records.remove(0, records.size() - keepNewest);
    return records;
}

bool ChangeJournal::append(const ChangeRecord &record, QString *error)
{
    if (m_records.size() < m_maxRecords) {
        m_records << record;
        const JournalTurn turn(m_path);
        return writeLine(record, error);
    }
    // The trim rewrites the file: read it again first, or the lines patchbay-cli appended since this
    // journal was loaded would be dropped. Unreadable: trim what is in memory.
    const JournalTurn turn(m_path);
    load();
    m_records << record;
    if (m_records.size() <= m_maxRecords)
        return writeLine(record, error);
    // Trim in bulk so the file is rewritten rarely.
    m_records = m_records.mid(m_records.size() - m_maxRecords * 9 / 10);
    return rewrite(error);
}

bool ChangeJournal::appendUnloaded(const ChangeRecord &record, QString *error)
{
    const JournalTurn turn(m_path);
    qint64 size = 0;
    if (!writeLine(record, error, &size))
        return false;
    if (size <= m_compactBytes)
        return true;
    return load(error) && rewrite(error); // load() keeps the newest m_maxRecords
}

bool ChangeJournal::writeLine(const ChangeRecord &record, QString *error, qint64 *sizeAfter)
{
    constexpr QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Append;
    QFile file;
    QString why;
    // Its folder made only when missing (each CLI update appends: no extra work).
    bool open = openJournal(file, m_path, mode, &why);
    if (!open && !QFileInfo::exists(m_path) && QDir().mkpath(QFileInfo(m_path).absolutePath()))
        open = openJournal(file, m_path, mode, &why);
    // A full disk or a file size limit: the record is lost, and the caller must hear it.
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (open && (file.write(line) != line.size() || !file.flush()))
        why = file.errorString();
    else if (open)
        why.clear();
    if (!why.isEmpty()) {
        if (error)
            *error = tr("Cannot write the change journal %1: %2").arg(m_path, why);
        return false;
    }
    if (sizeAfter)
        *sizeAfter = file.size(); // appended: the end
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
