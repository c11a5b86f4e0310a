// libFuzzer target: the account settings loader on a hand-edited (here: fuzzed) INI file. Loading
// must never crash, and every account it hands out must pass the checks a saved one passes: a
// valid name and a base URL the client accepts (https, http only on loopback, no credentials).
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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir dir;
    static quint64 counter = 0;
    static const bool installed = (qInstallMessageHandler(quiet), true);
    Q_UNUSED(installed);

    // A new file each time: QSettings caches files by name.
    const QString path = dir.filePath(QStringLiteral("accounts-%1.ini").arg(++counter));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        const AccountStore store(&settings);
        for (const Account &account : store.list()) {
            if (!AccountStore::checkName(account.name).isEmpty() ||
                !ApiClient::checkBaseUrl(account.baseUrl).isEmpty() ||
                !AccountStore::checkColorName(account.colorName).isEmpty())
                abort();
            if (!store.find(account.name))
                abort();
        }
    }
    QFile::remove(path);
    return 0;
}
