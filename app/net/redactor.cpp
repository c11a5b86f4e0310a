#include "net/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <algorithm>

namespace {

// The secret as it appears inside a JSON string ("/" may come back as "\/", quotes escaped).
QByteArray jsonEscaped(const QString &secret)
{
    const QByteArray array = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    return array.mid(2, array.size() - 4); // strip [" and "]
}

} // namespace

void Redactor::addSecret(const QString &secret)
{
    // Every occurrence is replaced, in replies too (before they are parsed): a very short value
    // ("u", "abc") would garble every text it appears in while hiding nothing a guess would not find.
    if (secret.size() < minimumLength)
        return;
    const QByteArray raw = secret.toUtf8();
    const QByteArray json = jsonEscaped(secret);
    QByteArray slashEscaped = json;
    slashEscaped.replace("/", "\\/");
    for (const QByteArray &form : {raw, json, slashEscaped, QUrl::toPercentEncoding(secret)}) {
        if (m_bytes.contains(form))
            continue;
        m_bytes << form;
        m_texts << QString::fromUtf8(form);
    }
    // Longest first, so a secret containing another is replaced whole.
    const auto longestFirst = [](const auto &a, const auto &b) { return a.size() > b.size(); };
    std::stable_sort(m_bytes.begin(), m_bytes.end(), longestFirst);
    std::stable_sort(m_texts.begin(), m_texts.end(), longestFirst);
}

void Redactor::addSecrets(const QStringList &secrets)
{
    for (const QString &secret : secrets)
        addSecret(secret);
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    for (const QString &form : m_texts)
        result.replace(form, QLatin1String(redactedText));
    return result;
}

QByteArray Redactor::redact(const QByteArray &bytes) const
{
    QByteArray result = bytes;
    for (const QByteArray &form : m_bytes)
        result.replace(form, redactedText);
    return result;
}
