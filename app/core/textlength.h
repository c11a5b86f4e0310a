#pragma once

#include <QString>

// Length limits on the provider pages are stated in characters ("max 100 characters", OpenAPI
// maxLength): a character is a Unicode code point, as JSON Schema, Pydantic and most servers count
// it. QString::size() counts UTF-16 code units, which is 2 for every emoji beyond the BMP. No page
// speaks of grapheme clusters, so "é" written as e + U+0301 is two characters, as the servers see it.
namespace TextLength {

inline qsizetype characters(const QString &text)
{
    qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            --n; // a surrogate pair is one character
            ++i;
        }
    }
    return n;
}

} // namespace TextLength
