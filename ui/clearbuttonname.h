#pragma once

#include <QAction>
#include <QLineEdit>

// QLineEdit's clear button is an unnamed tool button: screen readers announce just "button". Its
// action (Qt's internal object name, stable since Qt 5.2) gives the button its text and tooltip.
inline void nameClearButton(QLineEdit *edit, const QString &name)
{
    if (auto *action = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        action->setText(name);
        action->setToolTip(name);
    }
}
