#pragma once

#include <QStyledItemDelegate>

// Plain text cells elided at the end ("job.completed, post.pub…"): the view's middle elision
// suits URLs, where both ends matter, but reads badly for lists and dates.
class ElideRightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};
