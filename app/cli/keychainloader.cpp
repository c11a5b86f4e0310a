#include "cli/keychainloader.h"

#include "cli/clikeychain.h"

#include <QDir>
#include <QTimer>

KeychainLoader::~KeychainLoader()
{
    m_keychain.reset(); // its code lives in the plugin: gone before the library may be unloaded
}

QString KeychainLoader::pluginPath()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                           QStringLiteral(PATCHBAY_KEYCHAIN_PLUGIN));
}

Keychain *KeychainLoader::keychain()
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
    return m_keychain.get();
}

void KeychainLoader::failLater(const DoneCallback &done)
{
    // As the plugin would: later, and never after this loader is gone.
    QTimer::singleShot(0, this, [done, error = m_loadError] {
        if (done)
            done(error);
    });
}

void KeychainLoader::findToken(const QString &account, FindCallback done)
{
    if (Keychain *k = keychain()) {
        k->findToken(account, std::move(done));
        return;
    }
    failLater([done](const QString &error) {
        if (done)
            done(QString(), error, false);
    });
}

void KeychainLoader::writeToken(const QString &account, const QString &token, DoneCallback done)
{
    if (Keychain *k = keychain())
        k->writeToken(account, token, std::move(done));
    else
        failLater(done);
}

void KeychainLoader::removeToken(const QString &account, DoneCallback done)
{
    if (Keychain *k = keychain())
        k->removeToken(account, std::move(done));
    else
        failLater(done);
}
