#pragma once

#include "core/endpoint.h"
#include "session/bulkoperation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;
class Workspace;

// Re-enable or disable many endpoints at once: first a confirmation that lists exactly what will
// be sent, then progress and a result per row. One failure never stops or hides the others.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT
public:
    BulkChangeDialog(Workspace *workspace, const QList<Endpoint> &endpoints, bool enable,
                     QWidget *parent = nullptr);

    int sendableCount() const { return m_items.size(); }
    int skippedCount() const { return m_skipped; }
    BulkOperation *operation() const { return m_operation; }

public slots:
    void send(); // what the confirm button does; public so tests can press it

private:
    void addRow(const Endpoint &endpoint, const QString &request, const QString &result);
    void showResult(int index);
    void finish();

    Workspace *m_workspace;
    bool m_enable;
    QList<BulkOperation::Item> m_items;
    QList<int> m_rowOfItem;
    int m_skipped = 0;
    BulkOperation *m_operation = nullptr;
    QLabel *m_summary;
    QLabel *m_warning;
    QLabel *m_lostNote; // re-enabling what a provider disabled clears its reason and count
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
};
