#pragma once

#include "net/exchange.h"

#include <QString>

// The texts the inspector and the change journal show for a request: headers one per line, JSON
// bodies pretty-printed. Pure functions over already-redacted data (Qt Core only).
namespace ExchangeText {

// Indented JSON when the body parses as JSON; otherwise the body as UTF-8, cut at maxBytes so a
// huge reply cannot freeze the view.
QString prettyBody(const QByteArray &body, int maxBytes = 512 * 1024);
QString headersText(const HeaderList &headers);
QString requestText(const Exchange &exchange);  // "PATCH url", headers, body
QString responseText(const Exchange &exchange); // "HTTP 200", headers, body, or the error
// "200", or the error text when there was no HTTP reply.
QString statusText(const Exchange &exchange);
QString durationText(qint64 ms); // "123 ms", "12,345 ms": one unit, so a column compares at a glance

} // namespace ExchangeText
