#include "secrets/account.h"

#include "providers/providerspec.h"

Account::Account(const QString &name, ProviderId provider)
    : name(name), provider(provider), baseUrl(defaultBaseUrl(provider))
{}

QUrl Account::defaultBaseUrl(ProviderId provider)
{
    return QUrl(Providers::spec(provider).defaultBaseUrl);
}

bool Account::isProduction() const
{
    const QString env = environment.trimmed();
    return env.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0 ||
           env.compare(QLatin1String("prod"), Qt::CaseInsensitive) == 0;
}

bool Account::operator==(const Account &other) const
{
    return name == other.name && provider == other.provider && baseUrl == other.baseUrl &&
           environment == other.environment && colorName == other.colorName && caFile == other.caFile;
}
