#pragma once

#include <QString>
#include <QStringList>

// stdout/stderr for patchbay-cli. Everything printed passes through redact(): the token and any
// secret the user handed in are replaced wherever they appear, even inside a server's message
// that echoes them back.
class Console
{
public:
    void addSecret(const QString &secret);
    QString redact(const QString &text) const;

    void out(const QString &text) const; // as given (add the newline yourself)
    void err(const QString &text) const; // one message: "patchbay-cli: " + text + newline

    static constexpr const char *redactedText = "<redacted>";

private:
    QStringList m_secrets;
};
