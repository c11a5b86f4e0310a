#include "secrets/tokenstore.h"

#include "secrets/secretservice.h"

#include <QTimer>
#include <algorithm>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {

void configure(QKeychain::Job *job, const QString &account)
{
    job->setAutoDelete(true);
    // Explicit, although it is the default: a plaintext copy of a production token is never acceptable.
    job->setInsecureFallback(false);
    job->setKey(account);
}

// errorString() carries the backend's cause (no bus, no collection, locked…); the token never does.
QString describe(const QKeychain::Job *job, const QString &account)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return TokenStore::tr("No token stored for account “%1”.").arg(account);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStore::tr("The keychain is locked: %1").arg(job->errorString());
    case QKeychain::CouldNotDeleteEntry:
        return TokenStore::tr("Could not remove the token of account “%1” from the keychain: %2")
            .arg(account, job->errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain 0.13 reports a missing bus, service or collection as OtherError.
    return TokenStore::tr("No keychain (Secret Service) is available: %1").arg(job->errorString());
}

} // namespace

TokenStore::TokenStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}

void TokenStore::writeToken(const QString &account, const QString &token, DoneCallback done)
{
    if (!done)
        done = [](const QString &) {};
    if (rejectAccount(account, done))
        return;
    if (!isPlausibleToken(token)) {
        deliverLater(done, tr("The token for account “%1” is empty, longer than %2 characters, or contains "
                              "spaces or control characters.")
                               .arg(account)
                               .arg(MaxTokenLength));
        return;
    }
    // No parent: a job deleted mid-flight would leave the backend with a dangling callback. The
    // context object below keeps `done` from running after this store is gone.
    auto *job = new QKeychain::WritePasswordJob(m_service);
    configure(job, account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
            [job, account, done = std::move(done)] { done(describe(job, account)); });
    job->start();
}

void TokenStore::removeToken(const QString &account, DoneCallback done)
{
    if (!done)
        done = [](const QString &) {};
    if (rejectAccount(account, done))
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    configure(job, account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(describe(job, account));
            return;
        }
        // A locked entry is invisible to the delete, which then reports success: make sure it is gone.
        SecretService::findEntries(
            m_service, account, this, [account, done](const SecretService::Presence &p) {
                if (p.locked > 0)
                    done(tr("The keychain is locked: the token of account “%1” could not be removed.")
                             .arg(account));
                else if (p.unlocked > 0)
                    done(tr("Could not remove the token of account “%1” from the keychain.").arg(account));
                else
                    done({});
            });
    });
    job->start();
}

void TokenStore::findToken(const QString &account, FindCallback done)
{
    if (!done)
        done = [](const QString &, const QString &, bool) {};
    if (account.isEmpty()) {
        QTimer::singleShot(0, this,
                           [done] { done({}, tr("No account name was given for the token."), false); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    configure(job, account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, done = std::move(done)] {
        const QString error = describe(job, account);
        if (job->error() != QKeychain::EntryNotFound) {
            done(error.isEmpty() ? job->textData() : QString(), error, false);
            return;
        }
        // "Not found" is also what a locked entry looks like when the unlock prompt fails.
        SecretService::findEntries(m_service, account, this,
                                   [account, error, done](const SecretService::Presence &p) {
                                       if (p.locked > 0)
                                           done({},
                                                tr("The keychain is locked: the token of account “%1” is "
                                                   "stored but could not be unlocked.")
                                                    .arg(account),
                                                false);
                                       else
                                           done({}, error, true);
                                   });
    });
    job->start();
}

bool TokenStore::rejectAccount(const QString &account, const DoneCallback &done)
{
    if (!account.isEmpty())
        return false;
    deliverLater(done, tr("No account name was given for the token."));
    return true;
}

void TokenStore::deliverLater(const DoneCallback &done, const QString &error)
{
    QTimer::singleShot(0, this, [done, error] { done(error); });
}
