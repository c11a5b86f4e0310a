#include "cli/clichanges.h"

#include "core/draft.h"
#include "core/endpoint.h"
#include "diff/validation.h"
#include "providers/providerspec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

// Validation's own message for a field the provider lacks, so the CLI and the edit dialog say the
// same thing: a probe endpoint of that provider, with the draft changed in just that field.
QString validationMessage(const ProviderSpec &spec, const QString &field, void (*change)(Draft &))
{
    Endpoint probe;
    probe.provider = spec.id;
    probe.url = QStringLiteral("https://example.invalid/hook");
    probe.events = spec.knownEvents.mid(0, 1);
    Draft draft = Draft::fromEndpoint(probe);
    change(draft);
    for (const FieldError &error : Validation::check(probe, draft)) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

} // namespace

QStringList CliChangeApplier::unsupportedOptions(const ProviderSpec &spec, const CliChanges &c)
{
    QStringList problems;
    auto refuse = [&problems, &spec](const QString &option, const QString &why) {
        problems << tr("%1: %2").arg(
            option, why.isEmpty() ? tr("%1 does not support this option.").arg(spec.displayName) : why);
    };
    if (c.url && (spec.urlKey.isEmpty() || !spec.urlWritable))
        refuse(QStringLiteral("--url"), validationMessage(spec, QStringLiteral("url"), [](Draft &d) {
                   d.url = QStringLiteral("https://x.invalid/");
               }));
    if (c.events && spec.eventsKey.isEmpty())
        refuse(QStringLiteral("--events"), tr("%1 has no event list.").arg(spec.displayName));
    if ((c.description || c.clearDescription) && !spec.hasDescription())
        refuse(c.description ? QStringLiteral("--description") : QStringLiteral("--clear-description"),
               validationMessage(spec, QStringLiteral("description"),
                                 [](Draft &d) { d.description = QStringLiteral("x"); }));
    if (c.enabled && !spec.hasEnabled())
        refuse(*c.enabled ? QStringLiteral("--enable") : QStringLiteral("--disable"),
               validationMessage(spec, QStringLiteral("enabled"), [](Draft &d) { d.enabled = !d.enabled; }));
    if (!c.metadata.isEmpty() && !spec.hasMetadata()) {
        const MetadataOp::Kind kind = c.metadata.first().kind;
        refuse(kind == MetadataOp::Kind::Set     ? QStringLiteral("--set-metadata")
               : kind == MetadataOp::Kind::Unset ? QStringLiteral("--unset-metadata")
                                                 : QStringLiteral("--clear-metadata"),
               validationMessage(spec, QStringLiteral("metadata"), [](Draft &d) {
                   d.metadata.insert(QStringLiteral("k"), QStringLiteral("v"));
               }));
    }
    if (c.scope && !spec.hasScope())
        refuse(QStringLiteral("--scope"), validationMessage(spec, QStringLiteral("scope"), [](Draft &d) {
                   d.scope = QStringLiteral("own");
               }));
    // The two secret kinds are not interchangeable: --remove-authentication must never become
    // Diligent's `"secret": ""`.
    if ((c.secretStdin || c.removeSecret) && spec.secretKind != SecretKind::SecretString)
        refuse(
            c.secretStdin ? QStringLiteral("--secret-stdin") : QStringLiteral("--remove-secret"),
            spec.secretKind == SecretKind::None
                ? validationMessage(spec, QStringLiteral("secret"),
                                    [](Draft &d) { d.secretAction = SecretAction::Remove; })
                : tr("%1 endpoints take an authentication object, not a secret; use --authentication-json or "
                     "--remove-authentication.")
                      .arg(spec.displayName));
    if ((c.authenticationJson || c.removeAuthentication) &&
        spec.secretKind != SecretKind::AuthenticationObject)
        refuse(c.authenticationJson ? QStringLiteral("--authentication-json")
                                    : QStringLiteral("--remove-authentication"),
               spec.secretKind == SecretKind::None
                   ? validationMessage(spec, QStringLiteral("secret"),
                                       [](Draft &d) { d.secretAction = SecretAction::Remove; })
                   : tr("%1 endpoints take a secret, not an authentication object; use --secret-stdin or "
                        "--remove-secret.")
                         .arg(spec.displayName));
    return problems;
}

bool CliChangeApplier::apply(const CliChanges &c, const QString &stdinSecret, Draft *draft, QString *error)
{
    if (c.url)
        draft->url = *c.url;
    if (c.events)
        draft->events = *c.events; // replaces the set
    if (c.description)
        draft->description = *c.description;
    if (c.clearDescription)
        draft->description.clear();
    if (c.enabled)
        draft->enabled = *c.enabled;
    for (const MetadataOp &op : c.metadata) {
        switch (op.kind) {
        case MetadataOp::Kind::Set:
            draft->metadata.insert(op.key, op.value);
            break;
        case MetadataOp::Kind::Unset:
            draft->metadata.remove(op.key);
            break;
        case MetadataOp::Kind::Clear:
            draft->metadata.clear();
            break;
        }
    }
    if (c.scope)
        draft->scope = *c.scope;
    if (c.secretStdin) {
        draft->secretAction = SecretAction::Replace;
        draft->newSecret = stdinSecret;
    }
    if (c.removeSecret || c.removeAuthentication)
        draft->secretAction = SecretAction::Remove;
    if (c.authenticationJson) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(c.authenticationJson->toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            // Name the cause and position only: the text itself carries credentials.
            if (error)
                *error = parseError.error != QJsonParseError::NoError
                             ? tr("--authentication-json is not valid JSON: %1 at character %2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)
                             : tr("--authentication-json must be a JSON object, e.g. "
                                  "{\"username\": \"…\", \"password\": \"…\"}.");
            return false;
        }
        draft->secretAction = SecretAction::Replace;
        draft->newAuthentication = document.object();
    }
    return true;
}

QStringList CliChangeApplier::secretValues(const ProviderSpec &spec, const CliChanges &c,
                                           const QString &stdinSecret)
{
    QStringList secrets;
    if (c.secretStdin && !stdinSecret.isEmpty())
        secrets << stdinSecret;
    if (c.authenticationJson) {
        const QJsonObject object = QJsonDocument::fromJson(c.authenticationJson->toUtf8()).object();
        // Each method lists its identifying field first and its credential last
        // ("username|password", "headerName|headerValue").
        for (const QString &method : spec.authenticationMethods) {
            const QString credentialKey = method.split(QLatin1Char('|')).constLast();
            const QString value = object.value(credentialKey).toString();
            if (!value.isEmpty())
                secrets << value;
        }
    }
    return secrets;
}
