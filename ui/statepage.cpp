#include "statepage.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

StatePage::StatePage(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel), m_title(new QLabel), m_detail(new QLabel),
      m_progress(new QProgressBar), m_action(new QPushButton)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    for (QLabel *label : {m_icon, m_title, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    // Text can be selected (and so focused); the icon only decorates and must not take focus unnamed.
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_detail->setMaximumWidth(640);
    layout->setAlignment(m_detail, Qt::AlignHCenter);
    m_progress->setRange(0, 0); // busy: paged loads do not know their total in advance
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading progress"));
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    m_action->setAccessibleName(tr("State action"));
    connect(m_action, &QPushButton::clicked, this, &StatePage::actionTriggered);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void StatePage::showEmpty(const QString &title, const QString &detail, const QString &actionText)
{
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(40, 40));
    m_title->setText(title);
    m_detail->setText(detail);
    m_progress->hide();
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

void StatePage::showLoading(const QString &title, const QString &detail)
{
    m_icon->clear();
    m_title->setText(title);
    m_detail->setText(detail);
    m_progress->show();
    m_action->hide();
}

void StatePage::showError(const QString &title, const QString &detail, const QString &actionText)
{
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    m_title->setText(title);
    m_detail->setText(detail);
    m_progress->hide();
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

QString StatePage::title() const
{
    return m_title->text();
}

QString StatePage::detail() const
{
    return m_detail->text();
}
