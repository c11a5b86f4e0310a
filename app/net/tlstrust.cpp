#include "net/tlstrust.h"

#include "net/proxypolicy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificateExtension>
#include <QSslSocket>
#include <algorithm>

bool TlsTrust::loadCaFile(const QString &path, QList<QSslCertificate> *certificates, QString *error)
{
    auto fail = [&](const QString &cause) {
        *error = tr("The CA file \"%1\" cannot be used: %2").arg(QDir::toNativeSeparators(path), cause);
        return false;
    };
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(tr("no file name was given."));
    if (info.isDir())
        return fail(tr("it is a folder, not a file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("it cannot be read (%1).").arg(file.errorString()));
    // Read one byte more than allowed, so an oversized (or endless, e.g. a FIFO) file is refused.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return fail(tr("it is larger than %1 MiB.").arg(MaxFileBytes / (1024 * 1024)));
    if (data.trimmed().isEmpty())
        return fail(tr("it is empty."));

    const QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
    const int blocks = int(data.count("-----BEGIN CERTIFICATE-----"));
    if (found.isEmpty()) {
        if (data.contains("PRIVATE KEY-----"))
            return fail(tr("it holds a private key but no certificate. Choose the CA's certificate; "
                           "a private key never belongs here."));
        if (blocks > 0)
            return fail(tr("its certificate is damaged."));
        return fail(tr("it holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\")."));
    }
    if (found.size() != blocks)
        return fail(tr("%n of its certificates are damaged.", nullptr, blocks - int(found.size())));
    QList<QSslCertificate> cas;
    for (const QSslCertificate &certificate : found) {
        if (certificate.isNull())
            return fail(tr("one of its certificates is damaged."));
        if (isCa(certificate))
            cas << certificate;
    }
    if (cas.isEmpty())
        return fail(tr("it holds no CA certificate (a server's own certificate cannot vouch for others). "
                       "Choose the certificate of the authority that signed the server's certificate."));
    *certificates = cas;
    return true;
}

bool TlsTrust::isCa(const QSslCertificate &certificate)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.name() == QLatin1String("basicConstraints"))
            return extension.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    return certificate.isSelfSigned();
}

QList<QSslCertificate> TlsTrust::systemCaCertificates()
{
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    return system;
}

QSslConfiguration TlsTrust::configurationWith(const QList<QSslCertificate> &extraCas)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Setting the CA list turns off Qt's on-demand loading of the system's roots, so the system's CAs
    // are listed explicitly: the extra CAs are added to them, never instead of them.
    QList<QSslCertificate> cas = systemCaCertificates();
    for (const QSslCertificate &certificate : configuration.caCertificates() + extraCas) {
        if (!cas.contains(certificate))
            cas << certificate;
    }
    configuration.setCaCertificates(cas);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

namespace {

// Every request it makes trusts the system's CAs plus the extra ones (QNetworkAccessManager's own
// extension point, so the code that builds requests stays the same for every account).
class TrustingManager : public QNetworkAccessManager
{
public:
    TrustingManager(const QSslConfiguration &configuration, QObject *parent)
        : QNetworkAccessManager(parent), m_configuration(configuration)
    {}

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        request.setSslConfiguration(m_configuration);
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    const QSslConfiguration m_configuration;
};

} // namespace

QNetworkAccessManager *TlsTrust::managerFor(QNetworkAccessManager *base,
                                            const QList<QSslCertificate> &extraCas)
{
    QList<QByteArray> digests;
    for (const QSslCertificate &certificate : extraCas)
        digests << certificate.digest(QCryptographicHash::Sha256);
    std::sort(digests.begin(), digests.end());
    const QString key =
        QStringLiteral("trust-") +
        QString::fromLatin1(QCryptographicHash::hash(digests.join(), QCryptographicHash::Sha256).toHex());
    if (auto *existing = base->findChild<QNetworkAccessManager *>(key, Qt::FindDirectChildrenOnly))
        return existing;
    auto *manager = new TrustingManager(configurationWith(extraCas), base);
    manager->setObjectName(key);
    manager->setRedirectPolicy(base->redirectPolicy());
    manager->setProxyFactory(new ProxyPolicy);
    return manager;
}
