// patchbay-cli-keychain.so: the CLI's keychain (see clikeychain.h), TokenStore behind the plugin's
// single entry point, so that only runs that need a token from the keychain load QtKeychain.

#include "cli/clikeychain.h"
#include "secrets/tokenstore.h"

extern "C" Q_DECL_EXPORT Keychain *patchbay_cli_keychain_create()
{
    return new TokenStore;
}
