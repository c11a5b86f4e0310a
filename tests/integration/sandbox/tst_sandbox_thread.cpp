// SandboxThread, as `patchbay --demo` uses it: the server answers on its own thread (a caller that
// blocks its own thread still gets replies), serves the synthetic endpoints it was started with, and
// stops cleanly, open connections included (the CI runs this under ASan/LSan).
#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

namespace {

QByteArray request(ProviderId p, const QByteArray &query = {})
{
    return "GET " + Providers::spec(p).collectionPath.toLatin1() + query +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + SandboxServer::tokenFor(p).toLatin1() +
           "\r\n\r\n";
}

// Reads one reply with blocking calls only: this thread runs no event loop meanwhile.
QByteArray blockingReply(QTcpSocket &socket)
{
    QByteArray data;
    while (socket.waitForReadyRead(5000)) {
        data += socket.readAll();
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        const qsizetype at = data.toLower().indexOf("content-length:");
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        const qsizetype length = data.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
        if (data.size() >= headEnd + 4 + length)
            return data.mid(headEnd + 4, length);
    }
    return {};
}

} // namespace

class TestSandboxThread : public QObject
{
    Q_OBJECT

private slots:
    void answersWhileTheCallerBlocks()
    {
        SandboxThread sandbox;
        QString error;
        QVERIFY2(sandbox.start(250, &error), qPrintable(error));
        QVERIFY(sandbox.isRunning());
        QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        // OptimalDial pages by number and reports the total: the seed plus the 250 synthetic ones.
        socket.write(request(ProviderId::OptimalDial, "?per_page=1"));
        const QJsonObject page = QJsonDocument::fromJson(blockingReply(socket)).object();
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 7 + 250);
    }

    void stopClosesConnectionsAndThePort()
    {
        SandboxThread sandbox;
        QVERIFY(sandbox.start(0, nullptr));
        const quint16 port = quint16(sandbox.baseUrl().port());
        QTcpSocket kept;
        kept.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(kept.waitForConnected(5000));
        kept.write(request(ProviderId::Layers));
        QVERIFY(!blockingReply(kept).isEmpty());
        QTcpSocket halfway; // a request that never ends
        halfway.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(halfway.waitForConnected(5000));
        halfway.write("GET /v1/webhook-endpoints HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QVERIFY(halfway.waitForBytesWritten(5000));

        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
        QVERIFY(kept.state() == QAbstractSocket::UnconnectedState || kept.waitForDisconnected(5000));
        QVERIFY(halfway.state() == QAbstractSocket::UnconnectedState || halfway.waitForDisconnected(5000));
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(5000));
        QCOMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
        sandbox.stop(); // twice is harmless
    }

    void destroyedWhileServing()
    {
        QTcpSocket socket;
        {
            SandboxThread sandbox;
            QVERIFY(sandbox.start(100, nullptr));
            socket.connectToHost(QHostAddress::LocalHost, quint16(sandbox.baseUrl().port()));
            QVERIFY(socket.waitForConnected(5000));
            socket.write(request(ProviderId::Atoa));
            QVERIFY(socket.waitForBytesWritten(5000));
        } // the destructor stops it, reply written or not
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(5000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxThread)
#include "tst_sandbox_thread.moc"
