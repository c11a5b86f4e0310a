#pragma once

#include <QDialog>

class ChangeRecordModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class Workspace;
struct ChangeRecord;

// The change journal, non-modal: every change the console sent, newest first, with the body sent
// for the selected one, and Revert to send the selected change back. Filled from the workspace's journal and
// kept live by changeRecorded.
class ChangeJournalDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangeJournalDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ChangeJournalDialog() override;

    ChangeRecordModel *model() const { return m_model; }
    const ChangeRecord *selectedRecord() const; // nullptr when no row is selected

    QPushButton *revertButton() const { return m_revert; }

public slots:
    void reload(); // re-reads the workspace's journal (what it holds in memory)

signals:
    // "Revert" on the selected entry: the window sends it back (EndpointActions::revert).
    void revertRequested(const ChangeRecord &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void showDetail(const QModelIndex &proxyIndex);
    void updateCount();

    Workspace *m_workspace;
    ChangeRecordModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailTitle = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_copyBody = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_close = nullptr;
};
