#pragma once

#include <QObject>
#include <QString>
#include <functional>

// API tokens in the OS keychain (Secret Service via QtKeychain), one entry per account:
// attribute server = service, user = account name. There is no fallback: without a keychain every
// call fails with a message naming the cause, and nothing is written anywhere else. The token is
// never logged and never part of an error message.
//
// Callbacks run later from the event loop, never inside the call, and never after the store is
// destroyed.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &token, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>; // empty error = success

    static constexpr int MaxTokenLength = 4096;

    // Tests pass their own service so they never touch the user's entries.
    explicit TokenStore(const QString &service = QStringLiteral("Patchbay"), QObject *parent = nullptr);

    QString service() const { return m_service; }

    void readToken(const QString &account, ReadCallback done);
    void writeToken(const QString &account, const QString &token, DoneCallback done);
    // Removing an entry that does not exist is success.
    void removeToken(const QString &account, DoneCallback done);
    // For an account rename: read, write under the new name, then remove the old entry.
    // No entry under the old name is success (nothing to move).
    void moveToken(const QString &fromAccount, const QString &toAccount, DoneCallback done);

    // For the CLI: spin a local QEventLoop until the keychain answers. *error is set on failure.
    QString readTokenBlocking(const QString &account, QString *error = nullptr);
    bool writeTokenBlocking(const QString &account, const QString &token, QString *error = nullptr);
    bool removeTokenBlocking(const QString &account, QString *error = nullptr);

    // Non-empty, no whitespace or control characters, at most MaxTokenLength characters.
    static bool isPlausibleToken(const QString &token);

private:
    void read(const QString &account,
              std::function<void(const QString &token, const QString &error, bool notFound)> done);
    bool rejectAccount(const QString &account, const DoneCallback &done);
    void deliverLater(const DoneCallback &done, const QString &error);
    bool waitFor(const std::function<void(DoneCallback)> &start, QString *error);

    QString m_service;
};
