#pragma once

#include <QString>

// The keychain as patchbay-cli uses it: blocking calls on the tokens of named accounts (*error set
// on failure, never containing the token). The implementation (TokenStore, hence QtKeychain, QtDBus
// and libsecret) lives in a plugin, patchbay-cli-keychain.so, that KeychainLoader loads only when a
// command needs the keychain: `--provider` runs and `accounts list` never load those libraries.
class CliKeychain
{
public:
    virtual ~CliKeychain() = default;
    virtual QString readToken(const QString &account, QString *error) = 0;
    virtual bool writeToken(const QString &account, const QString &token, QString *error) = 0;
    virtual bool removeToken(const QString &account, QString *error) = 0;
};

// The plugin's one exported symbol: extern "C" CliKeychain *patchbay_cli_keychain_create();
// the caller owns the object and deletes it before unloading the plugin.
inline constexpr const char *cliKeychainFactorySymbol = "patchbay_cli_keychain_create";
using CliKeychainFactory = CliKeychain *(*)();
