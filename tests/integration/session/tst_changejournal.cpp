#include "session/changejournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <future>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

class TestChangeJournal : public QObject
{
    Q_OBJECT

private:
    static ChangeRecord sample(int n)
    {
        ChangeRecord r;
        r.at = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC).addSecs(n);
        r.account = QStringLiteral("Layers prod");
        r.provider = ProviderId::Layers;
        r.endpointId = QStringLiteral("ep_%1").arg(n);
        r.endpointUrl = QStringLiteral("https://hooks.example.com/%1").arg(n);
        r.method = "PATCH";
        r.requestUrl = QStringLiteral("https://api.layers.com/v1/webhook-endpoints/ep_%1").arg(n);
        r.body = "{\"status\":\"active\"}";
        r.httpStatus = 200;
        return r;
    }

#ifdef Q_OS_UNIX
    // Runs `step` in a child process: true when it returned within 15 s (the child is killed otherwise,
    // so a journal that blocks fails the test instead of hanging it); *result is what it returned.
    static bool finishesInTime(const std::function<bool()> &step, bool *result)
    {
        const pid_t child = ::fork();
        if (child == 0)
            ::_exit(step() ? 0 : 1);
        int status = 0;
        for (int i = 0; i < 1500; ++i) {
            if (::waitpid(child, &status, WNOHANG) == child) {
                *result = WIFEXITED(status) && WEXITSTATUS(status) == 0;
                return true;
            }
            QThread::msleep(10);
        }
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
        return false;
    }
#endif

private slots:
    // A FIFO where the journal should be (made by mistake or on purpose) has no other end open:
    // opening it would wait for one forever, hanging the window, or patchbay-cli right after it sent
    // a change. Refused at once instead, naming the file, in both directions.
    void aFifoIsRefusedNotWaitedFor()
    {
#ifndef Q_OS_UNIX
        QSKIP("FIFOs are a Unix matter");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        bool appended = true;
        QVERIFY2(finishesInTime([&] { return ChangeJournal(path).appendUnloaded(sample(1)); }, &appended),
                 "appending to a FIFO blocked");
        QVERIFY(!appended);
        QVERIFY2(finishesInTime([&] { return ChangeJournal(path).append(sample(1)); }, &appended),
                 "appending to a FIFO blocked");
        QVERIFY(!appended);
        bool loaded = true;
        QVERIFY2(finishesInTime([&] { return ChangeJournal(path).load(); }, &loaded),
                 "loading a FIFO blocked");
        QVERIFY(!loaded);
        ChangeJournal journal(path);
        QString error;
        QVERIFY(!journal.appendUnloaded(sample(1), &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("not a regular file")),
                 qPrintable(error));
        QVERIFY(QFileInfo(path).exists() && !QFileInfo(path).isFile()); // left as it was
#endif
    }

    // A journal linked to a device is refused too: nothing written to it, and its permissions (which
    // the owner-only rule would otherwise change, as root even for everyone) are left alone.
    void aDeviceIsNeitherWrittenNorChmodded()
    {
#ifndef Q_OS_UNIX
        QSKIP("devices are a Unix matter");
#else
        // A private node of the null device (never /dev/null itself: without the protection this
        // test would change its permissions), reached through a symlink.
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("null"));
        if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0644, makedev(1, 3)) != 0)
            QSKIP("cannot make a device node here (needs CAP_MKNOD)");
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        QVERIFY(QFile::link(node, path));
        const QFileDevice::Permissions before = QFileInfo(node).permissions();
        QString error;
        QVERIFY(!ChangeJournal(path).appendUnloaded(sample(1), &error));
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
        QCOMPARE(QFileInfo(node).permissions(), before);
