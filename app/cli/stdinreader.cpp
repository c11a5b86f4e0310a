#include "cli/stdinreader.h"

#include <QtGlobal>

#include <cstdio>
#include <optional>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
// Echo off for the lifetime of the object, restored even on an early return.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios silent = m_saved;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }

private:
    termios m_saved{};
    bool m_active = false;
};
#endif

} // namespace

namespace StdinReader {

QString firstLine(const QString &promptIfTerminal, bool *ok)
{
    bool terminal = false;
#ifdef Q_OS_UNIX
    terminal = ::isatty(STDIN_FILENO) == 1;
#endif
    if (terminal) {
        const QByteArray prompt = promptIfTerminal.toUtf8();
        std::fwrite(prompt.constData(), 1, static_cast<size_t>(prompt.size()), stderr);
        std::fflush(stderr);
    }
    std::string line;
    {
#ifdef Q_OS_UNIX
        std::optional<EchoOff> echoOff;
        if (terminal)
            echoOff.emplace();
#endif
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n')
            line.push_back(static_cast<char>(c));
        if (ok)
            *ok = !(line.empty() && c == EOF && std::ferror(stdin));
    }
    if (terminal)
        std::fputc('\n', stderr); // the user's Enter was not echoed
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace StdinReader
