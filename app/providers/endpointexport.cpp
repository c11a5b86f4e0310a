#include "providers/endpointexport.h"

#include "core/inerttext.h"
#include "providers/endpointcodec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

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
constexpr qsizetype BlockEndpoints = 500; // ~280 KiB of JSON: what a thread serialises at a time

// Makes blocks 0…count-1 with make() on this thread and up to `helpers` others, and hands them to
// consume() in order, on this thread. At most `ahead` blocks wait to be consumed: memory stays
// bounded. Stops early (false) when consume() refuses a block.
bool inOrder(int count, int helpers, const std::function<QByteArray(int)> &make,
             const std::function<bool(const QByteArray &)> &consume)
{
    const int ahead = 2 * (helpers + 1);
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<QByteArray> made(static_cast<size_t>(count));
    std::vector<bool> ready(static_cast<size_t>(count), false);
    int next = 0;     // the next block to make
    int consumed = 0; // blocks handed to consume()
    bool stop = false;
    // Under the lock: takes the next block when the window allows, makes it unlocked, stores it.
    const auto makeOne = [&](std::unique_lock<std::mutex> &lock) {
        if (stop || next >= count || next >= consumed + ahead)
            return false;
        const int block = next++;
        lock.unlock();
        QByteArray bytes = make(block);
        lock.lock();
        made[size_t(block)] = std::move(bytes);
        ready[size_t(block)] = true;
        changed.notify_all();
        return true;
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < helpers; ++i) {
        threads.emplace_back([&] {
            std::unique_lock<std::mutex> lock(mutex);
            while (!stop && next < count) {
                if (!makeOne(lock))
                    changed.wait(lock);
            }
        });
    }
    bool ok = true;
    for (int block = 0; block < count && ok; ++block) {
        QByteArray bytes;
        {
            std::unique_lock<std::mutex> lock(mutex);
            while (!ready[size_t(block)]) {
                if (!makeOne(lock)) // this thread works too, rather than wait
                    changed.wait(lock);
            }
            bytes = std::move(made[size_t(block)]);
        }
        ok = consume(bytes);
        std::lock_guard<std::mutex> lock(mutex);
        consumed = block + 1;
        stop = !ok;
        changed.notify_all();
    }
    {
        std::lock_guard<std::mutex> lock(mutex);
        stop = true;
        changed.notify_all();
    }
    for (std::thread &thread : threads)
        thread.join();
    return ok;
}

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
    return writer.begin() && writer.addAll(endpoints) && writer.finish();
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
    append(endpoint, &m_chunk);
    return flushIf(ChunkBytes);
}

void Writer::append(const Endpoint &endpoint, QByteArray *out)
{
    if (m_format == Format::Csv) {
        *out += csvRecord(endpoint, m_names);
    } else {
        if (!m_first)
            *out += ",\n";
        *out += jsonElement(endpoint);
    }
    m_first = false;
}

bool Writer::addAll(const QList<Endpoint> &endpoints)
{
    // Serialising is nearly all of an export's time (the normalized JSON of each endpoint): blocks of
    // endpoints are serialised on every core, and written in order.
    const int blocks = int((endpoints.size() + BlockEndpoints - 1) / BlockEndpoints);
    const int helpers = std::min(QThread::idealThreadCount(), blocks) - 1;
    if (helpers < 1) {
        for (const Endpoint &e : endpoints) {
            if (!add(e))
                return false;
        }
        return true;
    }
    const bool firstOfAll = m_first;
    m_first = false;
    const auto make = [&](int block) {
        // A block's JSON elements after the first of all begin with their separator.
        Writer serialiser(nullptr, m_format);
        serialiser.m_names = m_names;
        serialiser.m_first = block == 0 && firstOfAll;
        QByteArray bytes;
        const qsizetype from = qsizetype(block) * BlockEndpoints;
        for (qsizetype i = from; i < std::min(from + BlockEndpoints, endpoints.size()); ++i)
            serialiser.append(endpoints.at(i), &bytes);
        return bytes;
    };
    return inOrder(blocks, helpers, make, [this](const QByteArray &bytes) {
        m_chunk += bytes;
        return flushIf(ChunkBytes);
    });
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
