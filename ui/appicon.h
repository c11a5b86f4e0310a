#pragma once

#include <QIcon>

// The application icon (the design of resources/icons/patchbay.svg), painted at every size so
// no image plugin is needed.
namespace AppIcon {
QIcon icon();
}
