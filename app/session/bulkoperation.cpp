#include "session/bulkoperation.h"

#include "session/workspace.h"

BulkOperation::BulkOperation(Workspace *workspace, const QList<Item> &items, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_items(items), m_results(items.size())
{}

void BulkOperation::start(int parallel)
{
    if (m_items.isEmpty()) {
        QMetaObject::invokeMethod(this, &BulkOperation::finished, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < qMax(1, parallel); ++i)
        startNext();
}

void BulkOperation::cancel()
{
    m_cancelled = true;
    if (m_running == 0)
        emit finished();
}

int BulkOperation::failedCount() const
{
    int failed = 0;
    for (const Result &r : m_results)
        failed += r.done && r.error.isError() ? 1 : 0;
    return failed;
}

void BulkOperation::startNext()
{
    if (m_cancelled || m_next >= m_items.size())
        return;
    const int index = m_next++;
    ++m_running;
    SaveJob *job = m_workspace->save(m_items.at(index).base, m_items.at(index).draft);
    connect(job, &SaveJob::finished, this, [this, job, index] {
        m_results[index] = Result{true, job->error(), job->endpoint()};
        --m_running;
        ++m_finished;
        emit itemFinished(index);
        startNext();
        if (m_running == 0 && (m_cancelled || m_finished == m_items.size()))
            emit finished();
    });
}
