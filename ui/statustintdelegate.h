#pragma once

#include "statustone.h"

#include <QStyledItemDelegate>

// Tints the text of a status cell from the model's StatusToneRole (statustone.h), in colours that
// stay readable on light and dark palettes. Only the colour changes: the text already says
// "200", "404" or the error, so the hint is never colour alone. Selected rows keep the palette's
// highlighted text colour for contrast.
class StatusTintDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusTintDelegate(QObject *parent = nullptr);

    // The text colour for a tone on this palette's Base (light or dark); invalid for Neutral.
    static QColor toneColour(StatusTone tone, const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
