#include "common/nokeychainenvironment.h"
#include "secrets/tokenstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// TokenStore against the real Secret Service (run inside tests/with-keyring.sh, which sets
// PATCHBAY_KEYCHAIN_TESTS=1), plus a child process that has no Secret Service at all.
// Tokens are compared with QVERIFY2, never QCOMPARE, so a failure never prints one.

namespace {

const char kChildVariable[] = "PATCHBAY_TST_NO_KEYCHAIN_CHILD";
const char kChildTokenVariable[] = "PATCHBAY_TST_CHILD_TOKEN";
const char kLockedChildVariable[] = "PATCHBAY_TST_LOCKED_CHILD";
const QString kLockedPrefix = QStringLiteral("The keychain is locked: ");
const QString kNoKeychainPrefix = QStringLiteral("No keychain (Secret Service) is available: ");

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

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void plausibleToken_data();
    void plausibleToken();
    void implausibleTokenIsRefusedBeforeTheKeychain();
    void noKeychainIsAClearErrorAndNothingLandsOnDisk();

    void writeReadOverwriteRemove();
    void callbacksRunLater();
    void accountsAreIndependent();
    void readingAMissingEntryIsAClearError();
    void removingAMissingEntryIsSuccess();
    void storeDestroyedWhileAJobRuns();
    void entriesLookRightToSecretTool();
    void lockedKeychainIsAClearError();

private:
    void runAsChildWithLockedKeychain();
    QString account(const QString &name); // remembered for cleanup
    QString secretToolListing() const;
    void runAsChildWithoutKeychain();

    bool m_keychain = false;
    bool m_cleanUp = false; // only once the keychain was seen working
    QString m_service;
    QStringList m_accounts;
};

void TestTokenStore::initTestCase()
{
    m_keychain = qEnvironmentVariable("PATCHBAY_KEYCHAIN_TESTS") == QLatin1String("1");
    // One service per run: never touches the user's "Patchbay" entries, nor a parallel run's.
    m_service = QStringLiteral("PatchbayTest-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!m_keychain || qEnvironmentVariableIsSet(kChildVariable))
        return;
    // With PATCHBAY_KEYCHAIN_TESTS=1 a missing keychain is a failure, not a skip.
    TokenStore store(m_service);
    QString error;
    QVERIFY2(
        store.writeTokenBlocking(account(QStringLiteral("probe")), newToken(), &error),
        qPrintable(QStringLiteral("PATCHBAY_KEYCHAIN_TESTS=1 but the keychain does not work: ") + error));
    QVERIFY2(store.removeTokenBlocking(QStringLiteral("probe"), &error), qPrintable(error));
    m_cleanUp = true;
}

void TestTokenStore::cleanupTestCase()
{
    if (!m_cleanUp)
        return;
    TokenStore store(m_service);
    for (const QString &name : std::as_const(m_accounts)) {
        QString error;
        QVERIFY2(store.removeTokenBlocking(name, &error), qPrintable(error));
    }
    // Nothing of this run stays in the keychain.
    if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QVERIFY2(!secretToolListing().contains(QLatin1String("attribute.server")), "entries remained");
}

QString TestTokenStore::account(const QString &name)
{
    if (!m_accounts.contains(name))
        m_accounts << name;
    return name;
}

void TestTokenStore::plausibleToken_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("typical") << QStringLiteral("sk_live_51HqLyjWDarjtT1zdp7dc") << true;
    QTest::newRow("jwt-ish") << QStringLiteral("eyJhbGciOi.eyJzdWIiOi.SflKxwRJSM-_=") << true;
    QTest::newRow("4096") << QString(4096, QLatin1Char('a')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("4097") << QString(4097, QLatin1Char('a')) << false;
    QTest::newRow("inner space") << QStringLiteral("abc def") << false;
    QTest::newRow("trailing newline") << QStringLiteral("abcdef\n") << false;
    QTest::newRow("tab") << QStringLiteral("\tabcdef") << false;
    QTest::newRow("NUL") << QStringLiteral("abc") + QChar(0) + QStringLiteral("def") << false;
    QTest::newRow("DEL") << QStringLiteral("abc\x7f") << false;
    QTest::newRow("no-break space") << QStringLiteral("abc\u00a0def") << false;
    QTest::newRow("zero-width space") << QStringLiteral("abc\u200bdef") << false;
}

void TestTokenStore::plausibleToken()
{
    QFETCH(QString, token);
    QFETCH(bool, plausible);
    QCOMPARE(TokenStore::isPlausibleToken(token), plausible);
}

void TestTokenStore::implausibleTokenIsRefusedBeforeTheKeychain()
{
    // Needs no keychain: the store refuses before any job starts.
    TokenStore store(m_service);
    bool called = false;
    QString error;
    store.writeToken(QStringLiteral("acme"), QStringLiteral("two words"), [&](const QString &e) {
        called = true;
        error = e;
    });
    QVERIFY(!called); // later, from the event loop
    QTRY_VERIFY(called);
    QVERIFY2(error.contains(QLatin1String("acme")) && error.contains(QLatin1String("spaces")),
             qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("two words")));

    QVERIFY(!store.writeTokenBlocking(QString(), newToken(), &error));
    QVERIFY2(error.contains(QLatin1String("account name")), qPrintable(error));
    QVERIFY(store.readTokenBlocking(QString(), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("account name")), qPrintable(error));
}

