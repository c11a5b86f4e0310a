#pragma once

#include "secrets/keychain.h"

#include <QObject>
#include <QString>

// API tokens in the OS keychain (Secret Service via QtKeychain), one entry per account:
// attribute server = service, user = account name. There is no fallback: without a keychain every
// call fails with a message naming the cause, and nothing is written anywhere else. The token is
// never logged and never part of an error message.
//
// Callbacks run later from the event loop, never inside the call, and never after the store is
// destroyed.
class TokenStore : public QObject, public Keychain
{
    Q_OBJECT
public:
    // Tests pass their own service so they never touch the user's entries.
    explicit TokenStore(const QString &service = QStringLiteral("Patchbay"), QObject *parent = nullptr);

    QString service() const { return m_service; }

    void findToken(const QString &account, FindCallback done) override;
    void writeToken(const QString &account, const QString &token, DoneCallback done) override;
    void removeToken(const QString &account, DoneCallback done) override;

private:
    bool rejectAccount(const QString &account, const DoneCallback &done);
    void deliverLater(const DoneCallback &done, const QString &error);

    QString m_service;
};
