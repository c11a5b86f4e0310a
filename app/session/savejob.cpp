#include "session/savejob.h"

#include "diff/diff.h"
#include "net/apiclient.h"

#include <QTimer>

SaveJob::SaveJob(ApiClient *client, const Connection &connection, const Endpoint &base, const Draft &draft,
                 QObject *parent)
    : QObject(parent), m_client(client), m_connection(connection), m_base(base), m_draft(draft)
{}

void SaveJob::start()
{
    ApiCall *call = m_client->get(m_connection, m_base.id);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { onFreshRead(call); });
}

void SaveJob::onFreshRead(ApiCall *call)
{
    m_call = nullptr;
    if (m_finished)
        return;
    if (call->error().isError()) {
        ApiError error = call->error();
        if (error.kind != ApiError::Kind::Cancelled)
            error.message =
                tr("could not re-read the endpoint before saving, so nothing was sent: %1")
                    .arg(error.message.isEmpty() ? ApiError::kindName(error.kind) : error.message);
        finish(error);
        return;
    }
    m_fresh = call->endpoint();
    m_hasFresh = true;
    m_result = m_fresh;
    m_rebase = Rebase::onto(m_base, m_fresh, m_draft);
    if (!m_rebase.hasConflicts()) {
        send(m_rebase.merged);
        return;
    }
    if (!m_askOnConflict) {
        QStringList fields;
        for (const FieldConflict &c : std::as_const(m_rebase.conflicts))
            fields << (c.key.isEmpty() ? c.field : c.field + QLatin1Char('.') + c.key);
        finish({ApiError::Kind::Conflict,
                0,
                {},
                tr("%1 changed on the server since it was loaded; nothing was sent. Refresh and try again.")
                    .arg(fields.join(QLatin1String(", "))),
                -1});
        return;
    }
    m_awaitingChoice = true;
    emit conflictFound();
}

void SaveJob::resolve(Choice choice)
{
    if (!m_awaitingChoice || m_finished)
        return;
    m_awaitingChoice = false;
    switch (choice) {
    case Choice::KeepTheirs:
        send(m_rebase.keepingTheirs());
        break;
    case Choice::KeepMine:
        send(m_rebase.merged);
        break;
    case Choice::BackToEditing:
        finish({ApiError::Kind::Conflict,
                0,
                {},
                tr("nothing was sent; continue editing from the server's copy"),
                -1});
        break;
    }
}

void SaveJob::send(const Draft &draft)
{
    const DiffResult diff = Diff::compute(m_fresh, draft);
    if (!diff.isValid()) {
        // Valid against the loaded copy, but not together with the other change (e.g. too many events).
        finish({ApiError::Kind::Validation,
                0,
                {},
                tr("together with the server's current values the change is not possible: %1")
                    .arg(diff.errors.first().message),
                -1});
        return;
    }
    if (!diff.hasChanges()) {
        finish({}); // already as the user wants it: nothing to send
        return;
    }
    const PreparedRequest request = m_client->prepareUpdate(m_connection, m_base.id, diff.request);
    if (m_confirmation && !m_confirmation(request)) {
        finish({ApiError::Kind::Cancelled, 0, {}, tr("not sent"), -1});
        return;
    }
    if (m_finished) // aborted while the confirmation was open
        return;
    m_request = request;
    m_sent = true;
    ApiCall *call = m_client->update(m_connection, m_base.id, request);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call = nullptr;
        m_httpStatus = call->httpStatus();
        if (!call->error().isError())
            m_result = call->endpoint();
        finish(call->error());
    });
}

void SaveJob::abort()
{
    if (m_finished)
        return;
    if (m_call) {
        m_call->abort(); // its finished() ends this job with Cancelled
        return;
    }
    m_awaitingChoice = false;
    finish({ApiError::Kind::Cancelled, 0, {}, tr("cancelled by the user"), -1});
}

void SaveJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    deleteLater();
}
