#pragma once

#include "core/apierror.h"
#include "core/draft.h"
#include "core/endpoint.h"
#include "diff/rebase.h"
#include "net/connection.h"
#include "net/preparedrequest.h"

#include <QObject>
#include <QPointer>
#include <functional>

class ApiCall;
class ApiClient;

// One save of one endpoint without lost updates: re-read the endpoint just before sending, replay
// the user's edits on that fresh copy (Rebase), stop at a conflict until the user decides, then send
// the minimal diff against the fresh copy, once. Emits finished() once; the Workspace journals it.
class SaveJob : public QObject
{
    Q_OBJECT
public:
    enum class Choice
    {
        KeepTheirs,   // conflicting fields as the server has them; the user's other edits are sent
        KeepMine,     // the user's values overwrite the other change, knowingly
        BackToEditing // nothing is sent; the form continues from the fresh copy
    };
    // Asked with the exact request just before it goes out; false sends nothing.
    using Confirmation = std::function<bool(const PreparedRequest &request)>;

    SaveJob(ApiClient *client, const Connection &connection, const Endpoint &base, const Draft &draft,
            QObject *parent = nullptr);

    void setConfirmation(Confirmation confirmation) { m_confirmation = std::move(confirmation); }
    // Without it a conflict ends the job with ApiError::Kind::Conflict (bulk changes, undo).
    void setAskOnConflict(bool ask) { m_askOnConflict = ask; }
    void start();
    void resolve(Choice choice); // after conflictFound()
    void abort();                // finishes with Cancelled; a request in flight is aborted

    const Endpoint &base() const { return m_base; }
    bool hasFresh() const { return m_hasFresh; }
    const Endpoint &fresh() const { return m_fresh; } // the server's copy the change was based on
    const RebaseResult &rebase() const { return m_rebase; }
    bool isFinished() const { return m_finished; }
    bool wasSent() const { return m_sent; }
    const PreparedRequest &request() const { return m_request; } // what was sent, when wasSent()
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // The endpoint as it is now: the update's reply, or the fresh copy when nothing was sent.
    const Endpoint &endpoint() const { return m_result; }

signals:
    void conflictFound();
    void finished();

private:
    void onFreshRead(ApiCall *call);
    void send(const Draft &draft);
    void finish(const ApiError &error);

    ApiClient *m_client;
    Connection m_connection;
    Endpoint m_base;
    Draft m_draft;
    Confirmation m_confirmation;
    bool m_askOnConflict = false;

    Endpoint m_fresh;
    bool m_hasFresh = false;
    RebaseResult m_rebase;
    bool m_awaitingChoice = false;
    PreparedRequest m_request;
    bool m_sent = false;
    int m_httpStatus = 0;
    Endpoint m_result;
    ApiError m_error;
    bool m_finished = false;
    QPointer<ApiCall> m_call;
};
