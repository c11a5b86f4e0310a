#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

// Extra certificate authorities the user trusts for one account or one CLI run: the private CA of a
// staging host, or of a corporate proxy that inspects TLS. They are added to the system's CAs, never
// replace them; host name, expiry and chain are still verified. There is no way to ignore a TLS error.
class QNetworkAccessManager;

class TlsTrust
{
    Q_DECLARE_TR_FUNCTIONS(TlsTrust)
public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024; // larger than any real CA bundle

    // The CA certificates of a PEM file. false with *error naming the file and the cause: unreadable,
    // empty, too large, no certificate (e.g. only a private key), a damaged certificate, or no CA
    // certificate at all (e.g. a server's own certificate).
    static bool loadCaFile(const QString &path, QList<QSslCertificate> *certificates, QString *error);
    // A CA: basicConstraints says so, or (an old v1 root) it has none and is self-signed.
    static bool isCa(const QSslCertificate &certificate);

    // The default configuration trusting the system's CAs plus these. Peer verification stays on.
    static QSslConfiguration configurationWith(const QList<QSslCertificate> &extraCas);
    // The manager for requests that trust these extra CAs: a child of base made once per set of CAs,
    // with base's redirect policy and a ProxyPolicy; every request it makes uses configurationWith().
    // Qt pools connections per manager by host and port only, so one shared manager would let a
    // connection verified with one account's CA carry a request that does not trust it.
    static QNetworkAccessManager *managerFor(QNetworkAccessManager *base,
                                             const QList<QSslCertificate> &extraCas);
    // The operating system's CAs, read once per process.
    static QList<QSslCertificate> systemCaCertificates();
};
