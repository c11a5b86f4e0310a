#include "providers/endpointexport.h"

#include "core/inerttext.h"
#include "providers/endpointcodec.h"

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

QByteArray csv(const QList<Endpoint> &endpoints)
{
    const QStringList names = EndpointExport::fieldNames();
    QString text;
    appendRecord(names, &text);
    for (const Endpoint &e : endpoints) {
        const QJsonObject o = EndpointCodec::toNormalizedJson(e);
        QStringList cells;
        cells.reserve(names.size());
        for (const QString &name : names)
            cells << cellText(o.value(name));
        appendRecord(cells, &text);
    }
    return text.toUtf8();
}

QByteArray json(const QList<Endpoint> &endpoints)
{
    QJsonArray array;
    for (const Endpoint &e : endpoints)
        array.append(EndpointCodec::toNormalizedJson(e));
    // QJsonDocument escapes only C0: DEL, C1 and format characters (U+202E…) are escaped too, so the
    // file is safe on a terminal and still parses to the server's exact strings.
    return InertText::escapeJson(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)))
        .toUtf8();
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
    return format == Format::Csv ? csv(endpoints) : json(endpoints);
}

} // namespace EndpointExport
