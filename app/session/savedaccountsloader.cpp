#include "session/savedaccountsloader.h"

#include "secrets/accountservice.h"
#include "secrets/accountstore.h"
#include "session/workspace.h"

#include <QPointer>
#include <QTimer>

SavedAccountsLoader::SavedAccountsLoader(AccountService *accounts, Workspace *workspace, QObject *parent)
    : QObject(parent), m_accounts(accounts), m_workspace(workspace)
{}

void SavedAccountsLoader::start()
{
    const QList<Account> accounts = m_accounts->store().list();
    if (accounts.isEmpty()) {
        QTimer::singleShot(0, this, &SavedAccountsLoader::finished);
        return;
    }
    m_pending += int(accounts.size());
    QPointer<SavedAccountsLoader> self(this);
    for (const Account &account : accounts) {
        // The account shows at once; its endpoints follow once the keychain hands over the token.
        m_workspace->setAccount(account, QString());
        m_accounts->readToken(account.name, [self, account](const QString &token, const QString &error) {
            if (!self)
                return;
            if (!error.isEmpty())
                emit self->keychainFailed(account.name, error);
            else if (self->m_workspace->hasAccount(account.name)) { // not removed meanwhile
                self->m_workspace->setAccount(account, token);
                self->m_workspace->refresh(account.name);
            }
            if (--self->m_pending == 0)
                emit self->finished();
        });
    }
}
