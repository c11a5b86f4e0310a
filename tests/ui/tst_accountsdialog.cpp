#include "accountsdialog.h"
#include "common/nokeychainenvironment.h"
#include "common/testpki.h"
#include "common/tlstestserver.h"

#include "net/apiclient.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxserver.h"
#include "secrets/accountservice.h"
#include "secrets/accountstore.h"
#include "secrets/tokenstore.h"
#include "session/changejournal.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>
#include <memory>

// The accounts dialog driven as a user would, offscreen: against the real Secret Service (inside
// tests/with-keyring.sh, which sets PATCHBAY_KEYCHAIN_TESTS=1), a real in-process SandboxServer, and a
// child process whose session bus leads nowhere. Tokens are compared with QVERIFY2, never QCOMPARE,
// so a failure never prints one.

namespace {

const char kChildVariable[] = "PATCHBAY_TST_ACCOUNTS_NO_KEYCHAIN_CHILD";
const char kChildTokenVariable[] = "PATCHBAY_TST_ACCOUNTS_CHILD_TOKEN";
const QString kNoKeychainPrefix = QStringLiteral("No keychain (Secret Service) is available: ");

QString newToken()
{
    return QStringLiteral("pbtest_") + QUuid::createUuid().toString(QUuid::Id128);
}

bool waitFor(QSignalSpy &spy, int timeoutMs = 30000)
{
    return spy.count() > 0 || spy.wait(timeoutMs);
}

} // namespace

#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (!m_keychain)                                                                                     \
            QSKIP("Needs a Secret Service: run inside tests/with-keyring.sh (sets "                          \
                  "PATCHBAY_KEYCHAIN_TESTS=1)");                                                             \
    } while (false)

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void baseUrlFollowsTheProviderUntilEdited();
    void plainHttpToARemoteHostIsRefused();
    void newAccountNeedsAToken();
    void colourFollowsTheEnvironmentUntilChosen();
    void everyControlHasAnAccessibleName();
    void enterSavesAndEscapeCloses();
    void testConnectionReportsTheEndpointCount();
    void testConnectionWithAWrongTokenReports401();
    void caFileIsCheckedWhenChosenAndOnSave();
    void testConnectionTrustsTheCaFile();

    void addStoresTheTokenInTheKeychainOnly();
    void editKeepsTheStoredToken();
    void renameMovesTheKeychainEntry();
    void removeDeletesTheKeychainEntry();
    void testConnectionUsesTheStoredToken();
    void noKeychainShowsTheErrorAndSavesNothing();
    void savedCaFileReachesTheStoreAndTheSession();

    void screenshot();

private:
    void runAsChildWithoutKeychain();
    std::unique_ptr<AccountsDialog> makeDialog();
    void fill(AccountsDialog &dialog, const QString &name, ProviderId provider, const QString &token,
              const QString &baseUrl = QString());
    QString account(const QString &name); // remembered for keychain cleanup
    QByteArray settingsBytes() const;
    template <typename T> static T *child(AccountsDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    bool m_keychain = false;
    QString m_service;
    QStringList m_accounts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AccountService> m_accountService;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<Workspace> m_workspace;
    SandboxServer m_sandbox;
    TestPki m_pki;
};

void TestAccountsDialog::initTestCase()
{
    m_keychain = qEnvironmentVariable("PATCHBAY_KEYCHAIN_TESTS") == QLatin1String("1");
    // One service per run: never touches the user's "Patchbay" entries, nor a parallel run's.
    m_service = QStringLiteral("PatchbayDialogTest-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    QVERIFY2(m_sandbox.listen(0), qPrintable(m_sandbox.errorString()));
    const QString problem = m_pki.create(); // openssl is installed by .ci/deps
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestAccountsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("patchbay.ini")), QSettings::IniFormat);
    m_store = std::make_unique<AccountStore>(m_settings.get());
    m_tokens = std::make_unique<TokenStore>(m_service);
    m_accountService = std::make_unique<AccountService>(*m_store, *m_tokens);
    m_client = std::make_unique<ApiClient>();
    m_client->setTimeoutMs(10000);
    m_journal = std::make_unique<ChangeJournal>(m_dir->filePath(QStringLiteral("changes.jsonl")));
    m_workspace = std::make_unique<Workspace>(m_client.get(), m_journal.get());
}

