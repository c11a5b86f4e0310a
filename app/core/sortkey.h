#pragma once

#include <QString>

// A key that sorts and filters text the way a reader expects, computed once per string instead of on
// every comparison: lower case, and for non-ASCII text accents folded away ("Émile" sorts with "emile",
// not after "z"). Plain code-point comparison of two keys is then enough (QString::compare, contains()).
// An already lower-case ASCII string is returned as a shared copy, so its key costs no memory.
namespace SortKey {

QString of(const QString &text);

} // namespace SortKey
