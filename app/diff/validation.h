#pragma once

#include "diff/updaterequest.h"

#include <QCoreApplication>

struct Endpoint;
struct Draft;
struct ProviderSpec;

// Refuses what the provider's API forbids, before anything is sent. Only changed fields are judged,
// so an endpoint that already breaks a rule (an old http URL) can still be paused.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static QList<FieldError> check(const Endpoint &base, const Draft &draft);
    // Single-field checks the edit form runs as the user types.
    static QString checkUrl(const ProviderSpec &spec, const QString &url);
    static QString checkEvents(const ProviderSpec &spec, const QStringList &events);
    static QString checkDescription(const ProviderSpec &spec, const QString &description);
    static bool isLoopbackHost(const QString &host);
};
