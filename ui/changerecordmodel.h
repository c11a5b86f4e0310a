#pragma once

#include "session/changerecord.h"

#include "readonlytablemodel.h"
#include <QList>

class ChangeJournal;

// The change journal as a table, newest first: one row per change the console sent. Qt Core only.
// Records are redacted by the session layer before they are journaled; this only shows them.
class ChangeRecordModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        AccountColumn,
        EndpointColumn,
        MethodColumn,
        ResultColumn,
        UndoColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RecordRole = Qt::UserRole + 1, // QVariant holding the ChangeRecord, any column
        SucceededRole,                 // bool, any column
        FilterTextRole                 // lower-cased account, endpoint, method, result, any column
        // StatusToneRole (statustone.h): StatusTone as int, any column
    };
    Q_ENUM(Role)

    explicit ChangeRecordModel(QObject *parent = nullptr);
    ~ChangeRecordModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Records in journal order (oldest first, as ChangeJournal::records() keeps them).
    void setRecords(const QList<ChangeRecord> &oldestFirst);
    void loadFrom(const ChangeJournal &journal);
    void addRecord(const ChangeRecord &record); // a new change: row 0
    void clear();

    const ChangeRecord *recordAt(int row) const; // nullptr when out of range
    // "Undo", "Redo", "Revert"; empty for a plain change (the Undo column).
    static QString kindText(ChangeRecord::Kind kind);

private:
    struct Row
    {
        ChangeRecord record;
        QString whenText;
        QString whenToolTip;
        QString endpointText;
        QString endpointToolTip;
        QString resultText;
        QString filterText;
        int tone = 0;
    };
    Row makeRow(const ChangeRecord &record) const;
    QVariant displayData(const Row &row, int column) const;

    QList<Row> m_rows; // newest first
};