#endif
    }

    // A journal of a few hundred MiB (written by something else, or many CLI runs at once) is read for
    // its newest records only: memory follows the bound, not the file. Reading it whole first took
    // about 3.5 times the file in memory (1.3 GiB for 367 MiB) before the trim.
    void aHugeJournalIsReadInBoundedMemory()
    {
#ifndef Q_OS_UNIX
        QSKIP("the memory limit is a Unix matter");
#else
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray line = QJsonDocument(sample(1).toJson()).toJson(QJsonDocument::Compact) + '\n';
            const QByteArray block = line.repeated(1000);
            for (int i = 0; i < 200; ++i) // 200,000 records, ~70 MB
                file.write(block);
            ChangeRecord last = sample(2);
            file.write(QJsonDocument(last.toJson()).toJson(QJsonDocument::Compact) + '\n');
        }
        bool loaded = false;
        QVERIFY(finishesInTime(
            [&] {
                // The process as it is now, plus 64 MiB for everything the load needs.
                QFile status(QStringLiteral("/proc/self/status"));
                qint64 dataKiB = 0;
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &l : status.readAll().split('\n'))
                        if (l.startsWith("VmData:"))
                            dataKiB = l.mid(7).trimmed().split(' ').value(0).toLongLong();
                }
                if (dataKiB <= 0)
                    return false;
                const rlim_t limit = rlim_t(dataKiB + 64 * 1024) * 1024;
                const struct rlimit data = {limit, limit};
                if (::setrlimit(RLIMIT_DATA, &data) != 0)
                    return false;
                ChangeJournal journal(path, 10);
                return journal.load() && journal.records().size() == 10 &&
                       journal.records().constLast().endpointId == QLatin1String("ep_2");
            },
            &loaded));
        QVERIFY2(loaded, "loading a 70 MB journal did not fit in 64 MiB");
