#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace AppIcon {

QIcon icon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 64.0, size / 64.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x3a, 0x5f));
        p.drawRoundedRect(QRectF(4, 4, 56, 56), 12, 12);
        QPen cable(QColor(0xe8, 0xee, 0xf6), 4, Qt::SolidLine, Qt::RoundCap);
        p.setPen(cable);
        p.setBrush(Qt::NoBrush);
        QPainterPath a(QPointF(18, 22));
        a.cubicTo(30, 22, 34, 42, 46, 42);
        QPainterPath b(QPointF(18, 42));
        b.cubicTo(30, 42, 34, 22, 46, 22);
        p.drawPath(a);
        p.drawPath(b);
        p.setPen(Qt::NoPen);
        const QPair<QPointF, QColor> jacks[] = {{{18, 22}, QColor(0x2e, 0xcc, 0x71)},
                                                {{18, 42}, QColor(0xf3, 0x9c, 0x12)},
                                                {{46, 22}, QColor(0xe8, 0xee, 0xf6)},
                                                {{46, 42}, QColor(0x95, 0xa5, 0xa6)}};
        for (const auto &jack : jacks) {
            p.setBrush(jack.second);
            p.drawEllipse(jack.first, 5, 5);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace AppIcon
