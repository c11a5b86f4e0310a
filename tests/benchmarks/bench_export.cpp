// The export of N endpoints (`patchbay-cli endpoints export`, File → Export…), CSV and JSON: wall and CPU
// time, and the peak RSS each step adds (VmHWM reset before each step through /proc/self/clear_refs).
// The endpoints are the sandbox's synthetic ones (SandboxSeed::synthetic, the five providers in turn)
// read by EndpointCodec as a listing reads them, so the fields have their real shapes.
//   bench_export [endpoints=100000] [--only streamed|whole|window]
// Steps:
// - "whole document": the export as it was before streaming (one QJsonArray, QJsonDocument::Indented,
//   InertText::escapeJson over the whole text), phase by phase, for comparison; the CSV on one thread;
// - "streamed": EndpointExport::write into a QSaveFile, as the CLI and the window write (serialised on
//   every core);
// - "window": EndpointTableModel + EndpointFilterProxy filled in pages as a load fills them, then the
//   exporter's collection of the visible rows on the GUI thread, and ViewExporter::exportTo() with the
//   longest stall of the GUI thread's event loop until it finishes (a 1 ms timer's largest gap).
// Needs a QPA platform for the window step: QT_QPA_PLATFORM=offscreen.

#include "core/inerttext.h"
#include "endpointfilterproxy.h"
#include "endpointtablemodel.h"
#include "procstatus.h"
#include "providers/endpointcodec.h"
#include "providers/endpointexport.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "viewexporter.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {

// VmHWM back to the current RSS (Linux ≥ 4.0), so the next step's peak is its own.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Runs `step`, prints its wall and CPU time, and the RSS it added at its peak over the RSS before.
void measure(const char *name, const std::function<QString()> &step)
{
    resetPeak();
    const long rssBefore = ProcStatus::kb("VmRSS:");
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu = cpuNs();
    const QString extra = step();
    const double ms = wall.nsecsElapsed() / 1e6;
    const double cpuMs = (cpuNs() - cpu) / 1e6;
    const long peak = ProcStatus::kb("VmHWM:");
    std::printf("%-46s %8.1f ms (cpu %8.1f)   peak RSS +%7.1f MiB (of %7.1f)   %s\n", name, ms, cpuMs,
                (peak - rssBefore) / 1024.0, peak / 1024.0, qPrintable(extra));
    std::fflush(stdout);
}

QList<Endpoint> endpoints(int count)
{
    const ProviderId providers[] = {ProviderId::OpenTrain, ProviderId::Layers, ProviderId::OptimalDial,
                                    ProviderId::Diligent, ProviderId::Atoa};
    QList<Endpoint> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const ProviderId provider = providers[i % 5];
        const QJsonObject object = SandboxSeed::synthetic(provider, i / 5);
        Endpoint e;
        QString error;
        // The raw bytes as a listing keeps them (compact), which the export never writes.
        if (!EndpointCodec::parseEndpoint(Providers::spec(provider), object, &e, &error,
                                          QJsonDocument(object).toJson(QJsonDocument::Compact)))
            qFatal("synthetic endpoint %d does not parse: %s", i, qPrintable(error));
        e.account = QStringLiteral("account-%1").arg(i % 4);
        out << e;
    }
    return out;
}

QString sizeText(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(bytes / (1024.0 * 1024.0), 0, 'f', 1);
}

// The JSON export as it was before streaming, in one expression.
QByteArray formerJson(const QList<Endpoint> &list)
{
    QJsonArray all;
    for (const Endpoint &e : list)
        all.append(EndpointCodec::toNormalizedJson(e));
    return InertText::escapeJson(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)))
        .toUtf8();
}

// The CSV export as it was: one record after another, on one thread, into one document.
QByteArray formerCsv(const QList<Endpoint> &list)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EndpointExport::Writer writer(&buffer, EndpointExport::Format::Csv);
    writer.begin();
    for (const Endpoint &e : list)
        writer.add(e);
    writer.finish();
    return bytes;
}

void wholeDocument(const QList<Endpoint> &list)
{
    // The JSON export before streaming, phase by phase (each phase's memory stays until the end, as
    // it did: the whole chain was one expression).
    QJsonArray array;
    QByteArray indented;
    QString text;
    QString inert;
    QByteArray bytes;
    measure("whole JSON: toNormalizedJson into a QJsonArray", [&] {
        for (const Endpoint &e : list)
            array.append(EndpointCodec::toNormalizedJson(e));
        return QString();
    });
    measure("whole JSON: QJsonDocument::toJson(Indented)", [&] {
        indented = QJsonDocument(array).toJson(QJsonDocument::Indented);
        return sizeText(indented.size());
    });
    measure("whole JSON: QString::fromUtf8", [&] {
        text = QString::fromUtf8(indented);
        return QString();
    });
    measure("whole JSON: InertText::escapeJson", [&] {
        inert = InertText::escapeJson(text);
        return QString();
    });
    measure("whole JSON: toUtf8", [&] {
        bytes = inert.toUtf8();
        return QString();
    });
    array = {};
    indented.clear();
    text.clear();
    inert.clear();
    bytes.clear();
    measure("whole JSON, all phases in one", [&] { return sizeText(formerJson(list).size()); });
    measure("whole CSV, one thread", [&] { return sizeText(formerCsv(list).size()); });
}

