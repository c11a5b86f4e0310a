#include "messagebanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel), m_close(new QToolButton)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // server messages: "<b>…" or "<img …>" stay text
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setAccessibleName(tr("Message"));
    restyle();
    hide();
}

namespace {

// The style's close icon is dark on every palette: drawn here in the banner's own text colour, so it
// shows on the dark tints too.
QIcon closeIcon(const QColor &colour, qreal devicePixelRatio)
{
    constexpr int Size = 16;
    QPixmap pixmap(QSize(Size, Size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(4.5, 4.5), QPointF(11.5, 11.5));
    painter.drawLine(QPointF(11.5, 4.5), QPointF(4.5, 11.5));
    return QIcon(pixmap);
}

} // namespace

MessageBanner::Colors MessageBanner::colors(Kind kind, const QPalette &palette)
{
    // Words carry the meaning; the colour only supports it.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (kind) {
    case Kind::Info:
        return dark ? Colors{QColor(0x1c, 0x2e, 0x40), QColor(0x3d, 0x6a, 0x96), QColor(0xee, 0xee, 0xee)}
                    : Colors{QColor(0xe8, 0xf1, 0xfb), QColor(0x9c, 0xc3, 0xea), QColor(0x1a, 0x1a, 0x1a)};
    case Kind::Success:
        return dark ? Colors{QColor(0x1b, 0x33, 0x24), QColor(0x3f, 0x7a, 0x52), QColor(0xee, 0xee, 0xee)}
                    : Colors{QColor(0xe6, 0xf4, 0xea), QColor(0x8f, 0xcf, 0x9f), QColor(0x1a, 0x1a, 0x1a)};
    case Kind::Error:
        break;
    }
    return dark ? Colors{QColor(0x42, 0x1f, 0x1f), QColor(0xa1, 0x4b, 0x45), QColor(0xee, 0xee, 0xee)}
                : Colors{QColor(0xfd, 0xec, 0xea), QColor(0xf1, 0xa2, 0x9b), QColor(0x1a, 0x1a, 0x1a)};
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    restyle();
    m_label->setText(text);
    m_label->setAccessibleDescription(text);
    show();
}

void MessageBanner::restyle()
{
    // The application's palette decides light or dark: this widget's own is the style sheet's.
    const Colors c = colors(m_kind, QApplication::palette());
    const QString sheet =
        QStringLiteral("MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       " MessageBanner QLabel { color: %3; }")
            .arg(c.background.name(), c.border.name(), c.text.name());
    if (sheet != styleSheet()) // an unchanged sheet would only repolish
        setStyleSheet(sheet);
    m_close->setIcon(closeIcon(c.text, devicePixelRatioF()));
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        restyle(); // the theme switched while the message shows
    QFrame::changeEvent(event);
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}
