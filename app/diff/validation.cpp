#include "diff/validation.h"

#include "core/draft.h"
#include "core/endpoint.h"
#include "core/textlength.h"
#include "providers/providerspec.h"

#include <QHostAddress>
#include <QSet>
#include <QUrl>

bool Validation::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Validation::checkUrl(const ProviderSpec &spec, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("The URL is required.");
    if (trimmed != text)
        return tr("The URL must not start or end with spaces.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid absolute URL.").arg(text);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (spec.urlRule == UrlRule::HttpsOnly)
            return tr("%1 requires the URL to start with https://.").arg(spec.displayName);
        if (!isLoopbackHost(url.host()))
            return tr("%1 accepts http:// only for localhost; use https://.").arg(spec.displayName);
        return {};
    }
    return tr("The URL must use https:// (it uses %1://).").arg(scheme);
}

QString Validation::checkEvents(const ProviderSpec &spec, const QStringList &events)
{
    if (events.size() < spec.eventsMin)
        return spec.eventsMin == 1
                   ? tr("%1 needs at least one event.").arg(spec.displayName)
                   : tr("%1 needs at least %n events.", nullptr, spec.eventsMin).arg(spec.displayName);
    if (spec.eventsMax > 0 && events.size() > spec.eventsMax)
        return tr("%1 accepts at most %2 events; %3 are selected.")
            .arg(spec.displayName)
            .arg(spec.eventsMax)
            .arg(events.size());
    QSet<QString> seen;
    for (const QString &event : events) {
        if (event.trimmed().isEmpty())
            return tr("An event name is empty.");
        if (seen.contains(event))
            return tr("The event \"%1\" is listed twice.").arg(event);
        seen.insert(event);
        if (spec.eventsClosedEnum && !spec.knownEvents.contains(event))
            return tr("\"%1\" is not an event %2 offers (%3).")
                .arg(event, spec.displayName, spec.knownEvents.join(QLatin1String(", ")));
    }
    return {};
}

QString Validation::checkDescription(const ProviderSpec &spec, const QString &description)
{
    // Characters as the pages mean them: code points, so an emoji counts once (see TextLength).
    const qsizetype length = TextLength::characters(description);
    if (spec.descriptionMax > 0 && length > spec.descriptionMax)
        return tr("%1 allows at most %2 characters in the description; this one has %3.")
            .arg(spec.displayName)
            .arg(spec.descriptionMax)
            .arg(length);
    return {};
}

namespace {

QString checkAuthentication(const ProviderSpec &spec, const QJsonObject &auth)
{
    if (auth.isEmpty())
        return Validation::tr("Choose an authentication method and fill in its fields.");
    for (const QString &method : spec.authenticationMethods) {
        const QStringList fields = method.split(QLatin1Char('|'));
        bool allInMethod = true;
        for (auto it = auth.begin(); it != auth.end(); ++it)
            allInMethod = allInMethod && fields.contains(it.key());
        if (!allInMethod)
            continue;
        for (const QString &field : fields) {
            if (!auth.value(field).isString() || auth.value(field).toString().isEmpty())
                return Validation::tr("The authentication field \"%1\" is required.").arg(field);
        }
        return {};
    }
    QStringList methods;
    for (const QString &method : spec.authenticationMethods)
        methods << QLatin1Char('{') + QString(method).replace(QLatin1Char('|'), QLatin1String(", ")) +
                       QLatin1Char('}');
    return Validation::tr("Authentication must use exactly one method, never mixed: %1.")
        .arg(methods.join(Validation::tr(" or ")));
}

} // namespace

QList<FieldError> Validation::check(const Endpoint &base, const Draft &draft)
{
    const ProviderSpec &spec = Providers::spec(base.provider);
    QList<FieldError> errors;
    auto add = [&errors](const char *field, const QString &message) {
        if (!message.isEmpty())
            errors << FieldError{QLatin1String(field), message};
    };

    if (draft.url != base.url) {
        if (spec.urlKey.isEmpty() || !spec.urlWritable)
            add("url",
                tr("%1 does not allow changing the URL of an endpoint; delete it and create a new one.")
                    .arg(spec.displayName));
        else
            add("url", checkUrl(spec, draft.url));
    }
    const bool eventsChanged = QSet<QString>(draft.events.begin(), draft.events.end()) !=
                                   QSet<QString>(base.events.begin(), base.events.end()) ||
                               draft.events.size() != base.events.size();
    if (eventsChanged) {
        if (spec.eventsKey.isEmpty())
            add("events", tr("%1 has no event list.").arg(spec.displayName));
        else
            add("events", checkEvents(spec, draft.events));
    }
    if (draft.description != base.description) {
        if (!spec.hasDescription())
            add("description", tr("%1 endpoints have no description.").arg(spec.displayName));
        else
            add("description", checkDescription(spec, draft.description));
    }
    if (draft.enabled != base.enabled && !spec.hasEnabled())
        add("enabled",
            tr("%1 endpoints cannot be enabled or disabled through the API.").arg(spec.displayName));
    if (draft.metadata != base.metadata) {
        if (!spec.hasMetadata())
            add("metadata", tr("%1 endpoints have no metadata.").arg(spec.displayName));
        for (auto it = draft.metadata.begin(); it != draft.metadata.end(); ++it) {
            if (it.key().trimmed().isEmpty())
                add("metadata", tr("A metadata key is empty."));
            // An empty value would unset the key on the wire: say so instead of surprising the user.
            else if (it.value().isEmpty())
                add("metadata",
                    tr("The metadata key \"%1\" has no value; remove the key instead.").arg(it.key()));
        }
    }
    if (draft.scope != base.scope) {
        if (!spec.hasScope())
            add("scope", tr("%1 endpoints have no delivery scope.").arg(spec.displayName));
        else if (!spec.scopeValues.contains(draft.scope))
            add("scope", tr("The scope must be one of: %1.").arg(spec.scopeValues.join(QLatin1String(", "))));
    }
    if (draft.secretAction != SecretAction::Keep) {
        switch (spec.secretKind) {
        case SecretKind::None:
            add("secret", tr("%1 endpoints have no secret that can be set here.").arg(spec.displayName));
            break;
        case SecretKind::SecretString:
            if (draft.secretAction == SecretAction::Replace && draft.newSecret.isEmpty())
                add("secret", tr("The new secret is empty; choose \"Remove\" to remove the secret."));
            break;
        case SecretKind::AuthenticationObject:
            if (draft.secretAction == SecretAction::Replace)
                add("secret", checkAuthentication(spec, draft.newAuthentication));
            break;
        }
    }
    return errors;
}
