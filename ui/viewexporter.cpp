#include "viewexporter.h"

#include "dialogsizing.h"
#include "endpointtablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

namespace {

const char *const DirectoryKey = "export/directory";

QString suffixOf(EndpointExport::Format format)
{
    return format == EndpointExport::Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

} // namespace

ViewExporter::ViewExporter(QAbstractProxyModel *view, const EndpointTableModel *model, QSettings *settings,
                           QWidget *window)
    : QObject(window), m_view(view), m_model(model), m_settings(settings), m_window(window),
      m_action(new QAction(tr("&Export…"), this))
{
    // Ctrl+E enables an endpoint; Ctrl+Shift+E is free in the window and means Export in many programs.
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setStatusTip(tr("Save the endpoints shown, with the filters applied, as CSV or JSON"));
    m_action->setToolTip(m_action->statusTip());
    connect(m_action, &QAction::triggered, this, &ViewExporter::exportView);
    // Nothing to export from an empty view.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_view, signal, this, &ViewExporter::updateEnabled);
    connect(m_view, &QAbstractItemModel::modelReset, this, &ViewExporter::updateEnabled);
    connect(m_view, &QAbstractItemModel::layoutChanged, this, &ViewExporter::updateEnabled);
    updateEnabled();
}

void ViewExporter::updateEnabled()
{
    m_action->setEnabled(!m_exporting && m_view->rowCount() > 0);
}

QList<Endpoint> ViewExporter::visibleEndpoints() const
{
    QList<Endpoint> endpoints;
    const int rows = m_view->rowCount();
    endpoints.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex source = m_view->mapToSource(m_view->index(row, 0));
        // Without the raw reply, which an export never writes: the collection stalls the GUI thread.
        if (std::optional<Endpoint> endpoint = m_model->endpointAt(source.row(), EndpointRow::Raw::Omit))
            endpoints << std::move(*endpoint);
    }
    return endpoints;
}

QString ViewExporter::defaultFileName(EndpointExport::Format format, const QDate &date)
{
    return QStringLiteral("endpoints-%1.%2").arg(date.toString(Qt::ISODate), suffixOf(format));
}

EndpointExport::Format ViewExporter::formatFor(const QString &path, EndpointExport::Format filterFormat)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return EndpointExport::Format::Json;
    if (suffix == QLatin1String("csv"))
        return EndpointExport::Format::Csv;
    return filterFormat;
}

QString ViewExporter::lastDirectory() const
{
    const QString saved = m_settings ? m_settings->value(QLatin1String(DirectoryKey)).toString() : QString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void ViewExporter::exportView()
{
    if (m_exporting || m_view->rowCount() == 0)
        return;
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QFileDialog dialog(m_window, tr("Export endpoints"));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAccessibleName(tr("Export endpoints"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({csvFilter, jsonFilter});
    dialog.setDirectory(lastDirectory());
    dialog.setDefaultSuffix(suffixOf(EndpointExport::Format::Csv));
    dialog.selectFile(defaultFileName(EndpointExport::Format::Csv, QDate::currentDate()));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, jsonFilter](const QString &filter) {
        const auto format = filter == jsonFilter ? EndpointExport::Format::Json : EndpointExport::Format::Csv;
        dialog.setDefaultSuffix(suffixOf(format));
    });
    DialogSizing::fitToScreen(&dialog,
                              QSize(760, 480)); // Qt's own dialog opens cramped; a native one ignores it
    emit dialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const auto filterFormat = dialog.selectedNameFilter() == jsonFilter ? EndpointExport::Format::Json
                                                                        : EndpointExport::Format::Csv;
    exportTo(path, formatFor(path, filterFormat));
}

void ViewExporter::exportTo(const QString &path, EndpointExport::Format format)
{
    if (m_exporting)
        return;
    // The rows as the view shows them now, copied on the GUI thread that owns the model (100k rows:
    // 30-50 ms): from here on the worker reads only its own copies, whatever happens to the model.
    const QList<Endpoint> endpoints = visibleEndpoints();
    m_exporting = true;
    updateEnabled();
    emit statusChanged(tr("Exporting…"));
    // The error text, empty when the file was written. QSaveFile: a temporary file beside the target,
    // renamed over it only when everything was written, so a failure leaves the old file (or none).
    auto promise = std::make_shared<QPromise<QString>>();
    auto *watcher = new QFutureWatcher<QString>(this); // deleted with this: then no result is reported
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, path, count = int(endpoints.size())] {
                watcher->deleteLater();
                report(path, count, watcher->result());
            });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, format, endpoints] {
        QSaveFile file(path);
        const bool written = file.open(QIODevice::WriteOnly) &&
                             EndpointExport::write(endpoints, format, &file) && file.commit();
        promise->addResult(written ? QString() : file.errorString());
        promise->finish();
    });
}

void ViewExporter::report(const QString &path, int count, const QString &error)
{
    m_exporting = false;
    updateEnabled();
    emit statusChanged(QString());
    if (!error.isNull()) {
        emit message(MessageBanner::Kind::Error,
                     tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), error));
        emit finished();
        return;
    }
    if (m_settings)
        m_settings->setValue(QLatin1String(DirectoryKey), QFileInfo(path).absolutePath());
    // English needs no .qm for its plural: the one-endpoint text is its own string.
    const QString where = QDir::toNativeSeparators(path);
    emit message(MessageBanner::Kind::Success,
                 count == 1 ? tr("Exported 1 endpoint to %1.").arg(where)
                            : tr("Exported %n endpoints to %1.", nullptr, count).arg(where));
    emit exported(path, count);
    emit finished();
}
