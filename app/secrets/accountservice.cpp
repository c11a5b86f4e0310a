#include "secrets/accountservice.h"

#include "secrets/accountstore.h"

#include <QPointer>
#include <QTimer>

QString AccountResult::message() const
{
    switch (outcome) {
    case Outcome::Done:
        return {};
    case Outcome::Refused:
        return error;
    case Outcome::KeychainFailed:
    case Outcome::SettingsFailed:
        return keychainRestored ? AccountService::tr("%1 The keychain was put back as it was.").arg(error)
                                : error;
    case Outcome::RollbackFailed:
        return AccountService::tr("%1 Putting the keychain back failed too. %2").arg(error, rollbackError);
    }
    return error;
}

namespace {

AccountResult failure(AccountResult::Outcome outcome, const QString &error)
{
    AccountResult result;
    result.outcome = outcome;
    result.error = error;
    return result;
}

} // namespace

AccountService::AccountService(AccountStore &store, Keychain &keychain, QObject *parent)
    : QObject(parent), m_store(store), m_keychain(keychain)
{}

// ---- checks -----------------------------------------------------------------------------------

QString AccountService::existsExactly(const QString &name) const
{
    // Exact: a case-insensitive match could change a different account.
    const std::optional<Account> found = m_store.find(name);
    if (!found || found->name != name)
        return AccountStore::tr("There is no account named “%1”.").arg(name);
    return {};
}

QString AccountService::tokenProblem(const QString &token) const
{
    if (Keychain::isPlausibleToken(token))
        return {};
    return tr("The token is empty, longer than %1 characters, or contains spaces or control characters.")
        .arg(Keychain::MaxTokenLength);
}

QString AccountService::checkAdd(const Account &account, const QString &token) const
{
    QString problem = m_store.check(account);
    if (!problem.isEmpty())
        return problem;
    // check() lets a save replace the account of exactly this name; adding never does.
    if (const std::optional<Account> existing = m_store.find(account.name))
        return AccountStore::tr("An account named “%1” already exists.").arg(existing->name);
    return tokenProblem(token);
}

QString AccountService::checkUpdate(const Account &account, const std::optional<QString> &token) const
{
    QString problem = existsExactly(account.name);
    if (problem.isEmpty())
        problem = m_store.check(account);
    if (problem.isEmpty() && token)
        problem = tokenProblem(*token);
    return problem;
}

QString AccountService::checkRename(const QString &oldName, const Account &account,
                                    const std::optional<QString> &token) const
{
    if (oldName == account.name)
        return checkUpdate(account, token);
    QString problem = existsExactly(oldName);
    if (problem.isEmpty())
        problem = m_store.check(account, oldName); // the new name is free (but for oldName itself)
    if (problem.isEmpty() && token)
        problem = tokenProblem(*token);
    return problem;
}

QString AccountService::checkRemove(const QString &name) const
{
    return existsExactly(name);
}

// ---- transactions -----------------------------------------------------------------------------

void AccountService::add(const Account &account, const QString &token, Callback done)
{
    if (const QString problem = checkAdd(account, token); !problem.isEmpty()) {
        refuseLater(done, problem);
        return;
    }
    const QString name = account.name;
    QPointer<AccountService> self(this);
    m_keychain.writeToken(name, token, [self, account, name, done](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            done(failure(AccountResult::Outcome::KeychainFailed, error));
            return;
        }
        self->commitSettings(
            [self, name] {
                const std::optional<Account> existing = self->m_store.find(name);
                return existing
                           ? AccountStore::tr("An account named “%1” already exists.").arg(existing->name)
                           : QString();
            },
            [self, account](QString *e) { return self->m_store.save(account, e); },
            [self, name](Keychain::DoneCallback undone) {
                self->m_keychain.removeToken(name, [name, undone](const QString &e) {
                    undone(e.isEmpty()
                               ? QString()
                               : tr("The token stays in the keychain under “%1” without an account: %2")
                                     .arg(name, e));
                });
            },
            done);
    });
}

