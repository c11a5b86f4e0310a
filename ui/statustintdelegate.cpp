#include "statustintdelegate.h"

#include "statustone.h"

#include <QPalette>

QColor StatusTintDelegate::toneColour(StatusTone tone, const QPalette &palette)
{
    const bool darkPalette = palette.color(QPalette::Base).lightness() < 128;
    switch (tone) {
    case StatusTone::Success:
        return darkPalette ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case StatusTone::Warning:
        return darkPalette ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x4f, 0x00);
    case StatusTone::Failure:
        return darkPalette ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case StatusTone::Neutral:
        break;
    }
    return {};
}

StatusTintDelegate::StatusTintDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void StatusTintDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideRight; // an error reads from its start ("timeout: …")
    const QVariant tone = index.data(StatusToneRole);
    if (!tone.isValid() || option->state.testFlag(QStyle::State_Selected))
        return;
    const QColor colour = toneColour(StatusTone(tone.toInt()), option->palette);
    if (!colour.isValid())
        return;
    option->palette.setColor(QPalette::Text, colour);
    if (StatusTone(tone.toInt()) != StatusTone::Success)
        option->font.setBold(true); // a second, non-colour cue for the rows worth a look
}
