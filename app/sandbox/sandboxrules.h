#pragma once

#include "providers/providerspec.h"
#include "sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class SandboxStore;

// What the caller's token allows. The server decides it from the auth header.
enum class SandboxAccess
{
    None,
    ReadOnly, // OpenTrain: a token without webhooks:manage
    Full,
    Admin // Layers: an org:admin key (scope all_children)
};

// The providers' server-side rules, enforced on their own: the sandbox never trusts that a client
// validated anything. Paths, field names and enums come from Providers::spec(); the behaviour is here.
// Reply and error messages are wire data in English, like the real providers' (not UI: no tr()).
namespace SandboxRules {

QString reasonPhrase(int status); // "Not Found"

// Error replies in each provider's chosen shape (see sandboxrules.cpp).
SandboxReply error(ProviderId provider, int status, const QString &message, const QString &code = {});
// A request that does not follow the rules: 400, or 422 for Layers and OptimalDial. `loc` is
// OptimalDial's FastAPI location, e.g. ["body", "events", 0].
SandboxReply validationError(ProviderId provider, const QString &message, const QJsonArray &loc = {},
                             const QString &type = QStringLiteral("value_error"));
SandboxReply notFound(ProviderId provider);

// GET of one item: the stored object, wrapped where the provider wraps it.
SandboxReply get(const SandboxStore &store, ProviderId provider, const QString &id);
// The update call (PATCH, or Atoa's PUT): validates, applies, answers like get().
SandboxReply update(SandboxStore &store, ProviderId provider, const QString &id,
                    const SandboxRequest &request, SandboxAccess access);
QJsonObject present(ProviderId provider, const QJsonObject &stored); // wraps OpenTrain's item replies

// One file per provider, referenced from its SandboxDialect (sandboxdialect.cpp).
SandboxReply updateOpenTrain(SandboxStore &store, const QString &id, const QJsonObject &body,
                             SandboxAccess access);
SandboxReply updateLayers(SandboxStore &store, const QString &id, const SandboxRequest &request,
                          SandboxAccess access);
SandboxReply updateOptimalDial(SandboxStore &store, const QString &id, const QJsonObject &body,
                               SandboxAccess);
SandboxReply updateDiligent(SandboxStore &store, const QString &id, const QJsonObject &body, SandboxAccess);
SandboxReply updateAtoa(SandboxStore &store, const QString &id, const QJsonObject &body, SandboxAccess);

// Helpers the rules and the seed share.
bool parseObject(const QByteArray &body, QJsonObject *out);
bool urlAllowed(UrlRule rule, const QJsonValue &url);
QString nowIso(bool milliseconds);
// Whole-list values: false when not an array of strings from `allowed`; duplicates are dropped.
bool readEventList(const QJsonValue &value, const QStringList &allowed, QStringList *out, QString *bad);
QString diligentStatus(const QJsonObject &stored);
QString atoaEventLabel(const QString &event);
QJsonArray atoaEventObjects(const QStringList &events);
QStringList atoaEventNames(const QJsonObject &stored);
bool isUuid(const QString &text);

} // namespace SandboxRules
