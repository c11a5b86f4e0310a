#pragma once

#include <QString>
#include <functional>

class QObject;

// Asks the Secret Service directly which entries exist for (service, account), locked or not.
// Needed because QtKeychain 0.13 reports a locked entry whose unlock prompt failed as "not found",
// and deleting it as success. Internal to TokenStore.
namespace SecretService {

struct Presence
{
    bool known = false; // false: no answer (no bus, no service): rely on QtKeychain's result
    int unlocked = 0;
    int locked = 0;
};

// done runs later, in context's thread, unless context is destroyed first.
void findEntries(const QString &service, const QString &account, QObject *context,
                 std::function<void(const Presence &)> done);

} // namespace SecretService
