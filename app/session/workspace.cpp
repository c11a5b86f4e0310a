#include "session/workspace.h"

#include "core/draft.h"
#include "core/health.h"
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
    m_history.removeAccount(name);
    ++m_historyEdits;
    emit historyChanged();
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
    return startSave(base, draft, ChangeRecord::Kind::Change);
}

SaveJob *Workspace::startSave(const Endpoint &base, const Draft &draft, ChangeRecord::Kind kind)
{
    auto *job = new SaveJob(m_client, connectionFor(base.account), base, draft, this);
    const QString secretKey = Providers::spec(base.provider).secretKey;
    const bool stepping = kind == ChangeRecord::Kind::Undo || kind == ChangeRecord::Kind::Redo;
    if (stepping) {
        m_stepping = true;
        emit historyChanged();
    }
    const int historyEdits = m_historyEdits;
    connect(job, &SaveJob::finished, this, [=] {
        if (stepping)
            m_stepping = false;
        if (job->wasSent())
            record(job, kind);
        if (job->error().isError()) {
            // Whatever happened to the change, the table shows the endpoint as the server has it.
            if (job->hasFresh())
                emit endpointChanged(job->fresh());
            if (stepping)
                emit historyChanged();
            return;
        }
        emit endpointChanged(job->endpoint());
        // An undo that found nothing to send (already as it was) is done all the same. A step whose
        // history was edited meanwhile (its account removed) is left alone.
        const bool sameHistory = historyEdits == m_historyEdits;
        if (kind == ChangeRecord::Kind::Undo && sameHistory)
            m_history.undone(job->endpoint());
        else if (kind == ChangeRecord::Kind::Redo && sameHistory)
            m_history.redone(job->endpoint());
        else if (!stepping && job->wasSent()) {
            const bool touchedSecret =
                !secretKey.isEmpty() && job->request().body.contains(secretKey.toUtf8());
            m_history.push(UndoStep{job->fresh(), job->endpoint(), touchedSecret});
            ++m_historyEdits;
        } else if (!stepping) {
            return; // nothing was sent: nothing to step back through
        }
        emit historyChanged();
    });
    job->start();
    return job;
}

bool Workspace::providerDisableOf(const Endpoint &fresh, QString *reason, int *failures)
{
    return ChangeRecord::providerDisableOf(fresh, reason, failures); // the CLI's journal says the same
}

void Workspace::record(const SaveJob *job, ChangeRecord::Kind kind)
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
    r.kind = kind;
    r.by = QStringLiteral("patchbay");
    // A re-enable clears the provider's reason and count: the journal keeps them.
    const bool reEnabled = job->error().isError() ? job->rebase().merged.enabled : job->endpoint().enabled;
    QString reason;
    int failures = 0;
    if (reEnabled && providerDisableOf(job->fresh(), &reason, &failures)) {
        r.lostProviderReason = reason;
        r.lostFailureCount = failures;
    }
    QString problem;
    if (!m_journal->append(r, &problem))
        qWarning("%s", qPrintable(problem));
    emit changeRecorded(r);
}

UndoInfo Workspace::undoInfo() const
{
    return stepInfo(false);
}

UndoInfo Workspace::redoInfo() const
{
    return stepInfo(true);
}

UndoInfo Workspace::stepInfo(bool redo) const
{
    UndoInfo info;
    // Secret-only steps cannot be undone (nor their rotation redone): stepped over, and said so.
    const int skipped = redo ? m_history.skippedByRedo() : m_history.skippedByUndo();
    if (redo ? !m_history.canRedo() : !m_history.canUndo()) {
        info.menuText = redo ? tr("Red&o") : tr("&Undo");
        info.unavailableReason =
            skipped == 0 ? (redo ? tr("Nothing to redo.") : tr("Nothing to undo."))
            : redo       ? tr("Nothing to redo: a secret rotation cannot be sent again, it was never kept.")
                         : tr("Nothing to undo: a secret rotation cannot be undone, secrets are write-only.");
        return info;
    }
    // English has no plural for "%n" without a translation: the common single case is its own sentence.
    if (skipped == 1)
        info.skipped = redo ? tr("Skips a secret rotation: it cannot be sent again.")
                            : tr("Skips the newer secret rotation: secrets are write-only and cannot be "
                                 "restored.");
    else if (skipped > 1)
        info.skipped = redo ? tr("Skips %n secret rotations: they cannot be sent again.", "", skipped)
                            : tr("Skips %n newer secret rotations: secrets are write-only and cannot be "
                                 "restored.",
                                 "", skipped);
    const UndoStep &step = redo ? m_history.redoStep() : m_history.undoStep();
    info.account = step.after.account;
    info.description = redo ? UndoHistory::redoText(step) : UndoHistory::undoText(step);
    info.menuText = redo ? UndoHistory::redoText(step, true) : UndoHistory::undoText(step, true);
    if (m_stepping) {
        info.unavailableReason = tr("The previous undo or redo is still on its way.");
        return info;
    }
    if (!m_accounts.contains(info.account)) {
        info.unavailableReason = tr("The account of that change is gone.");
        return info;
    }
    const Endpoint &from = redo ? step.before : step.after;
    const Endpoint &to = redo ? step.after : step.before;
    const DiffResult diff = Diff::compute(from, Draft::fromEndpoint(to));
    if (step.touchedSecret)
        info.caveat = redo ? tr("The new secret is not sent again: it was never kept.")
                           : tr("The secret cannot be restored: it is write-only and was never readable.");
    if (!diff.isValid()) {
        info.unavailableReason = (redo ? tr("The change cannot be sent again: %1")
                                       : tr("The previous state cannot be sent back: %1"))
                                     .arg(diff.errors.first().message);
        return info;
    }
    if (!diff.hasChanges()) {
        info.unavailableReason = step.touchedSecret ? info.caveat
                                 : redo             ? tr("That change left nothing to redo.")
                                                    : tr("The last change left nothing to undo.");
        return info;
    }
    info.available = true;
    return info;
}

SaveJob *Workspace::undo()
{
    if (!undoInfo().available)
        return nullptr;
    // Never silently revert someone else's change: the step's result is the base, so a field they
    // changed since is a conflict.
    const UndoStep step = m_history.undoStep();
    return startSave(step.after, Draft::fromEndpoint(step.before), ChangeRecord::Kind::Undo);
}

SaveJob *Workspace::redo()
{
    if (!redoInfo().available)
        return nullptr;
    // The forward diff against the endpoint as re-read now; a field changed since the undo is a conflict.
    const UndoStep step = m_history.redoStep();
    return startSave(step.before, Draft::fromEndpoint(step.after), ChangeRecord::Kind::Redo);
}

SaveJob *Workspace::revert(const ChangeRecord &record, QString *why)
{
    const RevertPlan plan = RevertPlan::of(record);
    QString problem = plan.unavailableReason;
    if (plan.possible && !m_accounts.contains(record.account))
        problem = tr("The account %1 is no longer set up.").arg(record.account);
    if (!problem.isEmpty()) {
        if (why)
            *why = problem;
        return nullptr;
    }
    // Based on the values that change set: a field changed since is a conflict for the user to decide.
    Endpoint after = plan.after;
    after.id = record.endpointId;
    SaveJob *job = startSave(after, Draft::fromEndpoint(plan.before), ChangeRecord::Kind::Revert);
    job->setAskOnConflict(true);
    return job;
}
