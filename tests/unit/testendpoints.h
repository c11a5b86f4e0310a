#pragma once

#include "core/endpoint.h"
#include "providers/endpointcodec.h"
#include "providers/providerspec.h"

#include <QJsonDocument>
#include <QTest>

// Fixtures are written with single quotes ('id': 'x') because moc cannot parse raw string literals.
inline QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

// Builds an Endpoint the way the client does: from the provider's own JSON.
inline Endpoint endpointFromJson(ProviderId provider, const QByteArray &json)
{
    Endpoint e;
    QString error;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (!EndpointCodec::parseEndpoint(Providers::spec(provider), object, &e, &error))
        qFatal("test fixture does not parse: %s", qPrintable(error));
    return e;
}

inline QJsonObject jsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.object();
}
