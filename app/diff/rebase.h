#pragma once

#include "core/draft.h"

#include <QList>
#include <QString>

struct Endpoint;

// One field that both the user and someone else changed, to different values, since it was loaded.
struct FieldConflict
{
    QString field; // normalized name: "url", "events", "description", "enabled", "scope", "metadata"
    QString key;   // the metadata key, for "metadata"; empty otherwise
};

// The user's edits replayed on the endpoint as it is on the server now.
struct RebaseResult
{
    Draft base;   // as it was loaded
    Draft theirs; // as it is on the server now
    Draft mine;   // the user's draft, as edited against `base`
    Draft merged; // theirs, with every field the user changed taken from mine (conflicts: mine)
    QList<FieldConflict> conflicts;

    bool hasConflicts() const { return !conflicts.isEmpty(); }
    Draft keepingTheirs() const; // merged, with each conflicting field as the server has it
};

// No lost updates: a field the user did not change follows the server (a colleague's new event
// stays); a field only the user changed keeps the user's value; a field both changed to different
// values is a conflict for the user to decide. Lists compare as sets, Layers metadata per key, and a
// write-only secret action is always the user's.
namespace Rebase {
RebaseResult onto(const Endpoint &base, const Endpoint &theirs, const Draft &mine);
}
