#pragma once

#include "core/endpoint.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

// Endpoints as a file for a person or a spreadsheet: `patchbay-cli endpoints export` and the window's
// File → Export…. Both formats carry the normalized fields of EndpointCodec::toNormalizedJson (never a
// token, a secret or the raw reply); Endpoint::account is set by the caller.
namespace EndpointExport {

enum class Format
{
    Csv, // RFC 4180, UTF-8 without BOM, CRLF; one header row of fieldNames()
    Json // the array `patchbay-cli endpoints list --json` prints (UTF-8, indented, inert)
};

// The CSV columns, in order: the normalized JSON's field names.
QStringList fieldNames();

// Server text is untrusted. CSV: events joined by ";", null and absent fields as empty cells, a cell
// quoted (quotes doubled) when it holds `,` `"` CR or LF; a cell beginning with = + - @ tab or CR gets
// a leading ' so a spreadsheet never runs it as a formula; control, bidi and other invisible format
// characters (InertText) are written as visible escapes ("\x1b", "\u202e"), tab, CR and LF excepted.
// JSON: every string exactly as received, unsafe characters as \uXXXX escapes.
QByteArray write(const QList<Endpoint> &endpoints, Format format);

// The same bytes, written endpoint by endpoint into `device` (a QSaveFile, stdout): memory stays at
// one chunk of records whatever the export's size. False when the device refused a write.
// `filter` as Writer's.
bool write(const QList<Endpoint> &endpoints, Format format, QIODevice *device,
           const std::function<QByteArray(const QByteArray &)> &filter = {});

// The streaming writer behind both: begin(), add() per endpoint, finish(). Records are collected in
// a chunk of ~64 KiB, passed through `filter` (may be empty; the CLI's Redactor) and written. A chunk
// always ends on a record boundary, a raw line break, which no secret (an HTTP header value) holds.
class Writer
{
public:
    using Filter = std::function<QByteArray(const QByteArray &)>;
    Writer(QIODevice *device, Format format, Filter filter = {});
    bool begin();
    bool add(const Endpoint &endpoint);
    bool addAll(const QList<Endpoint> &endpoints); // the same, serialised on every core, in order
    bool finish(); // the closing bytes and the last chunk; the device stays open
    bool failed() const { return m_failed; }

private:
    void append(const Endpoint &endpoint, QByteArray *out); // one record, its separator first
    bool flushIf(qsizetype threshold);

    QIODevice *m_device;
    Format m_format;
    Filter m_filter;
    QStringList m_names;
    QByteArray m_chunk;
    bool m_first = true;
    bool m_failed = false;
};

} // namespace EndpointExport