void TestAccountsDialog::cleanup()
{
    if (m_keychain && !qEnvironmentVariableIsSet(kChildVariable)) {
        for (const QString &name : std::as_const(m_accounts))
            m_tokens->removeTokenBlocking(name);
    }
    m_accounts.clear();
    m_workspace.reset();
    m_journal.reset();
    m_client.reset();
    m_accountService.reset();
    m_tokens.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestAccountsDialog::cleanupTestCase() {}

std::unique_ptr<AccountsDialog> TestAccountsDialog::makeDialog()
{
    auto dialog = std::make_unique<AccountsDialog>(m_accountService.get(), m_workspace.get());
    // Never a blocking box in a test.
    dialog->setConfirmer([](QWidget *, const QString &, const QString &) { return true; });
    dialog->setColorPicker([](QWidget *, const QColor &) { return QColor(QStringLiteral("#7b1fa2")); });
    return dialog;
}

QString TestAccountsDialog::account(const QString &name)
{
    m_accounts << name;
    return name;
}

void TestAccountsDialog::fill(AccountsDialog &dialog, const QString &name, ProviderId provider,
                              const QString &token, const QString &baseUrl)
{
    auto *nameEdit = child<QLineEdit>(dialog, "nameEdit");
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto *providers = child<QComboBox>(dialog, "providerCombo");
    providers->setCurrentIndex(providers->findData(int(provider)));
    if (!baseUrl.isEmpty()) {
        auto *url = child<QLineEdit>(dialog, "baseUrlEdit");
        url->selectAll();
        QTest::keyClicks(url, baseUrl);
    }
    auto *tokenEdit = child<QLineEdit>(dialog, "tokenEdit");
    tokenEdit->clear();
    if (!token.isEmpty())
        QTest::keyClicks(tokenEdit, token);
}

QByteArray TestAccountsDialog::settingsBytes() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// ---- without a keychain -----------------------------------------------------------------------

void TestAccountsDialog::baseUrlFollowsTheProviderUntilEdited()
{
    auto dialog = makeDialog();
    auto *providers = child<QComboBox>(*dialog, "providerCombo");
    auto *url = child<QLineEdit>(*dialog, "baseUrlEdit");
    QCOMPARE(providers->count(), 5);
    for (ProviderId id : Providers::all()) {
        providers->setCurrentIndex(providers->findData(int(id)));
        QCOMPARE(providers->currentText(), Providers::spec(id).displayName);
        QCOMPARE(QUrl(url->text()), Account::defaultBaseUrl(id));
    }
    // Once the user types a URL it stays put when the provider changes.
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://eu.example.com/v2"));
    providers->setCurrentIndex(providers->findData(int(ProviderId::Layers)));
    QCOMPARE(url->text(), QStringLiteral("https://eu.example.com/v2"));
    // "Default" makes it follow again.
    auto *reset = child<QToolButton>(*dialog, "resetUrlButton");
    QVERIFY(reset->isEnabled());
    reset->click();
    QCOMPARE(QUrl(url->text()), Account::defaultBaseUrl(ProviderId::Layers));
    providers->setCurrentIndex(providers->findData(int(ProviderId::Atoa)));
    QCOMPARE(QUrl(url->text()), Account::defaultBaseUrl(ProviderId::Atoa));
}

void TestAccountsDialog::plainHttpToARemoteHostIsRefused()
{
    auto dialog = makeDialog();
    fill(*dialog, QStringLiteral("remote"), ProviderId::OpenTrain, newToken(),
         QStringLiteral("http://example.com"));
    // Said as soon as it is typed…
    auto *problem = child<QLabel>(*dialog, "urlProblem");
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(QLatin1String("http")), qPrintable(problem->text()));
    // …and again on save, before the keychain is asked.
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    dialog->save();
    QVERIFY(waitFor(saved));
    QCOMPARE(saved.first().at(0).toBool(), false);
    QVERIFY(dialog->messageIsError());
    QVERIFY2(dialog->messageText().contains(QLatin1String("Refusing plain http://")),
             qPrintable(dialog->messageText()));
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!m_workspace->hasAccount(QStringLiteral("remote")));
    // The edits stay for the user to fix.
    QCOMPARE(child<QLineEdit>(*dialog, "baseUrlEdit")->text(), QStringLiteral("http://example.com"));

    // Loopback http is fine.
    auto *url = child<QLineEdit>(*dialog, "baseUrlEdit");
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(problem->isHidden());
}

