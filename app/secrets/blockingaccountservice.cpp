#include "secrets/blockingaccountservice.h"

#include "secrets/localwait.h"

#include <memory>

AccountResult BlockingAccountService::wait(const std::function<void(AccountService::Callback)> &start)
{
    auto result = std::make_shared<AccountResult>();
    // A transaction is at most four keychain calls (a rename that is undone).
    const bool finished = LocalWait::run(
        [&start, result](std::function<void()> finish) {
            start([result, finish](const AccountResult &r) {
                *result = r;
                finish();
            });
        },
        4 * LocalWait::KeychainTimeoutMs);
    if (!finished) {
        result->outcome = AccountResult::Outcome::KeychainFailed;
        result->error = Keychain::tr("The keychain did not answer within %1 seconds.")
                            .arg(4 * LocalWait::KeychainTimeoutMs / 1000);
    }
    return *result;
}

AccountResult BlockingAccountService::add(const Account &account, const QString &token)
{
    return wait([&](AccountService::Callback done) { m_service.add(account, token, std::move(done)); });
}

AccountResult BlockingAccountService::update(const Account &account, const std::optional<QString> &token)
{
    return wait([&](AccountService::Callback done) { m_service.update(account, token, std::move(done)); });
}

AccountResult BlockingAccountService::rename(const QString &oldName, const Account &account,
                                             const std::optional<QString> &token)
{
    return wait(
        [&](AccountService::Callback done) { m_service.rename(oldName, account, token, std::move(done)); });
}

AccountResult BlockingAccountService::remove(const QString &name)
{
    return wait([&](AccountService::Callback done) { m_service.remove(name, std::move(done)); });
}
