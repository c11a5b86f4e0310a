#include "accountlistdelegate.h"

#include "accountlistmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

// In device-independent pixels.
constexpr int HPadding = 10;
constexpr int VPadding = 7;
constexpr int LineGap = 3;
constexpr int Gap = 8;         // between the text column and the trailing count
constexpr int PillPadding = 7; // inside the pill, left and right
constexpr int PillGap = 6;     // between the provider and the pill

using LoadState = AccountListModel::LoadState;

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

int advance(const QFontMetrics &metrics, const QString &text)
{
    // Plus one pixel: an exact fit makes elidedText() cut the last letter.
    return metrics.horizontalAdvance(text) + 1;
}

QColor secondaryColor(const QStyleOptionViewItem &option, bool selected)
{
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    return AccountListDelegate::secondaryTextColor(option.palette, group, selected);
}

} // namespace

AccountListDelegate::AccountListDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

// Secondary text: the palette's own, softened towards the background so it reads as a second line.
QColor AccountListDelegate::secondaryTextColor(const QPalette &palette, QPalette::ColorGroup group,
                                               bool selected)
{
    if (selected)
        return palette.color(group, QPalette::HighlightedText);
    const QColor text = palette.color(group, QPalette::Text);
    const QColor base = palette.color(group, QPalette::Base);
    // 65 % text over the base keeps about 4.5:1 on the light and dark palettes (tst_badgecontrast).
    return QColor::fromRgbF(0.65f * text.redF() + 0.35f * base.redF(),
                            0.65f * text.greenF() + 0.35f * base.greenF(),
                            0.65f * text.blueF() + 0.35f * base.blueF());
}

double AccountListDelegate::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor AccountListDelegate::pillTextColor(const QColor &background)
{
    // A soft near-black reads nicer than black; pure black only where it is needed for 4.5:1.
    const QColor dark(0x1a, 0x1a, 0x1a);
    const QColor light(Qt::white);
    const double onDark = contrastRatio(background, dark);
    const double onLight = contrastRatio(background, light);
    if (qMax(onDark, onLight) < 4.5)
        return QColor(Qt::black);
    return onDark >= onLight ? dark : light;
}

QFont AccountListDelegate::nameFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::Bold);
    return font;
}

QFont AccountListDelegate::pillFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.85);
    else
        font.setPixelSize(qMax(9, int(base.pixelSize() * 0.85)));
    font.setWeight(QFont::DemiBold);
    return font;
}

AccountListDelegate::Layout AccountListDelegate::layout(const QStyleOptionViewItem &option,
                                                        const QModelIndex &index) const
{
    Layout l;
    const QFontMetrics nameMetrics(nameFont(option.font));
    const QFontMetrics metrics(option.font);
    const QFontMetrics pillMetrics(pillFont(option.font));
    const QRect content = option.rect.adjusted(HPadding, VPadding, -HPadding, -VPadding);

    const bool isAll = index.data(AccountListModel::IsAllRole).toBool();
    const auto state = static_cast<LoadState>(index.data(AccountListModel::LoadStateRole).toInt());
    const int count = index.data(AccountListModel::EndpointCountRole).toInt();

    // Trailing part first: the text column gets what is left.
    int trailingWidth = 0;
    switch (state) {
    case LoadState::Idle:
        break;
    case LoadState::Loading:
        l.trailingText = tr("loading…");
        break;
    case LoadState::Loaded:
        l.trailingText = QLocale().toString(count);
        break;
    case LoadState::Failed:
        l.warning = true;
        break;
    }
    if (l.warning)
        trailingWidth = metrics.height();
    else if (!l.trailingText.isEmpty())
        trailingWidth = advance(metrics, l.trailingText);
    if (trailingWidth > 0) {
        l.trailing =
            QRect(content.right() - trailingWidth + 1, content.top(), trailingWidth, content.height());
        if (l.warning) // a square marker, centred vertically
            l.trailing = QRect(l.trailing.left(), content.center().y() - trailingWidth / 2, trailingWidth,
                               trailingWidth);
    }
    if (const int attention = index.data(AccountListModel::AttentionCountRole).toInt(); attention > 0) {
        // Before the count, centred like it: the texts are elided first.
        l.attentionText = QLocale().toString(attention);
        const int width = advance(pillMetrics, l.attentionText) + 2 * PillPadding;
        const int height = pillMetrics.height() + 2;
        const int right = trailingWidth > 0 ? content.right() - trailingWidth - Gap / 2 : content.right();
        l.attention = QRect(right - width + 1, content.center().y() - height / 2, width, height);
        trailingWidth += width + (trailingWidth > 0 ? Gap / 2 : 0);
    }
    const int textWidth = qMax(0, content.width() - (trailingWidth > 0 ? trailingWidth + Gap : 0));

    l.name = QRect(content.left(), content.top(), textWidth, nameMetrics.height());
    const int pillHeight = pillMetrics.height() + 2;
    const int lineHeight = qMax(metrics.height(), pillHeight);
    const QRect line(content.left(), l.name.bottom() + 1 + LineGap, textWidth, lineHeight);

    if (isAll) {
        const int accounts = index.data(AccountListModel::AccountCountRole).toInt();
        l.secondaryText = accounts == 1 ? tr("1 account") : tr("%n accounts", nullptr, accounts);
        l.secondary = line;
        return l;
    }
    l.secondaryText = index.data(AccountListModel::ProviderRole).toString();
    const QString environment = index.data(AccountListModel::EnvironmentRole).toString();
    int providerWidth = qMin(advance(metrics, l.secondaryText), textWidth);
    if (!environment.isEmpty()) {
        // The pill may take up to 60 % of the line; the provider name is elided first.
        const int pillWidth = qMin(advance(pillMetrics, environment) + 2 * PillPadding, textWidth * 3 / 5);
        providerWidth = qMin(providerWidth, qMax(0, textWidth - pillWidth - PillGap));
        l.pill = QRect(line.left() + providerWidth + (providerWidth > 0 ? PillGap : 0),
                       line.top() + (line.height() - pillHeight) / 2, pillWidth, pillHeight);
    }
    l.secondary = QRect(line.left(), line.top(), providerWidth, line.height());
    return l;
}