void TestAccountsDialog::newAccountNeedsAToken()
{
    auto dialog = makeDialog();
    fill(*dialog, QStringLiteral("tokenless"), ProviderId::Layers, QString());
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    dialog->save();
    QVERIFY(waitFor(saved));
    QCOMPARE(saved.first().at(0).toBool(), false);
    QVERIFY2(dialog->messageText().contains(QLatin1String("token")), qPrintable(dialog->messageText()));
    QVERIFY(m_store->list().isEmpty());

    // A token with a space is refused before the keychain.
    saved.clear();
    QTest::keyClicks(child<QLineEdit>(*dialog, "tokenEdit"), QStringLiteral("two words"));
    dialog->save();
    QVERIFY(waitFor(saved));
    QCOMPARE(saved.first().at(0).toBool(), false);
    QVERIFY(!dialog->messageText().contains(QLatin1String("two words")));
    QVERIFY(m_store->list().isEmpty());
}

void TestAccountsDialog::colourFollowsTheEnvironmentUntilChosen()
{
    auto dialog = makeDialog();
    auto *env = child<QComboBox>(*dialog, "environmentCombo");
    auto *colour = child<QPushButton>(*dialog, "colorButton");
    QVERIFY(env->isEditable());
    env->setCurrentText(QStringLiteral("production"));
    QVERIFY2(colour->toolTip().contains(QLatin1String("#c62828")), qPrintable(colour->toolTip()));
    env->setCurrentText(QStringLiteral("staging"));
    QVERIFY2(colour->toolTip().contains(QLatin1String("#f0a020")), qPrintable(colour->toolTip()));
    env->setCurrentText(QStringLiteral("development"));
    QVERIFY2(colour->toolTip().contains(QLatin1String("#1f6feb")), qPrintable(colour->toolTip()));
    colour->click(); // the injected picker answers purple
    QVERIFY2(colour->toolTip().contains(QLatin1String("#7b1fa2")), qPrintable(colour->toolTip()));
    env->setCurrentText(QStringLiteral("production"));
    QVERIFY2(colour->toolTip().contains(QLatin1String("#7b1fa2")), qPrintable(colour->toolTip()));
}

void TestAccountsDialog::everyControlHasAnAccessibleName()
{
    auto dialog = makeDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const char *names[] = {"accountList",   "addButton",      "removeButton",   "nameEdit",
                           "providerCombo", "baseUrlEdit",    "resetUrlButton", "environmentCombo",
                           "colorButton",   "tokenEdit",      "testButton",     "saveButton",
                           "closeButton",   "banner",         "testResult",     "urlProblem",
                           "caFileEdit",    "caBrowseButton", "caProblem"};
    for (const char *name : names) {
        const QWidget *widget = child<QWidget>(*dialog, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // Every focusable control is one of them (or a combo's own line edit, named by its combo).
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(dialog.get()) ||
            qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    // The CA file field is reached with its label's mnemonic.
    QCOMPARE(child<QLabel>(*dialog, "caFileLabel")->buddy(), child<QWidget>(*dialog, "caFileEdit"));
    // The token field never shows its text.
    QCOMPARE(child<QLineEdit>(*dialog, "tokenEdit")->echoMode(), QLineEdit::Password);
}

void TestAccountsDialog::enterSavesAndEscapeCloses()
{
    auto dialog = makeDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    auto *name = child<QLineEdit>(*dialog, "nameEdit");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return); // empty form: refused, but it was a save
    QVERIFY(waitFor(saved));
    QCOMPARE(saved.first().at(0).toBool(), false);
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

void TestAccountsDialog::testConnectionReportsTheEndpointCount()
{
    auto dialog = makeDialog();
    const QString token = SandboxServer::tokenFor(ProviderId::Layers);
    fill(*dialog, QStringLiteral("sandbox"), ProviderId::Layers, token, m_sandbox.baseUrl().toString());
    QSignalSpy tested(dialog.get(), &AccountsDialog::testFinished);
    child<QPushButton>(*dialog, "testButton")->click();
    QVERIFY(waitFor(tested));
    const int expected = int(m_sandbox.endpointIds(ProviderId::Layers).size());
    QVERIFY(expected > 0);
    const QString message = tested.first().at(1).toString();
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("Connected: %1 endpoint").arg(expected)), qPrintable(message));
    QCOMPARE(child<QLabel>(*dialog, "testResult")->text(), message);
    // A test saves nothing.
    QVERIFY(m_store->list().isEmpty());
}

