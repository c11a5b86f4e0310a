#pragma once

#include "providers/providerid.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// Everything needed to talk to one account: which dialect, where, and with which token.
// The token lives here only in memory, after it was read from the keychain (or the environment).
struct Connection
{
    QString account; // display name; empty for ad-hoc --provider use
    ProviderId provider = ProviderId::OpenTrain;
    QUrl baseUrl;
    QString token;
    // CAs trusted in addition to the system's (TlsTrust::loadCaFile), e.g. a staging host's private CA.
    QList<QSslCertificate> extraCaCertificates = {};
};
