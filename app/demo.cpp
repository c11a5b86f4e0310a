#include "demo.h"

#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxthread.h"
#include "session/workspace.h"

#include <QCoreApplication>

namespace Demo {

SandboxThread *start(Workspace *workspace, int extraEndpointsPerProvider, QString *error)
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
    return sandbox;
}

} // namespace Demo