void TestAccountsDialog::testConnectionWithAWrongTokenReports401()
{
    auto dialog = makeDialog();
    fill(*dialog, QStringLiteral("sandbox"), ProviderId::OpenTrain, QStringLiteral("wrong-token"),
         m_sandbox.baseUrl().toString());
    QSignalSpy tested(dialog.get(), &AccountsDialog::testFinished);
    child<QPushButton>(*dialog, "testButton")->click();
    QVERIFY(waitFor(tested));
    const QString message = tested.first().at(1).toString();
    QCOMPARE(tested.first().at(0).toBool(), false);
    QVERIFY2(message.contains(QLatin1String("401")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("wrong-token")));
}

void TestAccountsDialog::caFileIsCheckedWhenChosenAndOnSave()
{
    auto dialog = makeDialog();
    QString answer = m_pki.path("key-only.pem");
    dialog->setFilePicker([&answer](QWidget *, const QString &) { return answer; });
    fill(*dialog, QStringLiteral("private-ca"), ProviderId::OpenTrain, newToken(),
         QStringLiteral("https://staging.example.com"));
    auto *problem = child<QLabel>(*dialog, "caProblem");
    QVERIFY(problem->isHidden());
    // Said as soon as the file is chosen, naming the file and the cause…
    child<QPushButton>(*dialog, "caBrowseButton")->click();
    QCOMPARE(child<QLineEdit>(*dialog, "caFileEdit")->text(), QDir::toNativeSeparators(answer));
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(QLatin1String("private key")) &&
                 problem->text().contains(QDir::toNativeSeparators(answer)),
             qPrintable(problem->text()));
    // …and again on save, before the keychain is asked.
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    dialog->save();
    QVERIFY(waitFor(saved));
    QCOMPARE(saved.first().at(0).toBool(), false);
    QVERIFY2(dialog->messageText().contains(QLatin1String("private key")), qPrintable(dialog->messageText()));
    QVERIFY(m_store->list().isEmpty());
    // A relative path typed by hand is refused: the account is used from any folder.
    auto *edit = child<QLineEdit>(*dialog, "caFileEdit");
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("ca.pem"));
    QVERIFY(problem->text().contains(QLatin1String("absolute"))); // a shown problem follows the typing
    // A server's own certificate is not a CA.
    answer = m_pki.path("server.pem");
    child<QPushButton>(*dialog, "caBrowseButton")->click();
    QVERIFY2(problem->text().contains(QLatin1String("no CA certificate")), qPrintable(problem->text()));
    // The CA's certificate is fine; cancelling the picker keeps it.
    answer = m_pki.path("ca.pem");
    child<QPushButton>(*dialog, "caBrowseButton")->click();
    QVERIFY(problem->isHidden());
    answer.clear();
    child<QPushButton>(*dialog, "caBrowseButton")->click();
    QCOMPARE(edit->text(), QDir::toNativeSeparators(m_pki.path("ca.pem")));
}

void TestAccountsDialog::testConnectionTrustsTheCaFile()
{
    TlsTestServer server; // its certificate comes from the private CA
    QVERIFY(server.start(m_pki.path("server.pem"), m_pki.path("server.key")));
    auto dialog = makeDialog();
    dialog->setFilePicker([this](QWidget *, const QString &) { return m_pki.path("ca.pem"); });
    fill(*dialog, QStringLiteral("staging"), ProviderId::OpenTrain, newToken(), server.url().toString());
    QSignalSpy tested(dialog.get(), &AccountsDialog::testFinished);
    child<QPushButton>(*dialog, "testButton")->click();
    QVERIFY(waitFor(tested));
    QCOMPARE(tested.first().at(0).toBool(), false);
    QVERIFY2(tested.first().at(1).toString().contains(QLatin1String("TLS")),
             qPrintable(tested.first().at(1).toString()));
    QVERIFY(server.requests.isEmpty());

    child<QPushButton>(*dialog, "caBrowseButton")->click();
    tested.clear();
    child<QPushButton>(*dialog, "testButton")->click();
    QVERIFY(waitFor(tested));
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(m_store->list().isEmpty()); // a test saves nothing
}

// ---- with the real keychain -------------------------------------------------------------------