#endif
    }

    void survivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/changes.jsonl"));
        {
            ChangeJournal journal(path);
            QVERIFY(journal.load());
            QVERIFY(journal.append(sample(1)));
            ChangeRecord failed = sample(2);
            failed.httpStatus = 409;
            failed.error = QStringLiteral("HTTP 409 IDEMPOTENCY_CONFLICT: key reused");
            QVERIFY(journal.append(failed));
        }
        ChangeJournal reopened(path);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.records().size(), 2);
        QCOMPARE(reopened.records().at(0).endpointId, QStringLiteral("ep_1"));
        QVERIFY(reopened.records().at(0).succeeded());
        QVERIFY(!reopened.records().at(1).succeeded());
        QCOMPARE(reopened.records().at(1).at, sample(2).at);
        QCOMPARE(reopened.records().at(0).body, sample(1).body);
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void oldLinesStillLoadAndNewFieldsSurviveARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        {
            // A line written before redo, revert and the lost provider state existed.
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QJsonObject old = sample(1).toJson();
            old.remove(QStringLiteral("kind"));
            old.insert(QStringLiteral("undo"), true);
            file.write(QJsonDocument(old).toJson(QJsonDocument::Compact) + '\n');
        }
        {
            ChangeJournal journal(path);
            QVERIFY(journal.load());
            QCOMPARE(journal.records().size(), 1);
            QCOMPARE(journal.records().first().kind, ChangeRecord::Kind::Undo);
            ChangeRecord redo = sample(2);
            redo.kind = ChangeRecord::Kind::Redo;
            QVERIFY(journal.append(redo));
            ChangeRecord revert = sample(3);
            revert.kind = ChangeRecord::Kind::Revert;
            revert.lostProviderReason = QStringLiteral("Disabled by Layers: 25 consecutive failures");
            revert.lostFailureCount = 25;
            QVERIFY(journal.append(revert));
        }
        ChangeJournal reopened(path);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.records().size(), 3);
        QCOMPARE(reopened.records().at(1).kind, ChangeRecord::Kind::Redo);
        QCOMPARE(reopened.records().at(2).kind, ChangeRecord::Kind::Revert);
        QCOMPARE(reopened.records().at(2).lostProviderReason,
                 QStringLiteral("Disabled by Layers: 25 consecutive failures"));
        QCOMPARE(reopened.records().at(2).lostFailureCount, 25);
        QVERIFY(reopened.records().at(1).lostProviderReason.isEmpty());
    }

    void damagedLinesAreSkippedNotFatal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        {
            ChangeJournal journal(path);
            journal.append(sample(1));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{not json\n\n{\"at\": \"yesterday\"}\n");
        file.close();
        {
            ChangeJournal journal(path);
            QVERIFY(journal.load());
            journal.append(sample(3));
        }
        ChangeJournal journal(path);
        QVERIFY(journal.load());
        QCOMPARE(journal.records().size(), 2);
        QCOMPARE(journal.skippedLines(), 2);
    }

    void aHugeDamagedLineHidesNothingAfterIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        ChangeJournal journal(path);
        QVERIFY(journal.append(sample(1)));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(QByteArray(5 * 512 * 1024, 'x') + '\n'); // 2.5 MiB: read (and skipped) as 3 pieces
        }
        QVERIFY(journal.append(sample(2)));
        ChangeJournal reopened(path);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.records().size(), 2);
        QCOMPARE(reopened.records().constLast().endpointId, QStringLiteral("ep_2"));
        QCOMPARE(reopened.skippedLines(), 3);
    }

    void keepsTheNewestWhenFull()
    {
        QTemporaryDir dir;
        ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")), 10);
        for (int i = 0; i < 25; ++i)
            QVERIFY(journal.append(sample(i)));
        QVERIFY(journal.records().size() <= 10);
        QCOMPARE(journal.records().constLast().endpointId, QStringLiteral("ep_24"));
        ChangeJournal reopened(journal.filePath(), 10);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.records().constLast().endpointId, QStringLiteral("ep_24"));
        QVERIFY(reopened.records().size() <= 10);
    }

    // patchbay-cli appends without reading the file: what is there stays, who sent it is kept, and
    // the file is trimmed to the newest records once it grows past its size bound.
    void appendUnloadedKeepsTheFileAndStaysBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        {
            ChangeJournal window(path, 10);
            QVERIFY(window.load());
            QVERIFY(window.append(sample(0)));
        }
        {
            ChangeJournal cli(path, 10);
            ChangeRecord r = sample(1);
            r.by = QStringLiteral("patchbay-cli");
            QVERIFY(cli.appendUnloaded(r));
        }
        ChangeJournal reopened(path, 10);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.records().size(), 2);
        QCOMPARE(reopened.records().at(1).by, QStringLiteral("patchbay-cli"));

        ChangeJournal cli(path, 10);
        cli.setCompactBytes(4000);
        for (int i = 2; i < 40; ++i)
            QVERIFY(cli.appendUnloaded(sample(i)));
        QVERIFY(QFileInfo(path).size() <= 4000 + 1000);
        QVERIFY(reopened.load());
        QVERIFY(reopened.records().size() <= 20);
        QCOMPARE(reopened.records().constLast().endpointId, QStringLiteral("ep_39"));
    }

    // The window keeps its journal loaded for the whole run while patchbay-cli appends to the same
    // file: the window's trim must keep the CLI's lines, and a reload shows them.
    void windowTrimKeepsWhatTheCliAppended()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        ChangeJournal window(path, 10);
        QVERIFY(window.load());
        for (int i = 0; i < 9; ++i)
            QVERIFY(window.append(sample(i)));
        ChangeRecord fromCli = sample(100);
        fromCli.by = QStringLiteral("patchbay-cli");
        QVERIFY(ChangeJournal(path, 10).appendUnloaded(fromCli));
        QVERIFY(window.append(sample(9)));
        QVERIFY(window.append(sample(10))); // over the bound: trimmed and rewritten

        ChangeJournal reopened(path, 10);
        QVERIFY(reopened.load());
        QStringList ids;
        for (const ChangeRecord &r : reopened.records())
            ids << r.endpointId;
        QVERIFY2(ids.contains(QStringLiteral("ep_100")), qPrintable(ids.join(QLatin1Char(' '))));
        QCOMPARE(ids.constLast(), QStringLiteral("ep_10"));
        QCOMPARE(window.records().size(), reopened.records().size());
    }

    // Two writers of one file (the window and patchbay-cli, here two threads) while it is compacted on
    // every append: each compaction reads the file, then replaces it. Without taking turns a line
    // appended in between is lost.
    void compactionNeverLosesAnotherWritersLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        QVERIFY(ChangeJournal(path).appendUnloaded(sample(0))); // the folder and the file exist
        constexpr int perWriter = 150;
        auto writer = [&path](int first) {
            ChangeJournal journal(path, 100000); // compaction keeps every record: none may go
            journal.setCompactBytes(16 * 1024);
            for (int i = first; i < first + perWriter; ++i) {
                if (!journal.appendUnloaded(sample(i)))
                    return false;
            }
            return true;
        };
        std::future<bool> other = std::async(std::launch::async, writer, 10000);
        QVERIFY(writer(1));
        QVERIFY(other.get());
        ChangeJournal reopened(path, 100000);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.records().size(), 1 + 2 * perWriter);
    }

    void reloadOfAnUnreadableFileKeepsTheRecords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changes.jsonl"));
        ChangeJournal journal(path);
        QVERIFY(journal.load());
        QVERIFY(journal.append(sample(1)));
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path)); // now a directory: cannot be read as a file
        QVERIFY(!journal.load());
        QCOMPARE(journal.records().size(), 1);
    }

    void unreadableFileIsAClearError()
    {
        QTemporaryDir dir;
        ChangeJournal journal(dir.path()); // a directory, not a file
        QString error;
        QVERIFY(!journal.load(&error));
        QVERIFY(error.contains(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
