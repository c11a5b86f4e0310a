#include "sandbox/sandboxthread.h"

#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"

SandboxThread::SandboxThread(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread()
{
    stop();
}

bool SandboxThread::start(int syntheticPerProvider, QString *error)
{
    Q_ASSERT(!m_server && !m_thread.isRunning());
    m_server = new SandboxServer; // no parent: it moves to the thread, which deletes it when it ends
    for (ProviderId p : Providers::all())
        m_server->addSyntheticEndpoints(p, syntheticPerProvider);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();

    // listen() creates the QTcpServer, which must belong to the server's thread: call it there.
    bool listening = false;
    QString why;
    QUrl url;
    QMetaObject::invokeMethod(
        m_server,
        [server = m_server, &listening, &why, &url] {
            listening = server->listen(0);
            why = server->errorString();
            url = server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        if (error)
            *error = why;
        return false;
    }
    m_baseUrl = url;
    return true;
}

void SandboxThread::stop()
{
    if (!m_thread.isRunning())
        return;
    // QThread deletes deferred objects after finished(): the server and its sockets go on its thread.
    m_thread.quit();
    m_thread.wait();
    m_server = nullptr;
}
