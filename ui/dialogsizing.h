#pragma once

#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSize>
#include <QWidget>

// Dialogs open at the size their content asks for, never larger than the screen they open on:
// at a 1.5× or 2× scale factor a fixed pixel size pushes Save and Cancel below the screen.
// Whatever does not fit scrolls (the dialogs keep their long parts in scroll areas or views).
namespace DialogSizing {

// Room left for the window manager's title bar and borders around the dialog.
constexpr int FrameAllowance = 48;

inline QRect availableGeometry(const QWidget *dialog)
{
    const QWidget *anchor = dialog->parentWidget() ? dialog->parentWidget()->window() : dialog;
    QScreen *screen = anchor->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

// preferred: a comfortable size when the screen has room (in device-independent pixels).
inline void fitToScreen(QWidget *dialog, QSize preferred)
{
    const QRect available = availableGeometry(dialog);
    if (available.isEmpty()) {
        dialog->resize(preferred);
        return;
    }
    const QSize cap =
        (available.size() - QSize(FrameAllowance / 2, FrameAllowance)).expandedTo(QSize(200, 150));
    // An explicit minimum stops the layout from demanding more than the screen has.
    dialog->setMinimumSize(dialog->minimumSizeHint().boundedTo(cap));
    dialog->resize(preferred.expandedTo(dialog->sizeHint()).boundedTo(cap));
    // No move(): QDialog centres itself over its parent and keeps itself on the screen when shown.
}

} // namespace DialogSizing