void TestTokenStore::noKeychainIsAClearErrorAndNothingLandsOnDisk()
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        runAsChildWithoutKeychain();
        return;
    }
    // The child gets its own HOME and a session bus address that leads nowhere.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString token = newToken();
    QProcessEnvironment env = noKeychainEnvironment(home);
    env.insert(QLatin1String(kChildVariable), QStringLiteral("1"));
    env.insert(QLatin1String(kChildTokenVariable), token);

    const ChildRun child =
        runTestFunctionInChild(QStringLiteral("noKeychainIsAClearErrorAndNothingLandsOnDisk"), env);
    QVERIFY2(child.finished, "the child without a keychain did not finish");
    QVERIFY2(!child.output.contains(token), "the token appeared in the child's output");
    QVERIFY2(child.passed, qPrintable(child.output));
    QVERIFY2(child.output.contains(QLatin1String("PASS   : TestTokenStore::noKeychain")),
             qPrintable(child.output));

    // Nothing at all was written under HOME: in particular no plaintext fallback.
    QStringList holdingToken;
    const QStringList files = filesBelow(home.path(), token.toUtf8(), &holdingToken);
    QVERIFY2(holdingToken.isEmpty(),
             qPrintable(QStringLiteral("the token landed in ") + holdingToken.join(QLatin1String(", "))));
    QVERIFY2(files.isEmpty(),
             qPrintable(QStringLiteral("files appeared under HOME: ") + files.join(QLatin1String(", "))));
}

