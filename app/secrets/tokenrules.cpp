// TokenStore's keychain-free rule, in a file (and library) of its own: patchbay-cli checks the token
// of --provider with it without linking QtKeychain (see app/cli/clikeychain.h).

#include "secrets/tokenstore.h"

#include <algorithm>

bool TokenStore::isPlausibleToken(const QString &token)
{
    if (token.isEmpty() || token.size() > MaxTokenLength)
        return false;
    // Format characters (zero-width space, BOM) are invisible in a paste and break the header as surely.
    return std::none_of(token.cbegin(), token.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}
