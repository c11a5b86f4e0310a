#pragma once

#include "core/health.h"

#include <QColor>
#include <QStyledItemDelegate>

// Paints the Health column as a rounded pill holding its word (never colour alone); a disabled one holds an
// icon for who disabled it before the word (a gear: the provider; a person; "?": unknown), drawn in the
// word's colour, so it keeps the word's contrast; the tooltip and the accessible text say it in words.
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
    // The room the who-disabled icon takes in a pill (icon and gap), for fitting the column.
    static int iconRoom(const QFont &font);

private:
    static QFont pillFont(const QFont &base);
    static void paintIcon(QPainter *painter, const QRectF &box, DisabledBy by, const QColor &color);
};
