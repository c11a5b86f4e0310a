#include "session/bulkoperation.h"

#include "net/boundedrunner.h"
#include "providers/providerspec.h"
#include "session/workspace.h"

BulkOperation::BulkOperation(Workspace *workspace, const QList<Item> &items, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_runner(new BoundedRunner(this)), m_items(items),
      m_results(items.size())
{
    for (int index = 0; index < m_items.size(); ++index) {
        const Item &item = m_items.at(index);
        // Lanes per provider: its rate limit and its Retry-After are the provider's.
        m_runner->add(Providers::spec(item.base.provider).key,
                      [this, index](const BoundedRunner::Done &done) {
                          SaveJob *job = m_workspace->save(m_items.at(index).base, m_items.at(index).draft);
                          connect(job, &SaveJob::finished, this, [this, job, index, done] {
                              m_lastEndpoint.insert(index, job->endpoint());
                              done(job->error());
                          });
                      });
    }
    connect(m_runner, &BoundedRunner::jobWaiting, this, &BulkOperation::itemWaiting);
    connect(m_runner, &BoundedRunner::jobFinished, this, [this](int index) {
        m_results[index] = Result{true, m_runner->error(index), m_lastEndpoint.take(index)};
        ++m_finished;
        emit itemFinished(index);
    });
    connect(m_runner, &BoundedRunner::finished, this, &BulkOperation::finished);
}

int BulkOperation::defaultPerProvider()
{
    return BoundedRunner::DefaultPerLane;
}

void BulkOperation::start(int perProvider)
{
    m_runner->setPerLane(perProvider);
    m_runner->start();
}

void BulkOperation::cancel()
{
    m_cancelled = true;
    m_runner->cancel();
}

int BulkOperation::failedCount() const
{
    int failed = 0;
    for (const Result &r : m_results)
        failed += r.done && r.error.isError() ? 1 : 0;
    return failed;
}
