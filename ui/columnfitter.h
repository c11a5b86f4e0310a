#pragma once

#include <QList>
#include <QObject>

class QHeaderView;
class QTableView;

// Fits a table's visible columns into its viewport, so that a narrow window (a laptop at 2×, a German
// header) shows as many whole columns as it can instead of hiding the last ones behind a horizontal
// scroll bar. Spare width goes to the stretch column; a shortfall is taken from the columns in their
// shrink order, each down to its minimum. Once the user drags a column edge, their widths win: fitting
// stops until resetToFit().
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    struct Column
    {
        int logicalIndex = 0;
        int preferred = 100; // its width when there is room
        int minimum = 60;    // never narrower than this when fitting
        int shrinkOrder = 0; // lower shrinks first; equal minimum and preferred never shrinks
    };

    ColumnFitter(QTableView *view, int stretchColumn);

    void setColumns(const QList<Column> &columns); // refits
    bool isFitting() const { return m_fitting; }
    void setFitting(bool fitting); // false: keep whatever widths the sections have now
    void fit();

    // The widths `columns` get in `available` pixels (visible columns only, in the order given).
    static QList<int> widths(const QList<Column> &columns, int stretchColumn, int available);

signals:
    void fittingChanged(bool fitting);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    QHeaderView *m_header;
    // Kept from construction: the filter must not call into a view that is being destroyed.
    QObject *m_viewport;
    QObject *m_headerViewport;
    int m_stretchColumn;
    QList<Column> m_columns;
    bool m_fitting = true;
    bool m_applying = false; // our own resizeSection() calls are not the user's
    bool m_userDragging = false;
};
