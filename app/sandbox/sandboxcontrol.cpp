#include "sandbox/sandboxcontrol.h"

#include "providers/providerspec.h"
#include "sandbox/journal.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxserver.h"

namespace {

const QLatin1String prefix("/_sandbox");

SandboxReply fail(int status, const QString &message)
{
    return SandboxReply::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

SandboxReply ok()
{
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
}

SandboxReply addFault(SandboxServer &server, const SandboxRequest &request)
{
    QJsonObject body;
    if (!SandboxRules::parseObject(request.body, &body))
        return fail(400, QStringLiteral("the body must be a JSON object"));
    SandboxFault fault;
    QString why;
    if (!SandboxFault::fromJson(body, &fault, &why))
        return fail(400, why);
    server.addFault(fault);
    return SandboxReply::json(201, fault.toJson());
}

SandboxReply addSynthetic(SandboxServer &server, const SandboxRequest &request)
{
    QJsonObject body;
    ProviderId provider;
    if (!SandboxRules::parseObject(request.body, &body) ||
        !Providers::fromKey(body.value(QLatin1String("provider")).toString(), &provider))
        return fail(400, QStringLiteral("expected {\"provider\": \"%1\", \"count\": n}")
                             .arg(Providers::keys().join(QLatin1Char('|'))));
    const int count = body.value(QLatin1String("count")).toInt(-1);
    if (count < 1 || count > 100000)
        return fail(400, QStringLiteral("count must be in [1, 100000]"));
    server.addSyntheticEndpoints(provider, count);
    return SandboxReply::json(200,
                              QJsonObject{{QStringLiteral("total"), server.endpointIds(provider).size()}});
}

} // namespace

namespace SandboxControl {

bool isControlPath(const QString &path)
{
    return path == prefix || path.startsWith(prefix + QLatin1Char('/'));
}

QJsonObject journalEntryToJson(const SandboxJournalEntry &entry)
{
    QJsonObject headers;
    for (const auto &h : entry.headers) {
        const QString name = QString::fromLatin1(h.first);
        const QString value = QString::fromUtf8(h.second);
        const QString before = headers.value(name).toString();
        headers.insert(name, before.isEmpty() ? value : before + QLatin1String(", ") + value);
    }
    return {{QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("method"), QString::fromLatin1(entry.method)},
            {QStringLiteral("path"), entry.path},
            {QStringLiteral("query"), entry.query},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(entry.body)},
            {QStringLiteral("status"), entry.status}};
}

SandboxReply handle(SandboxServer &server, const SandboxRequest &request)
{
    const QString what = request.path.mid(prefix.size());
    const QByteArray &m = request.method;
    if (what == QLatin1String("/journal")) {
        if (m == "GET") {
            QJsonArray entries;
            for (const SandboxJournalEntry &e : server.journal())
                entries.append(journalEntryToJson(e));
            return SandboxReply::json(200, entries);
        }
        if (m == "DELETE") {
            server.clearJournal();
            return ok();
        }
    } else if (what == QLatin1String("/faults")) {
        if (m == "POST")
            return addFault(server, request);
        if (m == "DELETE") {
            server.clearFaults();
            return ok();
        }
    } else if (what == QLatin1String("/reset")) {
        if (m == "POST") {
            server.reset();
            return ok();
        }
    } else if (what == QLatin1String("/synthetic")) {
        if (m == "POST")
            return addSynthetic(server, request);
    } else {
        return fail(404, QStringLiteral("unknown control path %1").arg(request.path));
    }
    return fail(405, QStringLiteral("method %1 not allowed on %2").arg(QString::fromLatin1(m), request.path));
}

} // namespace SandboxControl
