#pragma once

#include "providers/providerid.h"
#include "sandbox/faults.h"
#include "sandbox/journal.h"
#include "sandbox/sandboxdeliveries.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class SandboxStore;
enum class SandboxAccess;
struct SandboxReply;
struct SandboxRequest;

// A real HTTP server on 127.0.0.1 that speaks the five providers' dialects on one port (their paths
// differ), seeded with endpoints in every health state (see sandboxseed.h), recording what it receives
// and able to inject faults. `patchbay --demo` embeds it; the network tests use it as their provider.
//
// Besides the provider routes it answers a control API under /_sandbox/ (never journaled, never
// faulted): GET/DELETE /_sandbox/journal, POST/DELETE /_sandbox/faults, POST /_sandbox/reset,
// POST /_sandbox/synthetic {"provider", "count"}, POST /_sandbox/deliveries {"provider", "id", "outcomes"}.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; false + errorString() on failure
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const { return m_errorString; }

    static QString tokenFor(ProviderId provider); // full rights, e.g. "sandbox-layers-token"
    // OpenTrain: a token without webhooks:manage (reads work, PATCH is 403 FORBIDDEN). Layers: the
    // org:admin key (the normal token is not admin). Others: the same as tokenFor().
    static QString limitedTokenFor(ProviderId provider);
    static SandboxAccess limitedAccessFor(ProviderId provider); // Full when there is no limited token

    // Restores the seed (plus the synthetic endpoints added so far, which belong to the configured
    // data set), and clears the journal, the faults and the Layers idempotency replies.
    void reset();
    void addSyntheticEndpoints(ProviderId provider, int count);
    // Applies delivery outcomes (HTTP statuses the receiver answered) to an endpoint: see
    // sandboxdeliveries.h.
    SandboxDeliveries::Result deliver(ProviderId provider, const QString &id, const QList<int> &outcomes);

    QList<SandboxJournalEntry> journal() const { return m_journal; }
    void clearJournal() { m_journal.clear(); }
    void addFault(const SandboxFault &fault);
    void clearFaults() { m_faults.clear(); }

    QJsonObject endpointJson(ProviderId provider, const QString &id) const; // the stored raw object
    QStringList endpointIds(ProviderId provider) const;
    void setDefaultLatencyMs(int ms) { m_defaultLatencyMs = qMax(0, ms); }
    int defaultLatencyMs() const { return m_defaultLatencyMs; }

signals:
    void requestJournaled(const SandboxJournalEntry &entry);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    SandboxReply answer(const SandboxRequest &request, const std::optional<SandboxFault> &fault);
    SandboxReply route(const SandboxRequest &request);
    void record(const SandboxRequest &request, int status);

    QHttpServer *m_http;
    std::unique_ptr<SandboxStore> m_store;
    SandboxFaultList m_faults;
    QList<SandboxJournalEntry> m_journal;
    quint16 m_port = 0;
    QString m_errorString;
    int m_defaultLatencyMs = 0;
};
