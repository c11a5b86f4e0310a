#include "providers/endpointexport.h"

#include "core/inerttext.h"
#include "providers/endpointcodec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// One JSON value as the text of a CSV cell.
QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toVariant().toString(); // the integers print as integers
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << cellText(item);
        return items.join(QLatin1Char(';'));
    }
    case QJsonValue::Object: // metadata: compact JSON, which keeps keys and values apart unambiguously
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Control and invisible format characters as visible escapes; tab, CR and LF stay (a quoted cell
// holds them, a multi-line description stays multi-line).
QString inert(const QString &text)
{
    QString out;
    qsizetype copiedUpTo = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        qsizetype units = 1;
        char32_t codePoint = c.unicode();
        bool unsafe = false;
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            units = 2;
            unsafe = InertText::isUnsafe(codePoint);
        } else {
            unsafe = c.isSurrogate() || InertText::isUnsafe(codePoint); // a lone surrogate is unsafe
        }
        if (unsafe && codePoint != U'\t' && codePoint != U'\r' && codePoint != U'\n') {
            out += QStringView(text).mid(copiedUpTo, i - copiedUpTo);
            out += InertText::escape(text.mid(i, units));
            copiedUpTo = i + units;
        }
        i += units - 1;
    }
    if (copiedUpTo == 0)
        return text;
    out += QStringView(text).mid(copiedUpTo);
    return out;
}

// One cell, RFC 4180, after formula neutralisation.
void appendCell(QString text, QString *out)
{
    text = inert(text);
    // A spreadsheet reads these as a formula (or, for tab and CR, strips them and then does):
    // the leading quote makes the cell text, and shows. Server text is never run.
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote) {
        *out += text;
        return;
    }
    *out += QLatin1Char('"');
    *out += QString(text).replace(QLatin1Char('"'), QLatin1String("\"\""));
    *out += QLatin1Char('"');
}

void appendRecord(const QStringList &cells, QString *out)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            *out += QLatin1Char(',');
        appendCell(cells.at(i), out);
    }
    *out += QLatin1String("\r\n");
}

QByteArray record(const QStringList &cells)
{
    QString text;
    appendRecord(cells, &text);
    return text.toUtf8();
}

QByteArray csvRecord(const Endpoint &e, const QStringList &names)
{
    const QJsonObject o = EndpointCodec::toNormalizedJson(e);
    QStringList cells;
    cells.reserve(names.size());
    for (const QString &name : names)
        cells << cellText(o.value(name));
    return record(cells);
}

// QJsonDocument escapes only C0: DEL, C1 and format characters (U+202E…) are escaped too, so the file
// is safe on a terminal and still parses to the server's exact strings. Only bytes from 0x7f up can
// start such a character: pure ASCII (most elements) skips the round trip through QString.
QByteArray inertJson(const QByteArray &json)
{
    for (const char c : json) {
        if (uchar(c) >= 0x7f)
            return InertText::escapeJson(QString::fromUtf8(json)).toUtf8();
    }
    return json;
}

// One element of the array exactly as QJsonDocument::Indented writes it inside the array: the object's
// own document, every line one level (4 spaces) deeper, without its final newline. String values hold
// no raw line break (JSON escapes it), so every '\n' is layout.
QByteArray jsonElement(const Endpoint &e)
{
    QByteArray object = QJsonDocument(EndpointCodec::toNormalizedJson(e)).toJson(QJsonDocument::Indented);
    if (object.endsWith('\n'))
        object.chop(1);
    const QByteArrayView indent("    ");
    QByteArray out;
    out.reserve(object.size() + (object.count('\n') + 1) * indent.size());
    qsizetype from = 0;
    while (true) {
        out += indent;
        const qsizetype newline = object.indexOf('\n', from);
        if (newline < 0)
            break;
        out += QByteArrayView(object).sliced(from, newline + 1 - from);
        from = newline + 1;
    }
    out += QByteArrayView(object).sliced(from);
    return inertJson(out);
}

constexpr qsizetype ChunkBytes = 64 * 1024;

} // namespace

namespace EndpointExport {

QStringList fieldNames()
{
    // The keys every element has first (the list), then the provider-specific ones.
    return {QStringLiteral("account"),
            QStringLiteral("provider"),
            QStringLiteral("id"),
            QStringLiteral("url"),
            QStringLiteral("events"),
            QStringLiteral("description"),
            QStringLiteral("health"),
            QStringLiteral("disabledBy"),
            QStringLiteral("healthReason"),
            QStringLiteral("failureCount"),
            QStringLiteral("lastDeliveryAt"),
            QStringLiteral("lastDeliveryStatus"),
            QStringLiteral("providerStatus"),
            QStringLiteral("enabled"),
            QStringLiteral("disabledAt"),
            QStringLiteral("createdAt"),
            QStringLiteral("scope"),
            QStringLiteral("metadata"),
            QStringLiteral("environment"),
            QStringLiteral("hasSecret"),
            QStringLiteral("secretType")};
}

QByteArray write(const QList<Endpoint> &endpoints, Format format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(endpoints, format, &buffer);
    return bytes;
}

bool write(const QList<Endpoint> &endpoints, Format format, QIODevice *device,
           const std::function<QByteArray(const QByteArray &)> &filter)
{
    Writer writer(device, format, filter);
    if (!writer.begin())
        return false;
    for (const Endpoint &e : endpoints) {
        if (!writer.add(e))
            return false;
    }
    return writer.finish();
}

Writer::Writer(QIODevice *device, Format format, Filter filter)
    : m_device(device), m_format(format), m_filter(std::move(filter))
{
    if (m_format == Format::Csv)
        m_names = fieldNames();
}

bool Writer::begin()
{
    m_chunk += m_format == Format::Csv ? record(m_names) : QByteArray("[\n");
    return flushIf(ChunkBytes);
}

bool Writer::add(const Endpoint &endpoint)
{
    if (m_format == Format::Csv) {
        m_chunk += csvRecord(endpoint, m_names);
    } else {
        if (!m_first)
            m_chunk += ",\n";
        m_chunk += jsonElement(endpoint);
    }
    m_first = false;
    return flushIf(ChunkBytes);
}

bool Writer::finish()
{
    if (m_format == Format::Json)
        m_chunk += m_first ? "]\n" : "\n]\n"; // as QJsonDocument closes an array, empty or not
    return flushIf(0);
}

bool Writer::flushIf(qsizetype threshold)
{
    if (m_failed)
        return false;
    if (m_chunk.isEmpty() || m_chunk.size() < threshold)
        return true;
    {
        const QByteArray bytes = m_filter ? m_filter(m_chunk) : m_chunk;
        m_failed = m_device->write(bytes) != bytes.size();
    } // bytes gone: the chunk is not shared, and keeps its capacity for the next one
    m_chunk.truncate(0);
    return !m_failed;
}

} // namespace EndpointExport