void streamed(const QList<Endpoint> &list, const QString &directory)
{
    for (const auto format : {EndpointExport::Format::Csv, EndpointExport::Format::Json}) {
        const bool csv = format == EndpointExport::Format::Csv;
        const QString path = directory + (csv ? QStringLiteral("/x.csv") : QStringLiteral("/x.json"));
        measure(csv ? "streamed CSV into a QSaveFile" : "streamed JSON into a QSaveFile", [&] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !EndpointExport::write(list, format, &file) ||
                !file.commit())
                return QStringLiteral("FAILED: %1").arg(file.errorString());
            return sizeText(QFileInfo(path).size());
        });
        measure(csv ? "CSV into memory (write() -> QByteArray)" : "JSON into memory (write() -> QByteArray)",
                [&] { return sizeText(EndpointExport::write(list, format).size()); });
    }
}

void window(QList<Endpoint> list, const QString &directory)
{
    QWidget window;
    auto *model = new EndpointTableModel(&window);
    auto *proxy = new EndpointFilterProxy(&window);
    proxy->setSourceModel(model);
    proxy->sort(EndpointTableModel::HealthColumn, Qt::AscendingOrder); // the window's default
    auto *exporter = new ViewExporter(proxy, model, nullptr, &window);
    measure("window: fill model + sorted proxy (100-row pages)", [&] {
        for (qsizetype first = 0; first < list.size(); first += 100)
            model->appendEndpoints(list.mid(first, 100));
        return QStringLiteral("%1 rows").arg(proxy->rowCount());
    });
    list.clear(); // what is left is what the window keeps
    measure("window: collect the visible rows (GUI thread)",
            [&] { return QStringLiteral("%1 endpoints").arg(exporter->visibleEndpoints().size()); });
    for (const auto format : {EndpointExport::Format::Csv, EndpointExport::Format::Json}) {
        const bool csv = format == EndpointExport::Format::Csv;
        const QString path = directory + (csv ? QStringLiteral("/w.csv") : QStringLiteral("/w.json"));
        measure(csv ? "window before: collect + write CSV on GUI thread"
                    : "window before: collect + write JSON on GUI thread",
                [&] {
                    // As File → Export… wrote before: the whole document, then the file, all on this thread.
                    const QList<Endpoint> rows = exporter->visibleEndpoints();
                    const QByteArray bytes = csv ? formerCsv(rows) : formerJson(rows);
                    QSaveFile file(path);
                    const bool ok =
                        file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
                    return ok ? QStringLiteral("the GUI thread is blocked all along") : file.errorString();
                });
        measure(csv ? "window now: exportTo CSV, until finished()"
                    : "window now: exportTo JSON, until finished()",
                [&] {
                    // The GUI thread's longest gap between two ticks of a 1 ms timer, from the call on.
                    QElapsedTimer sinceTick;
                    qint64 longest = 0;
                    QTimer ticker;
                    ticker.setInterval(1);
                    QObject::connect(&ticker, &QTimer::timeout,
                                     [&] { longest = std::max(longest, sinceTick.restart()); });
                    QSignalSpy finished(exporter, &ViewExporter::finished);
                    sinceTick.start();
                    QElapsedTimer call;
                    call.start();
                    ticker.start();
                    exporter->exportTo(path, format);
                    const qint64 callMs = call.elapsed();
                    finished.wait(120000);
                    longest = std::max(longest, sinceTick.elapsed());
                    return QStringLiteral("exportTo() returned after %1 ms; longest GUI-thread stall %2 ms")
                        .arg(callMs)
                        .arg(longest);
                });
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool numberOk = false;
    const int count = args.value(0).toInt(&numberOk);
    const int n = numberOk && count > 0 ? count : 100000;
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 ? args.value(onlyAt + 1) : QString();
    QTemporaryDir directory;

    QList<Endpoint> list;
    measure("generate + parse the synthetic endpoints", [&] {
        list = endpoints(n);
        return QStringLiteral("%1 endpoints").arg(list.size());
    });
    if (only.isEmpty() || only == QLatin1String("streamed"))
        streamed(list, directory.path());
    if (only.isEmpty() || only == QLatin1String("whole"))
        wholeDocument(list);
    if (only.isEmpty() || only == QLatin1String("window"))
        window(std::move(list), directory.path());
    return 0;
}
