#include "diff/rebase.h"

#include "core/endpoint.h"

#include <QSet>
#include <optional>

namespace {

// Three-way merge of one field: `same` says whether two values are equal for this field.
template <typename T, typename Same>
void mergeField(const QString &field, const T &base, const T &theirs, const T &mine, T *merged,
                QList<FieldConflict> *conflicts, Same same)
{
    const bool iChanged = !same(mine, base);
    const bool theyChanged = !same(theirs, base);
    *merged = iChanged ? mine : theirs;
    if (iChanged && theyChanged && !same(mine, theirs))
        conflicts->append(FieldConflict{field, QString()});
}

template <typename T> bool equal(const T &a, const T &b)
{
    return a == b;
}

// Layers merges metadata per key, so each key is merged, and can conflict, on its own.
QMap<QString, QString> mergeMetadata(const QMap<QString, QString> &base, const QMap<QString, QString> &theirs,
                                     const QMap<QString, QString> &mine, QList<FieldConflict> *conflicts)
{
    QMap<QString, QString> merged = theirs;
    QSet<QString> keys;
    for (const auto *map : {&base, &theirs, &mine})
        for (auto it = map->begin(); it != map->end(); ++it)
            keys.insert(it.key());
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    for (const QString &key : std::as_const(sorted)) {
        const auto value = [&key](const QMap<QString, QString> &m) {
            return m.contains(key) ? std::optional<QString>(m.value(key)) : std::nullopt;
        };
        const std::optional<QString> b = value(base), t = value(theirs), m = value(mine);
        if (m == b)
            continue; // not mine to decide: the server's value (or absence) stays
        if (m)
            merged.insert(key, *m);
        else
            merged.remove(key);
        if (t != b && t != m)
            conflicts->append(FieldConflict{QStringLiteral("metadata"), key});
    }
    return merged;
}

} // namespace

Draft RebaseResult::keepingTheirs() const
{
    Draft d = merged;
    for (const FieldConflict &c : conflicts) {
        if (c.field == QLatin1String("url"))
            d.url = theirs.url;
        else if (c.field == QLatin1String("events"))
            d.events = theirs.events;
        else if (c.field == QLatin1String("description"))
            d.description = theirs.description;
        else if (c.field == QLatin1String("enabled"))
            d.enabled = theirs.enabled;
        else if (c.field == QLatin1String("scope"))
            d.scope = theirs.scope;
        else if (c.field == QLatin1String("metadata")) {
            if (theirs.metadata.contains(c.key))
                d.metadata.insert(c.key, theirs.metadata.value(c.key));
            else
                d.metadata.remove(c.key);
        }
    }
    return d;
}

namespace Rebase {

RebaseResult onto(const Endpoint &baseEndpoint, const Endpoint &theirsEndpoint, const Draft &mine)
{
    RebaseResult r;
    r.base = Draft::fromEndpoint(baseEndpoint);
    r.theirs = Draft::fromEndpoint(theirsEndpoint);
    r.mine = mine;
    r.merged = mine; // the secret action and its value are the user's alone
    mergeField(QStringLiteral("url"), r.base.url, r.theirs.url, mine.url, &r.merged.url, &r.conflicts,
               equal<QString>);
    mergeField(QStringLiteral("events"), r.base.events, r.theirs.events, mine.events, &r.merged.events,
               &r.conflicts, Draft::sameEvents);
    mergeField(QStringLiteral("description"), r.base.description, r.theirs.description, mine.description,
               &r.merged.description, &r.conflicts, equal<QString>);
    mergeField(QStringLiteral("enabled"), r.base.enabled, r.theirs.enabled, mine.enabled, &r.merged.enabled,
               &r.conflicts, equal<bool>);
    mergeField(QStringLiteral("scope"), r.base.scope, r.theirs.scope, mine.scope, &r.merged.scope,
               &r.conflicts, equal<QString>);
    r.merged.metadata = mergeMetadata(r.base.metadata, r.theirs.metadata, mine.metadata, &r.conflicts);
    return r;
}

} // namespace Rebase
