#include "session/workspace.h"

#include "core/draft.h"
#include "diff/diff.h"
#include "net/apiclient.h"
#include "net/tlstrust.h"
#include "providers/providerspec.h"
#include "session/changejournal.h"

#include <algorithm>
#include <utility>

Workspace::Workspace(ApiClient *client, ChangeJournal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal)
{
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_progressTimer, &QTimer::timeout, this, &Workspace::flushProgress);
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setInterval(0);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &Workspace::deliver);
    m_clock.start();
    m_autoTimer.setSingleShot(true);
    m_autoTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_autoTimer, &QTimer::timeout, this, &Workspace::runDueAutoRefreshes);
}

void Workspace::onListProgress(const QString &account, int loaded)
{
    if (!m_progressTimer.isActive() &&
        (!m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= ProgressIntervalMs)) {
        m_sinceProgress.start();
        release(account);
        emit loadProgress(account, loaded);
        return;
    }
    m_pendingProgress.insert(account, loaded);
    if (!m_progressTimer.isActive())
        m_progressTimer.start(int(qMax<qint64>(0, ProgressIntervalMs - m_sinceProgress.elapsed())));
}

void Workspace::flushProgress()
{
    const QHash<QString, int> pending = std::exchange(m_pendingProgress, {});
    if (pending.isEmpty())
        return;
    m_sinceProgress.start();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        release(it.key());
        emit loadProgress(it.key(), it.value());
    }
}

void Workspace::release(const QString &account)
{
    QList<Endpoint> arrived = m_arrived.take(account);
    if (arrived.isEmpty())
        return;
    m_queue.append(Delivery{account, std::move(arrived), false, {}, {}});
    if (!m_deliveryTimer.isActive())
        m_deliveryTimer.start();
}

void Workspace::deliver()
{
    // One batch per turn: the event loop (painting, input) runs between two batches.
    if (m_queue.isEmpty())
        return;
    Delivery &next = m_queue.first();
    if (next.outcome) {
        const Delivery outcome = m_queue.takeFirst();
        if (!m_queue.isEmpty())
            m_deliveryTimer.start();
        if (outcome.error.isError())
            emit loadFailed(outcome.account, outcome.error);
        else
            emit loadFinished(outcome.account, outcome.ids);
        return;
    }
    QList<Endpoint> batch;
    if (next.endpoints.size() <= m_maxBatch) {
        batch = m_queue.takeFirst().endpoints;
    } else {
        batch = next.endpoints.first(m_maxBatch);
        next.endpoints.remove(0, m_maxBatch);
    }
    const QString account = batch.first().account;
    if (!m_queue.isEmpty())
        m_deliveryTimer.start();
    emit endpointsLoaded(account, batch);
}

void Workspace::forget(const QString &account)
{
    m_arrived.remove(account);
    m_listedIds.remove(account);
    m_queue.removeIf([&account](const Delivery &d) { return d.account == account; });
}

Workspace::~Workspace()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_loads))
        if (call)
            call->disconnect(this);
}

void Workspace::setAccount(const Account &account, const QString &token)
{
    AccountEntry entry{account, token, {}, {}};
    loadTrust(&entry);
    m_accounts.insert(account.name, entry);
    emit accountsChanged();
}

void Workspace::loadTrust(AccountEntry *entry)
{
    entry->extraCas.clear();
    entry->caError.clear();
    if (!entry->account.caFile.isEmpty())
        TlsTrust::loadCaFile(entry->account.caFile, &entry->extraCas, &entry->caError);
}

void Workspace::removeAccount(const QString &name)
{
    if (QPointer<ApiCall> call = m_loads.take(name))
        call->abort();
    m_pendingProgress.remove(name);
    forget(name);
    m_pacer.forget(name);
    m_autoDue.remove(name);
    m_accounts.remove(name);
    if (m_undo && m_undo->after.account == name) {
        m_undo.reset();
        emit undoChanged();
    }
    emit accountsChanged();
}

