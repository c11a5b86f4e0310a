#include "cli/console.h"

#include "core/inerttext.h"

#include <algorithm>
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
    if (secret.isEmpty() || m_secrets.contains(secret))
        return;
    m_secrets << secret;
    // Longest first, so a secret containing another is replaced whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Console::redact(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets)
        result.replace(secret, QLatin1String(redactedText));
    return result;
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
