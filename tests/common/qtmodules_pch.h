// The Qt headers every test reads, precompiled once and shared by all of them (tests/CMakeLists.txt).
// Only whole Qt modules, no project header (they change often). QtTest itself stays out: its headers
// test per-target macros (QT_TESTCASE_BUILDDIR, QT_WIDGETS_LIB), which one shared header cannot match.
#include <QtCore/QtCore>
#include <QtGui/QtGui>
#include <QtNetwork/QtNetwork>
#include <QtWidgets/QtWidgets>
