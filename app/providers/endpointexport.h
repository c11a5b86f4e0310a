#pragma once

#include "core/endpoint.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

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

} // namespace EndpointExport
