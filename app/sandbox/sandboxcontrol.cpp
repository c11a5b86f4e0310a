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

// {"provider": "opentrain", "id": "…", "outcomes": [503, 503, 200]}: the whole shape is checked first (400),
// then the provider and the id are looked up (404). The id is never echoed: it is whatever the caller sent.
SandboxReply deliver(SandboxServer &server, const SandboxRequest &request)
{
    const QString usage = QStringLiteral("expected {\"provider\": \"%1\", \"id\": \"<endpoint id>\", "
                                         "\"outcomes\": [HTTP status, …]}")
                              .arg(Providers::keys().join(QLatin1Char('|')));
    QJsonObject body;
    if (!SandboxRules::parseObject(request.body, &body))
        return fail(400, QStringLiteral("the body must be a JSON object; ") + usage);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("provider") && it.key() != QLatin1String("id") &&
            it.key() != QLatin1String("outcomes"))
            return fail(400, QStringLiteral("unknown field %1; ").arg(it.key().left(40)) + usage);
    }
    const QJsonValue provider = body.value(QLatin1String("provider"));
    const QJsonValue id = body.value(QLatin1String("id"));
    const QJsonValue outcomes = body.value(QLatin1String("outcomes"));
    if (!provider.isString())
        return fail(400, QStringLiteral("provider must be a string; ") + usage);
    if (!id.isString() || id.toString().isEmpty())
        return fail(400, QStringLiteral("id must be a non-empty string; ") + usage);
    const QJsonArray list = outcomes.toArray();
    if (!outcomes.isArray() || list.isEmpty() || list.size() > SandboxDeliveries::maxOutcomes)
        return fail(400, QStringLiteral("outcomes must be an array of 1 to %1 HTTP statuses")
                             .arg(SandboxDeliveries::maxOutcomes));
    QList<int> statuses;
    statuses.reserve(list.size());
    for (const QJsonValue &v : list) {
        if (!v.isDouble() || !SandboxDeliveries::isOutcome(v.toDouble()))
            return fail(400,
                        QStringLiteral("each outcome must be an HTTP status, a whole number in 100..599"));
        statuses << int(v.toDouble());
    }

    ProviderId p;
    if (!Providers::fromKey(provider.toString(), &p))
        return fail(404, QStringLiteral("unknown provider; expected one of %1")
                             .arg(Providers::keys().join(QLatin1String(", "))));
    const SandboxDeliveries::Result result = server.deliver(p, id.toString(), statuses);
    if (!result.found)
        return fail(404, QStringLiteral("no %1 endpoint has this id").arg(Providers::spec(p).key));
    SandboxReply reply = SandboxReply::json(200, SandboxRules::present(p, result.endpoint));
    // How many outcomes were delivered: the rest met a switched-off endpoint.
    reply.headers.append(qMakePair(QByteArray("Sandbox-Delivered"), QByteArray::number(result.delivered)));
    return reply;
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
    } else if (what == QLatin1String("/deliveries")) {
        if (m == "POST")
            return deliver(server, request);
    } else {
        return fail(404, QStringLiteral("unknown control path %1").arg(request.path));
    }
    return fail(405, QStringLiteral("method %1 not allowed on %2").arg(QString::fromLatin1(m), request.path));
}

} // namespace SandboxControl
