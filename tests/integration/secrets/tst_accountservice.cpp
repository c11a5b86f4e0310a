#include "common/nokeychainenvironment.h"
#include "common/testpki.h"
#include "secrets/accountservice.h"
#include "secrets/accountstore.h"
#include "secrets/blockingaccountservice.h"
#include "secrets/tokenstore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

#include <csignal>
#include <sys/resource.h>

// AccountService with the real Secret Service (tests/with-keyring.sh sets PATCHBAY_KEYCHAIN_TESTS=1)
// and a real settings file. Settings that cannot be written are real too: the process's file size
// limit (RLIMIT_FSIZE, which binds root as well, unlike a read-only directory) drops to one byte, so
// the file stays readable but every write of it fails. A keychain that fails for real is a child
// process without any Secret Service. Tokens are compared with QVERIFY2, never printed.

namespace {

const char kChildVariable[] = "PATCHBAY_TST_ACCOUNTSERVICE_CHILD";
const char kChildTokenVariable[] = "PATCHBAY_TST_ACCOUNTSERVICE_TOKEN";

QString newToken()
{
    return QStringLiteral("pbtest_") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (!m_keychain)                                                                                     \
            QSKIP("Needs a Secret Service: run inside tests/with-keyring.sh (sets "                          \
                  "PATCHBAY_KEYCHAIN_TESTS=1)");                                                             \
    } while (false)

class TestAccountService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void invalidRequestsTouchNothing();
    void callbacksRunLater();
    void addWritesTheKeychainThenTheSettings();
    void updateKeepsOrReplacesTheToken();
    void renameMovesTheTokenAndEverySetting();
    void caseOnlyRename();
    void renameOntoAnExistingNameChangesNothing();
    void renameOfAMissingAccountChangesNothing();
    void removeDeletesBoth();

    void addIsUndoneWhenTheSettingsFail();
    void updateIsUndoneWhenTheSettingsFail();
    void renameIsUndoneWhenTheSettingsFail();
    void removeIsUndoneWhenTheSettingsFail();

    void keychainFailureLeavesTheSettingsAlone();

private:
    void runAsChildWithoutKeychain();
    QString account(const QString &prefix); // a unique name, remembered for cleanup
    QString stored(const QString &name, QString *error = nullptr);
    bool hasEntry(const QString &name);
    // The accounts as a new QSettings reads them from the file.
    QList<Account> onDisk() const;
    // Until restoreSettingsFile(), no file of this process can grow past one byte: settings writes fail.
    void breakSettingsFile();
    void restoreSettingsFile();
    rlimit m_fileSizeLimit{};
    bool m_settingsBroken = false;
    QString iniPath() const { return m_dir->filePath(QStringLiteral("patchbay.ini")); }

    bool m_keychain = false;
    QString m_service;
    QStringList m_names;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AccountService> m_accounts;
    TestPki m_pki;
};

void TestAccountService::initTestCase()
{
    m_keychain = qEnvironmentVariable("PATCHBAY_KEYCHAIN_TESTS") == QLatin1String("1");
    m_service = QStringLiteral("PatchbayServiceTest-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!qEnvironmentVariableIsSet(kChildVariable)) {
        const QString problem = m_pki.create();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestAccountService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    m_store = std::make_unique<AccountStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(m_service);
    m_accounts = std::make_unique<AccountService>(*m_store, *m_tokens);
}

void TestAccountService::cleanup()
{
    restoreSettingsFile();
    if (m_keychain && !qEnvironmentVariableIsSet(kChildVariable)) {
        for (const QString &name : std::as_const(m_names))
            QVERIFY(m_tokens->removeTokenBlocking(name));
    }
    m_names.clear();
    m_accounts.reset();
    m_tokens.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TestAccountService::account(const QString &prefix)
{
    const QString name = prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_names << name;
    return name;
}

QString TestAccountService::stored(const QString &name, QString *error)
{
    return m_tokens->readTokenBlocking(name, error);
}

bool TestAccountService::hasEntry(const QString &name)
{
    QString error;
    const QString token = stored(name, &error);
    // Anything but "missing" would make the answer meaningless.
    if (!token.isEmpty())
        return true;
    if (!error.contains(QLatin1String("No token stored")))
        qFatal("keychain: %s", qPrintable(error));
    return false;
}

QList<Account> TestAccountService::onDisk() const
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    return AccountStore(&settings).list();
}

void TestAccountService::breakSettingsFile()
{
    m_settings->sync();
    QVERIFY(QFile::exists(iniPath()));
    signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing the process
    QVERIFY(getrlimit(RLIMIT_FSIZE, &m_fileSizeLimit) == 0);
    rlimit tiny = m_fileSizeLimit;
    tiny.rlim_cur = 1;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &tiny) == 0);
    m_settingsBroken = true;
}

