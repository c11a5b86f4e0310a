#include "healthbadgedelegate.h"

#include "endpointtablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace {

// Padding inside the pill and the gap around it, in device-independent pixels.
constexpr int HPadding = 8;
constexpr int VPadding = 2;
constexpr int Margin = 4;
constexpr int IconGap = 4;

DisabledBy disabledByOf(const QModelIndex &index)
{
    const QVariant by = index.data(EndpointTableModel::DisabledByRole);
    return by.isValid() ? DisabledBy(by.toInt()) : DisabledBy::NotDisabled;
}

int iconSide(const QFontMetricsF &metrics)
{
    return int(std::ceil(metrics.ascent()));
}

} // namespace

int HealthBadgeDelegate::iconRoom(const QFont &font)
{
    return iconSide(QFontMetricsF(pillFont(font))) + IconGap;
}

void HealthBadgeDelegate::paintIcon(QPainter *painter, const QRectF &box, DisabledBy by, const QColor &color)
{
    const qreal s = box.width();
    const QPointF c = box.center();
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    switch (by) {
    case DisabledBy::Provider: { // a gear: the provider's machinery switched it off
        QPainterPath gear;
        gear.setFillRule(Qt::OddEvenFill);
        const qreal outer = s * 0.5;
        const qreal inner = s * 0.34;
        for (int tooth = 0; tooth < 8; ++tooth) {
            QPainterPath t;
            t.addRect(QRectF(-s * 0.1, -outer, s * 0.2, outer - inner + s * 0.05));
            gear.addPath(QTransform().translate(c.x(), c.y()).rotate(tooth * 45.0).map(t));
        }
        QPainterPath ring;
        ring.addEllipse(c, inner, inner);
        ring.addEllipse(c, s * 0.14, s * 0.14);
        gear = gear.united(ring);
        painter->drawPath(gear);
        break;
    }
    case DisabledBy::User: { // a person: head and shoulders
        painter->drawEllipse(QPointF(c.x(), box.top() + s * 0.27), s * 0.22, s * 0.22);
        QPainterPath body;
        body.moveTo(box.left() + s * 0.1, box.bottom());
        body.cubicTo(box.left() + s * 0.1, box.top() + s * 0.5, box.right() - s * 0.1, box.top() + s * 0.5,
                     box.right() - s * 0.1, box.bottom());
        body.closeSubpath();
        painter->drawPath(body);
        break;
    }
    case DisabledBy::Unknown: {
        QFont font = painter->font();
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(box, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case DisabledBy::NotDisabled:
        break;
    }
    painter->restore();
}

HealthBadgeDelegate::Colors HealthBadgeDelegate::colors(Health health)
{
    switch (health) {
    case Health::Active:
        return {QColor(0x1e, 0x7b, 0x34), Qt::white}; // green, 5.3:1
    case Health::Failing:
        return {QColor(0xf5, 0xa6, 0x23), QColor(0x1a, 0x1a, 0x1a)}; // amber with dark text, 9:1
    case Health::Disabled:
        return {QColor(0x61, 0x61, 0x61), Qt::white}; // grey, 6.2:1
    }
    return {Qt::gray, Qt::black};
}

HealthBadgeDelegate::HealthBadgeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QFont HealthBadgeDelegate::pillFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QRect HealthBadgeDelegate::pillRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetricsF metrics(pillFont(option.font));
    const QString text = index.data(Qt::DisplayRole).toString();
    // Rounded up, plus one pixel: an exact fit would make elidedText() cut the word.
    int textWidth = int(std::ceil(metrics.horizontalAdvance(text))) + 1;
    if (disabledByOf(index) != DisabledBy::NotDisabled)
        textWidth += iconSide(metrics) + IconGap;
    const int height = int(std::ceil(metrics.height())) + 2 * VPadding;
    const QRect cell = option.rect.adjusted(Margin, 0, -Margin, 0);
    QRect pill(0, 0, qMin(textWidth + 2 * HPadding, cell.width()), qMin(height, option.rect.height()));
    pill.moveTopLeft({cell.left(), cell.top() + (cell.height() - pill.height()) / 2});
    return pill;
}

void HealthBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant healthValue = index.data(EndpointTableModel::HealthRole);
    if (!healthValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The cell itself (background, selection highlight, focus) comes from the style, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    // Without text the style would highlight only an empty text rect: highlight the whole cell.
    opt.showDecorationSelected = true;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Colors c = colors(static_cast<Health>(healthValue.toInt()));
    const QRect pill = pillRect(option, index);
    const QFont font = pillFont(option.font);
    const qreal radius = pill.height() / 2.0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    // On a selected row, a ring in the highlight's text colour keeps the pill's edge visible.
    if (option.state & QStyle::State_Selected)
        painter->setPen(QPen(option.palette.color(QPalette::HighlightedText), 1.0));
    else
        painter->setPen(Qt::NoPen);
    painter->setBrush(c.background);
    painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    painter->setFont(font);
    painter->setPen(c.text);
    QRect textRect = pill.adjusted(HPadding, 0, -HPadding, 0);
    const DisabledBy by = disabledByOf(index);
    if (by != DisabledBy::NotDisabled) {
        const int side = iconSide(QFontMetricsF(font));
        if (textRect.width() >= side) { // a squeezed pill keeps the word's start rather than the icon
            const QRectF box(textRect.left(), textRect.top() + (textRect.height() - side) / 2.0, side, side);
            paintIcon(painter, box, by, c.text);
            textRect.setLeft(textRect.left() + side + IconGap);
        }
    }
    const QString text = QFontMetrics(font).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                       textRect.width());
    painter->drawText(textRect, Qt::AlignCenter, text);
    painter->restore();
}

QSize HealthBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, 10000, 10000); // measure the pill unconstrained
    const QRect pill = pillRect(opt, index);
    return {qMax(base.width(), pill.width() + 2 * Margin), qMax(base.height(), pill.height() + 2 * VPadding)};
}

bool HealthBadgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    // Tied to the cell: the tooltip closes when the pointer leaves it.
    QToolTip::showText(event->globalPos(), text, view->viewport(), option.rect);
    return true;
}
