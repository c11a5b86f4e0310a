#include "secrets/tokenstore.h"

#include "secrets/secretservice.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <qt6keychain/keychain.h>

namespace {

// Generous: a keychain may show an unlock prompt and wait for the user.
constexpr int kBlockingTimeoutMs = 120000;

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

void TokenStore::readToken(const QString &account, ReadCallback done)
{
    if (!done)
        done = [](const QString &, const QString &) {};
    read(account, [done](const QString &token, const QString &error, bool) { done(token, error); });
}

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

void TokenStore::moveToken(const QString &fromAccount, const QString &toAccount, DoneCallback done)
{
    if (!done)
        done = [](const QString &) {};
    if (fromAccount == toAccount) {
        deliverLater(done, {});
        return;
    }
    read(fromAccount,
         [this, fromAccount, toAccount, done](const QString &token, const QString &error, bool notFound) {
             if (notFound || !error.isEmpty()) {
                 done(notFound ? QString() : error);
                 return;
             }
             // Written before the old entry goes, so a failure never loses the token.
             writeToken(toAccount, token, [this, fromAccount, done](const QString &writeError) {
                 if (writeError.isEmpty())
                     removeToken(fromAccount, done);
                 else
                     done(writeError);
             });
         });
}

QString TokenStore::readTokenBlocking(const QString &account, QString *error)
{
    auto token = std::make_shared<QString>();
    const bool ok = waitFor(
        [this, account, token](DoneCallback finish) {
            readToken(account, [token, finish](const QString &value, const QString &readError) {
                *token = value;
                finish(readError);
            });
        },
        error);
    return ok ? *token : QString();
}

bool TokenStore::writeTokenBlocking(const QString &account, const QString &token, QString *error)
{
    return waitFor([this, account, token](DoneCallback finish) { writeToken(account, token, finish); },
                   error);
}

bool TokenStore::removeTokenBlocking(const QString &account, QString *error)
{
    return waitFor([this, account](DoneCallback finish) { removeToken(account, finish); }, error);
}

void TokenStore::read(const QString &account,
                      std::function<void(const QString &token, const QString &error, bool notFound)> done)
{
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

bool TokenStore::waitFor(const std::function<void(DoneCallback)> &start, QString *error)
{
    // Shared, so a reply arriving after a timeout writes into live memory, not a dead stack frame.
    struct State
    {
        bool finished = false;
        QString error;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    start([state, guard](const QString &result) {
        state->finished = true;
        state->error = result;
        if (guard)
            guard->quit();
    });
    if (!state->finished) {
        QTimer::singleShot(kBlockingTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!state->finished)
        state->error = tr("The keychain did not answer within %1 seconds.").arg(kBlockingTimeoutMs / 1000);
    if (error)
        *error = state->error;
    return state->error.isEmpty();
}
