#pragma once

#include "net/exchange.h"

#include "readonlytablemodel.h"
#include <QList>

// The request inspector's table: one row per finished request, oldest first, bounded like a ring
// (the oldest row leaves with beginRemoveRows once capacity() is reached). Qt Core only.
// Bodies are bounded in bytes too: past bodyBudget() the oldest bodies are dropped (the row stays,
// marked), so a 1,000-page load cannot pin its whole reply in memory.
// Texts are computed once per row on append: data() only looks them up, and the exchange itself is
// already redacted upstream (ApiClient), so nothing here can show a token.
class ExchangeModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        AccountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        ExchangeRole = Qt::UserRole + 1, // QVariant holding the Exchange, any column
        SequenceRole,                    // quint64, any column
        FilterTextRole                   // lower-cased method, URL, status, account, any column
        // StatusToneRole (statustone.h): StatusTone as int, any column
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 2000;
    static constexpr qint64 DefaultBodyBudget = 8 * 1024 * 1024; // request + response bodies, bytes

    explicit ExchangeModel(QObject *parent = nullptr);
    ~ExchangeModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const Exchange &exchange); // evicts the oldest row first when full
    void clear();
    // Shrinking drops the oldest rows at once; at least 1.
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    const Exchange *exchangeAt(int row) const; // nullptr when out of range

    // Shrinking drops the oldest bodies at once; at least 0.
    void setBodyBudget(qint64 bytes);
    qint64 bodyBudget() const { return m_bodyBudget; }
    qint64 bodyBytes() const { return m_bodyBytes; } // what the kept bodies hold now
    // Whether the row's request / response body was dropped to stay within the budget (the exchange
    // then has an empty body where there was one).
    bool requestBodyDroppedAt(int row) const;
    bool responseBodyDroppedAt(int row) const;

private:
    struct Row
    {
        Exchange exchange;
        QString timeText;
        QString timeToolTip;
        QString urlText; // path + query: the part that differs between rows
        QString fullUrl; // tooltip, filter, and what "Copy URL" means
        QString statusText;
        QString durationText;
        QString filterText;
        int tone = 0;
        bool requestBodyDropped = false;
        bool responseBodyDropped = false;
    };
    Row makeRow(const Exchange &exchange) const;
    void evict(int count);
    void enforceBodyBudget();
    static qint64 bodySize(const Row &row);
    QVariant displayData(const Row &row, int column) const;
    QString statusToolTip(const Row &row) const;

    QList<Row> m_rows; // Qt 6 QList removes from the front in O(1)
    int m_capacity = DefaultCapacity;
    qint64 m_bodyBudget = DefaultBodyBudget;
    qint64 m_bodyBytes = 0;
    int m_firstWithBody = 0; // rows before it have no body left: dropping resumes here
};
