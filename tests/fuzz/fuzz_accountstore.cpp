// libFuzzer target: the account settings loader on a hand-edited (here: fuzzed) INI file. Loading
// must never crash; every account it hands out must pass the checks a saved one passes (a valid
// name, a base URL the client accepts: https, http only on loopback, no credentials); and an
// account that loads and may be saved reads back unchanged from the file that save writes (the
// accounts dialog re-saves what it loaded).
#include "net/apiclient.h"
#include "secrets/accountstore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void quiet(QtMsgType, const QMessageLogContext &, const QString &) {} // skipped-entry warnings

QString freshPath()
{
    // A new file name each time: QSettings caches files by name, and would answer from memory.
    static const QTemporaryDir dir;
    static quint64 counter = 0;
    return dir.filePath(QStringLiteral("accounts-%1.ini").arg(++counter));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        abort();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        abort();
    return file.readAll();
}

QList<Account> load(const QByteArray &ini)
{
    const QString path = freshPath();
    writeFile(path, ini);
    QList<Account> accounts;
    {
        QSettings settings(path, QSettings::IniFormat);
        const AccountStore store(&settings);
        accounts = store.list();
        for (const Account &account : accounts) {
            if (!AccountStore::checkName(account.name).isEmpty() ||
                !ApiClient::checkBaseUrl(account.baseUrl).isEmpty() ||
                !AccountStore::checkColorName(account.colorName).isEmpty())
                abort();
            if (!store.find(account.name))
                abort();
        }
    }
    QFile::remove(path);
    return accounts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool installed = (qInstallMessageHandler(quiet), true);
    Q_UNUSED(installed);

    const QByteArray ini(reinterpret_cast<const char *>(data), int(size));
    // Known, in Qt, not fixed here: QSettings decodes an "@Variant(…)" value with QDataStream, which
    // allocates whatever size the bytes claim (19 GB for tests/fuzz/known-issues/qsettings-variant-19gb.ini,
    // inside QSettings::childGroups, before our loader sees a value). Skipped so that the fuzzer keeps
    // exploring our loader; guarding it needs a look at the file before QSettings parses it.
    if (ini.contains("@Variant("))
        return 0;
    const QList<Account> accounts = load(ini);
    for (const Account &account : accounts) {
        const QString path = freshPath();
        bool saved = false;
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore store(&settings);
            saved = store.save(account); // a hand-edited label may be refused, with its reason
        }
        if (saved) {
            const QList<Account> back = load(readFile(path));
            if (back.size() != 1 || back.constFirst() != account)
                abort();
        }
        QFile::remove(path);
    }
    return 0;
}