void TestAccountService::restoreSettingsFile()
{
    if (!m_settingsBroken)
        return;
    m_settingsBroken = false;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &m_fileSizeLimit) == 0);
}

// ---- without a keychain step ------------------------------------------------------------------

void TestAccountService::invalidRequestsTouchNothing()
{
    BlockingAccountService service(*m_accounts);
    const QString name = QStringLiteral("refused-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    Account bad(QStringLiteral(" leading space"), ProviderId::Layers);
    AccountResult result = service.add(bad, newToken());
    QCOMPARE(result.outcome, AccountResult::Outcome::Refused);
    QVERIFY2(result.message().contains(QLatin1String("spaces")), qPrintable(result.message()));

    Account remote(name, ProviderId::Layers);
    remote.baseUrl = QUrl(QStringLiteral("http://example.com"));
    result = service.add(remote, newToken());
    QCOMPARE(result.outcome, AccountResult::Outcome::Refused);

    Account relativeCa(name, ProviderId::Layers);
    relativeCa.caFile = QStringLiteral("ca.pem");
    result = service.add(relativeCa, newToken());
    QCOMPARE(result.outcome, AccountResult::Outcome::Refused);
    QVERIFY2(result.message().contains(QLatin1String("absolute")), qPrintable(result.message()));

    const QString twoWords = QStringLiteral("two words");
    result = service.add(Account(name, ProviderId::Layers), twoWords);
    QCOMPARE(result.outcome, AccountResult::Outcome::Refused);
    QVERIFY(!result.message().contains(twoWords));

    QCOMPARE(service.remove(name).outcome, AccountResult::Outcome::Refused);
    QCOMPARE(service.update(Account(name, ProviderId::Layers), std::nullopt).outcome,
             AccountResult::Outcome::Refused);
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!QFile::exists(iniPath()) || onDisk().isEmpty());
    if (m_keychain)
        QVERIFY(!hasEntry(name));
}

void TestAccountService::callbacksRunLater()
{
    // Refused, and (with a keychain) done: never inside the call.
    bool called = false;
    m_accounts->add(Account(QString(), ProviderId::Layers), newToken(),
                    [&called](const AccountResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);

    // Settings only: no keychain step delays it.
    QVERIFY(m_store->save(Account(QStringLiteral("settings-only"), ProviderId::Atoa)));
    called = false;
    AccountResult result;
    Account edited(QStringLiteral("settings-only"), ProviderId::Atoa);
    edited.environment = QStringLiteral("staging");
    m_accounts->update(edited, std::nullopt, [&](const AccountResult &r) {
        called = true;
        result = r;
    });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(onDisk().value(0).environment, QStringLiteral("staging"));
}

// ---- with the keychain ------------------------------------------------------------------------

void TestAccountService::addWritesTheKeychainThenTheSettings()
{
    REQUIRE_KEYCHAIN();
    const QString name = account(QStringLiteral("add"));
    const QString token = newToken();
    Account acme(name, ProviderId::Diligent);
    acme.environment = QStringLiteral("production");
    QSignalSpy changed(m_accounts.get(), &AccountService::accountsChanged);
    const AccountResult result = BlockingAccountService(*m_accounts).add(acme, token);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(changed.count(), 1);
    QVERIFY2(stored(name) == token, "the keychain holds a different token");
    QCOMPARE(onDisk(), QList<Account>{acme});
    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY2(!ini.readAll().contains(token.toUtf8()), "the token landed in the settings file");

    // Again, in another case: refused, the first token stays.
    Account again(name.toUpper(), ProviderId::Layers);
    const AccountResult twice = BlockingAccountService(*m_accounts).add(again, newToken());
    QCOMPARE(twice.outcome, AccountResult::Outcome::Refused);
    QVERIFY2(twice.message().contains(QLatin1String("already exists")), qPrintable(twice.message()));
    QVERIFY2(stored(name) == token, "a refused add changed the token");
    QVERIFY(!hasEntry(name.toUpper()));
    QCOMPARE(onDisk(), QList<Account>{acme});
}

void TestAccountService::updateKeepsOrReplacesTheToken()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString name = account(QStringLiteral("update"));
    const QString first = newToken();
    QVERIFY(service.add(Account(name, ProviderId::Atoa), first).ok());

    Account edited(name, ProviderId::Atoa);
    edited.environment = QStringLiteral("staging");
    edited.colorName = QStringLiteral("#f0a020");
    AccountResult result = service.update(edited, std::nullopt);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(onDisk(), QList<Account>{edited});
    QVERIFY2(stored(name) == first, "an update without a token changed it");

    const QString second = newToken();
    result = service.update(edited, second);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY2(stored(name) == second, "the new token was not stored");
}