void TestAccountsDialog::addStoresTheTokenInTheKeychainOnly()
{
    REQUIRE_KEYCHAIN();
    auto dialog = makeDialog();
    const QString name = account(QStringLiteral("acme-prod"));
    const QString token = newToken();
    fill(*dialog, name, ProviderId::Diligent, token);
    child<QComboBox>(*dialog, "environmentCombo")->setCurrentText(QStringLiteral("production"));
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    QSignalSpy added(dialog.get(), &AccountsDialog::accountSaved);
    dialog->save();
    QVERIFY(waitFor(saved));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QCOMPARE(added.count(), 1);
    QCOMPARE(dialog->currentAccount(), name);

    // In the keychain…
    QString error;
    const QString stored = TokenStore(m_service).readTokenBlocking(name, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(stored == token, "the keychain holds a different token");
    // …in the account store and the session…
    const std::optional<Account> saved1 = m_store->find(name);
    QVERIFY(saved1);
    QCOMPARE(saved1->provider, ProviderId::Diligent);
    QCOMPARE(saved1->environment, QStringLiteral("production"));
    QCOMPARE(saved1->colorName, QStringLiteral("#c62828"));
    QVERIFY(m_workspace->hasAccount(name));
    QVERIFY2(m_workspace->connectionFor(name).token == token, "the session holds a different token");
    // …and nowhere in the settings file.
    const QByteArray ini = settingsBytes();
    QVERIFY(ini.contains(name.toUtf8()));
    QVERIFY2(!ini.contains(token.toUtf8()) && !ini.contains(token.toUtf8().toBase64()),
             "the token landed in the settings file");
    // Never shown again: the field is empty and now says the token is kept.
    auto *tokenEdit = child<QLineEdit>(*dialog, "tokenEdit");
    QVERIFY(tokenEdit->text().isEmpty());
    QCOMPARE(tokenEdit->placeholderText(), QStringLiteral("Leave empty to keep the stored token"));
    // The same name again is refused rather than silently overwritten.
    dialog->startNewAccount();
    fill(*dialog, QStringLiteral("ACME-prod"), ProviderId::Layers, newToken());
    saved.clear();
    dialog->save();
    QVERIFY(waitFor(saved));
    QCOMPARE(saved.first().at(0).toBool(), false);
    QVERIFY2(dialog->messageText().contains(QLatin1String("already exists")),
             qPrintable(dialog->messageText()));
}

void TestAccountsDialog::editKeepsTheStoredToken()
{
    REQUIRE_KEYCHAIN();
    const QString name = account(QStringLiteral("keeper"));
    const QString token = newToken();
    QVERIFY(m_tokens->writeTokenBlocking(name, token));
    Account stored(name, ProviderId::Atoa);
    stored.environment = QStringLiteral("staging");
    QVERIFY(m_store->save(stored));

    auto dialog = makeDialog();
    dialog->selectAccount(name);
    QCOMPARE(dialog->currentAccount(), name);
    auto *tokenEdit = child<QLineEdit>(*dialog, "tokenEdit");
    QVERIFY(tokenEdit->text().isEmpty()); // never pre-filled
    QCOMPARE(tokenEdit->placeholderText(), QStringLiteral("Leave empty to keep the stored token"));
    QCOMPARE(child<QComboBox>(*dialog, "environmentCombo")->currentText(), QStringLiteral("staging"));

    child<QComboBox>(*dialog, "environmentCombo")->setCurrentText(QStringLiteral("sandbox"));
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    dialog->save();
    QVERIFY(waitFor(saved));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QCOMPARE(m_store->find(name)->environment, QStringLiteral("sandbox"));
    // The session got the stored token, read from the keychain.
    QVERIFY2(m_workspace->connectionFor(name).token == token, "the session holds a different token");
    QVERIFY2(m_tokens->readTokenBlocking(name) == token, "the keychain entry changed");
}

void TestAccountsDialog::renameMovesTheKeychainEntry()
{
    REQUIRE_KEYCHAIN();
    const QString oldName = account(QStringLiteral("old-name"));
    const QString newName = account(QStringLiteral("new-name"));
    const QString token = newToken();
    QVERIFY(m_tokens->writeTokenBlocking(oldName, token));
    QVERIFY(m_store->save(Account(oldName, ProviderId::OptimalDial)));

    auto dialog = makeDialog();
    dialog->selectAccount(oldName);
    auto *nameEdit = child<QLineEdit>(*dialog, "nameEdit");
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, newName);
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    dialog->save();
    QVERIFY(waitFor(saved));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QVERIFY(!m_store->find(oldName));
    QVERIFY(m_store->find(newName));
    QVERIFY2(m_tokens->readTokenBlocking(newName) == token, "the token did not move");
    QString error;
    QVERIFY(m_tokens->readTokenBlocking(oldName, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("No token stored")), qPrintable(error));
    QVERIFY(m_workspace->hasAccount(newName));
    QVERIFY(!m_workspace->hasAccount(oldName));
}

