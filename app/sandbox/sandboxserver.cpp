#include "sandbox/sandboxserver.h"

#include "providers/providerspec.h"
#include "sandbox/sandboxcontrol.h"
#include "sandbox/sandboxdialect.h"
#include "sandbox/sandboxpaging.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// Why everything goes through the missing handler: QtHttpServer 6.4 answers a wrong method with 404 and
// cannot answer later from a route that returns a QHttpServerResponse. With no routes registered, every
// request reaches setMissingHandler() with a movable QHttpServerResponder, so the sandbox routes itself
// (405 for a wrong method on a known path), answers after a QTimer for delays (never blocking the event
// loop), and drops the connection through QHttpServerResponder::socket() — the only way 6.4 offers.

namespace {

constexpr int maxJournalEntries = 10000; // the demo may run for days: keep the newest

struct Route
{
    ProviderId provider = ProviderId::OpenTrain;
    bool item = false;
    QString id;
};

// Matches the encoded path against every provider's collectionPath / itemPath.
bool matchRoute(const QString &encodedPath, Route *route)
{
    for (ProviderId p : Providers::all()) {
        const ProviderSpec &spec = Providers::spec(p);
        if (encodedPath == spec.collectionPath) {
            *route = {p, false, {}};
            return true;
        }
        const int at = spec.itemPath.indexOf(QLatin1String("{id}"));
        const QString before = spec.itemPath.left(at);
        const QString after = spec.itemPath.mid(at + 4);
        if (encodedPath.size() > before.size() + after.size() && encodedPath.startsWith(before) &&
            encodedPath.endsWith(after)) {
            const QString segment =
                encodedPath.mid(before.size(), encodedPath.size() - before.size() - after.size());
            if (!segment.contains(QLatin1Char('/'))) {
                *route = {p, true, QUrl::fromPercentEncoding(segment.toUtf8())};
                return true;
            }
        }
    }
    return false;
}

SandboxAccess accessFor(ProviderId provider, const SandboxRequest &request)
{
    const ProviderSpec &spec = Providers::spec(provider);
    QByteArray value = request.header(spec.authHeader).trimmed();
    if (!spec.authPrefix.isEmpty()) {
        const QByteArray scheme = spec.authPrefix.trimmed();
        if (value.size() <= scheme.size() ||
            value.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0 ||
            value.at(scheme.size()) != ' ')
            return SandboxAccess::None;
        value = value.mid(scheme.size()).trimmed();
    }
    const QString token = QString::fromUtf8(value);
    if (token.isEmpty())
        return SandboxAccess::None;
    if (token == SandboxServer::tokenFor(provider))
        return SandboxAccess::Full;
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    if (dialect && !dialect->limitedToken.isEmpty() && token == dialect->limitedToken)
        return dialect->limitedAccess;
    return SandboxAccess::None;
}

SandboxRequest capture(const QHttpServerRequest &request)
{
    SandboxRequest r;
    r.at = QDateTime::currentDateTimeUtc();
    const char *name = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    r.method = QByteArray(name ? name : "Unknown").toUpper();
    r.encodedPath = request.url().path(QUrl::FullyEncoded);
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.url().query(QUrl::FullyEncoded);
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

void write(QHttpServerResponder &responder, const SandboxReply &reply)
{
    // Head and body in one write, on a socket without Nagle's delay. QHttpServerResponder 6.4 writes
    // them separately, and the body then waited for the client's delayed ACK: 40 ms per page.
    QTcpSocket *socket = responder.socket();
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray out;
    out.reserve(reply.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
           SandboxRules::reasonPhrase(reply.status).toLatin1() + "\r\n";
    out +=
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += reply.body;
    socket->write(out);
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent), m_http(new QHttpServer(this)), m_store(std::make_unique<SandboxStore>())
{
    qRegisterMetaType<SandboxJournalEntry>();
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    SandboxSeed::seed(*m_store);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    // Our own QTcpServer, so that a failure keeps its errorString (QHttpServer::listen only logs it).
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        m_errorString = tcp->errorString();
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    m_errorString.clear();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString SandboxServer::tokenFor(ProviderId provider)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    return (dialect ? dialect->tokenPrefix : QString()) + QStringLiteral("sandbox-") +
           Providers::spec(provider).key + QStringLiteral("-token");
}

QString SandboxServer::limitedTokenFor(ProviderId provider)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    return dialect && !dialect->limitedToken.isEmpty() ? dialect->limitedToken : tokenFor(provider);
}

SandboxAccess SandboxServer::limitedAccessFor(ProviderId provider)
{
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    return dialect && !dialect->limitedToken.isEmpty() ? dialect->limitedAccess : SandboxAccess::Full;
}

void SandboxServer::reset()
{
    QMap<ProviderId, int> synthetic;
    for (ProviderId p : Providers::all())
        synthetic.insert(p, m_store->syntheticCount(p));
    m_store->clear();
    SandboxSeed::seed(*m_store);
    for (auto it = synthetic.begin(); it != synthetic.end(); ++it)
        m_store->addSynthetic(it.key(), it.value());
    m_journal.clear();
    m_faults.clear();
}

void SandboxServer::addSyntheticEndpoints(ProviderId provider, int count)
{
    m_store->addSynthetic(provider, count); // built when read: no time nor memory spent up front
}

void SandboxServer::addFault(const SandboxFault &fault)
{
    if (fault.remaining == 0 || fault.remaining < -1)
        return; // nothing left to play
    SandboxFault f = fault;
    if (!SandboxFault::isSendableStatus(f.status))
        f.status = 500;
    m_faults.add(f);
}

SandboxDeliveries::Result SandboxServer::deliver(ProviderId provider, const QString &id,
                                                 const QList<int> &outcomes)
{
    return SandboxDeliveries::apply(*m_store, provider, id, outcomes);
}

QJsonObject SandboxServer::endpointJson(ProviderId provider, const QString &id) const
{
    return m_store->endpoint(provider, id);
}

QStringList SandboxServer::endpointIds(ProviderId provider) const
{
    return m_store->ids(provider);
}

void SandboxServer::handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &&httpResponder)
{
    const SandboxRequest request = capture(httpRequest);
    if (SandboxControl::isControlPath(request.path)) {
        write(httpResponder, SandboxControl::handle(*this, request));
        return;
    }

    const std::optional<SandboxFault> fault = m_faults.take(request.method, request.path);
    const int delay =
        m_defaultLatencyMs + (fault && fault->kind == SandboxFault::Kind::Delay ? fault->delayMs : 0);
    // The responder must outlive this call when answering later; the socket may go away meanwhile.
    auto responder = std::make_shared<QHttpServerResponder>(std::move(httpResponder));
    const QPointer<QTcpSocket> socket = responder->socket();
    auto respond = [this, request, fault, responder, socket] {
        const SandboxReply reply = answer(request, fault);
        record(request, reply.drop ? 0 : reply.status);
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up
        if (reply.drop)
            socket->abort(); // QAbstractHttpServer deletes a socket it finds unconnected
        else
            write(*responder, reply);
    };
    if (delay > 0)
        QTimer::singleShot(delay, this, respond);
    else
        respond();
}

SandboxReply SandboxServer::answer(const SandboxRequest &request, const std::optional<SandboxFault> &fault)
{
    Route r;
    const bool known = matchRoute(request.encodedPath, &r);
    const ProviderId provider = known ? r.provider : ProviderId::OpenTrain;
    if (fault) {
        switch (fault->kind) {
        case SandboxFault::Kind::Delay:
            break;
        case SandboxFault::Kind::ServerError:
            return SandboxRules::error(provider, fault->status, QStringLiteral("Injected server error"));
        case SandboxFault::Kind::RateLimit: {
            SandboxReply reply = SandboxRules::error(provider, 429, QStringLiteral("Too many requests"));
            reply.headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(fault->retryAfterSeconds)));
            return reply;
        }
        case SandboxFault::Kind::BrokenJson: {
            // The request takes effect; only its reply is cut (as by a broken proxy).
            SandboxReply reply = route(request);
            reply.status = 200;
            reply.body.truncate(qMax(1, int(reply.body.size() / 2)));
            return reply;
        }
        case SandboxFault::Kind::DropConnection: {
            SandboxReply reply;
            reply.drop = true;
            return reply;
        }
        }
    }
    return route(request);
}

