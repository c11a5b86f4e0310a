#include "net/apiclient.h"

#include "core/endpointid.h"
#include "diff/updaterequest.h"
#include "diff/validation.h"
#include "net/proxypolicy.h"
#include "net/tlstrust.h"
#include "net/transfer.h"
#include "providers/endpointcodec.h"
#include "providers/providerspec.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

namespace {

constexpr int maxGetRetries = 2;
constexpr int maxRetryWaitSeconds = 5;
// A retry that would have less than this left of its deadline is not worth sending.
constexpr qint64 minRetryTimeMs = 500;

bool isRetryableForReads(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

// What the inspector shows of one exchange: the token and secrets redacted wherever they appear,
// including a server's echo in its headers, body or error.
void redact(Exchange *exchange, const Redactor &redactor)
{
    const QByteArray url = redactor.redact(exchange->url.toEncoded());
    if (url != exchange->url.toEncoded())
        exchange->url = QUrl::fromEncoded(url);
    for (HeaderList *headers : {&exchange->requestHeaders, &exchange->responseHeaders}) {
        for (auto &header : *headers)
            header = {redactor.redact(header.first), redactor.redact(header.second)};
    }
    exchange->requestBody = redactor.redact(exchange->requestBody);
    exchange->responseBody = redactor.redact(exchange->responseBody);
    exchange->curl = redactor.redact(exchange->curl);
    exchange->error = redactor.redact(exchange->error);
}

// What the inspector shows of a finished request, not redacted yet.
void complete(Exchange *exchange, const PreparedRequest &prepared, const Transfer &transfer)
{
    exchange->startedAt = exchange->startedAt.toLocalTime();
    exchange->method = prepared.method;
    exchange->url = prepared.url;
    exchange->requestHeaders = prepared.redactedHeaders();
    exchange->requestBody = prepared.redactedBody();
    exchange->curl = prepared.toCurl();
    exchange->httpStatus = transfer.httpStatus();
    exchange->responseHeaders = transfer.responseHeaders();
    exchange->responseBody = transfer.body();
    exchange->durationMs = transfer.elapsedMs();
    exchange->error = transfer.error().isError() ? transfer.error().toString() : QString();
}

// A reply about another endpoint than the one asked for is never taken as an answer: a write based
// on it, or reported as done, would be about the wrong endpoint.
ApiError wrongEndpoint(const ApiCall *call)
{
    if (call->endpoint().id == call->endpointId())
        return {};
    return {ApiError::Kind::BadReply,
            call->httpStatus(),
            {},
            ApiClient::tr("the reply describes endpoint \"%1\", not the requested \"%2\"; it was not used")
                .arg(call->endpoint().id, call->endpointId()),
            -1};
}

} // namespace

// The retries of one read and its deadline. A child of the ApiCall: it ends with the call, and
// nothing in it refers to itself.
class ApiClient::ReadAttempts : public QObject
{
public:
    ReadAttempts(ApiCall *call, const Connection &connection, const PreparedRequest &request, int deadlineMs)
        : QObject(call), call(call), connection(connection), request(request), deadline(deadlineMs)
    {}

    ApiCall *const call;
    const Connection connection;
    const PreparedRequest request;
    const QDeadlineTimer deadline;
    int retries = 0;
};

ApiCall::ApiCall(Type type, QObject *parent) : QObject(parent), m_type(type) {}

void ApiCall::abort()
{
    if (m_finished)
        return;
    if (m_transfer && !m_transfer->isFinished())
        m_transfer->cancel();
    else
        finish(ApiError{ApiError::Kind::Cancelled, 0, {}, tr("cancelled by the user"), -1});
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_error.message = m_redactor.redact(error.message);
    m_error.providerCode = m_redactor.redact(error.providerCode);
    m_transfer = nullptr;
    emit finished();
    deleteLater();
}

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Requests carry a token: never follow a redirect to another origin (or from https to http).
    // Transfer sets the policy per request as well (none at all for writes).
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam->setProxyFactory(new ProxyPolicy); // https_proxy / no_proxy / system; loopback never proxied
}

ApiClient::~ApiClient() = default;

