#include "core/endpoint.h"

#include <QJsonDocument>

bool Endpoint::operator==(const Endpoint &o) const
{
    // raw is compared too: two loads that differ only in a field we do not normalize still differ.
    return provider == o.provider && account == o.account && id == o.id && url == o.url &&
           events == o.events && description == o.description && enabled == o.enabled &&
           metadata == o.metadata && scope == o.scope && hasSecret == o.hasSecret &&
           secretType == o.secretType && environment == o.environment && providerStatus == o.providerStatus &&
           disabledReason == o.disabledReason && failureCount == o.failureCount &&
           lastDeliveryStatus == o.lastDeliveryStatus && createdAt == o.createdAt &&
           updatedAt == o.updatedAt && lastDeliveryAt == o.lastDeliveryAt &&
           lastSuccessAt == o.lastSuccessAt && lastFailureAt == o.lastFailureAt &&
           disabledAt == o.disabledAt && verifiedAt == o.verifiedAt && raw == o.raw;
}

QDateTime Endpoint::lastDeliveryOf(const QDateTime &delivery, const QDateTime &success,
                                   const QDateTime &failure)
{
    if (delivery.isValid())
        return delivery;
    // Providers without a "last delivery" field still report the last success / failure.
    if (success.isValid() && failure.isValid())
        return qMax(success, failure);
    return success.isValid() ? success : failure;
}

QJsonObject Endpoint::rawObject() const
{
    return raw.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(raw).object();
}

QByteArray Endpoint::compactRaw(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, so equal objects give equal bytes (operator== relies on it).
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bytes.squeeze(); // the writer grows its buffer geometrically: up to 60% spare on every endpoint kept
    return bytes;
}
