#include "net/apiclient.h"

#include "diff/updaterequest.h"
#include "diff/validation.h"
#include "net/errormapping.h"
#include "net/proxypolicy.h"
#include "net/tlstrust.h"
#include "providers/endpointcodec.h"
#include "providers/providerspec.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUuid>

namespace {

constexpr int maxPages = 10000;
constexpr int maxGetRetries = 2;
constexpr int maxRetryWaitSeconds = 5;

bool isRetryableForReads(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

} // namespace

ApiCall::ApiCall(Type type, QObject *parent) : QObject(parent), m_type(type) {}

void ApiCall::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->setProperty("patchbayCancelled", true);
        m_reply->abort();
    } else {
        finish(ApiError{ApiError::Kind::Cancelled, 0, {}, tr("cancelled by the user"), -1});
    }
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_reply = nullptr;
    emit finished();
    deleteLater();
}

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Requests carry a token: never follow a redirect to another origin (or from https to http).
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

QNetworkReply *ApiClient::send(ApiCall *call, const Connection &connection, const PreparedRequest &prepared,
                               std::function<void(int, const QByteArray &, const ApiError &)> done)
{
    QNetworkRequest request(prepared.url);
    for (const auto &header : prepared.wireHeaders())
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkAccessManager *nam = m_nam;
    if (!connection.extraCaCertificates.isEmpty()) { // added to the system's CAs; verification stays on
        request.setSslConfiguration(TlsTrust::configurationWith(connection.extraCaCertificates));
        nam = TlsTrust::managerFor(m_nam, connection.extraCaCertificates); // its own connection pool
    }

    Exchange exchange;
    exchange.sequence = ++m_sequence;
    exchange.account = connection.account;
    exchange.startedAt = QDateTime::currentDateTime();
    exchange.method = prepared.method;
    exchange.url = prepared.url;
    exchange.requestHeaders = prepared.redactedHeaders();
    exchange.requestBody = prepared.redactedBody();
    exchange.curl = prepared.toCurl();

    QNetworkReply *reply = prepared.method == "GET"
                               ? nam->get(request)
                               : nam->sendCustomRequest(request, prepared.method, prepared.body);
    call->m_reply = reply;

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto tooLarge = std::make_shared<bool>(false);
    auto tlsErrors = std::make_shared<QStringList>();

    const qint64 maxBytes = m_maxReplyBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, maxBytes, tooLarge](qint64 received, qint64) {
                if (received > maxBytes && !*tooLarge) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    // TLS errors are recorded for the message and never ignored: the handshake fails.
    connect(reply, &QNetworkReply::sslErrors, reply, [tlsErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            *tlsErrors << e.errorString();
    });

    QPointer<ApiClient> self(this);
    connect(reply, &QNetworkReply::finished, this, [=]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body = *tooLarge || !reply->isOpen() ? QByteArray() : reply->read(maxBytes + 1);
        ApiError error;
        if (*tooLarge || body.size() > maxBytes) {
            error = {ApiError::Kind::BadReply,
                     status,
                     {},
                     tr("the reply is larger than %1 MiB and was not read").arg(maxBytes / (1024 * 1024)),
                     -1};
            body.clear();
        } else if (reply->property("patchbayCancelled").toBool()) {
            error = {ApiError::Kind::Cancelled, 0, {}, tr("cancelled by the user"), -1};
        } else if (status == 0 || (status >= 300 && status < 400)) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            error = status >= 300 ? ApiError{ApiError::Kind::Insecure,
                                             status,
                                             {},
                                             tr("the server redirected to another origin; not followed"),
                                             -1}
                                  : ErrorMapping::fromNetwork(reply->error(), reply->errorString(), timedOut);
            if (error.kind == ApiError::Kind::Tls && !tlsErrors->isEmpty())
                error.message = tlsErrors->join(QLatin1String("; "));
        } else if (status >= 400) {
            error = ErrorMapping::fromHttp(status, body, reply->rawHeader("Retry-After"));
        }

        exchange.httpStatus = status;
        for (const auto &pair : reply->rawHeaderPairs())
            exchange.responseHeaders.append(pair);
        exchange.responseBody = body;
        exchange.durationMs = timer->elapsed();
        exchange.error = error.isError() ? error.toString() : QString();
        if (self)
            emit self->exchangeFinished(exchange);
        done(status, body, error);
    });
    return reply;
}

ApiCall *ApiClient::list(const Connection &connection)
{
    auto *call = new ApiCall(ApiCall::Type::List, this);
    const QString problem = checkBaseUrl(connection.baseUrl);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, call, [call, problem] {
            call->finish({ApiError::Kind::Insecure, 0, {}, problem, -1});
        });
        return call;
    }
    const ProviderSpec &spec = Providers::spec(connection.provider);
    const QString firstCursor =
        spec.paging.style == PagingSpec::Style::PageNumber ? QStringLiteral("1") : QString();
    sendListPage(call, connection, firstCursor, 1);
    return call;
}

