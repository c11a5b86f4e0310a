#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel), m_close(new QToolButton)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // server messages: "<b>…" or "<img …>" stay text
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    // Words carry the meaning; the colour only supports it.
    static const char *styles[] = {
        "MessageBanner { background: #e8f1fb; border: 1px solid #9cc3ea; border-radius: 4px; }",
        "MessageBanner { background: #e6f4ea; border: 1px solid #8fcf9f; border-radius: 4px; }",
        "MessageBanner { background: #fdecea; border: 1px solid #f1a29b; border-radius: 4px; }",
    };
    setStyleSheet(QString::fromLatin1(styles[int(kind)]));
    m_label->setText(text);
    m_label->setAccessibleDescription(text);
    show();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}
