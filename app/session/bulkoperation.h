#pragma once

#include "core/apierror.h"
#include "core/draft.h"
#include "core/endpoint.h"

#include <QHash>
#include <QObject>

class BoundedRunner;
class Workspace;

// Sends one change to many endpoints through the BoundedRunner the CLI uses too: a few at a time
// per provider, a provider's Retry-After honoured (that provider waits, the others go on). One
// failure never stops or hides the others: each item reports its own result. Each endpoint is
// re-read just before its change is sent (Workspace::save), also before a retry; one changed
// meanwhile in the same field is reported, never overwritten.
class BulkOperation : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        Endpoint base;
        Draft draft;
    };
    struct Result
    {
        bool done = false;
        ApiError error;
        Endpoint endpoint;
    };

    BulkOperation(Workspace *workspace, const QList<Item> &items, QObject *parent = nullptr);

    // perProvider: at most that many changes of one provider in flight (BoundedRunner).
    void start(int perProvider = defaultPerProvider());
    void cancel(); // no new requests; the ones in flight finish
    int total() const { return m_items.size(); }
    int finishedCount() const { return m_finished; }
    int failedCount() const;
    const QList<Item> &items() const { return m_items; }
    const QList<Result> &results() const { return m_results; }
    bool isCancelled() const { return m_cancelled; }
    static int defaultPerProvider();

signals:
    void itemFinished(int index);
    // The item's provider asked to wait (429/503 with Retry-After): it is sent again in `seconds`.
    void itemWaiting(int index, int seconds);
    void finished();

private:
    Workspace *m_workspace;
    BoundedRunner *m_runner;
    QList<Item> m_items;
    QList<Result> m_results;
    QHash<int, Endpoint> m_lastEndpoint; // of each item's latest run
    int m_finished = 0;
    bool m_cancelled = false;
};