void TestTokenStore::runAsChildWithoutKeychain()
{
    const QString token = qEnvironmentVariable(kChildTokenVariable);
    QVERIFY(TokenStore::isPlausibleToken(token));
    TokenStore store(m_service);
    auto verifyError = [&](const QString &error) {
        QVERIFY2(error.startsWith(kNoKeychainPrefix), qPrintable(error));
        QVERIFY2(error.size() > kNoKeychainPrefix.size() + 3, qPrintable(error)); // the cause follows
        QVERIFY2(!error.contains(token), "the token appeared in an error message");
    };

    QString error;
    QVERIFY(!store.writeTokenBlocking(QStringLiteral("acme"), token, &error));
    verifyError(error);
    qInfo("write without a keychain: %s", qPrintable(error));
    QVERIFY(store.readTokenBlocking(QStringLiteral("acme"), &error).isEmpty());
    verifyError(error);
    QVERIFY(!store.removeTokenBlocking(QStringLiteral("acme"), &error));
    verifyError(error);

    bool called = false;
    store.writeToken(QStringLiteral("acme"), token, [&](const QString &e) {
        called = true;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
    verifyError(error);
}

void TestTokenStore::writeReadOverwriteRemove()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(m_service);
    const QString name = account(QStringLiteral("Acme production"));
    const QString first = newToken();
    QString error;
    QVERIFY2(store.writeTokenBlocking(name, first, &error), qPrintable(error));
    QVERIFY2(store.readTokenBlocking(name, &error) == first, "read back a different token");
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString second = newToken();
    QVERIFY2(store.writeTokenBlocking(name, second, &error), qPrintable(error));
    // Another store (as the next app start would be) sees the overwrite.
    TokenStore other(m_service);
    QVERIFY2(other.readTokenBlocking(name, &error) == second, "overwrite did not replace the token");

    const QString longToken = QString(TokenStore::MaxTokenLength, QLatin1Char('x'));
    QVERIFY2(store.writeTokenBlocking(name, longToken, &error), qPrintable(error));
    QVERIFY2(store.readTokenBlocking(name, &error) == longToken, "a 4096-character token did not round-trip");

    QVERIFY2(store.removeTokenBlocking(name, &error), qPrintable(error));
    QVERIFY(store.readTokenBlocking(name, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("No token stored")), qPrintable(error));
}

void TestTokenStore::callbacksRunLater()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(m_service);
    const QString name = account(QStringLiteral("async"));
    const QString token = newToken();

    bool returned = false, early = false, written = false;
    QString error = QStringLiteral("unset");
    store.writeToken(name, token, [&](const QString &e) {
        early = !returned;
        written = true;
        error = e;
    });
    returned = true;
    QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    QVERIFY(!early);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    bool read = false;
    QString value;
    store.readToken(name, [&](const QString &t, const QString &e) {
        read = true;
        value = t;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(value == token, "read back a different token");

    bool removed = false;
    store.removeToken(name, [&](const QString &e) {
        removed = true;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTokenStore::accountsAreIndependent()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(m_service);
    // Names that differ only in case or by a suffix are still separate entries.
    const QStringList names{account(QStringLiteral("acme")), account(QStringLiteral("Acme")),
                            account(QStringLiteral("acme staging")),
                            account(QStringLiteral("Zürich – prod"))};
    QStringList tokens;
    QString error;
    for (const QString &name : names) {
        tokens << newToken();
        QVERIFY2(store.writeTokenBlocking(name, tokens.last(), &error), qPrintable(error));
    }
    for (int i = 0; i < names.size(); ++i)
        QVERIFY2(store.readTokenBlocking(names.at(i), &error) == tokens.at(i), qPrintable(names.at(i)));

    QVERIFY2(store.removeTokenBlocking(names.at(0), &error), qPrintable(error));
    QVERIFY(store.readTokenBlocking(names.at(0), &error).isEmpty());
    for (int i = 1; i < names.size(); ++i)
        QVERIFY2(store.readTokenBlocking(names.at(i), &error) == tokens.at(i), qPrintable(names.at(i)));

    // Another service never sees these entries.
    TokenStore otherService(m_service + QStringLiteral("-other"));
    QVERIFY(otherService.readTokenBlocking(names.at(1), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("No token stored")), qPrintable(error));
}

void TestTokenStore::readingAMissingEntryIsAClearError()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(m_service);
    QString error;
    QVERIFY(store.readTokenBlocking(QStringLiteral("never written"), &error).isEmpty());
    QCOMPARE(error, QStringLiteral("No token stored for account “never written”."));

    bool called = false;
    QString token = QStringLiteral("unset");
    store.readToken(QStringLiteral("never written"), [&](const QString &t, const QString &e) {
        called = true;
        token = t;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
    QVERIFY(token.isEmpty());
    QVERIFY(error.startsWith(QLatin1String("No token stored for account")));
}

void TestTokenStore::removingAMissingEntryIsSuccess()
{
    REQUIRE_KEYCHAIN();
    TokenStore store(m_service);
    QString error = QStringLiteral("unset");
    QVERIFY2(store.removeTokenBlocking(QStringLiteral("never written"), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
}

void TestTokenStore::storeDestroyedWhileAJobRuns()
{
    REQUIRE_KEYCHAIN();
    const QString name = account(QStringLiteral("short-lived"));
    const QString token = newToken();
    bool called = false;
    auto *store = new TokenStore(m_service);
    store->writeToken(name, token, [&](const QString &) { called = true; });
    delete store; // the job finishes on its own; the callback must not run

    TokenStore later(m_service);
    QString error;
    QVERIFY2(later.readTokenBlocking(name, &error) == token, qPrintable(error)); // jobs run in order
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestTokenStore::entriesLookRightToSecretTool()
{
    REQUIRE_KEYCHAIN();
    if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    TokenStore store(m_service);
    const QString name = account(QStringLiteral("look right"));
    const QString token = newToken();
    QString error;
    QVERIFY2(store.writeTokenBlocking(name, token, &error), qPrintable(error));

    const QString listing = secretToolListing();
    QVERIFY2(listing.contains(QStringLiteral("attribute.server = ") + m_service), "no entry for the service");
    QCOMPARE(listing.count(QStringLiteral("attribute.user = look right\n")), 1);
    QVERIFY2(listing.contains(QStringLiteral("secret = ") + token),
             "the stored secret is not the token as text");
    QVERIFY(listing.contains(QLatin1String("schema = org.qt.keychain")));

    QVERIFY2(store.removeTokenBlocking(name, &error), qPrintable(error));
    QVERIFY2(!secretToolListing().contains(QLatin1String("attribute.user = look right\n")),
             "the entry remained after removal");
}

QString TestTokenStore::secretToolListing() const
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service});
    tool.waitForFinished(30000);
    return QString::fromUtf8(tool.readAll()); // holds secrets: never printed
}

void TestTokenStore::lockedKeychainIsAClearError()
{
    if (qEnvironmentVariableIsSet(kLockedChildVariable)) {
        runAsChildWithLockedKeychain();
        return;
    }
    REQUIRE_KEYCHAIN();
    // A locked gnome-keyring cannot be unlocked again without a prompt, so the child locks a
    // throwaway keyring of its own (a nested private session) rather than the one the others use.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kLockedChildVariable), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("bash"),
                {QStringLiteral(PATCHBAY_WITH_KEYRING), QCoreApplication::applicationFilePath(),
                 QStringLiteral("lockedKeychainIsAClearError")});
    QVERIFY2(child.waitForFinished(120000), "the child with a locked keychain did not finish");
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("PASS   : TestTokenStore::lockedKeychain")), qPrintable(output));
}

void TestTokenStore::runAsChildWithLockedKeychain()
{
    m_cleanUp = false; // the entries die with this child's keyring
    TokenStore store(m_service);
    const QString token = newToken();
    QString error;
    QVERIFY2(store.writeTokenBlocking(QStringLiteral("locked"), token, &error), qPrintable(error));

    QProcess lock;
    lock.setProcessChannelMode(QProcess::MergedChannels);
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY(lock.waitForFinished(30000));
    QVERIFY2(lock.exitCode() == 0, lock.readAll().constData());

    // QtKeychain alone would say "not found" here (the unlock prompt cannot be shown) and "removed".
    QVERIFY(store.readTokenBlocking(QStringLiteral("locked"), &error).isEmpty());
    QVERIFY2(error.startsWith(kLockedPrefix) && error.contains(QLatin1String("locked")), qPrintable(error));
    QVERIFY(!store.removeTokenBlocking(QStringLiteral("locked"), &error));
    QVERIFY2(error.startsWith(kLockedPrefix), qPrintable(error));
    QVERIFY(!store.writeTokenBlocking(QStringLiteral("another"), newToken(), &error));
    QVERIFY2(error.startsWith(kLockedPrefix), qPrintable(error));
    QVERIFY(!error.contains(token));
    qInfo("read from a locked keychain: %s", qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
