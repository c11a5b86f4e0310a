#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Replaces known secrets (an account's token, a write-only value being sent) with "<redacted>" in
// anything meant for people: error messages, the request inspector, the journal, logs, the
// clipboard. Servers are untrusted and may echo a secret back (in a 401 body, a header, a URL), so
// each secret is also looked for in the forms it takes inside a JSON string and a URL.
class Redactor
{
public:
    static constexpr const char *redactedText = "<redacted>";
    static constexpr int minimumLength = 6; // shorter values are not looked for

    void addSecret(const QString &secret);
    void addSecrets(const QStringList &secrets);
    bool isEmpty() const { return m_bytes.isEmpty(); }

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &bytes) const;

private:
    QList<QByteArray> m_bytes; // every form of every secret, longest first
    QStringList m_texts;       // the same, as text
};
