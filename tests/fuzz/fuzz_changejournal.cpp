// libFuzzer target: the change journal reader on a damaged (here: fuzzed) JSON Lines file. Reading
// must never crash, and a record it accepts must survive the journal's own rewrite (toJson, then
// read back) unchanged, or trimming the journal would silently drop or alter history.
#include "session/changejournal.h"

#include <QBuffer>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    int skipped = 0;
    const QList<ChangeRecord> records = ChangeJournal::parse(buffer, &skipped);
    if (skipped < 0)
        abort();

    QByteArray rewritten;
    for (const ChangeRecord &record : records)
        rewritten += QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QBuffer again(&rewritten);
    again.open(QIODevice::ReadOnly);
    int skippedAgain = 0;
    const QList<ChangeRecord> reread = ChangeJournal::parse(again, &skippedAgain);
    if (skippedAgain != 0 || reread.size() != records.size())
        abort();
    for (int i = 0; i < records.size(); ++i) {
        if (reread.at(i).toJson() != records.at(i).toJson())
            abort();
    }
    return 0;
}
