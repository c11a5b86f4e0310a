#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

// Pieces of a JSON document that QJsonDocument has already accepted, as the server wrote them minus
// the whitespace between tokens. A listing keeps each endpoint's raw reply this way instead of writing
// the parsed object out again (that was a fifth of reading a page). Anything unexpected gives nullopt
// and the caller writes the parsed object instead: a top-level key written with an escape, the key
// twice, a shape other than the one asked for, nesting deeper than QJsonDocument allows.
namespace JsonSlices {

// The elements of the array under `key` in the top-level object, each an object.
std::optional<QList<QByteArray>> objectsInMember(QByteArrayView json, QByteArrayView key);

// The top-level object, or its member `key` when that is not empty (an object too).
std::optional<QByteArray> object(QByteArrayView json, QByteArrayView key = {});

} // namespace JsonSlices