QString ApiClient::checkBaseUrl(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The base URL \"%1\" is not a valid absolute URL.").arg(baseUrl.toString());
    if (!baseUrl.userInfo().isEmpty())
        return tr("The base URL must not contain a user name or password.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (Validation::isLoopbackHost(baseUrl.host()))
            return {};
        return tr("Refusing plain http:// to %1: the token would travel unencrypted. Use https:// "
                  "(http is allowed only for loopback addresses).")
            .arg(baseUrl.host());
    }
    return tr("The base URL must use https:// (it uses \"%1\").").arg(scheme);
}

void ApiClient::send(ApiCall *call, const Connection &connection, const PreparedRequest &prepared, Done done,
                     int deadlineMs)
{
    call->m_redactor.addSecret(connection.token);
    call->m_redactor.addSecrets(prepared.secretValues());

    // The inspector's record is completed when the reply is in, and only if someone listens (the CLI
    // does not): the curl line, the redacted copies and the local time zone cost ~0.1 ms a request.
    Exchange exchange;
    exchange.sequence = ++m_sequence;
    exchange.account = connection.account;
    exchange.startedAt = QDateTime::currentDateTimeUtc(); // shown in local time, looked up if needed

    // Extra CAs (added to the system's; verification stays on) get a manager and connection pool of their
    // own.
    QNetworkAccessManager *nam = connection.extraCaCertificates.isEmpty()
                                     ? m_nam
                                     : TlsTrust::managerFor(m_nam, connection.extraCaCertificates);
    auto *transfer =
        new Transfer(nam, prepared, deadlineMs < 0 ? m_timeoutMs : deadlineMs, m_maxReplyBytes, call);
    call->m_transfer = transfer;
    // In the call's context: when the call is gone, so is this handler.
    connect(transfer, &Transfer::finished, call, [this, call, transfer, exchange, prepared, done]() mutable {
        transfer->deleteLater();
        if (isSignalConnected(QMetaMethod::fromSignal(&ApiClient::exchangeFinished))) {
            complete(&exchange, prepared, *transfer);
            redact(&exchange, call->m_redactor);
            emit exchangeFinished(exchange);
        }
        // The parsers see the body redacted too: an endpoint whose description or URL echoes the
        // token must not carry it into the table, the detail pane, the journal or a copy.
        done(transfer->httpStatus(), call->m_redactor.redact(transfer->body()), transfer->error());
    });
}

void ApiClient::read(ApiCall *call, const Connection &connection, const PreparedRequest &request,
                     const Done &done)
{
    attemptRead(new ReadAttempts(call, connection, request, m_timeoutMs), done);
}

void ApiClient::attemptRead(ReadAttempts *attempts, const Done &done)
{
    const int left = int(qMax<qint64>(0, attempts->deadline.remainingTime()));
    send(
        attempts->call, attempts->connection, attempts->request,
        [this, attempts, done](int status, const QByteArray &body, const ApiError &error) {
            const qint64 waitMs =
                qint64(qMax(0, error.retryAfterSeconds)) * 1000 + 200 * (attempts->retries + 1);
            if (isRetryableForReads(error.httpStatus) && attempts->retries < maxGetRetries &&
                error.retryAfterSeconds <= maxRetryWaitSeconds &&
                waitMs + minRetryTimeMs <= attempts->deadline.remainingTime()) {
                ++attempts->retries;
                QTimer::singleShot(int(waitMs), attempts, [this, attempts, done] {
                    if (!attempts->call->isFinished()) // cancelled while waiting
                        attemptRead(attempts, done);
                });
                return;
            }
            attempts->deleteLater(); // a listing makes one per page
            done(status, body, error);
        },
        left);
}

ApiCall *ApiClient::list(const Connection &connection, ListDelivery delivery)
{
    auto *call = new ApiCall(ApiCall::Type::List, this);
    const QString problem = checkBaseUrl(connection.baseUrl);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, call, [call, problem] {
            call->finish({ApiError::Kind::Insecure, 0, {}, problem, -1});
        });
        return call;
    }
    auto pager = std::make_shared<ListingPager>(Providers::spec(connection.provider), m_listingLimits);
    pager->setKeepEndpoints(delivery == ListDelivery::AllAtEnd);
    sendListPage(call, connection, pager);
    return call;
}

