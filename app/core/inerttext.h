#pragma once

#include <QString>

// Text from a server (ids, URLs, events, error messages) is untrusted: written raw to a terminal,
// an ESC sequence retitles or clears it, a CR overwrites a line, a bidi override (U+202E) makes
// text read backwards. These functions turn every such character into a visible escape, so what
// reaches a terminal or a log only ever shows characters.
//
// Escaped: C0 controls, DEL, C1 controls (U+0080–U+009F), Unicode format characters (category Cf:
// bidi embeddings/overrides/isolates, zero-width space/joiners, BOM, soft hyphen, tag characters),
// the line and paragraph separators (U+2028/U+2029), and lone surrogates.
// A backslash is left as is: the output is for a person, and inert is the requirement.
namespace InertText {

enum class Newlines
{
    Escape, // one line: a field, a table cell, an error message, a log line
    Keep    // several lines of our own layout, whose values were escaped already
};

bool isUnsafe(char32_t codePoint);

// "\x1b[2J" for ESC, "\r" / "\n" / "\t" for those, "\u202e" for U+202E, "\U000e0001" beyond the BMP.
QString escape(const QString &text, Newlines newlines = Newlines::Escape);

// JSON text (as QJsonDocument writes it, which escapes only C0) with every other unsafe character
// written as a JSON \uXXXX escape (a surrogate pair beyond the BMP). Still valid JSON that parses
// to the same strings: these characters can only occur inside JSON strings.
QString escapeJson(const QString &json);

// Routes qDebug/qInfo/qWarning/qCritical through escape() before the previous handler prints them:
// Qt's own warnings and ours quote URLs and server messages. Safe to call more than once.
void installLogFilter();

} // namespace InertText
