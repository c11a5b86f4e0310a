#include "providers/jsonslices.h"

namespace {

// QJsonDocument refuses deeper documents; a scanner that recursed without a limit could be made to
// overflow its stack by a hostile reply.
constexpr int MaxDepth = 1024;

class Scanner
{
public:
    explicit Scanner(QByteArrayView json, qsizetype from = 0) : m_json(json), m_pos(from) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && isSpace(m_json.at(m_pos)))
            ++m_pos;
    }

    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // A string at the current position; its bytes between the quotes, escapes as written.
    std::optional<QByteArrayView> string()
    {
        skipSpace();
        if (peek() != '"')
            return std::nullopt;
        const qsizetype start = ++m_pos;
        while (!atEnd()) {
            const char c = m_json.at(m_pos);
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"') {
                const QByteArrayView text = m_json.sliced(start, m_pos - start);
                ++m_pos;
                return text;
            }
            ++m_pos;
        }
        return std::nullopt;
    }

    bool skipValue(int depth = 0)
    {
        if (depth > MaxDepth)
            return false;
        skipSpace();
        switch (peek()) {
        case '{':
            ++m_pos;
            if (take('}'))
                return true;
            do {
                if (!string() || !take(':') || !skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take('}');
        case '[':
            ++m_pos;
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        case '"':
            return string().has_value();
        case '\0':
            return false;
        default: { // a number, true, false or null: up to the next delimiter
            const qsizetype start = m_pos;
            while (!atEnd() && !isSpace(peek()) && peek() != ',' && peek() != ']' && peek() != '}')
                ++m_pos;
            return m_pos > start;
        }
        }
    }

    // An object at the current position, compacted; nullopt for anything else.
    std::optional<QByteArray> compactObject()
    {
        skipSpace();
        if (peek() != '{')
            return std::nullopt;
        return compactValue();
    }

    // The value at the current position with the whitespace between its tokens removed.
    std::optional<QByteArray> compactValue()
    {
        skipSpace();
        const qsizetype start = m_pos;
        if (!skipValue())
            return std::nullopt;
        const QByteArrayView value = m_json.sliced(start, m_pos - start);
        QByteArray out(value.size(), Qt::Uninitialized); // written through a pointer: no append per byte
        char *to = out.data();
        bool inString = false;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char c = value.at(i);
            if (inString) {
                *to++ = c;
                if (c == '\\' && i + 1 < value.size())
                    *to++ = value.at(++i);
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
                *to++ = c;
            } else if (!isSpace(c)) {
                *to++ = c;
            }
        }
        out.truncate(to - out.constData());
        out.squeeze();
        return out;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    QByteArrayView m_json;
    qsizetype m_pos;
};

// Where the value of the top-level object's one member `key` starts; -1 when the document is not a
// single object or has not exactly one such member.
qsizetype memberValue(QByteArrayView json, QByteArrayView key)
{
    Scanner scanner(json);
    if (!scanner.take('{'))
        return -1;
    qsizetype found = -1;
    if (!scanner.take('}')) {
        do {
            const std::optional<QByteArrayView> name = scanner.string();
            if (!name || name->contains('\\') || !scanner.take(':'))
                return -1; // an escaped key might equal `key` once decoded: not worth guessing
            scanner.skipSpace();
            if (*name == key) {
                if (found >= 0)
                    return -1; // twice: which one QJsonDocument kept is not ours to guess
                found = scanner.pos();
            }
            if (!scanner.skipValue(1))
                return -1;
        } while (scanner.take(','));
        if (!scanner.take('}'))
            return -1;
    }
    scanner.skipSpace();
    return scanner.atEnd() ? found : -1;
}

} // namespace

namespace JsonSlices {

std::optional<QList<QByteArray>> objectsInMember(QByteArrayView json, QByteArrayView key)
{
    const qsizetype at = memberValue(json, key);
    if (at < 0)
        return std::nullopt;
    Scanner scanner(json, at);
    if (!scanner.take('['))
        return std::nullopt;
    QList<QByteArray> objects;
    if (scanner.take(']'))
        return objects;
    do {
        std::optional<QByteArray> value = scanner.compactObject();
        if (!value)
            return std::nullopt;
        objects << std::move(*value);
    } while (scanner.take(','));
    if (!scanner.take(']'))
        return std::nullopt;
    return objects;
}

std::optional<QByteArray> object(QByteArrayView json, QByteArrayView key)
{
    qsizetype at = 0;
    if (!key.isEmpty()) {
        at = memberValue(json, key);
        if (at < 0)
            return std::nullopt;
    }
    Scanner scanner(json, at);
    std::optional<QByteArray> value = scanner.compactObject();
    if (!value)
        return std::nullopt;
    if (key.isEmpty()) { // the whole document: nothing may follow
        scanner.skipSpace();
        if (!scanner.atEnd())
            return std::nullopt;
    }
    return value;
}

} // namespace JsonSlices
