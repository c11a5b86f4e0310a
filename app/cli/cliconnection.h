#pragma once

#include "net/connection.h"

#include <QCoreApplication>
#include <QString>

struct CliCommand;
class AccountStore;
class Keychain;

// Which provider, where, and with which token: from --account (AccountStore + keychain) or from
// --provider [--base-url] with the token in PATCHBAY_TOKEN. Nothing is sent from here.
class CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)
public:
    static constexpr const char *tokenVariable = "PATCHBAY_TOKEN";
    static constexpr const char *caFileVariable = "PATCHBAY_CA_FILE";

    // true with *out filled; false with *error (usage, unknown account, keychain, missing token).
    // accounts is needed (not null) only when the command names an --account.
    static bool resolve(const CliCommand &command, const AccountStore *accounts, Keychain &tokens,
                        Connection *out, QString *error);
    // --base-url parsed strictly, or the provider's documented host; *error names what is wrong.
    static QUrl baseUrlFor(ProviderId provider, const QString &text, QString *error);
    // The extra CAs of this run: the first given of --ca-file, PATCHBAY_CA_FILE and the account's own
    // file (accountCaFile). false with *error naming where the file came from and what is wrong.
    static bool extraCas(const CliCommand &command, const QString &accountCaFile, QList<QSslCertificate> *out,
                         QString *error);
};
