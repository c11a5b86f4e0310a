#include "core/inerttext.h"

#include <QChar>
#include <QtGlobal>

#include <atomic>

namespace {

QString hex(uint value, int digits)
{
    return QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0'));
}

// The visible form of one unsafe code point (or lone surrogate).
QString visible(char32_t c)
{
    switch (c) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    case U'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c <= 0xff)
        return QLatin1String("\\x") + hex(c, 2);
    if (c <= 0xffff)
        return QLatin1String("\\u") + hex(c, 4);
    return QLatin1String("\\U") + hex(c, 8);
}

// Calls f(codePoint, isLoneSurrogate, utf16Units, index) for each code point of text.
template <typename F> void forEachCodePoint(const QString &text, F f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text.at(i + 1)), false, 2, i);
            ++i;
        } else {
            f(char32_t(c.unicode()), c.isSurrogate(), 1, i);
        }
    }
}

std::atomic<QtMessageHandler> previousHandler{nullptr};

void inertHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QtMessageHandler previous = previousHandler.load();
    if (previous)
        previous(type, context, InertText::escape(message));
}

} // namespace

namespace InertText {

bool isUnsafe(char32_t c)
{
    if (c >= 0x20 && c < 0x7f) // printable ASCII, most of any text: no category look-up
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c >= 0xd800 && c <= 0xdfff) // only reached for a lone surrogate
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escape(const QString &text, Newlines newlines)
{
    QString result;
    qsizetype copiedUpTo = 0; // copy safe runs whole; most text has nothing to escape
    forEachCodePoint(text, [&](char32_t c, bool lone, int units, qsizetype at) {
        if (!lone && (!isUnsafe(c) || (c == U'\n' && newlines == Newlines::Keep)))
            return;
        if (result.isNull())
            result.reserve(text.size() + 16);
        result += QStringView(text).mid(copiedUpTo, at - copiedUpTo);
        result += visible(c);
        copiedUpTo = at + units;
    });
    if (copiedUpTo == 0)
        return text;
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

QString escapeJson(const QString &json)
{
    QString result;
    qsizetype copiedUpTo = 0;
    forEachCodePoint(json, [&](char32_t c, bool lone, int units, qsizetype at) {
        // Structural whitespace (space, \t, \n, \r) stays; C0 inside strings is escaped by QJsonDocument.
        if (!lone && (c < 0x20 || !isUnsafe(c)))
            return;
        result += QStringView(json).mid(copiedUpTo, at - copiedUpTo);
        for (int i = 0; i < units; ++i)
            result += QLatin1String("\\u") + hex(json.at(at + i).unicode(), 4);
        copiedUpTo = at + units;
    });
    if (copiedUpTo == 0)
        return json;
    result += QStringView(json).mid(copiedUpTo);
    return result;
}

void installLogFilter()
{
    if (previousHandler.load())
        return;
    previousHandler.store(qInstallMessageHandler(inertHandler));
}

} // namespace InertText
