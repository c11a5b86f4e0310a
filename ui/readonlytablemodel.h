#pragma once

#include <QAbstractTableModel>

// The part every read-only table here shares: a fixed number of columns, flat rows that can be
// selected but never edited. Qt Core only.
class ReadOnlyTableModel : public QAbstractTableModel
{
public:
    ReadOnlyTableModel(int columns, QObject *parent) : QAbstractTableModel(parent), m_columns(columns) {}

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                               : Qt::NoItemFlags;
    }

private:
    int m_columns;
};
