#pragma once

class Keychain;

// patchbay-cli's keychain is TokenStore (hence QtKeychain, QtDBus and libsecret) in a plugin,
// patchbay-cli-keychain.so, that KeychainLoader loads only when a command needs the keychain:
// `--provider` runs and `accounts list` never load those libraries.
//
// The plugin's one exported symbol: extern "C" Keychain *patchbay_cli_keychain_create();
// the caller owns the object and deletes it before unloading the plugin.
inline constexpr const char *cliKeychainFactorySymbol = "patchbay_cli_keychain_create";
using CliKeychainFactory = Keychain *(*)();
