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
    // Asks where, writes the visible endpoints there and reports through message().
    void exportView();

signals:
    void dialogOpened(QFileDialog *dialog); // tests drive the dialog through this
    void message(MessageBanner::Kind kind, const QString &text);
    void exported(const QString &path, int count);

private:
    bool write(const QString &path, EndpointExport::Format format, int *count, QString *error) const;
    void updateEnabled();
    QString lastDirectory() const;

    QAbstractProxyModel *m_view;
    const EndpointTableModel *m_model;
    QSettings *m_settings;
    QWidget *m_window;
    QAction *m_action;
};