void TestAccountService::renameMovesTheTokenAndEverySetting()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString oldName = account(QStringLiteral("old"));
    const QString newName = account(QStringLiteral("new"));
    const QString token = newToken();
    Account before(oldName, ProviderId::OptimalDial);
    before.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443/api"));
    before.environment = QStringLiteral("production");
    before.colorName = QStringLiteral("#c62828");
    before.caFile = m_pki.path("ca.pem");
    QVERIFY(service.add(before, token).ok());

    Account after = before;
    after.name = newName;
    const AccountResult result = service.rename(oldName, after, std::nullopt);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(onDisk(), QList<Account>{after}); // every field came along; the old name is gone
    QCOMPARE(m_store->list(), QList<Account>{after});
    QVERIFY2(stored(newName) == token, "the token did not move");
    QVERIFY(!hasEntry(oldName));

    // With a new token at the same time.
    const QString replaced = newToken();
    Account third = after;
    third.name = account(QStringLiteral("third"));
    QVERIFY(service.rename(newName, third, replaced).ok());
    QVERIFY2(stored(third.name) == replaced, "the new token did not land under the new name");
    QVERIFY(!hasEntry(newName));
}

void TestAccountService::caseOnlyRename()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString name = account(QStringLiteral("acme"));
    const QString upper = name.toUpper();
    m_names << upper;
    const QString token = newToken();
    QVERIFY(service.add(Account(name, ProviderId::Layers), token).ok());
    const AccountResult result = service.rename(name, Account(upper, ProviderId::Layers), std::nullopt);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(onDisk().size(), 1);
    QCOMPARE(onDisk().first().name, upper);
    QVERIFY2(stored(upper) == token, "the token did not move");
    QVERIFY(!hasEntry(name));
}

void TestAccountService::renameOntoAnExistingNameChangesNothing()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString a = account(QStringLiteral("a"));
    const QString b = account(QStringLiteral("b"));
    const QString tokenA = newToken();
    const QString tokenB = newToken();
    QVERIFY(service.add(Account(a, ProviderId::Layers), tokenA).ok());
    QVERIFY(service.add(Account(b, ProviderId::Atoa), tokenB).ok());
    const QList<Account> before = onDisk();

    for (const QString &target : {b, b.toUpper()}) {
        const AccountResult result = service.rename(a, Account(target, ProviderId::Layers), std::nullopt);
        QCOMPARE(result.outcome, AccountResult::Outcome::Refused);
        QVERIFY2(result.message().contains(QLatin1String("already exists")), qPrintable(result.message()));
    }
    QCOMPARE(onDisk(), before);
    QCOMPARE(m_store->list(), before);
    QVERIFY2(stored(a) == tokenA && stored(b) == tokenB, "a refused rename changed a token");
    QVERIFY(!hasEntry(b.toUpper()));
}

