#include "core/textlength.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

// Atoa PUT /api/webhook/v2/endpoints/{id}: events required (the complete set, at least one);
// description (≤ 100, omit keeps); authentication (omit keeps, null removes, one method's fields only);
// the URL cannot be changed. An event type may have at most 3 endpoints across the account.
// Chosen: authentication {username, password} is type "BASIC", {headerName, headerValue} is "HEADER";
// both fields of the method are required and non-empty; errors are NestJS-shaped 400s.

namespace {

const ProviderId p = ProviderId::Atoa;
constexpr int maxEndpointsPerEvent = 3;
const char *const authenticationTypes[] = {"BASIC", "HEADER"}; // by index in spec.authenticationMethods

// Returns the authentication type for a valid object, or an empty string with *why set.
QString checkAuthentication(const QJsonObject &auth, QString *why)
{
    const QStringList methods = Providers::spec(p).authenticationMethods;
    int chosen = -1;
    for (auto it = auth.begin(); it != auth.end(); ++it) {
        int method = -1;
        for (int i = 0; i < methods.size(); ++i) {
            if (methods.at(i).split(QLatin1Char('|')).contains(it.key()))
                method = i;
        }
        if (method < 0) {
            *why = QStringLiteral("property authentication.%1 should not exist").arg(it.key());
            return {};
        }
        if (chosen >= 0 && chosen != method) {
            *why = QStringLiteral("authentication fields from different methods cannot be mixed");
            return {};
        }
        chosen = method;
    }
    if (chosen < 0) {
        *why = QStringLiteral("authentication must hold the fields of one method");
        return {};
    }
    for (const QString &field : methods.at(chosen).split(QLatin1Char('|'))) {
        if (!auth.value(field).isString() || auth.value(field).toString().isEmpty()) {
            *why = QStringLiteral("authentication.%1 must be a non-empty string").arg(field);
            return {};
        }
    }
    return QLatin1String(authenticationTypes[chosen]);
}

} // namespace

namespace SandboxRules {

SandboxReply updateAtoa(SandboxStore &store, const QString &id, const QJsonObject &body, SandboxAccess)
{
    const ProviderSpec &spec = Providers::spec(p);
    if (body.contains(spec.urlKey))
        return error(p, 400, QStringLiteral("The endpoint URL cannot be changed after creation"));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != spec.eventsKey && it.key() != spec.descriptionKey && it.key() != spec.secretKey)
            return error(p, 400, QStringLiteral("property %1 should not exist").arg(it.key()));
    }

    // events: required, the complete set.
    if (!body.contains(spec.eventsKey))
        return error(p, 400, QStringLiteral("events should not be empty"));
    const QJsonValue eventsValue = body.value(spec.eventsKey);
    QStringList events;
    QString bad;
    if (!readEventList(eventsValue, spec.knownEvents, &events, &bad))
        return error(p, 400,
                     QStringLiteral("each value in events must be one of the following values: %1")
                         .arg(spec.knownEvents.join(QLatin1String(", "))));
    if (events.size() != eventsValue.toArray().size())
        return error(p, 400, QStringLiteral("All events's elements must be unique"));
    if (events.size() < spec.eventsMin)
        return error(p, 400, QStringLiteral("events must contain at least 1 elements"));

    QJsonObject e = store.endpoint(p, id);
    if (body.contains(spec.descriptionKey)) {
        const QJsonValue d = body.value(spec.descriptionKey);
        if (!d.isString())
            return error(p, 400, QStringLiteral("description must be a string"));
        if (TextLength::characters(d.toString()) > spec.descriptionMax) // code points, not UTF-16 units
            return error(p, 400,
                         QStringLiteral("description must be shorter than or equal to %1 characters")
                             .arg(spec.descriptionMax));
        e.insert(spec.descriptionKey, d);
    }

    QJsonValue newSecret(QJsonValue::Undefined);
    QString newType;
    if (body.contains(spec.secretKey)) {
        newSecret = body.value(spec.secretKey);
        if (!newSecret.isNull()) {
            QString why;
            if (!newSecret.isObject())
                return error(p, 400, QStringLiteral("authentication must be an object or null"));
            newType = checkAuthentication(newSecret.toObject(), &why);
            if (newType.isEmpty())
                return error(p, 400, why);
        }
    }

    // The account-wide limit applies to the event types this PUT adds.
    const QStringList before = atoaEventNames(e);
    for (const QString &event : events) {
        if (before.contains(event))
            continue;
        int others = 0;
        for (int i = 0, n = store.count(p); i < n; ++i) {
            const QJsonObject other = store.at(p, i);
            if (other.value(QStringLiteral("id")).toString() != id && atoaEventNames(other).contains(event))
                ++others;
        }
        if (others >= maxEndpointsPerEvent)
            return error(p, 400,
                         QStringLiteral("Event type %1 already has %2 registered endpoints (maximum %2)")
                             .arg(event)
                             .arg(maxEndpointsPerEvent));
    }
    e.insert(spec.eventsKey, atoaEventObjects(events));

    if (newSecret.isNull()) {
        store.removeSecret(p, id);
        e.insert(spec.read.hasSecret, false);
        e.insert(spec.read.secretType, QJsonValue::Null);
    } else if (newSecret.isObject()) {
        store.setSecret(p, id, newSecret);
        e.insert(spec.read.hasSecret, true);
        e.insert(spec.read.secretType, newType);
    }
    store.replace(p, e);
    return SandboxReply::json(200, e);
}

} // namespace SandboxRules
