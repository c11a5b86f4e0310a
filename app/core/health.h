#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct Endpoint;

enum class Health
{
    Active,
    Failing,
    Disabled
};

// Who stopped deliveries, when an endpoint is disabled.
enum class DisabledBy
{
    NotDisabled,
    User,
    Provider,
    Unknown
};

// The badge plus the facts behind it, in the provider's own words.
struct HealthInfo
{
    Health health = Health::Active;
    DisabledBy disabledBy = DisabledBy::NotDisabled;
    QString providerWords; // e.g. "status: auto_paused" or "is_active: false"
    QString switchWords;   // the on/off field as the provider writes it ("is_active: true"), even where
                           // providerWords shows a derived status (Diligent's `status`)
    QString reason;        // why it is disabled or failing, human readable
    QDateTime since;       // when it was disabled, or the last failure
};

class HealthRules
{
    Q_DECLARE_TR_FUNCTIONS(HealthRules)
public:
    // The reason in the user's language (the window, the CLI's text output), or in the source
    // wording for machine-readable output (--json), which must not change with the language.
    enum class Wording
    {
        UserLanguage,
        Source
    };
    static HealthInfo evaluate(const Endpoint &endpoint, Wording wording = Wording::UserLanguage);
    static QString label(Health health); // "Active" / "Failing" / "Disabled", translated
    static QString key(Health health);   // "active" / "failing" / "disabled", stable for CLI/JSON
    // "provider" / "user" / "unknown", stable for CLI/JSON; empty when not disabled.
    static QString disabledByKey(DisabledBy by);
    // Failing, or disabled by the provider: what "Needs attention" (window) and --health attention show.
    static bool needsAttention(Health health, DisabledBy by)
    {
        return health == Health::Failing || (health == Health::Disabled && by == DisabledBy::Provider);
    }
};