void TestAccountsDialog::removeDeletesTheKeychainEntry()
{
    REQUIRE_KEYCHAIN();
    const QString name = account(QStringLiteral("doomed"));
    QVERIFY(m_tokens->writeTokenBlocking(name, newToken()));
    QVERIFY(m_store->save(Account(name, ProviderId::Layers)));
    m_workspace->setAccount(Account(name, ProviderId::Layers), QStringLiteral("in-memory"));

    auto dialog = makeDialog();
    dialog->selectAccount(name);
    // Declined: nothing happens.
    QString asked;
    dialog->setConfirmer([&asked](QWidget *, const QString &, const QString &text) {
        asked = text;
        return false;
    });
    QSignalSpy removed(dialog.get(), &AccountsDialog::removeFinished);
    child<QPushButton>(*dialog, "removeButton")->click();
    QVERIFY(waitFor(removed));
    QVERIFY(asked.contains(name));
    QCOMPARE(removed.first().at(0).toBool(), false);
    QVERIFY(m_store->find(name));

    // Confirmed: the keychain entry, the stored account and the session's account go.
    dialog->setConfirmer([](QWidget *, const QString &, const QString &) { return true; });
    removed.clear();
    child<QPushButton>(*dialog, "removeButton")->click();
    QVERIFY(waitFor(removed));
    QVERIFY2(removed.first().at(0).toBool(), qPrintable(removed.first().at(1).toString()));
    QVERIFY(!m_store->find(name));
    QVERIFY(!m_workspace->hasAccount(name));
    QString error;
    QVERIFY(m_tokens->readTokenBlocking(name, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("No token stored")), qPrintable(error));
    QVERIFY(!settingsBytes().contains(name.toUtf8()));
}

void TestAccountsDialog::testConnectionUsesTheStoredToken()
{
    REQUIRE_KEYCHAIN();
    const QString name = account(QStringLiteral("stored-token"));
    QVERIFY(m_tokens->writeTokenBlocking(name, SandboxServer::tokenFor(ProviderId::Atoa)));
    Account stored(name, ProviderId::Atoa);
    stored.baseUrl = m_sandbox.baseUrl();
    QVERIFY(m_store->save(stored));

    auto dialog = makeDialog();
    dialog->selectAccount(name);
    QSignalSpy tested(dialog.get(), &AccountsDialog::testFinished);
    child<QPushButton>(*dialog, "testButton")->click();
    QVERIFY(waitFor(tested));
    const QString message = tested.first().at(1).toString();
    QVERIFY2(tested.first().at(0).toBool(), qPrintable(message));
    QVERIFY2(
        message.startsWith(
            QStringLiteral("Connected: %1 endpoint").arg(m_sandbox.endpointIds(ProviderId::Atoa).size())),
        qPrintable(message));
}

// ---- no keychain at all: a child process whose session bus leads nowhere ------------------------

void TestAccountsDialog::noKeychainShowsTheErrorAndSavesNothing()
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
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const ChildRun child =
        runTestFunctionInChild(QStringLiteral("noKeychainShowsTheErrorAndSavesNothing"), env);
    QVERIFY2(child.finished, "the child without a keychain did not finish");
    QVERIFY2(!child.output.contains(token), "the token appeared in the child's output");
    QVERIFY2(child.passed, qPrintable(child.output));
    QVERIFY2(child.output.contains(QLatin1String("PASS   : TestAccountsDialog::noKeychain")),
             qPrintable(child.output));

    // No file under HOME holds the token: no plaintext fallback anywhere.
    QStringList holdingToken;
    filesBelow(home.path(), token.toUtf8(), &holdingToken);
    QVERIFY2(holdingToken.isEmpty(),
             qPrintable(QStringLiteral("the token landed in ") + holdingToken.join(QLatin1String(", "))));
}

