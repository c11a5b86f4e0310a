// patchbay-cli-keychain.so: the CLI's keychain (see clikeychain.h), TokenStore behind the plugin's
// single entry point, so that only runs that need a token from the keychain load QtKeychain.

#include "cli/clikeychain.h"
#include "secrets/tokenstore.h"

namespace {

class TokenStoreKeychain final : public CliKeychain
{
public:
    QString readToken(const QString &account, QString *error) override
    {
        return m_store.readTokenBlocking(account, error);
    }
    bool writeToken(const QString &account, const QString &token, QString *error) override
    {
        return m_store.writeTokenBlocking(account, token, error);
    }
    bool removeToken(const QString &account, QString *error) override
    {
        return m_store.removeTokenBlocking(account, error);
    }

private:
    TokenStore m_store;
};

} // namespace

extern "C" Q_DECL_EXPORT CliKeychain *patchbay_cli_keychain_create()
{
    return new TokenStoreKeychain;
}
