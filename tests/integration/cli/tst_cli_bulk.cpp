// `patchbay-cli endpoints update ID... [--ids-from FILE|-]`: the real binary against a real
// patchbay-sandbox process, with an account in the real keychain (tests/with-keyring.sh); the
// hostile ID lists need no keychain (--provider) and run everywhere.

#include "common/cliharness.h"
#include "sandbox/sandboxseed.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

namespace Seed = SandboxSeed::OptimalDial;
const QString missingId = QStringLiteral("0d1a3c90-0d44-4b50-8888-8dd2573600ff");

QString id(QLatin1String seed)
{
    return QString(seed);
}

} // namespace

// In the test function itself: QSKIP and QVERIFY return from the function they are in.
#define NEEDS_ACCOUNT()                                                                                      \
    do {                                                                                                     \
        if (!haveKeychain())                                                                                 \
            QSKIP("needs a real Secret Service: run under tests/with-keyring.sh (sets "                      \
                  "PATCHBAY_KEYCHAIN_TESTS=1)");                                                             \
        QVERIFY2(!m_account.isEmpty(), "the account could not be added");                                    \
    } while (false)

class TestCliBulk : public CliHarness
{
    Q_OBJECT

private:
    QString m_account; // OptimalDial at the sandbox, in the keychain

    // The window's change journal, where the CLI writes too (XDG_DATA_HOME of every run).
    QString journalPath() const
    {
        return m_home.path() + QStringLiteral("/data/Patchbay/Patchbay/changes.jsonl");
    }
    QList<QJsonObject> journalRecords() const
    {
        QList<QJsonObject> records;
        QFile file(journalPath());
        if (!file.open(QIODevice::ReadOnly))
            return records;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                records << QJsonDocument::fromJson(line).object();
        return records;
    }
    QStringList update(const QStringList &ids) const
    {
        return QStringList{QStringLiteral("--account"), m_account, QStringLiteral("endpoints"),
                           QStringLiteral("update")} +
               ids;
    }
    QStringList patchedIds()
    {
        QStringList ids;
        for (const QJsonObject &entry : writes(journal()))
            ids << entry.value(QLatin1String("path")).toString().section(QLatin1Char('/'), -1);
        return ids;
    }
    bool isEnabledAtTheSandbox(const QString &endpointId)
    {
        const CliRun get = runCli({QStringLiteral("--account"), m_account, QStringLiteral("--json"),
                                   QStringLiteral("endpoints"), QStringLiteral("get"), endpointId});
        return QJsonDocument::fromJson(get.out.toUtf8()).object().value(QLatin1String("enabled")).toBool();
    }
private slots:
    void initTestCase()
    {
        const QString problem = startSandbox();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (haveKeychain()) {
            QString error;
            m_account = addAccount(ProviderId::OptimalDial, QStringLiteral("cli-bulk"), &error);
            QVERIFY2(!m_account.isEmpty(), qPrintable(error));
        }
    }
    void init() { resetSandbox(); }
    void cleanupTestCase()
    {
        removeAddedAccounts();
        stopSandbox();
    }

    void severalIdsOneMissing()
    {
        NEEDS_ACCOUNT();
        const int recordsBefore = int(journalRecords().size());
        RUN_CLI(r, update({id(Seed::active), id(Seed::failing), missingId, id(Seed::disabledByUser),
                           QStringLiteral("--disable")}));
        QCOMPARE(r.exitCode, 3); // the provider's 404
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // one per ID, in the order given
        QCOMPARE(lines.at(0), id(Seed::active) + QStringLiteral(": updated"));
        QCOMPARE(lines.at(1), id(Seed::failing) + QStringLiteral(": updated"));
        QVERIFY2(lines.at(2).startsWith(missingId + QStringLiteral(": failed: HTTP 404")),
                 qPrintable(lines.at(2)));
        QCOMPARE(lines.at(3), id(Seed::disabledByUser) + QStringLiteral(": nothing to change"));
        // The others were changed all the same, and only they.
        QCOMPARE(patchedIds(), (QStringList{id(Seed::active), id(Seed::failing)}));

        // The window's journal gained one record per change sent, by the CLI, never with the token.
        const QList<QJsonObject> records = journalRecords().mid(recordsBefore);
        QCOMPARE(records.size(), 2);
        QStringList journaled;
        for (const QJsonObject &record : records) {
            journaled << record.value(QLatin1String("endpointId")).toString();
            QCOMPARE(record.value(QLatin1String("by")).toString(), QStringLiteral("patchbay-cli"));
            QCOMPARE(record.value(QLatin1String("account")).toString(), m_account);
            QCOMPARE(record.value(QLatin1String("provider")).toString(), QStringLiteral("optimaldial"));
            QCOMPARE(record.value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
            QCOMPARE(record.value(QLatin1String("httpStatus")).toInt(), 200);
            QVERIFY(record.value(QLatin1String("error")).toString().isEmpty());
            QVERIFY(record.value(QLatin1String("body")).toString().contains(QLatin1String("is_active")));
            QVERIFY(
                record.value(QLatin1String("base")).toObject().value(QLatin1String("is_active")).toBool());
        }
        journaled.sort();
        QStringList expected{id(Seed::active), id(Seed::failing)};
        expected.sort();
        QCOMPARE(journaled, expected);
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(SandboxServer::tokenFor(ProviderId::OptimalDial).toUtf8()));
    }

