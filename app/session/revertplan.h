#pragma once

#include "core/endpoint.h"
#include "session/changerecord.h"

#include <QCoreApplication>
#include <QString>

// How to send back one change from the journal: the endpoint as it was before (the record's base)
// and as that change left it (the base with the body sent applied). Reverting is then a save of
// `before` against `after`: re-read first, and a field changed since is a conflict (SaveJob).
struct RevertPlan
{
    Q_DECLARE_TR_FUNCTIONS(RevertPlan)
public:
    bool possible = false;
    QString unavailableReason;
    QString caveat; // a secret it set is never restored
    Endpoint before;
    Endpoint after;
    bool touchedSecret = false;

    static RevertPlan of(const ChangeRecord &record);
};
