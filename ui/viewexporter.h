#pragma once

#include "messagebanner.h"
#include "providers/endpointexport.h"

#include <QObject>

class EndpointTableModel;
class QAbstractProxyModel;
class QAction;
class QDate;
class QFileDialog;
class QSettings;
class QWidget;

// File → Export…: the endpoints the table shows (the filter proxy's rows, in view order, every
// filter applied) written as CSV or JSON by EndpointExport, with the fields and rules of
// `patchbay-cli endpoints export`. A file is written completely or not at all (QSaveFile).
// The rows are collected on the GUI thread, then serialised and written on a worker thread: at 100k
// rows that takes about a second, which would otherwise freeze the window. Meanwhile the action is
// disabled and statusChanged() says so. Closing the window meanwhile lets the file be finished (the
// application waits for the thread pool on exit); no result is reported then.
class ViewExporter : public QObject
{
    Q_OBJECT
public:
    // view maps onto model. settings (may be null) remembers the last directory.
    ViewExporter(QAbstractProxyModel *view, const EndpointTableModel *model, QSettings *settings,
                 QWidget *window);

    QAction *action() const { return m_action; }
    QList<Endpoint> visibleEndpoints() const;

    // "endpoints-YYYY-MM-DD.csv" (or .json).
    static QString defaultFileName(EndpointExport::Format format, const QDate &date);
    // The format a chosen file name asks for: its extension, else the dialog's filter.
    static EndpointExport::Format formatFor(const QString &path, EndpointExport::Format filterFormat);

public slots:
    // Asks where, then exportTo() there.
    void exportView();
    // Writes the visible endpoints to `path` in the background; reports through message(), exported()
    // and finished(). Ignored while an export runs.
    void exportTo(const QString &path, EndpointExport::Format format);

signals:
    void dialogOpened(QFileDialog *dialog); // tests drive the dialog through this
    void message(MessageBanner::Kind kind, const QString &text);
    void exported(const QString &path, int count);
    void statusChanged(const QString &text); // "Exporting…" while writing, then empty
    void finished();                         // after the result's message()

private:
    void report(const QString &path, int count, const QString &error);
    void updateEnabled();
    QString lastDirectory() const;

    QAbstractProxyModel *m_view;
    const EndpointTableModel *m_model;
    QSettings *m_settings;
    QWidget *m_window;
    QAction *m_action;
    bool m_exporting = false;
};
