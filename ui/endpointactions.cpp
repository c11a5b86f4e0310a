#include "endpointactions.h"

#include "conflictdialog.h"
#include "core/draft.h"
#include "datetext.h"
#include "diff/diff.h"
#include "net/apiclient.h"
#include "providers/providerspec.h"
#include "session/changerecord.h"
#include "session/revertplan.h"
#include "session/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStyle>

namespace {

// A confirmation shows the request it will send: method, URL and body (tokens redacted).
QString requestText(const PreparedRequest &request)
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toString() +
           QLatin1Char('\n') + QString::fromUtf8(request.redactedBody());
}

} // namespace

EndpointActions::EndpointActions(Workspace *workspace, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_dialogParent(dialogParent),
      // One mnemonic each within the Edit menu (Undo, Edit, reNable, Disable, ID, uRl, Curl, Find).
      m_edit(new QAction(tr("&Edit…"), this)), m_enable(new QAction(tr("Re-e&nable"), this)),
      m_disable(new QAction(tr("&Disable"), this)), m_copyId(new QAction(tr("Copy &ID"), this)),
      m_copyUrl(new QAction(tr("Copy U&RL"), this)), m_copyCurl(new QAction(tr("Copy as &curl"), this)),
      m_undo(new QAction(tr("&Undo"), this)), m_redo(new QAction(tr("Red&o"), this))
{
    m_confirm = [this](const QString &title, const QString &text, const QString &verb) {
        return askWithMessageBox(m_dialogParent, title, text, verb);
    };
    m_askConflict = &ConflictDialog::askRevert;
    QStyle *style = QApplication::style();
    m_edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    m_edit->setToolTip(tr("Edit the selected endpoint (F2)"));
    m_edit->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_enable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_enable->setToolTip(tr("Re-enable the selected endpoints (Ctrl+E)"));
    m_enable->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    m_disable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_disable->setToolTip(tr("Disable the selected endpoints (Ctrl+D)"));
    m_disable->setIcon(style->standardIcon(QStyle::SP_MediaPause));
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_copyUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setToolTip(
        tr("Copy a curl command that reads this endpoint; the token stays $PATCHBAY_TOKEN"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on some) when it differs.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redo->setShortcuts(redoKeys);
    m_redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    // Tool buttons (the status bar's) say just the verb; the menu and tooltip name the step.
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    for (QAction *a : {m_edit, m_enable, m_disable, m_copyId, m_copyUrl, m_copyCurl})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<Endpoint> selected = m_selection ? m_selection() : QList<Endpoint>();
        if (selected.size() == 1)
            emit editRequested(selected.first());
    });
    connect(m_enable, &QAction::triggered, this, [this] { setEnabledOf(true); });
    connect(m_disable, &QAction::triggered, this, [this] { setEnabledOf(false); });
    connect(m_copyId, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const Endpoint &e : m_selection())
            ids << e.id;
        copy(ids.join(QLatin1Char('\n')), tr("ID"));
    });
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        QStringList urls;
        for (const Endpoint &e : m_selection())
            urls << e.url;
        copy(urls.join(QLatin1Char('\n')), tr("URL"));
    });
    connect(m_copyCurl, &QAction::triggered, this, [this] {
        QStringList commands;
        for (const Endpoint &e : m_selection())
            commands << RequestBuilder::forGet(m_workspace->connectionFor(e.account), e.id).toCurl();
        copy(commands.join(QLatin1String("\n\n")), tr("curl command"));
    });
    connect(m_undo, &QAction::triggered, this, [this] { step(false); });
    connect(m_redo, &QAction::triggered, this, [this] { step(true); });
    connect(m_workspace, &Workspace::historyChanged, this, &EndpointActions::updateHistory);
    updateEnabled();
}

QList<QAction *> EndpointActions::tableActions() const
{
    return {m_edit, m_enable, m_disable, m_copyId, m_copyUrl, m_copyCurl};
}

void EndpointActions::updateEnabled()
{
    const QList<Endpoint> selected = m_selection ? m_selection() : QList<Endpoint>();
    bool anyEnable = false;
    bool anyDisable = false;
    for (const Endpoint &e : selected) {
        if (!Providers::spec(e.provider).hasEnabled())
            continue;
        anyEnable = anyEnable || !e.enabled;
        anyDisable = anyDisable || e.enabled;
    }
    m_edit->setEnabled(selected.size() == 1);
    m_enable->setEnabled(anyEnable);
    m_disable->setEnabled(anyDisable);
    for (QAction *a : {m_copyId, m_copyUrl, m_copyCurl})
        a->setEnabled(!selected.isEmpty());
    updateHistory();
}

