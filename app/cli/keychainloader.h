#pragma once

#include "secrets/keychain.h"

#include <QLibrary>
#include <QObject>
#include <memory>

// A Keychain that loads the keychain plugin (clikeychain.h) on first use, from its fixed place
// relative to the executable (PATCHBAY_KEYCHAIN_PLUGIN, the same in the build tree and once
// installed), never from a search path, and forwards every call to it. When the plugin cannot be
// loaded, every call fails, later from the event loop, with a message saying so.
class KeychainLoader final : public QObject, public Keychain
{
    Q_OBJECT
public:
    KeychainLoader() = default;
    ~KeychainLoader() override;

    void findToken(const QString &account, FindCallback done) override;
    void writeToken(const QString &account, const QString &token, DoneCallback done) override;
    void removeToken(const QString &account, DoneCallback done) override;

    static QString pluginPath();

private:
    Keychain *keychain();
    void failLater(const DoneCallback &done);

    QLibrary m_library;
    std::unique_ptr<Keychain> m_keychain;
    QString m_loadError;
    bool m_tried = false;
};
