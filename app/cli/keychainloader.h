#pragma once

#include "cli/clikeychain.h"

#include <QCoreApplication>
#include <QLibrary>
#include <memory>

// A CliKeychain that loads the keychain plugin on first use, from its fixed place relative to the
// executable (PATCHBAY_KEYCHAIN_PLUGIN, the same in the build tree and once installed), never from a
// search path. When the plugin cannot be loaded, every call fails with a message saying so.
class KeychainLoader final : public CliKeychain
{
    Q_DECLARE_TR_FUNCTIONS(KeychainLoader)
public:
    KeychainLoader() = default;
    ~KeychainLoader() override;

    QString readToken(const QString &account, QString *error) override;
    bool writeToken(const QString &account, const QString &token, QString *error) override;
    bool removeToken(const QString &account, QString *error) override;

    static QString pluginPath();

private:
    CliKeychain *keychain(QString *error);

    QLibrary m_library;
    std::unique_ptr<CliKeychain> m_keychain;
    QString m_loadError;
    bool m_tried = false;
};