void TestAccountsDialog::runAsChildWithoutKeychain()
{
    const QString token = qEnvironmentVariable(kChildTokenVariable);
    QVERIFY(TokenStore::isPlausibleToken(token));
    auto dialog = makeDialog();
    fill(*dialog, QStringLiteral("offline"), ProviderId::OpenTrain, token);
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    dialog->save();
    QVERIFY(waitFor(saved, 60000));
    QCOMPARE(saved.first().at(0).toBool(), false);
    const QString message = dialog->messageText();
    qInfo("shown without a keychain: %s", qPrintable(message));
    QVERIFY(dialog->messageIsError());
    QVERIFY2(message.contains(kNoKeychainPrefix), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not saved")), qPrintable(message));
    QVERIFY2(!message.contains(token), "the token appeared in the message");
    // Nothing saved anywhere, and the edits (the token included) are still in the form for a retry.
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!settingsBytes().contains("offline"));
    QVERIFY(!m_workspace->hasAccount(QStringLiteral("offline")));
    QCOMPARE(child<QLineEdit>(*dialog, "nameEdit")->text(), QStringLiteral("offline"));
    QVERIFY2(child<QLineEdit>(*dialog, "tokenEdit")->text() == token, "the token field was cleared");
    QVERIFY(!dialog->isBusy());

    const QString dir = qEnvironmentVariable("PATCHBAY_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::qWait(50);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("accounts-dialog-no-keychain.png"))));
    }
}

// ---- screenshot -------------------------------------------------------------------------------

void TestAccountsDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("PATCHBAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set PATCHBAY_SCREENSHOT_DIR to save a screenshot of the dialog");
    Account production(QStringLiteral("Acme production"), ProviderId::OpenTrain);
    production.environment = QStringLiteral("production");
    Account staging(QStringLiteral("Globex staging"), ProviderId::Layers);
    staging.environment = QStringLiteral("staging");
    QVERIFY(m_store->save(production));
    QVERIFY(m_store->save(staging));

    auto dialog = makeDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(QDir().mkpath(dir));
    // An account being edited, with a successful connection test against the sandbox.
    dialog->selectAccount(staging.name);
    fill(*dialog, staging.name, ProviderId::Layers, SandboxServer::tokenFor(ProviderId::Layers),
         m_sandbox.baseUrl().toString());
    QSignalSpy tested(dialog.get(), &AccountsDialog::testFinished);
    child<QPushButton>(*dialog, "testButton")->click();
    QVERIFY(waitFor(tested));
    QTest::qWait(50); // let the layout settle
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("accounts-dialog.png"))));

    // A new account refused for its plain http:// URL.
    dialog->startNewAccount();
    fill(*dialog, QStringLiteral("Remote"), ProviderId::Diligent, QStringLiteral("x"),
         QStringLiteral("http://example.com"));
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    dialog->save();
    QVERIFY(waitFor(saved));
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("accounts-dialog-error.png"))));
}

void TestAccountsDialog::savedCaFileReachesTheStoreAndTheSession()
{
    REQUIRE_KEYCHAIN();
    auto dialog = makeDialog();
    dialog->setFilePicker([this](QWidget *, const QString &) { return m_pki.path("ca.pem"); });
    const QString name = account(QStringLiteral("private-ca"));
    const QString token = newToken();
    fill(*dialog, name, ProviderId::OpenTrain, token, QStringLiteral("https://staging.example.com"));
    child<QPushButton>(*dialog, "caBrowseButton")->click();
    QSignalSpy saved(dialog.get(), &AccountsDialog::saveFinished);
    dialog->save();
    QVERIFY(waitFor(saved));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QCOMPARE(m_store->find(name)->caFile, m_pki.path("ca.pem"));
    QCOMPARE(m_workspace->connectionFor(name).extraCaCertificates.size(), 1);
    QVERIFY(settingsBytes().contains("caFile"));
    QVERIFY(!settingsBytes().contains(token.toUtf8()));
    // Reopened, the form shows the file again; clearing it and saving removes it.
    dialog->selectAccount(name);
    auto *edit = child<QLineEdit>(*dialog, "caFileEdit");
    QCOMPARE(edit->text(), m_pki.path("ca.pem"));
    edit->clear();
    saved.clear();
    dialog->save();
    QVERIFY(waitFor(saved));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QVERIFY(m_store->find(name)->caFile.isEmpty());
    QVERIFY(m_workspace->connectionFor(name).extraCaCertificates.isEmpty());
    QVERIFY(!settingsBytes().contains("caFile"));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
