#include "cli/cliconnection.h"

#include "cli/cliarguments.h"
#include "net/apiclient.h"
#include "net/proxypolicy.h"
#include "net/tlstrust.h"
#include "providers/providerspec.h"
#include "secrets/accountstore.h"
#include "secrets/keychain.h"

QUrl CliConnection::baseUrlFor(ProviderId provider, const QString &text, QString *error)
{
    const QUrl url(text.isEmpty() ? Providers::spec(provider).defaultBaseUrl : text, QUrl::StrictMode);
    const QString problem = ApiClient::checkBaseUrl(url);
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    return url;
}

bool CliConnection::extraCas(const CliCommand &command, const QString &accountCaFile,
                             QList<QSslCertificate> *out, QString *error)
{
    QString path = command.caFile;
    QString source = QStringLiteral("--ca-file");
    if (path.isEmpty()) {
        path = qEnvironmentVariable(caFileVariable);
        source = QLatin1String(caFileVariable);
    }
    if (path.isEmpty()) {
        path = accountCaFile;
        source = tr("the account \"%1\"").arg(command.accounts.value(0));
    }
    if (path.isEmpty())
        return true;
    QString problem;
    if (!TlsTrust::loadCaFile(path, out, &problem)) {
        *error = tr("%1: %2").arg(source, problem);
        return false;
    }
    return true;
}

bool CliConnection::resolve(const CliCommand &command, const AccountStore *accounts, Keychain &tokens,
                            Connection *out, QString *error)
{
    // Checked before the keychain is asked: a run that cannot connect never reads the token.
    if (const QString problem = ProxyPolicy::environmentProblem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QList<QSslCertificate> cas;
    if (!command.accounts.isEmpty()) {
        Q_ASSERT(accounts);
        const std::optional<Account> account = accounts->find(command.accounts.value(0));
        if (!account) {
            *error = tr("There is no account named \"%1\" (see: patchbay-cli accounts list).")
                         .arg(command.accounts.value(0));
            return false;
        }
        const QString problem = ApiClient::checkBaseUrl(account->baseUrl);
        if (!problem.isEmpty()) {
            *error = tr("The account \"%1\" cannot be used: %2").arg(account->name, problem);
            return false;
        }
        if (!extraCas(command, account->caFile, &cas, error))
            return false;
        QString keychainError;
        const QString token = tokens.readTokenBlocking(account->name, &keychainError);
        if (!keychainError.isEmpty() || token.isEmpty()) {
            *error =
                tr("Could not read the token of the account \"%1\" from the keychain: %2")
                    .arg(account->name, keychainError.isEmpty() ? tr("no token is stored") : keychainError);
            return false;
        }
        *out = Connection{account->name, account->provider, account->baseUrl, token, cas};
        return true;
    }

    ProviderId provider;
    if (!Providers::fromKey(command.provider, &provider)) { // the parser already checked; be safe
        *error = tr("Unknown provider \"%1\".").arg(command.provider);
        return false;
    }
    QString problem;
    const QUrl baseUrl = baseUrlFor(provider, command.baseUrl, &problem);
    if (!problem.isEmpty()) {
        *error = tr("--base-url: %1").arg(problem);
        return false;
    }
    if (!extraCas(command, QString(), &cas, error))
        return false;
    const QString token = qEnvironmentVariable(tokenVariable);
    if (token.isEmpty()) {
        *error = tr("With --provider the token comes from the environment variable %1, which is not set. "
                    "Set it, or use --account NAME with a token in the keychain.")
                     .arg(QLatin1String(tokenVariable));
        return false;
    }
    // A stray newline or space would break (or inject) the auth header; never show the value.
    if (!Keychain::isPlausibleToken(token)) {
        *error = tr("The token in %1 contains whitespace or control characters, or is too long.")
                     .arg(QLatin1String(tokenVariable));
        return false;
    }
    *out = Connection{QString(), provider, baseUrl, token, cas};
    return true;
}
