#pragma once

#include "core/health.h"

#include <QColor>
#include <QStyledItemDelegate>

// Paints the Health column as a rounded pill holding its word (never colour alone).
// The word comes from the model's DisplayRole and the colour from HealthRole; everything is drawn
// as vectors each time, so it is sharp at any device pixel ratio and needs no per-row widget or cache.
class HealthBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Colors
    {
        QColor background;
        QColor text;
    };
    // Pill colours per health; each pair keeps a text contrast of at least 4.5:1 (WCAG AA).
    static Colors colors(Health health);

    explicit HealthBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Where the pill goes inside a cell, for painting and tests.
    QRect pillRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    static QFont pillFont(const QFont &base);
};
