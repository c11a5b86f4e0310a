#pragma once

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

// A private CA and server certificates, made with the openssl CLI in a temporary folder at test time:
//   ca.pem / ca.key        the private CA ("Patchbay Test CA", basicConstraints CA:TRUE)
//   server.pem             signed by it for localhost, 127.0.0.1 and patchbay-test.invalid
//   other-host.pem         signed by it, but only for other-host.example
//   expired.pem            signed by it for localhost and 127.0.0.1, expired a day ago
//   server.key             the key of all three server certificates
//   empty.pem, key-only.pem (server.key), damaged.pem (a certificate with broken base64)
class TestPki
{
public:
    // Empty on success, otherwise what failed.
    QString create()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString sans = QStringLiteral("DNS:localhost,IP:127.0.0.1,DNS:patchbay-test.invalid");
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
        QString problem = run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                              QStringList{QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"),
                                          path("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                                          QStringLiteral("-subj"), QStringLiteral("/CN=Patchbay Test CA")});
        if (problem.isEmpty())
            problem =
                run(QStringList{QStringLiteral("req")} + ec +
                    QStringList{QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"),
                                path("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=server")});
        if (problem.isEmpty())
            problem = sign("server.pem", sans, QStringLiteral("30"));
        if (problem.isEmpty())
            problem = sign("other-host.pem", QStringLiteral("DNS:other-host.example"), QStringLiteral("30"));
        if (problem.isEmpty())
            problem = sign("expired.pem", QStringLiteral("DNS:localhost,IP:127.0.0.1"), QStringLiteral("-1"));
        if (!problem.isEmpty())
            return problem;
        write("empty.pem", "\n");
        QFile key(path("server.key"));
        if (!key.open(QIODevice::ReadOnly))
            return QStringLiteral("server.key unreadable");
        write("key-only.pem", key.readAll());
        QFile ca(path("ca.pem"));
        if (!ca.open(QIODevice::ReadOnly))
            return QStringLiteral("ca.pem unreadable");
        QByteArray damaged = ca.readAll();
        damaged[damaged.indexOf('\n') + 20] = '!';
        write("damaged.pem", damaged);
        return {};
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private:
    QString sign(const char *out, const QString &sans, const QString &days)
    {
        const QString ext = path("ext.cnf");
        write("ext.cnf", "basicConstraints=CA:FALSE\nsubjectAltName=" + sans.toLatin1() + "\n");
        return run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
                    QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"),
                    QStringLiteral("-set_serial"), QString::number(++m_serial), QStringLiteral("-out"),
                    path(out), QStringLiteral("-days"), days, QStringLiteral("-extfile"), ext});
    }

    QString run(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0)
            return QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(openssl.readAll()));
        return {};
    }

    void write(const char *name, const QByteArray &data)
    {
        QFile file(path(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(data);
    }

    QTemporaryDir m_dir;
    int m_serial = 1000;
};
