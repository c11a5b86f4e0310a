#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

ColumnFitter::ColumnFitter(QTableView *view, int stretchColumn)
    : QObject(view), m_view(view), m_header(view->horizontalHeader()), m_viewport(view->viewport()),
      m_headerViewport(m_header->viewport()), m_stretchColumn(stretchColumn)
{
    m_header->setStretchLastSection(false);
    m_viewport->installEventFilter(this);
    m_headerViewport->installEventFilter(this);
    // A column shown or hidden from the header's menu changes what has to fit.
    connect(m_header, &QHeaderView::sectionCountChanged, this, &ColumnFitter::fit);
    connect(m_header, &QHeaderView::sectionResized, this, [this](int, int, int newSize) {
        if (m_applying || !m_userDragging)
            return;
        if (newSize > 0) // hiding a section resizes it to 0; that is not a drag
            setFitting(false);
    });
}

void ColumnFitter::setColumns(const QList<Column> &columns)
{
    m_columns = columns;
    fit();
}

void ColumnFitter::setFitting(bool fitting)
{
    if (fitting == m_fitting)
        return;
    m_fitting = fitting;
    emit fittingChanged(fitting);
    fit();
}

QList<int> ColumnFitter::widths(const QList<Column> &columns, int stretchColumn, int available)
{
    QList<int> result;
    int total = 0;
    for (const Column &column : columns) {
        result.append(column.preferred);
        total += column.preferred;
    }
    if (total <= available) {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).logicalIndex == stretchColumn)
                result[i] += available - total;
        return result;
    }
    QList<int> order;
    for (int i = 0; i < columns.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&columns](int a, int b) {
        return columns.at(a).shrinkOrder < columns.at(b).shrinkOrder;
    });
    int deficit = total - available;
    for (int i : order) {
        if (deficit <= 0)
            break;
        const int give = qMin(deficit, qMax(0, result.at(i) - columns.at(i).minimum));
        result[i] -= give;
        deficit -= give;
    }
    return result; // what still does not fit scrolls
}

void ColumnFitter::fit()
{
    if (!m_fitting || m_columns.isEmpty())
        return;
    QList<Column> visible;
    for (const Column &column : std::as_const(m_columns))
        if (!m_header->isSectionHidden(column.logicalIndex))
            visible.append(column);
    // The viewport excludes the vertical scroll bar when it shows; leave room for it anyway so that a
    // scroll bar appearing after a refresh does not push the last column out.
    int available = m_view->viewport()->width();
    if (!m_view->verticalScrollBar()->isVisible())
        available -= m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const QList<int> sizes = widths(visible, m_stretchColumn, qMax(0, available));
    m_applying = true;
    for (int i = 0; i < visible.size(); ++i)
        m_header->resizeSection(visible.at(i).logicalIndex, sizes.at(i));
    m_applying = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress)
            m_userDragging = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_userDragging = false;
        else if (event->type() == QEvent::MouseButtonDblClick)
            m_userDragging = true; // a double-click on an edge sizes the column to its contents
    }
    return QObject::eventFilter(watched, event);
}