void AccountService::update(const Account &account, const std::optional<QString> &token, Callback done)
{
    if (const QString problem = checkUpdate(account, token); !problem.isEmpty()) {
        refuseLater(done, problem);
        return;
    }
    const QString name = account.name;
    QPointer<AccountService> self(this);
    auto recheck = [self, name] { return self->existsExactly(name); };
    auto write = [self, account](QString *e) { return self->m_store.save(account, e); };
    if (!token) {
        // Only the settings change: nothing to undo in the keychain.
        QTimer::singleShot(
            0, this, [self, recheck, write, done] { self->commitSettings(recheck, write, nullptr, done); });
        return;
    }
    // The previous token is kept to put it back if the settings cannot be written.
    m_keychain.findToken(name, [self, name, token, recheck, write, done](const QString &previous,
                                                                         const QString &error, bool missing) {
        if (!self)
            return;
        if (!error.isEmpty() && !missing) {
            done(failure(AccountResult::Outcome::KeychainFailed, error));
            return;
        }
        self->m_keychain.writeToken(
            name, *token, [self, name, previous, missing, recheck, write, done](const QString &writeError) {
                if (!self)
                    return;
                if (!writeError.isEmpty()) {
                    done(failure(AccountResult::Outcome::KeychainFailed, writeError));
                    return;
                }
                auto undo = [self, name, previous, missing](Keychain::DoneCallback undone) {
                    auto report = [name, undone](const QString &e) {
                        undone(
                            e.isEmpty()
                                ? QString()
                                : tr("The keychain now holds the new token of “%1”, not the previous one: %2")
                                      .arg(name, e));
                    };
                    if (missing)
                        self->m_keychain.removeToken(name, report);
                    else
                        self->m_keychain.writeToken(name, previous, report);
                };
                self->commitSettings(recheck, write, undo, done);
            });
    });
}

void AccountService::rename(const QString &oldName, const Account &account,
                            const std::optional<QString> &token, Callback done)
{
    if (oldName == account.name) {
        update(account, token, std::move(done));
        return;
    }
    if (const QString problem = checkRename(oldName, account, token); !problem.isEmpty()) {
        refuseLater(done, problem);
        return;
    }
    QPointer<AccountService> self(this);
    m_keychain.findToken(oldName, [self, oldName, account, token, done](const QString &oldToken,
                                                                        const QString &error, bool missing) {
        if (!self)
            return;
        if (!error.isEmpty() && !missing) {
            done(failure(AccountResult::Outcome::KeychainFailed, error));
            return;
        }
        const std::optional<QString> stored = missing ? std::nullopt : std::optional<QString>(oldToken);
        self->moveAndRename(oldName, account, token ? token : stored, stored, done);
    });
}

void AccountService::moveAndRename(const QString &oldName, const Account &account,
                                   const std::optional<QString> &newToken,
                                   const std::optional<QString> &oldToken, const Callback &done)
{
    const QString newName = account.name;
    QPointer<AccountService> self(this);
    auto recheck = [self, oldName, newName] {
        QString problem = self->existsExactly(oldName);
        if (problem.isEmpty()) {
            const std::optional<Account> taken = self->m_store.find(newName);
            if (taken && taken->name != oldName)
                problem = AccountStore::tr("An account named “%1” already exists.").arg(taken->name);
        }
        return problem;
    };
    auto write = [self, oldName, account](QString *e) { return self->m_store.replace(oldName, account, e); };
    if (!newToken) { // no entry and no new token: only the settings move
        QTimer::singleShot(0, this, [self, recheck, write, done] {
            if (self)
                self->commitSettings(recheck, write, nullptr, done);
        });
        return;
    }
    auto removeNew = [self, newName](Keychain::DoneCallback undone) {
        if (!self) // called from a keychain answer: the service may be gone by then
            return;
        self->m_keychain.removeToken(newName, [newName, undone](const QString &e) {
            undone(e.isEmpty()
                       ? QString()
                       : tr("A copy of the token stays in the keychain under “%1”: %2").arg(newName, e));
        });
    };
    // Written under the new name before the old entry goes, so a failure never loses the token.
    m_keychain.writeToken(
        newName, *newToken,
        [self, oldName, newName, oldToken, recheck, write, removeNew, done](const QString &writeError) {
            if (!self)
                return;
            if (!writeError.isEmpty()) {
                done(failure(AccountResult::Outcome::KeychainFailed, writeError));
                return;
            }
            if (!oldToken) { // nothing under the old name: the new entry is all there is to undo
                self->commitSettings(recheck, write, removeNew, done);
                return;
            }
            self->m_keychain.removeToken(oldName, [self, oldName, newName, oldToken, recheck, write,
                                                   removeNew, done](const QString &removeError) {
                if (!self)
                    return;
                if (!removeError.isEmpty()) {
                    self->undoThenReport(AccountResult::Outcome::KeychainFailed, removeError, removeNew,
                                         done);
                    return;
                }
                // Put back: the old entry first (so the token is never lost), then drop the new one.
                auto undo = [self, oldName, newName, oldToken, removeNew](Keychain::DoneCallback undone) {
                    self->m_keychain.writeToken(
                        oldName, *oldToken, [oldName, newName, removeNew, undone](const QString &e) {
                            if (!e.isEmpty())
                                undone(
                                    tr("The token is now stored under “%1” only, while the account is still "
                                       "“%2”: %3")
                                        .arg(newName, oldName, e));
                            else
                                removeNew(undone);
                        });
                };
                self->commitSettings(recheck, write, undo, done);
            });
        });
}

