#include "core/draft.h"

#include "core/endpoint.h"

#include <QSet>

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

bool Draft::sameEvents(const QStringList &a, const QStringList &b)
{
    return a.size() == b.size() && QSet<QString>(a.begin(), a.end()) == QSet<QString>(b.begin(), b.end());
}
