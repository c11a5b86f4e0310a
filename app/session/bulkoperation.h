#pragma once

#include "core/apierror.h"
#include "core/draft.h"
#include "core/endpoint.h"

#include <QObject>

class Workspace;

// Sends one change to many endpoints, a few at a time. One failure never stops or hides the
// others: each item reports its own result. Each endpoint is re-read just before its change is sent
// (Workspace::save); one changed meanwhile in the same field is reported, never overwritten.
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

    void start(int parallel = 3);
    void cancel(); // no new requests; the ones in flight finish
    int total() const { return m_items.size(); }
    int finishedCount() const { return m_finished; }
    int failedCount() const;
    const QList<Item> &items() const { return m_items; }
    const QList<Result> &results() const { return m_results; }
    bool isCancelled() const { return m_cancelled; }

signals:
    void itemFinished(int index);
    void finished();

private:
    void startNext();

    Workspace *m_workspace;
    QList<Item> m_items;
    QList<Result> m_results;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    bool m_cancelled = false;
};
