// What the sandbox puts on the wire, read with a raw socket: every reply leaves in one piece (head and
// body in one write), so a client never waits for a delayed ACK between the two. On a kept-alive
// connection each reply must arrive whole in the first read.
#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

class TestSandboxWire : public QObject
{
    Q_OBJECT

    // Bytes the response still lacks after `data`, or -1 when its head is not even complete.
    static qsizetype missing(const QByteArray &data)
    {
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return -1;
        qsizetype length = 0;
        for (const QByteArray &line : data.left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return headEnd + 4 + length - data.size();
    }

private slots:
    void everyReplyArrivesInOneRead()
    {
        SandboxServer server;
        const ProviderId p = ProviderId::OptimalDial;
        server.addSyntheticEndpoints(p, 600);
        QVERIFY(server.listen(0));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray token = SandboxServer::tokenFor(p).toLatin1();
        const QByteArray path = Providers::spec(p).collectionPath.toLatin1();
        for (int page = 1; page <= 8; ++page) {
            // Pages of about 50 KB (Qt writes a body over 32 KB apart from the head), less than one loopback
            // segment; then small error replies.
            const QByteArray auth = page <= 6 ? token : QByteArray("wrong");
            socket.write("GET " + path + "?per_page=100&page=" + QByteArray::number(page) +
                         " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + auth + "\r\n\r\n");
            QSignalSpy readable(&socket, &QTcpSocket::readyRead);
            QVERIFY(readable.wait(5000));
            const QByteArray data = socket.readAll();
            QVERIFY2(missing(data) == 0,
                     qPrintable(QStringLiteral("page %1: %2 bytes in the first read, %3 missing")
                                    .arg(page)
                                    .arg(data.size())
                                    .arg(missing(data))));
            QVERIFY(data.startsWith(page <= 6 ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 401 Unauthorized\r\n"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxWire)
#include "tst_sandbox_wire.moc"
