#pragma once

#include "secrets/accountservice.h"

// AccountService for a program without a running event loop (patchbay-cli): each call spins a local
// QEventLoop until the transaction is over.
class BlockingAccountService
{
public:
    explicit BlockingAccountService(AccountService &service) : m_service(service) {}

    AccountResult add(const Account &account, const QString &token);
    AccountResult update(const Account &account, const std::optional<QString> &token);
    AccountResult rename(const QString &oldName, const Account &account, const std::optional<QString> &token);
    AccountResult remove(const QString &name);

private:
    AccountResult wait(const std::function<void(AccountService::Callback)> &start);

    AccountService &m_service;
};
