#pragma once

#include <QString>

// Reads the first line of standard input (without its line break). When stdin is a terminal the
// prompt goes to stderr and echo is switched off, so a token or secret never shows on screen.
namespace StdinReader {
QString firstLine(const QString &promptIfTerminal, bool *ok);
}
