#include "cli/keychainloader.h"

#include <QDir>

KeychainLoader::~KeychainLoader()
{
    m_keychain.reset(); // its code lives in the plugin: gone before the library may be unloaded
}

QString KeychainLoader::pluginPath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(PATCHBAY_KEYCHAIN_PLUGIN));
}

CliKeychain *KeychainLoader::keychain(QString *error)
{
    if (!m_tried) {
        m_tried = true;
        m_library.setFileName(pluginPath());
        auto create = reinterpret_cast<CliKeychainFactory>(m_library.resolve(cliKeychainFactorySymbol));
        if (create)
            m_keychain.reset(create());
        else
            m_loadError = tr("The keychain support could not be loaded (%1).").arg(m_library.errorString());
    }
    if (!m_keychain && error)
        *error = m_loadError;
    return m_keychain.get();
}

QString KeychainLoader::readToken(const QString &account, QString *error)
{
    CliKeychain *k = keychain(error);
    return k ? k->readToken(account, error) : QString();
}

bool KeychainLoader::writeToken(const QString &account, const QString &token, QString *error)
{
    CliKeychain *k = keychain(error);
    return k && k->writeToken(account, token, error);
}

bool KeychainLoader::removeToken(const QString &account, QString *error)
{
    CliKeychain *k = keychain(error);
    return k && k->removeToken(account, error);
}
