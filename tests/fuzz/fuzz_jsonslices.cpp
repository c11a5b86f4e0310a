// libFuzzer target: JsonSlices against QJsonDocument. Whatever the bytes, the scanner must come back
// (no overflow, no read past the end), and when the parser accepts the document and the scanner
// answers, each slice must parse to exactly the entry the parser saw: a listing keeps the slice as the
// endpoint's raw reply, so any disagreement would show the user another object than the one read.
#include "fuzzcheck.h"
#include "providers/jsonslices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto slices = JsonSlices::objectsInMember(json, "data");
    const auto whole = JsonSlices::object(json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return 0; // the codec never slices what the parser refused
    if (whole)
        fuzzCheck(QJsonDocument::fromJson(*whole).object() == doc.object());
    if (slices) {
        const QJsonArray items = doc.object().value(QLatin1String("data")).toArray();
        fuzzCheck(items.size() == slices->size());
        for (qsizetype i = 0; i < slices->size(); ++i) {
            QJsonParseError sliceError;
            const QJsonDocument slice = QJsonDocument::fromJson(slices->at(i), &sliceError);
            fuzzCheck(sliceError.error == QJsonParseError::NoError);
            fuzzCheck(slice.object() == items.at(i).toObject());
        }
    }
    return 0;
}
