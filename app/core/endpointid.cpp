#include "core/endpointid.h"

#include <QCoreApplication>

namespace EndpointIds {

QString refusal(const QString &endpointId)
{
    if (endpointId.isEmpty())
        return QCoreApplication::translate("EndpointIds", "The endpoint ID is empty.");
    if (endpointId == QLatin1String(".") || endpointId == QLatin1String(".."))
        return QCoreApplication::translate("EndpointIds",
                                           "The endpoint ID \"%1\" is not a usable ID: it would address "
                                           "another resource than one endpoint.")
            .arg(endpointId);
    return {};
}

} // namespace EndpointIds
