#include "core/health.h"

#include "core/endpoint.h"
#include "providers/providerspec.h"

namespace {

bool isSuccessStatus(int status)
{
    return status >= 200 && status < 300;
}

QString enabledWords(const ProviderSpec &spec, const Endpoint &e)
{
    if (spec.enabled.kind == EnabledSpec::Kind::Boolean)
        return spec.enabled.key + QLatin1String(": ") + QLatin1String(e.enabled ? "true" : "false");
    if (spec.enabled.kind == EnabledSpec::Kind::StatusWord)
        return spec.enabled.key + QLatin1String(": ") + e.providerStatus;
    return {};
}

// `source` is marked with QT_TRANSLATE_NOOP so lupdate still finds it under HealthRules.
QString wordingOf(HealthRules::Wording wording, const char *source, int n = -1)
{
    if (wording == HealthRules::Wording::UserLanguage)
        return QCoreApplication::translate("HealthRules", source, nullptr, n);
    QString text = QString::fromUtf8(source);
    return n < 0 ? text : text.replace(QLatin1String("%n"), QString::number(n));
}

} // namespace

HealthInfo HealthRules::evaluate(const Endpoint &e, Wording wording)
{
    const auto say = [wording](const char *source, const char * = nullptr, int n = -1) {
        return wordingOf(wording, source, n);
    };
    const ProviderSpec &spec = Providers::spec(e.provider);
    HealthInfo info;
    info.switchWords = enabledWords(spec, e);

    if (spec.hasEnabled() && !e.enabled) {
        info.health = Health::Disabled;
        info.providerWords = info.switchWords;
        info.since = e.disabledAt;
        const bool autoWord = spec.enabled.autoWords.contains(e.providerStatus);
        if (autoWord || !e.disabledReason.isEmpty()) {
            info.disabledBy = DisabledBy::Provider;
            info.reason = e.disabledReason.isEmpty()
                              ? say(QT_TRANSLATE_NOOP("HealthRules", "Disabled automatically by %1"))
                                    .arg(spec.displayName)
                              : say(QT_TRANSLATE_NOOP("HealthRules", "Disabled by %1: %2"))
                                    .arg(spec.displayName, e.disabledReason);
        } else if (spec.enabled.kind == EnabledSpec::Kind::StatusWord) {
            // The provider has a separate word for its own pauses, so the plain one was a person.
            info.disabledBy = spec.enabled.autoWords.isEmpty() ? DisabledBy::Unknown : DisabledBy::User;
            info.reason = info.disabledBy == DisabledBy::User
                              ? say(QT_TRANSLATE_NOOP("HealthRules", "Paused by a person"))
                              : say(QT_TRANSLATE_NOOP("HealthRules", "Disabled (no reason given by %1)"))
                                    .arg(spec.displayName);
        } else if (e.failureCount > 0 && e.disabledAt.isValid() && e.disabledAt == e.lastFailureAt) {
            // No reason field (OptimalDial): switched off at the very moment of a failure, with failures
            // still counted, is the provider's automatic disable (a person's switch stamps its own time).
            info.disabledBy = DisabledBy::Provider;
            info.reason = say(QT_TRANSLATE_N_NOOP(
                                  "HealthRules", "Disabled automatically by %1 after %n consecutive failures "
                                                 "(inferred: disabled at the time of the last failure)"),
                              nullptr, e.failureCount)
                              .arg(spec.displayName);
        } else {
            info.disabledBy = DisabledBy::Unknown;
            info.reason = say(QT_TRANSLATE_NOOP("HealthRules", "Disabled; %1 does not say by whom"))
                              .arg(spec.displayName);
        }
        return info;
    }

    QStringList why;
    if (e.failureCount > 0)
        why << (e.failureCount == 1
                    ? say(QT_TRANSLATE_NOOP("HealthRules", "1 failed delivery"))
                    : say(QT_TRANSLATE_N_NOOP("HealthRules", "%n consecutive failed deliveries"), nullptr,
                          e.failureCount));
    if (!spec.read.derivedStatus.isEmpty() && e.providerStatus == QLatin1String("failing"))
        why << say(QT_TRANSLATE_NOOP("HealthRules", "%1 reports status: failing")).arg(spec.displayName);
    if (e.lastDeliveryStatus != 0 && !isSuccessStatus(e.lastDeliveryStatus))
        why << say(QT_TRANSLATE_NOOP("HealthRules", "last delivery answered HTTP %1"))
                   .arg(e.lastDeliveryStatus);
    if (e.lastFailureAt.isValid() && (!e.lastSuccessAt.isValid() || e.lastFailureAt > e.lastSuccessAt))
        why << say(QT_TRANSLATE_NOOP("HealthRules", "last failure is newer than the last success"));

    if (!why.isEmpty()) {
        info.health = Health::Failing;
        info.reason = why.join(QLatin1String("; "));
        info.since = e.lastFailureAt.isValid() ? e.lastFailureAt : e.lastDeliveryAt;
    }
    info.providerWords = info.switchWords;
    if (!spec.read.derivedStatus.isEmpty() && !e.providerStatus.isEmpty())
        info.providerWords = spec.read.derivedStatus + QLatin1String(": ") + e.providerStatus;
    return info;
}

QString HealthRules::label(Health health)
{
    switch (health) {
    case Health::Active:
        return tr("Active");
    case Health::Failing:
        return tr("Failing");
    case Health::Disabled:
        return tr("Disabled");
    }
    return {};
}

QString HealthRules::key(Health health)
{
    switch (health) {
    case Health::Active:
        return QStringLiteral("active");
    case Health::Failing:
        return QStringLiteral("failing");
    case Health::Disabled:
        return QStringLiteral("disabled");
    }
    return {};
}

QString HealthRules::disabledByKey(DisabledBy by)
{
    switch (by) {
    case DisabledBy::Provider:
        return QStringLiteral("provider");
    case DisabledBy::User:
        return QStringLiteral("user");
    case DisabledBy::Unknown:
        return QStringLiteral("unknown");
    case DisabledBy::NotDisabled:
        break;
    }
    return {};
}