void ApiClient::sendListPage(ApiCall *call, const Connection &connection,
                             const std::shared_ptr<ListingPager> &pager)
{
    const PreparedRequest request = RequestBuilder::forList(connection, pager->cursor());
    read(call, connection, request,
         [this, call, connection, pager](int, const QByteArray &body, const ApiError &error) {
             if (call->m_finished)
                 return;
             if (error.isError()) {
                 call->finish(error);
                 return;
             }
             if (pager->admit(body.size()) == ListingPager::Step::Failed) {
                 call->finish({ApiError::Kind::BadReply, 200, {}, pager->errorMessage(), -1});
                 return;
             }
             // Reading a page (JSON, dates, a hundred endpoints) is the costliest part of a listing: it
             // runs on the thread pool, so that a window's GUI thread only adds the rows (at 100k endpoints
             // that is a third of its work). Pages stay in order: the next one is asked for afterwards.
             auto promise = std::make_shared<QPromise<ListingPager::ParsedPage>>();
             QFuture<ListingPager::ParsedPage> parsed = promise->future();
             promise->start();
             QThreadPool::globalInstance()->start([promise, spec = &pager->spec(),
                                                   pageNumber = pager->pageNumber(), body,
                                                   account = connection.account] {
                 ListingPager::ParsedPage page = ListingPager::parse(*spec, pageNumber, body);
                 for (Endpoint &e : page.page.endpoints)
                     e.account = account;
                 promise->addResult(std::move(page));
                 promise->finish();
             });
             // Not run when the call is deleted first. A watcher owned by the call, not QFuture::then(call,
             // …): in Qt 6.4 that checks the call's QPointer on the pool thread, racing its deletion here.
             auto *watcher = new QFutureWatcher<ListingPager::ParsedPage>(call);
             QObject::connect(watcher, &QFutureWatcherBase::finished, call,
                              [this, call, connection, pager, watcher] {
                                  watcher->deleteLater();
                                  acceptListPage(call, connection, pager, watcher->future().takeResult());
                              });
             watcher->setFuture(parsed);
         });
}

void ApiClient::acceptListPage(ApiCall *call, const Connection &connection,
                               const std::shared_ptr<ListingPager> &pager, ListingPager::ParsedPage parsed)
{
    if (call->m_finished)
        return;                                         // aborted while the page was read
    const QList<Endpoint> page = parsed.page.endpoints; // shared, not copied
    const ListingPager::Step step = pager->acceptPage(std::move(parsed));
    if (step == ListingPager::Step::Failed) {
        call->finish({ApiError::Kind::BadReply, 200, {}, pager->errorMessage(), -1});
        return;
    }
    emit call->pageLoaded(page);
    emit call->progress(pager->endpointCount());
    if (step == ListingPager::Step::NextPage) {
        sendListPage(call, connection, pager);
        return;
    }
    call->m_endpoints = pager->takeEndpoints(); // the account was set as each page was read
    call->finish({});
}

ApiCall *ApiClient::refuseLater(ApiCall *call, ApiError::Kind kind, const QString &problem)
{
    QTimer::singleShot(0, call, [call, kind, problem] { call->finish({kind, 0, {}, problem, -1}); });
    return call;
}

ApiCall *ApiClient::get(const Connection &connection, const QString &endpointId)
{
    auto *call = new ApiCall(ApiCall::Type::Get, this);
    call->m_endpointId = endpointId;
    const QString problem = checkBaseUrl(connection.baseUrl);
    if (!problem.isEmpty())
        return refuseLater(call, ApiError::Kind::Insecure, problem);
    if (const QString idProblem = EndpointIds::refusal(endpointId); !idProblem.isEmpty())
        return refuseLater(call, ApiError::Kind::Validation, idProblem);
    const PreparedRequest request = RequestBuilder::forGet(connection, endpointId);
    call->m_request = request;
    read(call, connection, request,
         [call, connection](int status, const QByteArray &body, const ApiError &error) {
             if (error.isError()) {
                 call->finish(error);
                 return;
             }
             QString message;
             if (!EndpointCodec::parseItemReply(Providers::spec(connection.provider), body, &call->m_endpoint,
                                                &message)) {
                 call->finish({ApiError::Kind::BadReply, status, {}, message, -1});
                 return;
             }
             if (const ApiError wrong = wrongEndpoint(call); wrong.isError()) {
                 call->finish(wrong);
                 return;
             }
             call->m_endpoint.account = connection.account;
             call->finish({});
         });
    return call;
}

