#pragma once

#include <QDateTime>
#include <QStringView>

// RFC 3339 date-times as the provider pages write them: "2026-06-12T10:00:00Z",
// "2023-11-07T05:31:56.123+02:00". Anything else (a date alone, a time without an offset, which would
// be read as local time) is invalid. Hand-written because it runs for seven fields of every endpoint
// of a 100,000-endpoint load; it accepts exactly what the former regular expression plus
// QDateTime::fromString(Qt::ISODateWithMs) accepted, and tst_rfc3339 compares the two.
namespace Rfc3339 {

QDateTime parse(QStringView text); // invalid when `text` is not an RFC 3339 date-time

// Exactly QDateTime::toString(Qt::ISODateWithMs) ("2026-06-12T10:00:00.000Z"; empty when invalid),
// written by hand for UTC, which every parsed "…Z" date is: Qt's formatter (asprintf) was an eighth of
// an export's time. Other time specs and years go to Qt.
QString format(const QDateTime &dt);

} // namespace Rfc3339
