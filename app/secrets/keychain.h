#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

// The tokens of named accounts in a keychain, asynchronously. Implementations: TokenStore (QtKeychain)
// and, in patchbay-cli, KeychainLoader (the same TokenStore in a plugin loaded on first use).
//
// Contract for implementations: callbacks run later from the event loop, never inside the call, and
// never after the keychain is destroyed; an error text never contains the token.
class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
public:
    using DoneCallback = std::function<void(const QString &error)>; // empty error = success
    using ReadCallback = std::function<void(const QString &token, const QString &error)>;
    // missing: no entry for the account (then error says so too); any other failure has missing = false.
    using FindCallback = std::function<void(const QString &token, const QString &error, bool missing)>;

    static constexpr int MaxTokenLength = 4096;

    Keychain() = default;
    virtual ~Keychain() = default;
    Keychain(const Keychain &) = delete;
    Keychain &operator=(const Keychain &) = delete;

    virtual void findToken(const QString &account, FindCallback done) = 0;
    virtual void writeToken(const QString &account, const QString &token, DoneCallback done) = 0;
    // Removing an entry that does not exist is success.
    virtual void removeToken(const QString &account, DoneCallback done) = 0;

    // findToken, with a missing entry reported as an error.
    void readToken(const QString &account, ReadCallback done);

    // For the CLI and tests: spin a local QEventLoop until the keychain answers. *error is set on failure.
    QString readTokenBlocking(const QString &account, QString *error = nullptr);
    bool writeTokenBlocking(const QString &account, const QString &token, QString *error = nullptr);
    bool removeTokenBlocking(const QString &account, QString *error = nullptr);

    // Non-empty, no whitespace, control or format characters, at most MaxTokenLength characters.
    static bool isPlausibleToken(const QString &token);
};