QList<Account> Workspace::accounts() const
{
    QList<Account> result;
    for (const AccountEntry &entry : m_accounts)
        result << entry.account;
    std::sort(result.begin(), result.end(),
              [](const Account &a, const Account &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

Connection Workspace::connectionFor(const QString &accountName) const
{
    const AccountEntry entry = m_accounts.value(accountName);
    return Connection{entry.account.name, entry.account.provider, entry.account.baseUrl, entry.token,
                      entry.extraCas};
}

void Workspace::refreshAll()
{
    for (const Account &account : accounts())
        refresh(account.name);
}

void Workspace::autoRefresh(int intervalMs)
{
    m_autoIntervalMs = qMax(1, intervalMs);
    const qint64 now = m_clock.elapsed();
    const QList<Account> list = accounts(); // name order: a stable stagger
    m_autoDue.clear();
    for (int i = 0; i < list.size(); ++i) {
        const QString &name = list.at(i).name;
        m_autoDue.insert(name, qMax(now + RefreshPacer::staggerMs(i, list.size(), m_autoIntervalMs),
                                    m_pacer.earliest(name, m_autoIntervalMs)));
    }
    runDueAutoRefreshes();
}

void Workspace::stopAutoRefresh()
{
    m_autoDue.clear();
    m_autoTimer.stop();
}

void Workspace::runDueAutoRefreshes()
{
    const qint64 now = m_clock.elapsed();
    QStringList due;
    for (auto it = m_autoDue.begin(); it != m_autoDue.end();) {
        // Checked again now: a manual refresh or an error since the round began moves the time on.
        it.value() = qMax(it.value(), m_pacer.earliest(it.key(), m_autoIntervalMs));
        if (it.value() <= now) {
            due << it.key();
            it = m_autoDue.erase(it);
        } else {
            ++it;
        }
    }
    std::sort(due.begin(), due.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    for (const QString &name : std::as_const(due))
        if (!m_loads.contains(name)) // still loading: polite means one request at a time
            refresh(name);
    if (m_autoDue.isEmpty())
        return;
    const qint64 next = *std::min_element(m_autoDue.cbegin(), m_autoDue.cend());
    m_autoTimer.start(int(qBound<qint64>(0, next - m_clock.elapsed(), RefreshPacer::MaxRetryAfterMs)));
}

void Workspace::refresh(const QString &name)
{
    if (!m_accounts.contains(name))
        return;
    if (QPointer<ApiCall> previous = m_loads.take(name)) {
        previous->disconnect(this);
        previous->abort();
    }
    m_pendingProgress.remove(name);
    forget(name); // a superseded load delivers nothing more
    // Read again: a CA file fixed or renewed since counts from this refresh on.
    loadTrust(&m_accounts[name]);
    if (const QString caError = m_accounts.value(name).caError; !caError.isEmpty()) {
        // Without the CA the handshake could only fail; say why instead, and send nothing.
        emit loadFailed(name, ApiError{ApiError::Kind::Validation, 0, QString(), caError, -1});
        return;
    }
    if (m_accounts.value(name).token.isEmpty()) {
        // Never send an empty credential: the provider would only answer 401.
        emit loadFailed(name, ApiError{ApiError::Kind::Validation, 0, QString(),
                                       tr("No token for this account; add it in File → Accounts."), -1});
        return;
    }
    // The window takes each page as it comes: the client keeps no second copy of the listing.
    ApiCall *call = m_client->list(connectionFor(name), ApiClient::ListDelivery::PagesOnly);
    m_loads.insert(name, call);
    m_autoDue.remove(name);
    m_pacer.started(name, m_clock.elapsed());
    emit loadStarted(name);
    connect(call, &ApiCall::pageLoaded, this, [this, name](const QList<Endpoint> &page) {
        QStringList &ids = m_listedIds[name];
        for (const Endpoint &e : page)
            ids << e.id;
        QList<Endpoint> &arrived = m_arrived[name];
        if (arrived.isEmpty())
            arrived = page; // shared, not copied
        else
            arrived += page;
    });
    connect(call, &ApiCall::progress, this, [this, name](int loaded) { onListProgress(name, loaded); });
    connect(call, &ApiCall::finished, this, [this, name, call] {
        if (m_loads.value(name) == call)
            m_loads.remove(name);
        if (call->error().kind != ApiError::Kind::Cancelled) { // a superseded load says nothing
            if (call->error().isError())
                m_pacer.failed(name, m_clock.elapsed(), call->error().retryAfterSeconds);
            else
                m_pacer.succeeded(name);
        }
        m_pendingProgress.remove(name); // the outcome carries the final count
        // The outcome comes after every endpoint delivered before it.
        release(name);
        const QStringList ids = m_listedIds.take(name);
        m_queue.append(
            Delivery{name, {}, true, call->error(), call->error().isError() ? QStringList() : ids});
        if (!m_deliveryTimer.isActive())
            m_deliveryTimer.start();
    });
}

PreparedRequest Workspace::preview(const Endpoint &base, const UpdateRequest &request) const
{
    return m_client->prepareUpdate(connectionFor(base.account), base.id, request);
}

SaveJob *Workspace::save(const Endpoint &base, const Draft &draft)
{
    return startSave(base, draft, false);
}

SaveJob *Workspace::startSave(const Endpoint &base, const Draft &draft, bool isUndo)
{
    auto *job = new SaveJob(m_client, connectionFor(base.account), base, draft, this);
    const QString secretKey = Providers::spec(base.provider).secretKey;
    connect(job, &SaveJob::finished, this, [=] {
        if (job->wasSent())
            record(job, isUndo);
        if (job->error().isError()) {
            // Whatever happened to the change, the table shows the endpoint as the server has it.
            if (job->hasFresh())
                emit endpointChanged(job->fresh());
            return;
        }
        emit endpointChanged(job->endpoint());
        if (!job->wasSent())
            return;
        const bool touchedSecret = !secretKey.isEmpty() && job->request().body.contains(secretKey.toUtf8());
        if (isUndo)
            m_undo.reset();
        else
            m_undo = UndoRecord{job->fresh(), job->endpoint(), touchedSecret};
        emit undoChanged();
    });
    job->start();
    return job;
}

void Workspace::record(const SaveJob *job, bool isUndo)
{
    if (!m_journal)
        return;
    const Endpoint &base = job->base();
    ChangeRecord r;
    r.at = QDateTime::currentDateTimeUtc();
    r.account = base.account;
    r.provider = base.provider;
    r.endpointId = base.id;
    r.endpointUrl = job->fresh().url;
    r.method = job->request().method;
    r.requestUrl = job->request().url.toString();
    r.body = job->request().redactedBody();
    r.base = job->fresh().rawObject();
    r.httpStatus = job->error().isError() ? job->error().httpStatus : job->httpStatus();
    r.error = job->error().isError() ? job->error().toString() : QString();
    r.isUndo = isUndo;
    QString problem;
    if (!m_journal->append(r, &problem))
        qWarning("%s", qPrintable(problem));
    emit changeRecorded(r);
}

UndoInfo Workspace::undoInfo() const
{
    UndoInfo info;
    if (!m_undo) {
        info.unavailableReason = tr("Nothing to undo.");
        return info;
    }
    info.account = m_undo->after.account;
    if (!m_accounts.contains(m_undo->after.account)) {
        info.unavailableReason = tr("The account of the last change is gone.");
        return info;
    }
    const DiffResult reverse = Diff::compute(m_undo->after, Draft::fromEndpoint(m_undo->before));
    if (m_undo->touchedSecret)
        info.caveat = tr("The secret cannot be restored: it is write-only and was never readable.");
    if (!reverse.isValid()) {
        info.unavailableReason =
            tr("The previous state cannot be sent back: %1").arg(reverse.errors.first().message);
        return info;
    }
    if (!reverse.hasChanges()) {
        info.unavailableReason =
            m_undo->touchedSecret ? info.caveat : tr("The last change left nothing to undo.");
        return info;
    }
    info.available = true;
    info.description = tr("Undo the last change to %1").arg(m_undo->after.url);
    return info;
}

SaveJob *Workspace::undoLast()
{
    if (!undoInfo().available)
        return nullptr;
    // Undo is a change like any other: re-read first, and never silently revert someone else's change.
    return startSave(m_undo->after, Draft::fromEndpoint(m_undo->before), true);
}
