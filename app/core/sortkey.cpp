#include "core/sortkey.h"

namespace SortKey {

QString of(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower(); // shares `text` when nothing changes
    // Decompose (compatibility: ligatures split too), drop the combining marks, then fold case: roughly
    // a collator's primary strength, at the cost of one pass per string instead of one per comparison.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (!c.isMark())
            stripped.append(c);
    // Simple case folding keeps ß, which a German reader files under "ss".
    return stripped.toCaseFolded().replace(QChar(0xDF), QLatin1String("ss"));
}

} // namespace SortKey
