#pragma once

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

class SandboxServer;

// A SandboxServer on a thread of its own, so that a window embedding it (`patchbay --demo`) keeps its
// GUI thread for GUI work: the server's paging, JSON and socket writes run beside it. stop(), or the
// destructor, deletes the server on its thread and then ends the thread.
class SandboxThread : public QObject
{
    Q_OBJECT
public:
    explicit SandboxThread(QObject *parent = nullptr);
    ~SandboxThread() override;

    // Seeds the sandbox with `syntheticPerProvider` extra endpoints per provider, starts the thread and
    // returns once the server listens on 127.0.0.1 (false + *error when it cannot). Call once.
    bool start(int syntheticPerProvider, QString *error);
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr; // lives in m_thread, deleted there
    QUrl m_baseUrl;
};
