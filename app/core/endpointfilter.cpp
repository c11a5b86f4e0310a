#include "core/endpointfilter.h"

#include "core/endpoint.h"
#include "core/sortkey.h"

EndpointFilter::EndpointFilter(HealthChoice health, const QString &text)
    : m_health(health), m_needle(needleOf(text))
{}

bool EndpointFilter::accepts(const Endpoint &e) const
{
    if (m_health != HealthChoice::Any) {
        // Source wording: only the health and who disabled are read, no need to translate a reason.
        const HealthInfo info = HealthRules::evaluate(e, HealthRules::Wording::Source);
        if (!healthAccepts(m_health, info.health, info.disabledBy))
            return false;
    }
    if (m_needle.isEmpty())
        return true;
    const QString url = SortKey::of(e.url);
    const QString description = SortKey::of(e.description);
    const QString events = SortKey::of(eventsText(e.events));
    const QString id = SortKey::of(e.id);
    return keysContain({url, description, events, id}, m_needle);
}

QList<Endpoint> EndpointFilter::filtered(const QList<Endpoint> &endpoints) const
{
    if (m_health == HealthChoice::Any && m_needle.isEmpty())
        return endpoints;
    QList<Endpoint> kept;
    for (const Endpoint &e : endpoints)
        if (accepts(e))
            kept << e;
    return kept;
}

bool EndpointFilter::healthAccepts(HealthChoice choice, Health health, DisabledBy by)
{
    switch (choice) {
    case HealthChoice::Any:
        return true;
    case HealthChoice::Active:
        return health == Health::Active;
    case HealthChoice::Failing:
        return health == Health::Failing;
    case HealthChoice::Disabled:
        return health == Health::Disabled;
    case HealthChoice::Attention:
        return HealthRules::needsAttention(health, by);
    }
    return false;
}

bool EndpointFilter::keysContain(const Keys &keys, QStringView needle)
{
    if (needle.isEmpty())
        return true;
    for (const QStringView key : keys)
        if (key.contains(needle))
            return true;
    return false;
}

QString EndpointFilter::needleOf(const QString &text)
{
    return SortKey::of(text.trimmed());
}

QString EndpointFilter::eventsText(const QStringList &events)
{
    return events.join(QLatin1String(", "));
}

namespace {

const std::pair<const char *, EndpointFilter::HealthChoice> healthChoiceKeys[] = {
    {"", EndpointFilter::HealthChoice::Any},
    {"active", EndpointFilter::HealthChoice::Active},
    {"failing", EndpointFilter::HealthChoice::Failing},
    {"disabled", EndpointFilter::HealthChoice::Disabled},
    {"attention", EndpointFilter::HealthChoice::Attention},
};

} // namespace

QStringList EndpointFilter::healthKeys()
{
    QStringList keys;
    for (const auto &entry : healthChoiceKeys) {
        if (*entry.first)
            keys << QLatin1String(entry.first);
    }
    return keys;
}

bool EndpointFilter::healthChoiceFromKey(const QString &key, HealthChoice *out)
{
    for (const auto &[name, choice] : healthChoiceKeys) {
        if (key == QLatin1String(name)) {
            *out = choice;
            return true;
        }
    }
    return false;
}
