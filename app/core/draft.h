#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

struct Endpoint;

// What to do with a write-only secret (Diligent `secret`, Atoa `authentication`).
enum class SecretAction
{
    Keep,
    Replace,
    Remove
};

// The editable state of an endpoint, in the normalized vocabulary. The edit dialog and the CLI
// start from Draft::fromEndpoint(base), change it, and hand (base, draft) to the diff.
struct Draft
{
    QString url;
    QStringList events;
    QString description;
    bool enabled = true;
    QMap<QString, QString> metadata;
    QString scope;
    SecretAction secretAction = SecretAction::Keep;
    QString newSecret;             // Diligent, with SecretAction::Replace
    QJsonObject newAuthentication; // Atoa, with SecretAction::Replace

    static Draft fromEndpoint(const Endpoint &endpoint);
    // Event lists are sets to every provider: order never matters. A list that repeats a name is a
    // change all the same (the provider's validation answers it), so the sizes must match too.
    static bool sameEvents(const QStringList &a, const QStringList &b);
};