    void idsFromStdinWithBlanksAndDuplicates()
    {
        NEEDS_ACCOUNT();
        const QByteArray input = "\n  " + id(Seed::active).toUtf8() + "  \r\n\n\t" +
                                 id(Seed::failing).toUtf8() + "\n" + id(Seed::active).toUtf8() + "\n\n";
        RUN_CLI(r, update({QStringLiteral("--ids-from"), QStringLiteral("-"), QStringLiteral("--disable")}),
                input);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, id(Seed::active) + QStringLiteral(": updated\n") + id(Seed::failing) +
                            QStringLiteral(": updated\n"));
        QCOMPARE(patchedIds(), (QStringList{id(Seed::active), id(Seed::failing)})); // each once
    }

    void idsFromFileAndArguments()
    {
        NEEDS_ACCOUNT();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ids.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(id(Seed::failing).toUtf8() + "\n" + id(Seed::active).toUtf8() + "\n");
        file.close();
        RUN_CLI(r,
                update({id(Seed::active), QStringLiteral("--ids-from"), path, QStringLiteral("--disable")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, id(Seed::active) + QStringLiteral(": updated\n") + id(Seed::failing) +
                            QStringLiteral(": updated\n"));
        QCOMPARE(patchedIds().size(), 2);
    }

    void dryRunSendsNothing()
    {
        NEEDS_ACCOUNT();
        const int recordsBefore = int(journalRecords().size());
        RUN_CLI(r, update({id(Seed::active), id(Seed::failing), id(Seed::disabledByUser),
                           QStringLiteral("--disable"), QStringLiteral("--dry-run")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &changed : {id(Seed::active), id(Seed::failing)}) {
            const int at = r.out.indexOf(changed + QStringLiteral(": dry run, nothing was sent"));
            QVERIFY2(at >= 0, qPrintable(r.out));
            // Its request, under it.
            QVERIFY(r.out.indexOf(QStringLiteral("PATCH ") + m_baseUrl.toString(), at) > at);
            QVERIFY(r.out.indexOf(QStringLiteral("/") + changed, at) > at);
        }
        QVERIFY(r.out.contains(id(Seed::disabledByUser) + QStringLiteral(": nothing to change")));
        QVERIFY(writes(journal()).isEmpty());
        QCOMPARE(journalRecords().size(), recordsBefore);

        // An endpoint that cannot be read is a failure even in a dry run: the request is unknown.
        RUN_CLI(missing, update({id(Seed::active), missingId, QStringLiteral("--disable"),
                                 QStringLiteral("--dry-run")}));
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(writes(journal()).isEmpty());
    }

    void jsonArray()
    {
        NEEDS_ACCOUNT();
        RUN_CLI(r, update({QStringLiteral("--json"), id(Seed::active), missingId, id(Seed::disabledByUser),
                           QStringLiteral("--disable")}));
        QCOMPARE(r.exitCode, 3);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isArray(), qPrintable(r.out));
        const QJsonArray results = document.array();
        QCOMPARE(results.size(), 3);
        const QJsonObject updated = results.at(0).toObject();
        QCOMPARE(updated.value(QLatin1String("id")).toString(), id(Seed::active));
        QCOMPARE(updated.value(QLatin1String("result")).toString(), QStringLiteral("updated"));
        QCOMPARE(updated.value(QLatin1String("exitCode")).toInt(), 0);
        QVERIFY(updated.value(QLatin1String("error")).isNull());
        QCOMPARE(updated.value(QLatin1String("endpoint")).toObject().value(QLatin1String("id")).toString(),
                 id(Seed::active));
        QCOMPARE(
            updated.value(QLatin1String("endpoint")).toObject().value(QLatin1String("enabled")).toBool(true),
            false);
        const QJsonObject failed = results.at(1).toObject();
        QCOMPARE(failed.value(QLatin1String("id")).toString(), missingId);
        QCOMPARE(failed.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(failed.value(QLatin1String("exitCode")).toInt(), 3);
        QVERIFY(failed.value(QLatin1String("error")).toString().contains(QLatin1String("404")));
        QVERIFY(failed.value(QLatin1String("endpoint")).isNull());
        const QJsonObject unchanged = results.at(2).toObject();
        QCOMPARE(unchanged.value(QLatin1String("result")).toString(), QStringLiteral("unchanged"));
        QCOMPARE(unchanged.value(QLatin1String("exitCode")).toInt(), 0);

        RUN_CLI(dry, update({QStringLiteral("--json"), id(Seed::active), id(Seed::failing),
                             QStringLiteral("--disable"), QStringLiteral("--dry-run")}));
        QCOMPARE(dry.exitCode, 0);
        const QJsonArray dryResults = QJsonDocument::fromJson(dry.out.toUtf8()).array();
        QCOMPARE(dryResults.size(), 2);
        QCOMPARE(dryResults.at(1).toObject().value(QLatin1String("result")).toString(),
                 QStringLiteral("dryRun"));
        const QJsonObject request = dryResults.at(1).toObject().value(QLatin1String("request")).toObject();
        QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("PATCH"));
        QVERIFY(request.value(QLatin1String("url")).toString().endsWith(id(Seed::failing)));
    }

    void retryAfterIsHonoured()
    {
        NEEDS_ACCOUNT();
        const int recordsBefore = int(journalRecords().size());
        addFault({{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                  {QStringLiteral("path"), id(Seed::active)},
                  {QStringLiteral("method"), QStringLiteral("PATCH")},
                  {QStringLiteral("retryAfter"), 1}});
        RUN_CLI(r, update({id(Seed::active), id(Seed::failing), QStringLiteral("--disable")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(id(Seed::active) +
                                QStringLiteral(": the provider asked to wait; sending again in 1 s")),
                 qPrintable(r.err));
        QCOMPARE(r.out, id(Seed::active) + QStringLiteral(": updated\n") + id(Seed::failing) +
                            QStringLiteral(": updated\n"));
        QList<QDateTime> patches; // of the rate-limited endpoint: the 429, then the retry
        for (const QJsonObject &entry : writes(journal()))
            if (entry.value(QLatin1String("path")).toString().endsWith(id(Seed::active)))
                patches << QDateTime::fromString(entry.value(QLatin1String("at")).toString(),
                                                 Qt::ISODateWithMs);
        QCOMPARE(patches.size(), 2);
        QVERIFY2(patches.at(0).msecsTo(patches.at(1)) >= 1000,
                 qPrintable(QString::number(patches.at(0).msecsTo(patches.at(1)))));
        QVERIFY(!isEnabledAtTheSandbox(id(Seed::active)));
        // Each request sent is journaled with its answer: the 429, then the two updates.
        const QList<QJsonObject> records = journalRecords().mid(recordsBefore);
        QCOMPARE(records.size(), 3);
        int limited = 0;
        for (const QJsonObject &record : records)
            limited += record.value(QLatin1String("httpStatus")).toInt() == 429 ? 1 : 0;
        QCOMPARE(limited, 1);
    }

    // A list of IDs is untrusted input: anything odd refuses the whole list before any request.
    void hostileIdsFrom_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // in the error
        const QByteArray ok = id(Seed::active).toUtf8() + "\n";
        QTest::newRow("NUL") << ok + QByteArray("ab\0cd\n", 6) + ok << QStringLiteral("line 2");
        QTest::newRow("ESC") << ok + ok + "ep\x1b[2Jx\n" << QStringLiteral("line 3");
        QTest::newRow("dot-dot") << QByteArray("..\n") + ok << QStringLiteral("line 1");
        QTest::newRow("CR inside") << QByteArray("a\rb\n") << QStringLiteral("line 1");
        QTest::newRow("space inside") << ok + "ep_1 ep_2\n" << QStringLiteral("line 2");
        QTest::newRow("invalid UTF-8") << ok + "\xff\xfe\n" << QStringLiteral("line 2");
        QTest::newRow("bidi override") << ok + "ep\xe2\x80\xaeok\n" << QStringLiteral("line 2");
        QTest::newRow("10 MB") << QByteArray(10 * 1024 * 1024, 'a') << QStringLiteral("larger than");
        QByteArray many;
        for (int i = 0; i < 10001; ++i)
            many += "a\n";
        QTest::newRow("10001 lines") << many << QStringLiteral("more than");
        QByteArray long_; // past a pipe's 64 KiB: the last line must still be seen
        for (int i = 0; i < 2000; ++i)
            long_ += id(Seed::active).toUtf8() + "\n";
        QTest::newRow("bad line after 100 KiB") << long_ + "..\n" << QStringLiteral("line 2001");
        QTest::newRow("only blanks") << QByteArray("\n  \n\n") << QStringLiteral("no endpoint IDs");
    }

    void hostileIdsFrom()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ids.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        for (const bool fromStdin : {false, true}) {
            const QStringList args{QStringLiteral("endpoints"), QStringLiteral("update"),
                                   QStringLiteral("--ids-from"), fromStdin ? QStringLiteral("-") : path,
                                   QStringLiteral("--disable")};
            RUN_AS(r, QStringLiteral("optimaldial"), args, fromStdin ? content : QByteArray());
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("nothing was sent"), Qt::CaseInsensitive),
                     qPrintable(r.err));
            QVERIFY(!r.err.contains(QLatin1Char('\x1b'))); // named, never replayed on the terminal
            QVERIFY(r.out.isEmpty());
            QCOMPARE(journal().size(), 0); // not even a read
        }
    }

    void unreadableIdsFromIsUsageError()
    {
        RUN_AS(r, QStringLiteral("optimaldial"),
               {QStringLiteral("endpoints"), QStringLiteral("update"), QStringLiteral("--ids-from"),
                m_home.path() + QStringLiteral("/no-such-file"), QStringLiteral("--disable")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("no-such-file")));
        QCOMPARE(journal().size(), 0);
    }

    // One secret from standard input goes to every ID, and never into the journal (nor the output).
    void secretForEveryIdNeverJournaled()
    {
        const QString secret = QStringLiteral("whsec_bulk_TEST_s3cr3t_0042");
        m_neverPrinted << secret;
        const QStringList ids{QString(SandboxSeed::Diligent::active),
                              QString(SandboxSeed::Diligent::failing)};
        const int recordsBefore = int(journalRecords().size());
        RUN_AS(r, QStringLiteral("diligent"),
               QStringList{QStringLiteral("endpoints"), QStringLiteral("update")} + ids +
                   QStringList{QStringLiteral("--secret-stdin")},
               secret.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QJsonObject> sent = writes(journal());
        QCOMPARE(sent.size(), 2);
        for (const QJsonObject &entry : sent)
            QVERIFY(entry.value(QLatin1String("body")).toString().contains(secret));
        const QList<QJsonObject> records = journalRecords().mid(recordsBefore);
        QCOMPARE(records.size(), 2);
        for (const QJsonObject &record : records)
            QVERIFY2(record.value(QLatin1String("body")).toString().contains(QLatin1String("redacted")),
                     qPrintable(record.value(QLatin1String("body")).toString()));
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        QVERIFY(!all.contains(secret.toUtf8()));
        QVERIFY(!all.contains(SandboxServer::tokenFor(ProviderId::Diligent).toUtf8()));
    }

    // Without the keychain too: --provider runs take the same path (and are journaled under a name
    // no saved account has).
    void providerRunSeveralIds()
    {
        RUN_AS(r, QStringLiteral("optimaldial"),
               {QStringLiteral("endpoints"), QStringLiteral("update"), id(Seed::active), missingId,
                QStringLiteral("--disable")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(patchedIds(), QStringList{id(Seed::active)});
        QCOMPARE(journalRecords().constLast().value(QLatin1String("account")).toString(),
                 QStringLiteral("--provider optimaldial"));
    }

    // A provider that answers every update with 429: the first ID uses its attempts, those not sent
    // yet are not sent at all, and every ID still gets its result line (a thousand IDs must not each sit
    // through the same waits).
    void aProviderThatAlwaysAnswers429IsNotAskedForEveryId()
    {
        addFault({{QStringLiteral("kind"), QStringLiteral("rate_limit")},
                  {QStringLiteral("method"), QStringLiteral("PATCH")},
                  {QStringLiteral("remaining"), -1},
                  {QStringLiteral("retryAfter"), 0}});
        const QStringList ids{id(Seed::active), id(Seed::activeRecovered), id(Seed::failing),
                              id(Seed::failingNeverOk), id(Seed::disabledByUser)};
        RUN_AS(r, QStringLiteral("optimaldial"),
               QStringList{QStringLiteral("endpoints"), QStringLiteral("update")}
                   << ids << QStringLiteral("--description") << QStringLiteral("rate limited"));
        QCOMPARE(r.exitCode, 3);
        // The first four at once (BoundedRunner::DefaultPerLane), then the first ID alone until its
        // BoundedRunner::MaxAttempts are used up; the fifth never: 4 + 3, not 5 * 4.
        QCOMPARE(writes(journal()).size(), 7);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith(ids.at(i) + QStringLiteral(": failed: ")),
                     qPrintable(lines.at(i)));
            QCOMPARE(lines.at(i).contains(QLatin1String("not sent")), i == 4);
        }
    }

    // The journal is where the CLI records what it sent; whatever is wrong with that file, the
    // update itself stands, the exit code is the update's, and stderr says that the record is missing.
    // A FIFO there (no reader): opening it for writing would block for good after the PATCH went out.
    void aJournalThatIsAFifoNeitherHangsNorFailsTheUpdate()
    {
#ifndef Q_OS_UNIX
        QSKIP("FIFOs are a Unix matter");
#else
        const QString path = journalPath();
        QFile::remove(path + QStringLiteral(".kept"));
        QFile::rename(path, path + QStringLiteral(".kept"));
        const auto restore = qScopeGuard([path] {
            QFile::remove(path);
            QFile::rename(path + QStringLiteral(".kept"), path);
        });
        QDir().mkpath(QFileInfo(path).absolutePath());
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        RUN_AS(r, QStringLiteral("optimaldial"),
               {QStringLiteral("endpoints"), QStringLiteral("update"), id(Seed::active), id(Seed::failing),
                QStringLiteral("--disable")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(patchedIds().size(), 2);
        QVERIFY2(r.err.contains(QLatin1String("change journal")) && r.err.contains(path), qPrintable(r.err));
#endif
    }

    // A journal that cannot grow (a full disk; here a file size limit, its signal ignored as a shell's
    // `ulimit -f` in a script would leave it): the lost record is reported, not silently dropped.
    void aJournalThatCannotGrowIsReported()
    {
#ifndef Q_OS_UNIX
        QSKIP("ulimit is a Unix matter");
#else
        if (!QFileInfo::exists(QStringLiteral("/bin/bash")))
            QSKIP("needs /bin/bash for ulimit -f");
        const QString path = journalPath();
        QFile::remove(path + QStringLiteral(".kept"));
        QFile::copy(path, path + QStringLiteral(".kept"));
        const auto restore = qScopeGuard([path] {
            QFile::remove(path);
            QFile::rename(path + QStringLiteral(".kept"), path);
        });
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile file(path); // blank lines (skipped when read) past the limit below
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
            file.write(QByteArray(64 * 1024, '\n'));
        }
        const QString cli = m_program;
        m_program = QStringLiteral("/bin/bash");
        const auto program = qScopeGuard([this, cli] { m_program = cli; });
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATCHBAY_TOKEN"), SandboxServer::tokenFor(ProviderId::OptimalDial));
        RUN_CLI(r,
                {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 32 && exec \"$0\" \"$@\""),
                 cli, QStringLiteral("--provider"), QStringLiteral("optimaldial"),
                 QStringLiteral("--base-url"), m_baseUrl.toString(), QStringLiteral("endpoints"),
                 QStringLiteral("update"), id(Seed::active), QStringLiteral("--disable")},
                {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(patchedIds(), QStringList{id(Seed::active)});
        QVERIFY2(r.err.contains(QLatin1String("Cannot write the change journal")) && r.err.contains(path),
                 qPrintable(r.err));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
