// Populates EndpointTableModel with synthetic endpoints behind EndpointFilterProxy, then filters,
// sorts and updates, printing wall time per step and the process memory (VmRSS / VmHWM), and the heap
// the endpoints cost once loaded (mallinfo2: normalized fields, raw JSON, model rows and proxy together).
// A plain program rather than QBENCHMARK: each step is a one-shot user action, not a hot loop.
//   bench_endpointmodel [rows=100000] [batch=1000]

#include "endpointfilterproxy.h"
#include "endpointtablemodel.h"
#include "providers/endpointcodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <type_traits>

namespace {

struct Memory
{
    long rssKb = 0;
    long hwmKb = 0;
};

Memory memory()
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line] { return line.mid(6).trimmed().split(' ').value(0).toLong(); };
        if (line.startsWith("VmRSS:"))
            m.rssKb = value();
        else if (line.startsWith("VmHWM:"))
            m.hwmKb = value();
    }
    return m;
}

// Bytes in use on the heap (glibc), unlike RSS blind to pages malloc keeps for later.
qint64 heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Wall time and this process's CPU time: on a shared, loaded machine the CPU time is the steadier figure.
class Stopwatch
{
public:
    void start() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNs();
    }
    qint64 nsecsElapsed() const { return m_wall.nsecsElapsed(); }
    qint64 cpuNsecsElapsed() const { return cpuNs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

Stopwatch *g_timer = nullptr;

void report(const char *step, qint64 ns, const QString &extra = QString())
{
    const Memory m = memory();
    std::printf("%-44s %9.1f ms (cpu %7.1f)   RSS %7.1f MiB   peak %7.1f MiB   %s\n", step, ns / 1e6,
                g_timer ? g_timer->cpuNsecsElapsed() / 1e6 : 0.0, m.rssKb / 1024.0, m.hwmKb / 1024.0,
                qPrintable(extra));
    std::fflush(stdout);
}

const ProviderId kProviders[] = {ProviderId::OpenTrain, ProviderId::Layers, ProviderId::OptimalDial,
                                 ProviderId::Diligent, ProviderId::Atoa};

// The same program measures builds that kept raw as a parsed QJsonObject.
template <typename Raw> void setRaw(Raw *raw, const QJsonObject &object)
{
    if constexpr (std::is_same_v<Raw, QJsonObject>)
        *raw = object;
    else
        *raw = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename Raw> qint64 rawSize(const Raw &raw)
{
    if constexpr (std::is_same_v<Raw, QJsonObject>)
        return QJsonDocument(raw).toJson(QJsonDocument::Compact).size();
    else
        return raw.size();
}

Endpoint synthetic(int i)
{
    static const QStringList events{QStringLiteral("contract.started"), QStringLiteral("payment.sent"),
                                    QStringLiteral("job.completed"),    QStringLiteral("post.published"),
                                    QStringLiteral("invoice.paid"),     QStringLiteral("user.created")};
    // Qt::UTC, as the codec's ISO parsing gives for "…Z": such a QDateTime needs no heap block.
    static const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    Endpoint e;
    e.provider = kProviders[i % 5];
    e.account = QStringLiteral("account-%1").arg(i % 10);
    e.id = QStringLiteral("we_%1").arg(i, 8, 16, QLatin1Char('0'));
    e.url = QStringLiteral("https://hooks-%1.example.com/webhooks/%2").arg(i % 97).arg(i);
    e.events = {events.at(i % 6), events.at((i / 6) % 6)};
    if (i % 4 == 0)
        e.description = QStringLiteral("Endpoint number %1 for team %2").arg(i).arg(i % 31);
    e.enabled = i % 11 != 0; // about 9 % disabled
    e.providerStatus = e.enabled ? QStringLiteral("active") : QStringLiteral("paused");
    e.failureCount = i % 7 == 0 ? i % 23 : 0; // about 14 % failing
    e.lastDeliveryAt = i % 13 == 0 ? QDateTime() : base.addSecs(qint64(i) * 37 % 8000000);
    e.lastDeliveryStatus = e.failureCount > 0 ? 503 : 200;
    // A provider object of realistic size as the raw reply (the normalized JSON: 350-450 bytes compact).
    setRaw(&e.raw, EndpointCodec::toNormalizedJson(e));
    return e;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int batchSize = argc > 2 ? std::atoi(argv[2]) : 1000;
    Stopwatch timer;
    g_timer = &timer;

    report("start", 0);
    const qint64 heapAtStart = heapBytes();
    timer.start();
    QList<QList<Endpoint>> batches;
    for (int first = 0; first < rows; first += batchSize) {
        QList<Endpoint> batch;
        batch.reserve(batchSize);
        for (int i = first; i < qMin(rows, first + batchSize); ++i)
            batch << synthetic(i);
        batches << batch;
    }
    report("generate endpoints (not the model's cost)", timer.nsecsElapsed(),
           QStringLiteral("%1 rows, batches of %2").arg(rows).arg(batchSize));
    const Memory beforeModel = memory();
    qint64 rawBytes = 0;
    for (const QList<Endpoint> &batch : std::as_const(batches))
        for (const Endpoint &e : batch)
            rawBytes += rawSize(e.raw);
    std::printf(
        "  heap per endpoint, the endpoints alone: %.0f bytes (sizeof(Endpoint) %d, raw JSON %.0f bytes)\n",
        double(heapBytes() - heapAtStart) / qMax(1, rows), int(sizeof(Endpoint)),
        double(rawBytes) / qMax(1, rows));

    EndpointTableModel model;
    EndpointFilterProxy proxy;
    proxy.setSourceModel(&model);

    timer.restart();
    for (const QList<Endpoint> &batch : std::as_const(batches))
        model.appendEndpoints(batch);
    report("populate behind the proxy (unsorted)", timer.nsecsElapsed(),
           QStringLiteral("%1 visible").arg(proxy.rowCount()));
    batches.clear(); // the rows share the endpoints' strings: what is left is what the window keeps
    const Memory afterModel = memory();
    std::printf("  model + proxy memory: %.1f MiB RSS growth, about %.2f KiB per row\n",
                (afterModel.rssKb - beforeModel.rssKb) / 1024.0,
                double(afterModel.rssKb - beforeModel.rssKb) / qMax(1, rows));
    const auto heapPerEndpoint = [&] { return double(heapBytes() - heapAtStart) / qMax(1, rows); };
    std::printf("  heap per endpoint (fields + raw JSON + model + proxy), unsorted: %.0f bytes\n",
                heapPerEndpoint());

    // Every column once, the text ones last so the filter below runs over a text-sorted proxy.
    for (const int column :
         {EndpointTableModel::FailuresColumn, EndpointTableModel::LastDeliveryColumn,
          EndpointTableModel::HealthColumn, EndpointTableModel::ProviderColumn,
          EndpointTableModel::AccountColumn, EndpointTableModel::IdColumn, EndpointTableModel::EventsColumn,
          EndpointTableModel::DescriptionColumn, EndpointTableModel::UrlColumn}) {
        const QByteArray name =
            "sort by " + model.headerData(column, Qt::Horizontal).toString().toLower().toUtf8();
        timer.restart();
        proxy.sort(column, Qt::AscendingOrder);
        report(name.constData(), timer.nsecsElapsed());
    }
    timer.restart();
    proxy.sort(EndpointTableModel::UrlColumn, Qt::DescendingOrder);
    report("sort by url, descending", timer.nsecsElapsed());
    std::printf("  heap per endpoint, sorted: %.0f bytes\n", heapPerEndpoint());

    // Typing "hooks-42" one key at a time, then deleting it one key at a time.
    const QString typed = QStringLiteral("hooks-42");
    qint64 worstTyping = 0;
    qint64 worstTypingCpu = 0;
    for (int n = 1; n <= typed.size(); ++n) {
        timer.restart();
        proxy.setFilterText(typed.left(n));
        const qint64 ns = timer.nsecsElapsed();
        worstTyping = qMax(worstTyping, ns);
        worstTypingCpu = qMax(worstTypingCpu, timer.cpuNsecsElapsed());
        const QByteArray step = "type \"" + typed.left(n).toUtf8() + '"';
        report(step.constData(), ns, QStringLiteral("%1 visible").arg(proxy.rowCount()));
    }
    std::printf("  worst keystroke typing \"%s\": %.1f ms (cpu %.1f)\n", qPrintable(typed), worstTyping / 1e6,
                worstTypingCpu / 1e6);
    qint64 worstDeleting = 0;
    qint64 worstDeletingCpu = 0;
    for (int n = typed.size() - 1; n >= 1; --n) {
        timer.restart();
        proxy.setFilterText(typed.left(n));
        worstDeleting = qMax(worstDeleting, timer.nsecsElapsed());
        worstDeletingCpu = qMax(worstDeletingCpu, timer.cpuNsecsElapsed());
    }
    std::printf("  worst keystroke deleting back to \"h\": %.1f ms (cpu %.1f; %d visible)\n",
                worstDeleting / 1e6, worstDeletingCpu / 1e6, proxy.rowCount());
    proxy.setFilterText(typed);
    timer.restart();
    proxy.setFilterText({});
    report("clear text filter", timer.nsecsElapsed(), QStringLiteral("%1 visible").arg(proxy.rowCount()));

    timer.restart();
    proxy.setHealthFilter(EndpointFilterProxy::HealthFilter::Failing);
    report("filter health = failing", timer.nsecsElapsed(),
           QStringLiteral("%1 visible").arg(proxy.rowCount()));
    timer.restart();
    const int failing = proxy.visibleHealthCount(Health::Failing);
    report("visible health counts", timer.nsecsElapsed(), QStringLiteral("%1 failing").arg(failing));
    timer.restart();
    proxy.setHealthFilter(EndpointFilterProxy::HealthFilter::Any);
    report("filter health = any", timer.nsecsElapsed(), QStringLiteral("%1 visible").arg(proxy.rowCount()));

    timer.restart();
    Endpoint changed = *model.endpointAt(rows / 2);
    changed.failureCount = 99;
    model.updateEndpoint(changed);
    report("update one row (sorted, re-placed)", timer.nsecsElapsed());

    timer.restart();
    qint64 chars = 0;
    for (int row = 0; row < proxy.rowCount(); ++row)
        for (int column = 0; column < EndpointTableModel::AccountColumn + 1; ++column)
            chars += proxy.index(row, column).data().toString().size();
    report(
        "DisplayRole of every visible cell", timer.nsecsElapsed(),
        QStringLiteral("%1 cells").arg(qint64(proxy.rowCount()) * (EndpointTableModel::AccountColumn + 1)));

    timer.restart();
    QList<Endpoint> more;
    for (int i = rows; i < rows + batchSize; ++i)
        more << synthetic(i);
    model.appendEndpoints(more);
    report("append one batch into the sorted proxy", timer.nsecsElapsed());

    timer.restart();
    model.removeAccount(QStringLiteral("account-3"));
    report("remove one account (interleaved rows)", timer.nsecsElapsed(),
           QStringLiteral("%1 rows left").arg(model.rowCount()));

    timer.restart();
    model.clear();
    report("clear", timer.nsecsElapsed());
    return chars > 0 ? 0 : 1;
}
