#pragma once

#include "diff/rebase.h"
#include "session/savejob.h"

#include <QDialog>

class QTableWidget;

// Someone else changed the endpoint while the user edited it, in a field the user changed too.
// Shows, for each such field, the value when the form was opened, the server's value now, and the
// user's; the user keeps theirs, keeps mine, or goes back to editing. Nothing is sent meanwhile.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // Edit: the user's edits met someone else's. Revert: a journal entry is being sent back, but the
    // endpoint no longer holds what that change set (base: as it set them, mine: before it); the
    // user reverts anyway (KeepMine) or cancels (BackToEditing).
    enum class Purpose
    {
        Edit,
        Revert
    };
    ConflictDialog(const RebaseResult &rebase, const QString &providerName, QWidget *parent = nullptr,
                   Purpose purpose = Purpose::Edit);

    SaveJob::Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }

    // Runs the dialog modally; Escape or closing it goes back to editing.
    static SaveJob::Choice ask(QWidget *parent, const RebaseResult &rebase, const QString &providerName);
    static SaveJob::Choice askRevert(QWidget *parent, const RebaseResult &rebase,
                                     const QString &providerName);

    static QString fieldLabel(const FieldConflict &conflict);
    static QString valueText(const Draft &draft, const FieldConflict &conflict);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QTableWidget *m_table;
    SaveJob::Choice m_choice = SaveJob::Choice::BackToEditing;
};
