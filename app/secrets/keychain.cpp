#include "secrets/keychain.h"

#include "secrets/localwait.h"

#include <algorithm>
#include <memory>

void Keychain::readToken(const QString &account, ReadCallback done)
{
    findToken(account, [done = std::move(done)](const QString &token, const QString &error, bool) {
        if (done)
            done(token, error);
    });
}

namespace {

// One blocking call: the job's error, or a timeout message.
QString waitFor(const std::function<void(Keychain::DoneCallback)> &start)
{
    auto error = std::make_shared<QString>();
    const bool answered = LocalWait::run(
        [&start, error](std::function<void()> finish) {
            start([error, finish](const QString &result) {
                *error = result;
                finish();
            });
        },
        LocalWait::KeychainTimeoutMs);
    if (!answered)
        return Keychain::tr("The keychain did not answer within %1 seconds.")
            .arg(LocalWait::KeychainTimeoutMs / 1000);
    return *error;
}

} // namespace

QString Keychain::readTokenBlocking(const QString &account, QString *error)
{
    auto token = std::make_shared<QString>();
    const QString problem = waitFor([this, account, token](DoneCallback finish) {
        readToken(account, [token, finish](const QString &value, const QString &readError) {
            *token = value;
            finish(readError);
        });
    });
    if (error)
        *error = problem;
    return problem.isEmpty() ? *token : QString();
}

bool Keychain::writeTokenBlocking(const QString &account, const QString &token, QString *error)
{
    const QString problem =
        waitFor([this, account, token](DoneCallback finish) { writeToken(account, token, finish); });
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool Keychain::removeTokenBlocking(const QString &account, QString *error)
{
    const QString problem = waitFor([this, account](DoneCallback finish) { removeToken(account, finish); });
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool Keychain::isPlausibleToken(const QString &token)
{
    if (token.isEmpty() || token.size() > MaxTokenLength)
        return false;
    // Format characters (zero-width space, BOM) are invisible in a paste and break the header as surely.
    return std::none_of(token.cbegin(), token.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}