SandboxReply SandboxServer::route(const SandboxRequest &request)
{
    Route r;
    if (!matchRoute(request.encodedPath, &r))
        return SandboxReply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("Not Found")},
                                                   {QStringLiteral("message"),
                                                    QStringLiteral("No route for %1").arg(request.path)}});
    const ProviderSpec &spec = Providers::spec(r.provider);
    const QList<QByteArray> allowed =
        r.item ? QList<QByteArray>{"GET", spec.updateMethod} : QList<QByteArray>{"GET"};
    if (!allowed.contains(request.method)) {
        SandboxReply reply = SandboxRules::error(
            r.provider, 405,
            QStringLiteral("Method %1 not allowed").arg(QString::fromLatin1(request.method)));
        QByteArray allow;
        for (const QByteArray &m : allowed)
            allow += (allow.isEmpty() ? "" : ", ") + m;
        reply.headers.append(qMakePair(QByteArray("Allow"), allow));
        return reply;
    }

    const SandboxAccess access = accessFor(r.provider, request);
    if (access == SandboxAccess::None) {
        SandboxReply reply =
            SandboxRules::error(r.provider, 401, QStringLiteral("Missing, invalid, or revoked token"));
        if (!spec.authPrefix.isEmpty())
            reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), spec.authPrefix.trimmed()));
        return reply;
    }
    if (!r.item)
        return SandboxPaging::list(*m_store, r.provider, request.queryItems());
    if (request.method == "GET")
        return SandboxRules::get(*m_store, r.provider, r.id);
    return SandboxRules::update(*m_store, r.provider, r.id, request, access);
}

void SandboxServer::record(const SandboxRequest &request, int status)
{
    const SandboxJournalEntry entry{request.at,      request.method, request.path, request.query,
                                    request.headers, request.body,   status};
    m_journal.append(entry);
    if (m_journal.size() > maxJournalEntries)
        m_journal.removeFirst();
    emit requestJournaled(entry);
}