void AccountService::remove(const QString &name, Callback done)
{
    if (const QString problem = checkRemove(name); !problem.isEmpty()) {
        refuseLater(done, problem);
        return;
    }
    QPointer<AccountService> self(this);
    // The token is kept to write it back if the settings cannot be written.
    m_keychain.findToken(name, [self, name, done](const QString &token, const QString &error, bool missing) {
        if (!self)
            return;
        if (!error.isEmpty() && !missing) {
            done(failure(AccountResult::Outcome::KeychainFailed, error));
            return;
        }
        auto recheck = [self, name] { return self->existsExactly(name); };
        auto write = [self, name](QString *e) { return self->m_store.remove(name, e); };
        if (missing) {
            self->commitSettings(recheck, write, nullptr, done);
            return;
        }
        self->m_keychain.removeToken(name, [self, name, token, recheck, write,
                                            done](const QString &removeError) {
            if (!self)
                return;
            if (!removeError.isEmpty()) {
                done(failure(AccountResult::Outcome::KeychainFailed, removeError));
                return;
            }
            auto undo = [self, name, token](Keychain::DoneCallback undone) {
                self->m_keychain.writeToken(name, token, [name, undone](const QString &e) {
                    undone(e.isEmpty() ? QString()
                                       : tr("The token of “%1” is gone from the keychain, but the account is "
                                            "still listed: %2")
                                             .arg(name, e));
                });
            };
            self->commitSettings(recheck, write, undo, done);
        });
    });
}

void AccountService::readToken(const QString &name, Keychain::ReadCallback done)
{
    m_keychain.readToken(name, std::move(done));
}

// ---- steps ------------------------------------------------------------------------------------

void AccountService::refuseLater(const Callback &done, const QString &problem)
{
    QTimer::singleShot(0, this, [done, problem] { done(failure(AccountResult::Outcome::Refused, problem)); });
}

void AccountService::commitSettings(const std::function<QString()> &recheck,
                                    const std::function<bool(QString *)> &write, const Undo &undo,
                                    const Callback &done)
{
    // Checked again: the names may have changed while the keychain was busy.
    QString error = recheck();
    if (error.isEmpty() && write(&error)) {
        emit accountsChanged();
        done(AccountResult());
        return;
    }
    if (!undo) {
        done(failure(AccountResult::Outcome::SettingsFailed, error));
        return;
    }
    undoThenReport(AccountResult::Outcome::SettingsFailed, error, undo, done);
}

void AccountService::undoThenReport(AccountResult::Outcome outcome, const QString &error, const Undo &undo,
                                    const Callback &done)
{
    QPointer<AccountService> self(this);
    undo([self, outcome, error, done](const QString &undoError) {
        if (!self)
            return;
        AccountResult result = failure(outcome, error);
        if (undoError.isEmpty()) {
            result.keychainRestored = true;
        } else {
            result.outcome = AccountResult::Outcome::RollbackFailed;
            result.rollbackError = undoError;
        }
        done(result);
    });
}