QRect AccountListDelegate::pillRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layout(option, index).pill;
}

QRect AccountListDelegate::attentionRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layout(option, index).attention;
}

QColor AccountListDelegate::attentionBackground()
{
    return QColor(0xf5, 0xa6, 0x23);
}

QColor AccountListDelegate::attentionTextColor()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

QRect AccountListDelegate::trailingRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layout(option, index).trailing;
}

void AccountListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // Background, selection and focus come from the style, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.showDecorationSelected = true;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout l = layout(option, index);
    // A hairline sets "All accounts" apart from the accounts under it.
    if (index.data(AccountListModel::IsAllRole).toBool() && !(option.state & QStyle::State_Selected)) {
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1.0));
        painter->drawLine(option.rect.left() + HPadding, option.rect.bottom(), option.rect.right() - HPadding,
                          option.rect.bottom());
        painter->restore();
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = secondaryColor(option, selected);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    const QFont name = nameFont(option.font);
    painter->setFont(name);
    painter->setPen(textColor);
    painter->drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(name).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                    l.name.width()));

    painter->setFont(option.font);
    painter->setPen(secondary);
    if (l.secondary.width() > 0)
        painter->drawText(
            l.secondary, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(l.secondaryText, Qt::ElideRight, l.secondary.width()));

    if (!l.pill.isEmpty()) {
        QColor background(index.data(AccountListModel::ColorRole).toString());
        if (!background.isValid())
            background = QColor(AccountListModel::defaultColorName(QString()));
        const QRectF pill = QRectF(l.pill).adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = pill.height() / 2.0;
        // On a selected row, a ring keeps the pill's edge visible against the highlight.
        painter->setPen(selected ? QPen(option.palette.color(group, QPalette::HighlightedText), 1.0)
                                 : QPen(Qt::NoPen));
        painter->setBrush(background);
        painter->drawRoundedRect(pill, radius, radius);
        const QFont font = pillFont(option.font);
        painter->setFont(font);
        painter->setPen(pillTextColor(background));
        const QRect textRect = l.pill.adjusted(PillPadding, 0, -PillPadding, 0);
        painter->drawText(
            textRect, Qt::AlignCenter,
            QFontMetrics(font).elidedText(index.data(AccountListModel::EnvironmentRole).toString(),
                                          Qt::ElideRight, textRect.width()));
    }

    if (!l.attention.isEmpty()) {
        const QRectF pill = QRectF(l.attention).adjusted(0.5, 0.5, -0.5, -0.5);
        painter->setPen(selected ? QPen(option.palette.color(group, QPalette::HighlightedText), 1.0)
                                 : QPen(Qt::NoPen));
        painter->setBrush(attentionBackground());
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(pillFont(option.font));
        painter->setPen(attentionTextColor());
        painter->drawText(l.attention, Qt::AlignCenter, l.attentionText);
    }

    if (l.warning) {
        paintWarning(painter, l.trailing);
    } else if (!l.trailingText.isEmpty()) {
        const bool loading =
            static_cast<LoadState>(index.data(AccountListModel::LoadStateRole).toInt()) == LoadState::Loading;
        painter->setFont(option.font);
        painter->setPen(loading ? secondary : textColor);
        painter->drawText(l.trailing, Qt::AlignRight | Qt::AlignVCenter, l.trailingText);
    }
    painter->restore();
}

void AccountListDelegate::paintWarning(QPainter *painter, const QRect &rect)
{
    // An amber triangle with a dark "!": the shape carries the meaning, the colour only helps.
    const QRectF r = QRectF(rect).adjusted(1, 1.5, -1, -1);
    QPainterPath triangle;
    triangle.moveTo(r.center().x(), r.top());
    triangle.lineTo(r.right(), r.bottom());
    triangle.lineTo(r.left(), r.bottom());
    triangle.closeSubpath();
    painter->setPen(QPen(QColor(0x8a, 0x5a, 0x00), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(QColor(0xf5, 0xa6, 0x23));
    painter->drawPath(triangle);

    const QColor mark(0x1a, 0x1a, 0x1a);
    const qreal x = r.center().x();
    const qreal stroke = qMax<qreal>(1.5, r.width() / 9.0);
    painter->setPen(QPen(mark, stroke, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(x, r.top() + r.height() * 0.38), QPointF(x, r.top() + r.height() * 0.66));
    painter->drawPoint(QPointF(x, r.top() + r.height() * 0.82));
}

QSize AccountListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics nameMetrics(nameFont(option.font));
    const QFontMetrics pillMetrics(pillFont(option.font));
    const int line = qMax(option.fontMetrics.height(), pillMetrics.height() + 2);
    const int height = 2 * VPadding + nameMetrics.height() + LineGap + line;
    const int width = 2 * HPadding + advance(nameMetrics, index.data(Qt::DisplayRole).toString()) + Gap +
                      option.fontMetrics.horizontalAdvance(QStringLiteral("00,000"));
    return {qMax(width, 180), height};
}