void EndpointActions::updateHistory()
{
    for (QAction *action : {m_undo, m_redo}) {
        const UndoInfo info = action == m_undo ? m_workspace->undoInfo() : m_workspace->redoInfo();
        action->setText(info.menuText);
        action->setEnabled(info.available);
        // Disabled, the tooltip says why; enabled, what it will do and what it cannot bring back.
        QString tip = info.unavailableReason;
        if (info.available) {
            tip = info.description;
            for (const QString &note : {info.caveat, info.skipped})
                if (!note.isEmpty())
                    tip += QLatin1Char('\n') + note;
        }
        action->setToolTip(tip);
    }
}

bool EndpointActions::askWithMessageBox(QWidget *parent, const QString &title, const QString &text,
                                        const QString &verb)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("productionConfirmation"));
    box.setTextFormat(Qt::PlainText); // the text names endpoints by their server-given URL
    QPushButton *accept = box.addButton(verb, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmVerbButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

bool EndpointActions::confirmBeforeSending(const QStringList &accounts, const QString &what,
                                           const QString &verb, bool always)
{
    QSet<QString> production;
    QSet<QString> others;
    for (const QString &account : accounts)
        (m_workspace->account(account).isProduction() ? production : others).insert(account);
    // Production always asks, whatever the preference says.
    if (!production.isEmpty()) {
        QStringList names(production.begin(), production.end());
        names.sort();
        return m_confirm(tr("Change a production account?"),
                         tr("%1\n\nThis changes the production account %2. Continue?")
                             .arg(what, names.join(QLatin1String(", "))),
                         verb);
    }
    if (others.isEmpty() || (m_policy != Preferences::ConfirmPolicy::EveryAccount && !always))
        return true;
    QStringList names(others.begin(), others.end());
    names.sort();
    return m_confirm(
        tr("Send this change?"),
        tr("%1\n\nThis changes the account %2. Continue?").arg(what, names.join(QLatin1String(", "))), verb);
}

void EndpointActions::setEnabledOf(bool enable)
{
    QList<Endpoint> targets;
    for (const Endpoint &e : m_selection())
        if (Providers::spec(e.provider).hasEnabled() && e.enabled != enable)
            targets << e;
    if (targets.isEmpty())
        return;
    if (targets.size() > 1) {
        emit bulkRequested(targets, enable); // the bulk dialog is its own confirmation
        return;
    }
    const Endpoint base = targets.first();
    Draft draft = Draft::fromEndpoint(base);
    draft.enabled = enable;
    const DiffResult diff = Diff::compute(base, draft);
    if (!diff.isValid()) {
        emit message(MessageBanner::Kind::Error, diff.errors.first().message);
        return;
    }
    SaveJob *job = m_workspace->save(base, draft);
    // Asked with the request as it will go out, computed against the endpoint re-read just now.
    job->setConfirmation([this, job, base, enable](const PreparedRequest &request) {
        const QString lost = lostStateNote(job);
        const QString what = (enable ? tr("Re-enable %1") : tr("Disable %1")).arg(base.url) +
                             (lost.isEmpty() ? QString() : QLatin1String("\n\n") + lost) +
                             QLatin1String("\n\n") + requestText(request);
        // What the provider recorded is lost for good: always said, whatever the policy.
        return confirmBeforeSending({base.account}, what, enable ? tr("Re-enable") : tr("Disable"),
                                    !lost.isEmpty());
    });
    emit message(MessageBanner::Kind::Info,
                 enable ? tr("Re-enabling %1…").arg(base.url) : tr("Disabling %1…").arg(base.url));
    connect(job, &SaveJob::finished, this, [this, job, enable, base] {
        if (job->error().isError())
            emit message(MessageBanner::Kind::Error,
                         (enable ? tr("Could not re-enable %1: %2") : tr("Could not disable %1: %2"))
                             .arg(base.url, job->error().toString()));
        else if (!job->wasSent())
            emit message(MessageBanner::Kind::Info,
                         (enable ? tr("%1 was already re-enabled on the server; nothing was sent.")
                                 : tr("%1 was already disabled on the server; nothing was sent."))
                             .arg(base.url));
        else
            emit message(MessageBanner::Kind::Success,
                         (enable ? tr("Re-enabled %1.") : tr("Disabled %1.")).arg(base.url) +
                             QLatin1Char(' ') + tr("Press Ctrl+Z to undo."));
    });
}

QString EndpointActions::lostStateNote(const SaveJob *job)
{
    if (!job->hasFresh() || !job->rebase().merged.enabled)
        return {};
    return lostStateNote(job->fresh());
}

QString EndpointActions::lostStateNote(const Endpoint &endpoint)
{
    QString reason;
    int failures = 0;
    if (!Workspace::providerDisableOf(endpoint, &reason, &failures))
        return {};
    return tr("%1 disabled it: \"%2\" after %n failed deliveries. Re-enabling clears that reason and "
              "the failure count; they will not come back. The change journal keeps them.",
              "", failures)
        .arg(Providers::spec(endpoint.provider).displayName, reason);
}

void EndpointActions::step(bool redo)
{
    const UndoInfo info = redo ? m_workspace->redoInfo() : m_workspace->undoInfo();
    if (!info.available) {
        emit message(MessageBanner::Kind::Info, info.unavailableReason);
        return;
    }
    SaveJob *job = redo ? m_workspace->redo() : m_workspace->undo();
    if (!job)
        return;
    // Asked with the request as it will go out, computed against the endpoint re-read just now.
    job->setConfirmation([this, job, info, redo](const PreparedRequest &request) {
        const QString lost = lostStateNote(job);
        const QString what = info.description +
                             (info.caveat.isEmpty() ? QString() : QLatin1String("\n\n") + info.caveat) +
                             (info.skipped.isEmpty() ? QString() : QLatin1String("\n\n") + info.skipped) +
                             (lost.isEmpty() ? QString() : QLatin1String("\n\n") + lost) +
                             QLatin1String("\n\n") + requestText(request);
        return confirmBeforeSending({info.account}, what, redo ? tr("Redo") : tr("Undo"), !lost.isEmpty());
    });
    connect(job, &SaveJob::finished, this, [this, job, info, redo] {
        if (job->error().kind == ApiError::Kind::Cancelled)
            return; // declined: nothing was sent, the step stays available
        if (job->error().isError())
            emit message(MessageBanner::Kind::Error,
                         (redo ? tr("Redo failed: %1") : tr("Undo failed: %1")).arg(job->error().toString()));
        else
            emit message(MessageBanner::Kind::Success,
                         (redo ? tr("Redone.") : tr("Undone.")) +
                             (info.caveat.isEmpty() ? QString() : QLatin1Char(' ') + info.caveat));
    });
}

void EndpointActions::revert(const ChangeRecord &record, QWidget *parent)
{
    const RevertPlan plan = RevertPlan::of(record);
    QString why;
    SaveJob *job = m_workspace->revert(record, &why);
    if (!job) {
        emit message(MessageBanner::Kind::Info, tr("Cannot revert that change: %1").arg(why));
        return;
    }
    const QString url = record.endpointUrl.isEmpty() ? record.endpointId : record.endpointUrl;
    const QString when = DateText::text(record.at.toLocalTime(), DateText::Precision::Seconds);
    const QString providerName = Providers::spec(record.provider).displayName;
    job->setConfirmation([this, job, record, plan, url, when](const PreparedRequest &request) {
        const QString lost = lostStateNote(job);
        const QString what = tr("Revert the change to %1 sent at %2").arg(url, when) +
                             (plan.caveat.isEmpty() ? QString() : QLatin1String("\n\n") + plan.caveat) +
                             (lost.isEmpty() ? QString() : QLatin1String("\n\n") + lost) +
                             QLatin1String("\n\n") + requestText(request);
        // Sending back an older state is never a reflex: always asked.
        return confirmBeforeSending({record.account}, what, tr("Revert"), true);
    });
    connect(job, &SaveJob::conflictFound, this, [this, job, parent, providerName] {
        const SaveJob::Choice choice = m_askConflict(parent, job->rebase(), providerName);
        if (choice == SaveJob::Choice::KeepMine)
            job->resolve(choice); // revert anyway, knowing what changed since
        else
            job->abort();
    });
    connect(job, &SaveJob::finished, this, [this, job, url, plan] {
        if (job->error().kind == ApiError::Kind::Cancelled)
            emit message(MessageBanner::Kind::Info, tr("Nothing was reverted."));
        else if (job->error().isError())
            emit message(MessageBanner::Kind::Error,
                         tr("Could not revert the change to %1: %2").arg(url, job->error().toString()));
        else if (!job->wasSent())
            emit message(
                MessageBanner::Kind::Info,
                tr("%1 already holds the values from before that change; nothing was sent.").arg(url));
        else
            emit message(MessageBanner::Kind::Success,
                         tr("Reverted the change to %1.").arg(url) +
                             (plan.caveat.isEmpty() ? QString() : QLatin1Char(' ') + plan.caveat));
    });
}

void EndpointActions::copy(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    emit message(MessageBanner::Kind::Info, tr("Copied the %1 to the clipboard.").arg(what));
}
