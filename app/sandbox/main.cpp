// patchbay-sandbox: the sandbox server as a process, for out-of-process tests and hands-on demos.
#include "providers/providerspec.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

class SandboxMain
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMain)
public:
    static int run(QCoreApplication &app);
};

int SandboxMain::run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Serves the five providers' webhook APIs on 127.0.0.1 with seeded endpoints, for demos and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Port to listen on (0 = any free port)."),
                                        tr("port"), QStringLiteral("0"));
    const QCommandLineOption extraOption(QStringLiteral("extra"),
                                         tr("Add <count> synthetic endpoints per provider (paging, scale)."),
                                         tr("count"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           tr("Delay every provider reply by <ms> milliseconds."), tr("ms"),
                                           QStringLiteral("0"));
    parser.addOptions({portOption, extraOption, latencyOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool portOk = false, extraOk = false, latencyOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const int extra = parser.value(extraOption).toInt(&extraOk);
    const int latency = parser.value(latencyOption).toInt(&latencyOk);
    if (!portOk || port > 65535 || !extraOk || extra < 0 || extra > 100000 || !latencyOk || latency < 0) {
        err << tr("Invalid option value: --port takes 0-65535, --extra 0-100000, --latency a number of ms.")
            << Qt::endl;
        return 2;
    }

    SandboxServer server;
    for (ProviderId p : Providers::all())
        server.addSyntheticEndpoints(p, extra);
    server.setDefaultLatencyMs(latency);
    if (!server.listen(quint16(port))) {
        err << tr("patchbay-sandbox: cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server.errorString())
            << Qt::endl;
        return 1;
    }

    // The first line is read by scripts and tests: keep its shape.
    out << tr("patchbay-sandbox listening on %1").arg(server.baseUrl().toString()) << Qt::endl;
    // Only the sandbox's own made-up tokens are printed; endpoint secrets never are.
    for (ProviderId p : Providers::all()) {
        const ProviderSpec &spec = Providers::spec(p);
        out << tr("  %1 (%2): token %3").arg(spec.displayName, spec.key, SandboxServer::tokenFor(p));
        if (SandboxServer::limitedTokenFor(p) != SandboxServer::tokenFor(p)) {
            out << (SandboxServer::limitedAccessFor(p) == SandboxAccess::Admin ? tr(", org:admin token %1")
                                                                               : tr(", read-only token %1"))
                       .arg(SandboxServer::limitedTokenFor(p));
        }
        out << Qt::endl;
    }
    return app.exec();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("patchbay-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHBAY_VERSION));
    return SandboxMain::run(app);
}
