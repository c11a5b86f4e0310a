#pragma once

#include "providers/providerid.h"

#include <QString>
#include <QUrl>

// One configured provider account. Deliberately has no token: the token lives only in the
// keychain (TokenStore), keyed by the account name.
struct Account
{
    QString name;
    ProviderId provider = ProviderId::OpenTrain;
    QUrl baseUrl;        // the provider's documented host unless the user points elsewhere
    QString environment; // free label: "production", "staging", …
    QString colorName;   // colour of the environment label, as text ("#c0392b"): the core has no QtGui
    QString caFile;      // absolute path of a PEM file of CAs trusted in addition to the system's; "" = none

    Account() = default;
    // baseUrl starts as the provider's documented host.
    Account(const QString &name, ProviderId provider);

    static QUrl defaultBaseUrl(ProviderId provider);
    // "production" or "prod", case-insensitively: the UI warns harder before writes here.
    bool isProduction() const;

    bool operator==(const Account &other) const;
    bool operator!=(const Account &other) const { return !(*this == other); }
};
