#pragma once

#include "core/endpoint.h"
#include "diff/rebase.h"
#include "messagebanner.h"
#include "preferences.h"
#include "session/savejob.h"

#include <QObject>
#include <functional>

class QAction;
class QWidget;
class Workspace;
struct ChangeRecord;

// The quick actions on the endpoint table (context menu, toolbar, shortcuts): edit, re-enable,
// disable, copy ID / URL / curl, undo and redo; and reverting an entry of the change journal. One endpoint is
// changed here; several go to a bulk dialog.
class EndpointActions : public QObject
{
    Q_OBJECT
public:
    // Asks the user before a change to a production account; replaceable so tests need no modal box.
    // `verb` names the accepting button ("Disable", "Undo"…): users answer a verb, not "Yes".
    using Confirmer = std::function<bool(const QString &title, const QString &text, const QString &verb)>;
    // The default confirmer: a message box with a `verb` button and Cancel (the default).
    static bool askWithMessageBox(QWidget *parent, const QString &title, const QString &text,
                                  const QString &verb);
    // Asks what to do when the endpoint changed since the journal entry being reverted: KeepMine
    // reverts anyway, BackToEditing cancels. Replaceable so tests need no modal dialog.
    using ConflictAsker = std::function<SaveJob::Choice(QWidget *parent, const RebaseResult &rebase,
                                                        const QString &providerName)>;

    EndpointActions(Workspace *workspace, QWidget *dialogParent, QObject *parent = nullptr);

    void setSelectionSource(std::function<QList<Endpoint>()> source) { m_selection = std::move(source); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }
    Confirmer confirmer() const { return m_confirm; }
    void setConflictAsker(ConflictAsker asker) { m_askConflict = std::move(asker); }
    void updateEnabled();
    QList<QAction *> tableActions() const;

    QAction *editAction() const { return m_edit; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *copyUrlAction() const { return m_copyUrl; }
    QAction *copyCurlAction() const { return m_copyCurl; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // Sends back the journal entry's change after confirming the exact request (always asked);
    // when the endpoint changed since, asks first (dialogs parented to `parent`).
    void revert(const ChangeRecord &record, QWidget *parent);
    // The confirmation's warning when a change re-enables an endpoint its provider disabled: the
    // provider's reason and failure count will not come back. Empty otherwise.
    static QString lostStateNote(const SaveJob *job);
    // The same sentence for a change that re-enables `endpoint` as loaded (the edit and bulk
    // dialogs' previews): empty when its provider did not disable it.
    static QString lostStateNote(const Endpoint &endpoint);

    // Who is asked before a change: production accounts always, every account when the user chose so.
    void setConfirmPolicy(Preferences::ConfirmPolicy policy) { m_policy = policy; }
    Preferences::ConfirmPolicy confirmPolicy() const { return m_policy; }
    // Asks when the policy says so (or `always`); true when the change may go ahead.
    bool confirmBeforeSending(const QStringList &accounts, const QString &what, const QString &verb,
                              bool always = false);

signals:
    void message(MessageBanner::Kind kind, const QString &text);
    void editRequested(const Endpoint &endpoint);
    void bulkRequested(const QList<Endpoint> &endpoints, bool enable);

private:
    void setEnabledOf(bool enable);
    void step(bool redo); // undo or redo
    void updateHistory();
    void copy(const QString &text, const QString &what);

    Workspace *m_workspace;
    QWidget *m_dialogParent;
    std::function<QList<Endpoint>()> m_selection;
    Confirmer m_confirm;
    ConflictAsker m_askConflict;
    Preferences::ConfirmPolicy m_policy = Preferences::ConfirmPolicy::ProductionOnly;
    QAction *m_edit;
    QAction *m_enable;
    QAction *m_disable;
    QAction *m_copyId;
    QAction *m_copyUrl;
    QAction *m_copyCurl;
    QAction *m_undo;
    QAction *m_redo;
};
