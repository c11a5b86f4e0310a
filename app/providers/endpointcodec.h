#pragma once

#include "core/endpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

struct ProviderSpec;

// One page of a list reply.
struct EndpointPage
{
    QList<Endpoint> endpoints;
    bool hasMore = false;
    QString nextCursor; // token, last id, or next page number as text, per PagingSpec::Style
};

// Reads each provider's reply shapes into Endpoint, and writes the normalized JSON the CLI prints.
// Every reply is untrusted: a wrong shape returns false with a message naming what was wrong.
namespace EndpointCodec {
// `raw`: the object's bytes as the server wrote them (JsonSlices), kept as Endpoint::raw; empty: the
// parsed object is written out instead.
bool parseEndpoint(const ProviderSpec &spec, const QJsonObject &object, Endpoint *out, QString *error,
                   const QByteArray &raw = QByteArray());
bool parseItemReply(const ProviderSpec &spec, const QByteArray &body, Endpoint *out, QString *error);
bool parsePage(const ProviderSpec &spec, const QByteArray &body, int currentPage, EndpointPage *out,
               QString *error);
QJsonObject toNormalizedJson(const Endpoint &endpoint); // stable keys and wording for `--json`
} // namespace EndpointCodec
