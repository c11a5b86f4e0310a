#include "demo.h"

#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "session/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace {

struct SimulatedDeliveries
{
    ProviderId provider;
    QLatin1String id;
    QList<int> outcomes; // the HTTP statuses the receiver answered
};

constexpr int simulationStepMs = 10000;

// One step every 10 s, once through: an Atoa endpoint fails and recovers, OptimalDial's healthy endpoint
// reaches its 10 consecutive failures after a minute and is switched off, the failing Layers one
// recovers. Through the sandbox's control API (POST /_sandbox/deliveries), the call tests and scripts
// use, so the endpoints change exactly as they would for them.
void simulateDeliveries(SandboxThread *sandbox)
{
    namespace S = SandboxSeed;
    static const QList<SimulatedDeliveries> steps = {
        {ProviderId::Atoa, S::Atoa::refunds, {500}},
        {ProviderId::OptimalDial, S::OptimalDial::active, {503, 503, 503}},
        {ProviderId::Atoa, S::Atoa::refunds, {500, 502}},
        {ProviderId::OptimalDial, S::OptimalDial::active, {503, 503, 503}},
        {ProviderId::Atoa, S::Atoa::refunds, {200}},
        {ProviderId::OptimalDial, S::OptimalDial::active, {503, 503, 503, 503}},
        {ProviderId::Layers, S::Layers::failing, {200}},
    };
    auto *network = new QNetworkAccessManager(sandbox);
    auto *timer = new QTimer(sandbox);
    auto next = std::make_shared<int>(0);
    QUrl url = sandbox->baseUrl();
    url.setPath(QStringLiteral("/_sandbox/deliveries"));
    QObject::connect(timer, &QTimer::timeout, sandbox, [network, timer, next, url] {
        if (*next >= steps.size()) {
            timer->stop();
            return;
        }
        const SimulatedDeliveries &step = steps.at((*next)++);
        QJsonArray outcomes;
        for (int status : step.outcomes)
            outcomes.append(status);
        const QJsonObject body{{QStringLiteral("provider"), Providers::spec(step.provider).key},
                               {QStringLiteral("id"), QString(step.id)},
                               {QStringLiteral("outcomes"), outcomes}};
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {
            if (reply->error() != QNetworkReply::NoError)
                qWarning("demo: simulated deliveries refused: %s", qPrintable(reply->errorString()));
            reply->deleteLater();
        });
    });
    timer->start(simulationStepMs);
}

} // namespace

namespace Demo {

SandboxThread *start(Workspace *workspace, int extraEndpointsPerProvider, bool simulate, QString *error)
{
    auto *sandbox = new SandboxThread(workspace);
    QString why;
    if (!sandbox->start(extraEndpointsPerProvider, &why)) {
        *error =
            QCoreApplication::translate("Demo", "Could not start the demo sandbox on 127.0.0.1: %1").arg(why);
        delete sandbox;
        return nullptr;
    }
    // A mix of environments so the labels, colours and production confirmations are all visible.
    struct DemoAccount
    {
        ProviderId provider;
        const char *name;
        const char *environment;
        const char *color;
    };
    const DemoAccount accounts[] = {
        {ProviderId::OpenTrain, QT_TRANSLATE_NOOP("Demo", "OpenTrain (payroll)"), "production", "#c0392b"},
        {ProviderId::Layers, QT_TRANSLATE_NOOP("Demo", "Layers (marketing)"), "production", "#c0392b"},
        {ProviderId::OptimalDial, QT_TRANSLATE_NOOP("Demo", "OptimalDial (calls)"), "staging", "#d68910"},
        {ProviderId::Diligent, QT_TRANSLATE_NOOP("Demo", "Diligent (compliance)"), "development", "#2e86c1"},
        {ProviderId::Atoa, QT_TRANSLATE_NOOP("Demo", "Atoa (payments)"), "staging", "#d68910"},
    };
    for (const DemoAccount &demo : accounts) {
        Account account(QCoreApplication::translate("Demo", demo.name), demo.provider);
        account.baseUrl = sandbox->baseUrl();
        account.environment = QString::fromLatin1(demo.environment);
        account.colorName = QString::fromLatin1(demo.color);
        workspace->setAccount(account, SandboxServer::tokenFor(demo.provider));
    }
    if (simulate)
        simulateDeliveries(sandbox);
    return sandbox;
}

} // namespace Demo
