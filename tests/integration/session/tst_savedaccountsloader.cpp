#include "net/apiclient.h"
#include "sandbox/sandboxserver.h"
#include "secrets/accountservice.h"
#include "secrets/accountstore.h"
#include "secrets/tokenstore.h"
#include "session/savedaccountsloader.h"
#include "session/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

// The window's start-up, without the window: saved accounts (a real settings file), their tokens in the
// real keychain (tests/with-keyring.sh), their endpoints from an in-process sandbox. One account's
// token cannot be read (it has no keychain entry): that one is reported, the others load.
class TestSavedAccountsLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void oneKeychainFailureDoesNotStopTheOthers();
    void noAccountsFinishesAtOnce();

private:
    Account sandboxAccount(const QString &prefix, ProviderId provider);

    bool m_keychain = false;
    QString m_service;
    QStringList m_names;
    SandboxServer m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSavedAccountsLoader::initTestCase()
{
    m_keychain = qEnvironmentVariable("PATCHBAY_KEYCHAIN_TESTS") == QLatin1String("1");
    m_service = QStringLiteral("PatchbayLoaderTest-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QVERIFY2(m_sandbox.listen(0), qPrintable(m_sandbox.errorString()));
}

void TestSavedAccountsLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("patchbay.ini")), QSettings::IniFormat);
    m_store = std::make_unique<AccountStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(m_service);
    m_accounts = std::make_unique<AccountService>(*m_store, *m_tokens);
    m_client = std::make_unique<ApiClient>();
    m_client->setTimeoutMs(10000);
    m_workspace = std::make_unique<Workspace>(m_client.get(), nullptr);
}

void TestSavedAccountsLoader::cleanup()
{
    if (m_keychain) {
        for (const QString &name : std::as_const(m_names))
            QVERIFY(m_tokens->removeTokenBlocking(name));
    }
    m_names.clear();
    m_workspace.reset();
    m_client.reset();
    m_accounts.reset();
    m_tokens.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

Account TestSavedAccountsLoader::sandboxAccount(const QString &prefix, ProviderId provider)
{
    Account account(prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8), provider);
    account.baseUrl = m_sandbox.baseUrl();
    m_names << account.name;
    return account;
}

void TestSavedAccountsLoader::oneKeychainFailureDoesNotStopTheOthers()
{
    if (!m_keychain)
        QSKIP("Needs a Secret Service: run inside tests/with-keyring.sh (sets PATCHBAY_KEYCHAIN_TESTS=1)");
    const Account first = sandboxAccount(QStringLiteral("a-first"), ProviderId::Layers);
    const Account broken = sandboxAccount(QStringLiteral("b-broken"), ProviderId::Atoa);
    const Account last = sandboxAccount(QStringLiteral("c-last"), ProviderId::Diligent);
    for (const Account &account : {first, broken, last})
        QVERIFY(m_store->save(account));
    // Sorted by name, the failing account sits between the two that work.
    QVERIFY(m_tokens->writeTokenBlocking(first.name, SandboxServer::tokenFor(first.provider)));
    QVERIFY(m_tokens->writeTokenBlocking(last.name, SandboxServer::tokenFor(last.provider)));

    SavedAccountsLoader loader(m_accounts.get(), m_workspace.get());
    QSignalSpy failed(&loader, &SavedAccountsLoader::keychainFailed);
    QSignalSpy finished(&loader, &SavedAccountsLoader::finished);
    QSignalSpy loaded(m_workspace.get(), &Workspace::loadFinished);
    QSignalSpy loadFailed(m_workspace.get(), &Workspace::loadFailed);
    loader.start();
    // Every account is listed at once, before the keychain answers.
    for (const Account &account : {first, broken, last})
        QVERIFY2(m_workspace->hasAccount(account.name), qPrintable(account.name));
    QVERIFY(loader.isBusy());

    QVERIFY(finished.wait(30000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), broken.name);
    const QString error = failed.first().at(1).toString();
    QVERIFY2(error.contains(QLatin1String("No token stored")), qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 30000);
    QStringList loadedNames{loaded.at(0).at(0).toString(), loaded.at(1).at(0).toString()};
    loadedNames.sort();
    QCOMPARE(loadedNames, (QStringList{first.name, last.name}));
    QCOMPARE(loadFailed.count(), 0);
    QVERIFY2(m_workspace->connectionFor(first.name).token == SandboxServer::tokenFor(first.provider),
             "the session holds a different token");
    QVERIFY(m_workspace->connectionFor(broken.name).token.isEmpty());
    for (const QList<QVariant> &finishedLoad : std::as_const(loaded)) // the sandbox's seed arrived
        QVERIFY(!finishedLoad.at(1).toStringList().isEmpty());
}

void TestSavedAccountsLoader::noAccountsFinishesAtOnce()
{
    SavedAccountsLoader loader(m_accounts.get(), m_workspace.get());
    QSignalSpy finished(&loader, &SavedAccountsLoader::finished);
    loader.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(m_workspace->accounts().isEmpty());
}

QTEST_GUILESS_MAIN(TestSavedAccountsLoader)
#include "tst_savedaccountsloader.moc"
