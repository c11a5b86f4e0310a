#include "core/draft.h"

#include "core/endpoint.h"

Draft Draft::fromEndpoint(const Endpoint &e)
{
    Draft d;
    d.url = e.url;
    d.events = e.events;
    d.description = e.description;
    d.enabled = e.enabled;
    d.metadata = e.metadata;
    d.scope = e.scope;
    return d;
}
