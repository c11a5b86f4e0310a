// Loading a CA file: what is accepted, and a clear error naming the file and the cause for
// everything else. The files are real, made with openssl at test time (tests/common/testpki.h).

#include "common/testpki.h"
#include "net/tlstrust.h"

#include <QtTest>

class TestTlsTrust : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    QTemporaryDir m_scratch;

    QString loadError(const QString &path)
    {
        QList<QSslCertificate> certificates;
        QString error;
        const bool ok = TlsTrust::loadCaFile(path, &certificates, &error);
        if (ok)
            return QStringLiteral("(accepted)");
        return error;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_pki.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aCaCertificateIsAccepted()
    {
        QList<QSslCertificate> certificates;
        QString error;
        QVERIFY2(TlsTrust::loadCaFile(m_pki.path("ca.pem"), &certificates, &error), qPrintable(error));
        QCOMPARE(certificates.size(), 1);
        QCOMPARE(certificates.first().subjectDisplayName(), QStringLiteral("Patchbay Test CA"));
    }

    void aBundleKeepsOnlyItsCas()
    {
        // A server's "fullchain" file: its own certificate, then the CA. Only the CA is trusted.
        QFile ca(m_pki.path("ca.pem")), server(m_pki.path("server.pem"));
        QVERIFY(ca.open(QIODevice::ReadOnly) && server.open(QIODevice::ReadOnly));
        const QString bundle = m_scratch.filePath(QStringLiteral("fullchain.pem"));
        QFile out(bundle);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(server.readAll() + ca.readAll());
        out.close();
        QList<QSslCertificate> certificates;
        QString error;
        QVERIFY2(TlsTrust::loadCaFile(bundle, &certificates, &error), qPrintable(error));
        QCOMPARE(certificates.size(), 1);
        QVERIFY(TlsTrust::isCa(certificates.first()));
    }

    void unusableFilesAreClearErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cause");
        QTest::newRow("missing") << "missing.pem"
                                 << "cannot be read";
        QTest::newRow("empty") << "empty.pem"
                               << "empty";
        QTest::newRow("private key only") << "key-only.pem"
                                          << "private key";
        QTest::newRow("server certificate only") << "server.pem"
                                                 << "no CA certificate";
        QTest::newRow("damaged") << "damaged.pem"
                                 << "damaged";
        QTest::newRow("folder") << "."
                                << "folder";
    }
    void unusableFilesAreClearErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, cause);
        const QString path = m_pki.path(qPrintable(file));
        const QString error = loadError(path);
        QVERIFY2(error.contains(cause), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error)); // names the file
    }

    void anOversizedFileIsRefused()
    {
        const QString path = m_scratch.filePath(QStringLiteral("huge.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(TlsTrust::MaxFileBytes + 1));
        file.close();
        QVERIFY2(loadError(path).contains(QLatin1String("larger")), qPrintable(loadError(path)));
    }

    void textWithoutACertificateIsRefused()
    {
        const QString path = m_scratch.filePath(QStringLiteral("notes.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text\n");
        file.close();
        QVERIFY2(loadError(path).contains(QLatin1String("no PEM certificate")), qPrintable(loadError(path)));
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
