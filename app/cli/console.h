#pragma once

#include "net/redactor.h"

#include <QString>

// stdout/stderr for patchbay-cli. Everything printed passes through redact() (the core's Redactor):
// the token and any secret the user handed in are replaced wherever they appear, in any of their
// escaped forms, even inside a server's message that echoes them back. Then through InertText::escape(): no
// control character, bidi override or other format character reaches the terminal raw (an ESC in a URL would
// otherwise retitle or clear it).
class Console
{
public:
    void addSecret(const QString &secret);
    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &utf8) const; // for bytes streamed out (an export)

    void out(const QString &text) const; // as given (add the newline yourself); only \n is kept
    void err(const QString &text) const; // one message: "patchbay-cli: " + text + newline, one line

    static constexpr const char *redactedText = Redactor::redactedText;

private:
    Redactor m_redactor;
};