void TestAccountService::renameOfAMissingAccountChangesNothing()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString present = account(QStringLiteral("present"));
    const QString token = newToken();
    QVERIFY(service.add(Account(present, ProviderId::Layers), token).ok());
    const QList<Account> before = onDisk();
    const QString missing = account(QStringLiteral("missing"));
    const QString target = account(QStringLiteral("target"));
    const AccountResult result = service.rename(missing, Account(target, ProviderId::Layers), std::nullopt);
    QCOMPARE(result.outcome, AccountResult::Outcome::Refused);
    QVERIFY2(result.message().contains(missing), qPrintable(result.message()));
    QCOMPARE(onDisk(), before);
    QVERIFY(!hasEntry(target));
    QVERIFY2(stored(present) == token, "another account's token changed");
}

void TestAccountService::removeDeletesBoth()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString doomed = account(QStringLiteral("doomed"));
    const QString kept = account(QStringLiteral("kept"));
    const QString keptToken = newToken();
    QVERIFY(service.add(Account(doomed, ProviderId::Layers), newToken()).ok());
    QVERIFY(service.add(Account(kept, ProviderId::Layers), keptToken).ok());
    // Exactly this name: another case is not the account.
    QCOMPARE(service.remove(doomed.toUpper()).outcome, AccountResult::Outcome::Refused);
    const AccountResult result = service.remove(doomed);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(!hasEntry(doomed));
    QCOMPARE(onDisk(), QList<Account>{Account(kept, ProviderId::Layers)});
    QVERIFY2(stored(kept) == keptToken, "another account's token changed");

    // An account without a keychain entry can still be removed.
    const QString tokenless = account(QStringLiteral("tokenless"));
    QVERIFY(m_store->save(Account(tokenless, ProviderId::Atoa)));
    QVERIFY2(service.remove(tokenless).ok(), "a tokenless account could not be removed");
    QVERIFY(!m_store->find(tokenless));
}

// ---- settings that cannot be written ----------------------------------------------------------

void TestAccountService::addIsUndoneWhenTheSettingsFail()
{
    REQUIRE_KEYCHAIN();
    const QString other = account(QStringLiteral("other"));
    QVERIFY(m_store->save(Account(other, ProviderId::Atoa)));
    breakSettingsFile();
    const QString name = account(QStringLiteral("add-undone"));
    const AccountResult result =
        BlockingAccountService(*m_accounts).add(Account(name, ProviderId::Layers), newToken());
    QCOMPARE(result.outcome, AccountResult::Outcome::SettingsFailed);
    QVERIFY2(result.error.startsWith(QLatin1String("Could not write the settings file")),
             qPrintable(result.error));
    QVERIFY(result.keychainRestored);
    QVERIFY2(result.message().contains(QLatin1String("put back")), qPrintable(result.message()));
    QVERIFY(!hasEntry(name)); // no token without its account
    QCOMPARE(m_store->list(), QList<Account>{Account(other, ProviderId::Atoa)}); // nor an account in memory
    restoreSettingsFile();
    QCOMPARE(onDisk(), QList<Account>{Account(other, ProviderId::Atoa)});
}

void TestAccountService::updateIsUndoneWhenTheSettingsFail()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString name = account(QStringLiteral("update-undone"));
    const QString first = newToken();
    QVERIFY(service.add(Account(name, ProviderId::Layers), first).ok());
    breakSettingsFile();
    Account edited(name, ProviderId::Layers);
    edited.environment = QStringLiteral("staging");
    const AccountResult result = service.update(edited, newToken());
    QCOMPARE(result.outcome, AccountResult::Outcome::SettingsFailed);
    QVERIFY2(result.error.startsWith(QLatin1String("Could not write the settings file")),
             qPrintable(result.error));
    QVERIFY(result.keychainRestored);
    QVERIFY2(stored(name) == first, "the previous token was not put back");
    QCOMPARE(m_store->list(), QList<Account>{Account(name, ProviderId::Layers)});
    restoreSettingsFile();
    QCOMPARE(onDisk(), QList<Account>{Account(name, ProviderId::Layers)});
}

