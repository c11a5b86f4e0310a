// libFuzzer target: the endpoint IDs of `patchbay-cli endpoints update --ids-from FILE|-`, a file
// made by scripts and pastes. What IdList accepts is sent, one request per ID, to the path segment of
// an update: every ID must be one the update can send as it is, each once.
#include "cli/idlist.h"
#include "core/endpointid.h"

#include <QBuffer>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    QStringList ids;
    QString error;
    if (!IdList::parse(device, QStringLiteral("fuzz"), &ids, &error)) {
        if (error.isEmpty())
            abort(); // a refusal always says why
        return 0;
    }
    if (ids.size() > IdList::maxLines)
        abort();
    for (const QString &id : std::as_const(ids)) {
        if (id.isEmpty() || id != id.trimmed() || !IdList::problem(id).isEmpty() ||
            !EndpointIds::refusal(id).isEmpty())
            abort();
    }
    // collect() drops repeats; parse() keeps the file's order, so the first of each is the one kept.
    QStringList unique;
    if (!IdList::collect(ids, QString(), &unique, &error))
        abort();
    if (QSet<QString>(ids.cbegin(), ids.cend()).size() != unique.size())
        abort();
    return 0;
}
