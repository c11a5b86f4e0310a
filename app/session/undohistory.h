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
// drops the steps that could have been redone. Qt Core only: the Workspace owns one.
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
    bool canUndo() const { return m_position > 0; }
    bool canRedo() const { return m_position < m_steps.size(); }
    const UndoStep &undoStep() const { return m_steps.at(m_position - 1); } // only when canUndo()
    const UndoStep &redoStep() const { return m_steps.at(m_position); }     // only when canRedo()
    // The undo (redo) went through: `result` is the server's reply, which redo (undo) starts from.
    void undone(const Endpoint &result);
    void redone(const Endpoint &result);
    void removeAccount(const QString &account); // its endpoints' steps go, wherever they are
    void clear();

    int size() const { return int(m_steps.size()); }
    int position() const { return m_position; } // steps done; the next undo is the one before it
    int maxDepth() const { return m_maxDepth; }

    static Kind kindOf(const UndoStep &step);
    // "Undo re-enable of https://…" / "Redo re-enable of https://…" in the UI's language, the URL
    // made inert and elided; with `mnemonic` the &-marked form for a menu (a '&' in the URL doubled).
    static QString undoText(const UndoStep &step, bool mnemonic = false);
    static QString redoText(const UndoStep &step, bool mnemonic = false);
    // Inert (see InertText) and at most maxChars characters, the middle elided.
    static QString shortUrl(const QString &url, int maxChars = 60);

private:
    static QString name(const UndoStep &step, bool redo, bool mnemonic);

    int m_maxDepth;
    QList<UndoStep> m_steps;
    int m_position = 0;
};
