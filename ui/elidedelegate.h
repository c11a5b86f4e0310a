#pragma once

#include <QStyledItemDelegate>

// Plain text cells elided at the end ("job.completed, post.pub…"). URLs too: their scheme and host,
// which tell endpoints apart, come first; middle elision hid the host.
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
