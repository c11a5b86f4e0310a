#pragma once

#include <QString>

// An endpoint ID names the one endpoint a write may touch, so it must become exactly one path
// segment. IDs come from people (the CLI) and from servers (a list reply): both are untrusted.
namespace EndpointIds {
// Empty when the ID can be used; otherwise why not, for a person. Percent-encoding keeps "/", "?"
// and "#" inside the segment, but "." and ".." would still be collapsed by URL normalization.
QString refusal(const QString &endpointId);
} // namespace EndpointIds
