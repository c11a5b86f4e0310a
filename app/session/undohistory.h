#pragma once

#include "core/endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One change made in this run, as undo and redo step through it.
struct UndoStep
{
    Endpoint before; // the server's copy the change was sent against
    Endpoint after;  // the server's reply to it
    bool touchedSecret = false;
};

// The changes made in this run, oldest first, with the position between what is done and what can
// be redone. Undo and redo only move the position once their request went through; a new change
// drops the steps that could have been redone. A step that only rotated a secret cannot be undone
// (secrets are write-only): it stays in the history, and undo and redo step over it to the nearest
// step they can take back, so it never blocks the older ones. Qt Core only: the Workspace owns one.
class UndoHistory
{
    Q_DECLARE_TR_FUNCTIONS(UndoHistory)
public:
    static constexpr int DefaultDepth = 100;
    explicit UndoHistory(int maxDepth = DefaultDepth) : m_maxDepth(qMax(1, maxDepth)) {}

    // What a step did, for its name in the Edit menu.
    enum class Kind
    {
        ReEnable,
        Disable,
        UrlChange,
        EventChange,
        DescriptionChange,
        SecretRotation,
        Change // several fields, or another one
    };

    void push(const UndoStep &step); // a new change; beyond the depth the oldest step goes
    bool canUndo() const { return undoIndex() >= 0; }
    bool canRedo() const { return redoIndex() >= 0; }
    const UndoStep &undoStep() const { return m_steps.at(undoIndex()); } // only when canUndo()
    const UndoStep &redoStep() const { return m_steps.at(redoIndex()); } // only when canRedo()
    // Secret-only steps the next undo (redo) steps over; without a step to take back, all of them
    // on that side.
    int skippedByUndo() const;
    int skippedByRedo() const;
    // The undo (redo) went through: `result` is the server's reply, which redo (undo) starts from.
    // Undo moves the position to before its step (the secret-only steps it skipped become redo
    // steps, dropped like them by a new change); redo to after its step and the secret-only steps
    // that follow it, so that undo then redo returns to where it was.
    void undone(const Endpoint &result);
    void redone(const Endpoint &result);
    void removeAccount(const QString &account); // its endpoints' steps go, wherever they are
    void clear();

    int size() const { return int(m_steps.size()); }
    int position() const { return m_position; } // steps done; the next undo is the one before it
    int maxDepth() const { return m_maxDepth; }

    static Kind kindOf(const UndoStep &step);
    // Only a secret rotation: nothing of it can be sent back.
    static bool isSecretOnly(const UndoStep &step) { return kindOf(step) == Kind::SecretRotation; }
    // "Undo re-enable of https://…" / "Redo re-enable of https://…" in the UI's language, the URL
    // made inert and elided; with `mnemonic` the &-marked form for a menu (a '&' in the URL doubled).
    static QString undoText(const UndoStep &step, bool mnemonic = false);
    static QString redoText(const UndoStep &step, bool mnemonic = false);
    // Inert (see InertText) and at most maxChars characters, the middle elided.
    static QString shortUrl(const QString &url, int maxChars = 60);

private:
    int undoIndex() const; // the newest step before the position that is not secret-only, or -1
    int redoIndex() const; // the oldest such step from the position on, or -1
    static QString name(const UndoStep &step, bool redo, bool mnemonic);

    int m_maxDepth;
    QList<UndoStep> m_steps;
    int m_position = 0;
};
