#include "cli/console.h"

#include "core/inerttext.h"

#include <cstdio>

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::addSecret(const QString &secret)
{
    m_redactor.addSecret(secret);
}

QString Console::redact(const QString &text) const
{
    return m_redactor.redact(text);
}

QByteArray Console::redact(const QByteArray &utf8) const
{
    return m_redactor.redact(utf8);
}

void Console::out(const QString &text) const
{
    // Our own layout keeps its line breaks; CliOutput escaped the values' own (table cells, JSON).
    write(stdout, InertText::escape(redact(text), InertText::Newlines::Keep));
}

void Console::err(const QString &text) const
{
    // One message, one line: a newline inside a server's message must not start a fake one.
    write(stderr, QLatin1String("patchbay-cli: ") + InertText::escape(redact(text)) + QLatin1Char('\n'));
}