void TestAccountService::renameIsUndoneWhenTheSettingsFail()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString oldName = account(QStringLiteral("rename-undone"));
    const QString newName = account(QStringLiteral("renamed"));
    const QString token = newToken();
    Account before(oldName, ProviderId::Diligent);
    before.environment = QStringLiteral("production");
    QVERIFY(service.add(before, token).ok());
    breakSettingsFile();
    Account after = before;
    after.name = newName;
    const AccountResult result = service.rename(oldName, after, std::nullopt);
    QCOMPARE(result.outcome, AccountResult::Outcome::SettingsFailed);
    QVERIFY2(result.error.startsWith(QLatin1String("Could not write the settings file")),
             qPrintable(result.error));
    QVERIFY2(result.keychainRestored, qPrintable(result.message()));
    QVERIFY2(stored(oldName) == token, "the token was not moved back");
    QVERIFY(!hasEntry(newName));
    QCOMPARE(m_store->list(), QList<Account>{before});
    restoreSettingsFile();
    QCOMPARE(onDisk(), QList<Account>{before});
}

void TestAccountService::removeIsUndoneWhenTheSettingsFail()
{
    REQUIRE_KEYCHAIN();
    BlockingAccountService service(*m_accounts);
    const QString name = account(QStringLiteral("remove-undone"));
    const QString token = newToken();
    QVERIFY(service.add(Account(name, ProviderId::Atoa), token).ok());
    breakSettingsFile();
    const AccountResult result = service.remove(name);
    QCOMPARE(result.outcome, AccountResult::Outcome::SettingsFailed);
    QVERIFY2(result.error.startsWith(QLatin1String("Could not write the settings file")),
             qPrintable(result.error));
    QVERIFY(result.keychainRestored);
    QVERIFY2(stored(name) == token, "the token was not written back");
    QCOMPARE(m_store->list(), QList<Account>{Account(name, ProviderId::Atoa)});
    restoreSettingsFile();
    QCOMPARE(onDisk(), QList<Account>{Account(name, ProviderId::Atoa)});
}

// ---- no keychain at all -----------------------------------------------------------------------

void TestAccountService::keychainFailureLeavesTheSettingsAlone()
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        runAsChildWithoutKeychain();
        return;
    }
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString token = newToken();
    QProcessEnvironment env = noKeychainEnvironment(home);
    env.insert(QLatin1String(kChildVariable), QStringLiteral("1"));
    env.insert(QLatin1String(kChildTokenVariable), token);
    const ChildRun child =
        runTestFunctionInChild(QStringLiteral("keychainFailureLeavesTheSettingsAlone"), env);
    QVERIFY2(child.finished, "the child without a keychain did not finish");
    QVERIFY2(!child.output.contains(token), "the token appeared in the child's output");
    QVERIFY2(child.passed, qPrintable(child.output));
    QVERIFY2(child.output.contains(QLatin1String("PASS   : TestAccountService::keychainFailure")),
             qPrintable(child.output));
}

void TestAccountService::runAsChildWithoutKeychain()
{
    const QString token = qEnvironmentVariable(kChildTokenVariable);
    BlockingAccountService service(*m_accounts);
    const Account existing(QStringLiteral("existing"), ProviderId::Layers);
    QVERIFY(m_store->save(existing));
    const QList<Account> before = onDisk();

    auto verify = [&](const AccountResult &result) {
        QCOMPARE(result.outcome, AccountResult::Outcome::KeychainFailed);
        QVERIFY2(result.message().contains(QLatin1String("No keychain")), qPrintable(result.message()));
        QVERIFY2(!result.message().contains(token), "the token appeared in a message");
        QCOMPARE(onDisk(), before);
        QCOMPARE(m_store->list(), before);
    };
    verify(service.add(Account(QStringLiteral("added"), ProviderId::Layers), token));
    verify(service.update(existing, token));
    verify(
        service.rename(existing.name, Account(QStringLiteral("renamed"), ProviderId::Layers), std::nullopt));
    verify(service.remove(existing.name));
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