void ApiClient::sendListPage(ApiCall *call, const Connection &connection, const QString &cursor,
                             int pageNumber)
{
    const PreparedRequest request = RequestBuilder::forList(connection, cursor);
    auto attempt = std::make_shared<int>(0);
    auto handler = std::make_shared<std::function<void(int, const QByteArray &, const ApiError &)>>();
    *handler = [=](int, const QByteArray &body, const ApiError &error) {
        if (call->m_finished)
            return;
        if (error.isError()) {
            if (isRetryableForReads(error.httpStatus) && *attempt < maxGetRetries &&
                error.retryAfterSeconds <= maxRetryWaitSeconds) {
                ++*attempt;
                const int waitMs = qMax(0, error.retryAfterSeconds) * 1000 + 200 * *attempt;
                QTimer::singleShot(waitMs, call, [=] { send(call, connection, request, *handler); });
                return;
            }
            call->finish(error);
            return;
        }
        const ProviderSpec &spec = Providers::spec(connection.provider);
        EndpointPage page;
        QString message;
        if (!EndpointCodec::parsePage(spec, body, pageNumber, &page, &message)) {
            call->finish({ApiError::Kind::BadReply, 200, {}, message, -1});
            return;
        }
        for (Endpoint &e : page.endpoints)
            e.account = connection.account;
        call->m_endpoints += page.endpoints;
        emit call->progress(call->m_endpoints.size());
        if (!page.hasMore) {
            call->finish({});
        } else if (pageNumber >= maxPages || page.nextCursor == cursor) {
            call->finish({ApiError::Kind::BadReply,
                          200,
                          {},
                          tr("the provider's paging does not advance (page %1); stopped").arg(pageNumber),
                          -1});
        } else {
            sendListPage(call, connection, page.nextCursor, pageNumber + 1);
        }
    };
    // The handler refers to itself (to retry); the call's end breaks that cycle.
    connect(call, &QObject::destroyed, this, [handler] { *handler = nullptr; });
    send(call, connection, request, *handler);
}

ApiCall *ApiClient::get(const Connection &connection, const QString &endpointId)
{
    auto *call = new ApiCall(ApiCall::Type::Get, this);
    const QString problem = checkBaseUrl(connection.baseUrl);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, call, [call, problem] {
            call->finish({ApiError::Kind::Insecure, 0, {}, problem, -1});
        });
        return call;
    }
    const PreparedRequest request = RequestBuilder::forGet(connection, endpointId);
    auto attempt = std::make_shared<int>(0);
    auto handler = std::make_shared<std::function<void(int, const QByteArray &, const ApiError &)>>();
    *handler = [=](int status, const QByteArray &body, const ApiError &error) {
        if (error.isError()) {
            if (isRetryableForReads(error.httpStatus) && *attempt < maxGetRetries &&
                error.retryAfterSeconds <= maxRetryWaitSeconds) {
                ++*attempt;
                QTimer::singleShot(qMax(0, error.retryAfterSeconds) * 1000 + 200 * *attempt, call,
                                   [=] { send(call, connection, request, *handler); });
                return;
            }
            call->finish(error);
            return;
        }
        QString message;
        if (!EndpointCodec::parseItemReply(Providers::spec(connection.provider), body, &call->m_endpoint,
                                           &message)) {
            call->finish({ApiError::Kind::BadReply, status, {}, message, -1});
            return;
        }
        call->m_endpoint.account = connection.account;
        call->finish({});
    };
    connect(call, &QObject::destroyed, this, [handler] { *handler = nullptr; });
    send(call, connection, request, *handler);
    return call;
}

QByteArray ApiClient::fingerprint(const Connection &connection, const UpdateRequest &update)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(connection.account.toUtf8() + '\n' +
                            Providers::spec(connection.provider).key.toUtf8() + '\n' +
                            connection.baseUrl.toEncoded() + '\n' + update.method + '\n' +
                            update.path.toUtf8() + '\n' + update.bodyBytes()));
    return hash.result();
}

QString ApiClient::idempotencyKeyFor(const Connection &connection, const UpdateRequest &update)
{
    if (!Providers::spec(connection.provider).idempotencyKey)
        return {};
    const QByteArray key = fingerprint(connection, update);
    auto it = m_idempotencyKeys.find(key);
    if (it == m_idempotencyKeys.end()) {
        // Every preview of a draft asks for a key; forget the oldest unsent ones beyond a bound.
        constexpr int maxKeys = 256;
        while (m_keyOrder.size() >= maxKeys)
            m_idempotencyKeys.remove(m_keyOrder.takeFirst());
        m_keyOrder.append(key);
        it = m_idempotencyKeys.insert(key, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    return it.value();
}

PreparedRequest ApiClient::prepareUpdate(const Connection &connection, const UpdateRequest &update)
{
    return RequestBuilder::forUpdate(connection, update, idempotencyKeyFor(connection, update));
}

ApiCall *ApiClient::update(const Connection &connection, const UpdateRequest &update)
{
    auto *call = new ApiCall(ApiCall::Type::Update, this);
    QString problem = checkBaseUrl(connection.baseUrl);
    ApiError::Kind kind = ApiError::Kind::Insecure;
    if (problem.isEmpty() && update.isEmpty()) {
        problem = tr("nothing to change");
        kind = ApiError::Kind::Validation;
    }
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, call, [call, problem, kind] { call->finish({kind, 0, {}, problem, -1}); });
        return call;
    }
    const QByteArray key = fingerprint(connection, update);
    const PreparedRequest request = prepareUpdate(connection, update);
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
        call->m_endpoint.account = connection.account;
        call->finish({});
    });
    return call;
}