QByteArray ApiClient::fingerprint(const Connection &connection, const QByteArray &method, const QUrl &url,
                                  const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(connection.account.toUtf8() + '\n' +
                            Providers::spec(connection.provider).key.toUtf8() + '\n' + method + '\n' +
                            url.toEncoded() + '\n' + body));
    return hash.result();
}

QString ApiClient::idempotencyKeyFor(const QByteArray &fingerprint)
{
    auto it = m_idempotencyKeys.find(fingerprint);
    if (it == m_idempotencyKeys.end()) {
        // Every preview of a draft asks for a key; forget the oldest unsent ones beyond a bound.
        constexpr int maxKeys = 256;
        while (m_keyOrder.size() >= maxKeys)
            m_idempotencyKeys.remove(m_keyOrder.takeFirst());
        m_keyOrder.append(fingerprint);
        it = m_idempotencyKeys.insert(fingerprint, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    return it.value();
}

PreparedRequest ApiClient::prepareUpdate(const Connection &connection, const QString &endpointId,
                                         const UpdateRequest &update)
{
    if (!EndpointIds::refusal(endpointId).isEmpty())
        return {};
    PreparedRequest request = RequestBuilder::forUpdate(connection, endpointId, update, QString());
    if (Providers::spec(connection.provider).idempotencyKey)
        request.setHeader(
            "Idempotency-Key",
            idempotencyKeyFor(fingerprint(connection, request.method, request.url, request.body)).toLatin1());
    return request;
}

ApiCall *ApiClient::update(const Connection &connection, const QString &endpointId,
                           const UpdateRequest &update)
{
    return this->update(connection, endpointId, prepareUpdate(connection, endpointId, update));
}

ApiCall *ApiClient::update(const Connection &connection, const QString &endpointId,
                           const PreparedRequest &request)
{
    auto *call = new ApiCall(ApiCall::Type::Update, this);
    call->m_endpointId = endpointId;
    call->m_request = request;
    if (const QString problem = checkBaseUrl(connection.baseUrl); !problem.isEmpty())
        return refuseLater(call, ApiError::Kind::Insecure, problem);
    if (const QString idProblem = EndpointIds::refusal(endpointId); !idProblem.isEmpty())
        return refuseLater(call, ApiError::Kind::Validation, idProblem);
    if (request.body.isEmpty() || request.url.isEmpty())
        return refuseLater(call, ApiError::Kind::Validation, tr("nothing to change"));
    const QByteArray key = fingerprint(connection, request.method, request.url, request.body);
    QPointer<ApiClient> self(this);
    send(call, connection, request, [=](int status, const QByteArray &body, const ApiError &error) {
        // A definitive answer ends the change's key; after a timeout, 5xx or 429 the same change
        // is retried with the same key so the provider can replay instead of applying twice.
        const bool definitive =
            (status >= 200 && status < 300) || (status >= 400 && status < 500 && status != 429);
        if (self && definitive) {
            self->m_idempotencyKeys.remove(key);
            self->m_keyOrder.removeOne(key);
        }
        call->m_httpStatus = status;
        if (error.isError()) {
            call->finish(error);
            return;
        }
        QString message;
        if (!EndpointCodec::parseItemReply(Providers::spec(connection.provider), body, &call->m_endpoint,
                                           &message)) {
            call->finish({ApiError::Kind::BadReply,
                          status,
                          {},
                          tr("the change was accepted (HTTP %1) but the reply could not be read: %2. "
                             "Refresh to see the endpoint as it is now.")
                              .arg(status)
                              .arg(message),
                          -1});
            return;
        }
        if (ApiError wrong = wrongEndpoint(call); wrong.isError()) {
            wrong.message =
                tr("the change was sent (HTTP %1) but %2. Refresh to see the endpoint as it is now.")
                    .arg(status)
                    .arg(wrong.message);
            call->finish(wrong);
            return;
        }
        call->m_endpoint.account = connection.account;
        call->finish({});
    });
    return call;
}
