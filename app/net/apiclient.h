#pragma once

#include "core/apierror.h"
#include "core/endpoint.h"
#include "net/connection.h"
#include "net/exchange.h"
#include "net/listingpager.h"
#include "net/preparedrequest.h"
#include "net/redactor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class Transfer;
struct UpdateRequest;

// One asynchronous list / get / update. Emits finished() once, then deletes itself (deleteLater):
// read the results inside the slot.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    enum class Type
    {
        List,
        Get,
        Update
    };

    Type type() const { return m_type; }
    const ApiError &error() const { return m_error; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; } // List
    const Endpoint &endpoint() const { return m_endpoint; }          // Get, Update
    int httpStatus() const { return m_httpStatus; }                  // of the last reply, 0 when none
    const QString &endpointId() const { return m_endpointId; }       // Get, Update: the ID asked for
    // Get, Update: the request as it was sent (show only its redacted forms); empty until prepared.
    const PreparedRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    void abort(); // finishes with ApiError::Kind::Cancelled

signals:
    void progress(int loadedSoFar); // List: after each page
    // List: each page's endpoints as it arrives (account set), before progress(); finished() still
    // carries all of them. Shown early only: a listing that fails later is no complete picture.
    void pageLoaded(const QList<Endpoint> &endpoints);
    void finished();

private:
    friend class ApiClient;
    ApiCall(Type type, QObject *parent);
    void finish(const ApiError &error); // the error leaves with every secret redacted

    Type m_type;
    ApiError m_error;
    QList<Endpoint> m_endpoints;
    Endpoint m_endpoint;
    QString m_endpointId;
    PreparedRequest m_request;
    int m_httpStatus = 0;
    QPointer<Transfer> m_transfer; // the request in flight, if any
    Redactor m_redactor;           // the token and the secrets this call sent
    bool m_finished = false;
};

// The one client for all providers, over one QNetworkAccessManager. It enforces the trust rules:
// https only except loopback, TLS errors never ignored, and per request (see Transfer) a deadline,
// a reply cap while streaming and no redirect off origin (none at all for writes); listings are
// capped (see ListingPager). Every failure maps to a typed ApiError, and every Exchange and error
// that leaves it has the token and the secrets being sent redacted, even when a server echoes them.
//
// The timeout is a deadline per request, connect to last byte. A read retried after 429/502/503/504
// shares its first attempt's deadline: a retry is sent only when its wait leaves time, so a read
// never outlives setTimeoutMs(). A listing gives each page its own deadline and is bounded by its
// caps.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    void setListingLimits(const ListingPager::Limits &limits) { m_listingLimits = limits; }
    const ListingPager::Limits &listingLimits() const { return m_listingLimits; }

    // How a listing hands over its endpoints: pageLoaded() always; with AllAtEnd also endpoints() when
    // finished. PagesOnly keeps no second copy (100k endpoints are a few hundred MiB twice).
    enum class ListDelivery
    {
        AllAtEnd,
        PagesOnly
    };
    ApiCall *list(const Connection &connection, ListDelivery delivery = ListDelivery::AllAtEnd);
    // Get and update address the endpoint by the ID the user chose: the reply must describe that
    // same endpoint, or the call fails. An ID that cannot be one path segment is refused unsent.
    ApiCall *get(const Connection &connection, const QString &endpointId);
    // Sends exactly `request` (from prepareUpdate), which the call then carries.
    ApiCall *update(const Connection &connection, const QString &endpointId, const PreparedRequest &request);
    ApiCall *update(const Connection &connection, const QString &endpointId, const UpdateRequest &update);

    // The exact request update() would send now, including the idempotency key a retry reuses.
    // Its URL is empty when the ID is refused (EndpointIds::refusal).
    PreparedRequest prepareUpdate(const Connection &connection, const QString &endpointId,
                                  const UpdateRequest &update);

    // Checked before anything is sent: names the cause when the base URL is not acceptable.
    static QString checkBaseUrl(const QUrl &baseUrl);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

signals:
    void exchangeFinished(const Exchange &exchange);

private:
    using Done = std::function<void(int status, const QByteArray &body, const ApiError &error)>;
    class ReadAttempts;
    void sendListPage(ApiCall *call, const Connection &connection,
                      const std::shared_ptr<ListingPager> &pager);
    void acceptListPage(ApiCall *call, const Connection &connection,
                        const std::shared_ptr<ListingPager> &pager, ListingPager::ParsedPage parsed);
    void read(ApiCall *call, const Connection &connection, const PreparedRequest &request, const Done &done);
    void attemptRead(ReadAttempts *attempts, const Done &done);
    void send(ApiCall *call, const Connection &connection, const PreparedRequest &request, Done done,
              int deadlineMs = -1);
    QString idempotencyKeyFor(const QByteArray &fingerprint);
    static QByteArray fingerprint(const Connection &connection, const QByteArray &method, const QUrl &url,
                                  const QByteArray &body);
    ApiCall *refuseLater(ApiCall *call, ApiError::Kind kind, const QString &problem);

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 30000;
    qint64 m_maxReplyBytes = 16 * 1024 * 1024;
    ListingPager::Limits m_listingLimits;
    quint64 m_sequence = 0;
    QHash<QByteArray, QString> m_idempotencyKeys; // change fingerprint → key, until it lands
    QList<QByteArray> m_keyOrder;                 // oldest first: previews must not grow it forever
};
