#include "common/testpki.h"
#include "providers/providerspec.h"
#include "secrets/accountstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// AccountStore over a QSettings in a temporary INI file.
class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaultBaseUrlIsTheDocumentedHost();
    void isProduction_data();
    void isProduction();
    void roundTrip();
    void saveReplacesAndKeepsOthers();
    void settingsNeverContainTheToken();
    void nameValidation_data();
    void nameValidation();
    void namesAreUniqueCaseInsensitively();
    void baseUrlValidation_data();
    void baseUrlValidation();
    void colorValidation();
    void corruptEntriesAreSkipped();
    void removeTouchesOnlyThatAccount();
    void rename();
    void findIsExactFirstThenCaseInsensitive();
    void caFileIsAPathCheckedOnSave();

private:
    QString iniText() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_path;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("patchbay.ini"));
    m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
}

void TestAccountStore::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

QString TestAccountStore::iniText() const
{
    m_settings->sync();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestAccountStore::defaultBaseUrlIsTheDocumentedHost()
{
    for (ProviderId id : Providers::all()) {
        const Account account(QStringLiteral("a"), id);
        QCOMPARE(account.baseUrl, QUrl(Providers::spec(id).defaultBaseUrl));
        QVERIFY(account.baseUrl.isValid());
    }
}

void TestAccountStore::isProduction_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("production");
    QTest::newRow("production") << QStringLiteral("production") << true;
    QTest::newRow("Production") << QStringLiteral("Production") << true;
    QTest::newRow("PROD") << QStringLiteral("PROD") << true;
    QTest::newRow("prod") << QStringLiteral("prod") << true;
    QTest::newRow("staging") << QStringLiteral("staging") << false;
    QTest::newRow("pre-production") << QStringLiteral("pre-production") << false;
    QTest::newRow("products") << QStringLiteral("products") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAccountStore::isProduction()
{
    QFETCH(QString, environment);
    QFETCH(bool, production);
    Account account(QStringLiteral("a"), ProviderId::Layers);
    account.environment = environment;
    QCOMPARE(account.isProduction(), production);
}

void TestAccountStore::roundTrip()
{
    QList<Account> saved;
    Account layers(QStringLiteral("Layers prod"), ProviderId::Layers);
    layers.environment = QStringLiteral("production");
    layers.colorName = QStringLiteral("#c0392b");
    saved << layers;
    Account local(QStringLiteral("atoa sandbox"), ProviderId::Atoa);
    local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8123/sandbox/atoa"));
    local.environment = QStringLiteral("local, eu"); // a comma: INI must not turn it into a list
    local.colorName = QStringLiteral("teal");
    saved << local;
    // Characters INI files treat specially, and non-ASCII.
    Account odd(QStringLiteral("Ünïcødé = [eu]; #1 %20 \"q\""), ProviderId::OptimalDial);
    odd.baseUrl = QUrl(QStringLiteral("https://eu.example.com:8443/api"));
    saved << odd;
    Account diligent(QStringLiteral("diligent"), ProviderId::Diligent);
    diligent.baseUrl = QUrl(QStringLiteral("http://[::1]:9000"));
    saved << diligent;

    {
        AccountStore store(m_settings.get());
        for (const Account &account : saved) {
            QString error;
            QVERIFY2(store.save(account, &error), qPrintable(error));
        }
    }
    m_settings.reset();

    // A fresh QSettings reads what the first one wrote.
    QSettings reopened(m_path, QSettings::IniFormat);
    AccountStore store(&reopened);
    const QList<Account> loaded = store.list();
    QCOMPARE(loaded.size(), saved.size());
    QStringList names;
    for (const Account &account : loaded)
        names << account.name;
    QCOMPARE(names, (QStringList{QStringLiteral("atoa sandbox"), QStringLiteral("diligent"),
                                 QStringLiteral("Layers prod"), odd.name}));
    for (const Account &account : saved) {
        const std::optional<Account> found = store.find(account.name);
        QVERIFY(found);
        QCOMPARE(found->name, account.name);
        QCOMPARE(found->provider, account.provider);
        QCOMPARE(found->baseUrl, account.baseUrl);
        QCOMPARE(found->environment, account.environment);
        QCOMPARE(found->colorName, account.colorName);
        QVERIFY(*found == account);
    }
}

void TestAccountStore::saveReplacesAndKeepsOthers()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(Account(QStringLiteral("one"), ProviderId::OpenTrain)));
    QVERIFY(store.save(Account(QStringLiteral("two"), ProviderId::Layers)));
    Account changed(QStringLiteral("one"), ProviderId::Diligent);
    changed.baseUrl = QUrl(QStringLiteral("https://other.example.com"));
    changed.environment = QStringLiteral("staging");
    QVERIFY(store.save(changed));
    QCOMPARE(store.list().size(), 2);
    QVERIFY(*store.find(QStringLiteral("one")) == changed);
    QCOMPARE(store.find(QStringLiteral("two"))->provider, ProviderId::Layers);

    // Back to the documented host: the key goes, so the account follows the provider's default.
    changed.baseUrl = Account::defaultBaseUrl(ProviderId::Diligent);
    QVERIFY(store.save(changed));
    QVERIFY(!m_settings->contains(QStringLiteral("accounts/one/baseUrl")));
    QCOMPARE(store.find(QStringLiteral("one"))->baseUrl, Account::defaultBaseUrl(ProviderId::Diligent));
}

void TestAccountStore::settingsNeverContainTheToken()
{
    // What the app holds next to an account in memory (a Connection's token) must never reach the file.
    const QString token = QStringLiteral("pb_live_Zx81kQ0vT7mN3cR5");
    AccountStore store(m_settings.get());
    Account account(QStringLiteral("prod"), ProviderId::Layers);
    account.environment = QStringLiteral("production");
    account.colorName = QStringLiteral("#c0392b");
    account.baseUrl = QUrl(QStringLiteral("https://api.example.com/v2"));
    QVERIFY(store.save(account));
    QVERIFY(store.rename(QStringLiteral("prod"), QStringLiteral("production")));

    const QString text = iniText();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(token));
    for (const char *word : {"token", "secret", "password", "authorization", "bearer"})
        QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), word);
    // The only keys are the four descriptive ones.
    const QStringList keys = m_settings->allKeys();
    QCOMPARE(keys.size(), 4);
    for (const QString &key : keys) {
        static const QRegularExpression allowed(
            QStringLiteral("^accounts/production/(provider|baseUrl|environment|color)$"));
        QVERIFY2(allowed.match(key).hasMatch(), qPrintable(key));
    }
}

void TestAccountStore::nameValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cause"); // a word the error must contain; empty = accepted
    QTest::newRow("plain") << QStringLiteral("Acme production") << QString();
    QTest::newRow("unicode") << QStringLiteral("Zürich – staging") << QString();
    QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("leading space") << QStringLiteral(" acme") << QStringLiteral("spaces");
    QTest::newRow("trailing tab") << QStringLiteral("acme\t") << QStringLiteral("spaces");
    QTest::newRow("slash") << QStringLiteral("acme/prod") << QStringLiteral("/");
    QTest::newRow("backslash") << QStringLiteral("acme\\prod") << QStringLiteral("\\");
    QTest::newRow("newline") << QStringLiteral("acme\nprod") << QStringLiteral("control");
    // Look-alikes of another name, or text that reorders what follows it on screen.
    QTest::newRow("zero width space") << QStringLiteral("prod\u200b") << QStringLiteral("invisible");
    QTest::newRow("bidi override") << QStringLiteral("prod\u202eue") << QStringLiteral("invisible");
    QTest::newRow("line separator") << QStringLiteral("acme\u2028prod") << QStringLiteral("invisible");
    QTest::newRow("emoji") << QStringLiteral("payroll \U0001F4B0") << QString();
    QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << QStringLiteral("64");
}

void TestAccountStore::nameValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, cause);
    QCOMPARE(AccountStore::checkName(name).isEmpty(), cause.isEmpty());
    AccountStore store(m_settings.get());
    QString error;
    const bool saved = store.save(Account(name, ProviderId::OpenTrain), &error);
    QCOMPARE(saved, cause.isEmpty());
    if (!saved) {
        QVERIFY2(error.contains(cause), qPrintable(error));
        QVERIFY(m_settings->allKeys().isEmpty());
    }
}

void TestAccountStore::namesAreUniqueCaseInsensitively()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(Account(QStringLiteral("Acme"), ProviderId::OpenTrain)));
    QString error;
    QVERIFY(!store.save(Account(QStringLiteral("ACME"), ProviderId::Layers), &error));
    QVERIFY2(error.contains(QLatin1String("already exists")) && error.contains(QLatin1String("Acme")),
             qPrintable(error));
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.find(QStringLiteral("Acme"))->provider, ProviderId::OpenTrain);
    // The exact name is a replace, not a duplicate.
    QVERIFY(store.save(Account(QStringLiteral("Acme"), ProviderId::Layers), &error));
    QCOMPARE(store.find(QStringLiteral("Acme"))->provider, ProviderId::Layers);
}

void TestAccountStore::baseUrlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("cause"); // a word the error must contain; empty = accepted
    QTest::newRow("https") << QStringLiteral("https://api.example.com") << QString();
    QTest::newRow("https with path") << QStringLiteral("https://api.example.com/v1") << QString();
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << QString();
    QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7") << QString();
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000") << QString();
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000") << QString();
    QTest::newRow("http remote") << QStringLiteral("http://api.example.com")
                                 << QStringLiteral("api.example.com");
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << QStringLiteral("128.0.0.1");
    QTest::newRow("http localhost.evil")
        << QStringLiteral("http://localhost.example.com") << QStringLiteral("localhost.example.com");
    QTest::newRow("ftp") << QStringLiteral("ftp://files.example.com") << QStringLiteral("ftp");
    QTest::newRow("relative") << QStringLiteral("api.example.com/v1") << QStringLiteral("absolute");
    QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("absolute");
    QTest::newRow("empty") << QString() << QStringLiteral("absolute");
    QTest::newRow("credentials") << QStringLiteral("https://user:pw@api.example.com")
                                 << QStringLiteral("password");
    QTest::newRow("query") << QStringLiteral("https://api.example.com/?key=1") << QStringLiteral("query");
}

void TestAccountStore::baseUrlValidation()
{
    QFETCH(QString, url);
    QFETCH(QString, cause);
    AccountStore store(m_settings.get());
    Account account(QStringLiteral("acme"), ProviderId::Layers);
    account.baseUrl = QUrl(url);
    QString error;
    const bool saved = store.save(account, &error);
    QCOMPARE(saved, cause.isEmpty());
    QCOMPARE(store.check(account).isEmpty(), cause.isEmpty());
    if (saved)
        return;
    QVERIFY2(error.contains(cause), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("pw@")));
    QVERIFY(store.list().isEmpty());
}

void TestAccountStore::colorValidation()
{
    for (const char *good : {"", "#c0392b", "#C0392B", "#fff", "#80c0392b", "teal", "DarkOrange"})
        QVERIFY2(AccountStore::checkColorName(QLatin1String(good)).isEmpty(), good);
    for (const char *bad : {"#c0392", "c0392b", "#ggg", "red; rm", "rgb(1,2,3)", "#"})
        QVERIFY2(AccountStore::checkColorName(QLatin1String(bad)).contains(QLatin1String("colour")), bad);
    AccountStore store(m_settings.get());
    Account account(QStringLiteral("acme"), ProviderId::Layers);
    account.colorName = QStringLiteral("#12345");
    QString error;
    QVERIFY(!store.save(account, &error));
    QVERIFY2(error.contains(QLatin1String("#12345")), qPrintable(error));
}

void TestAccountStore::corruptEntriesAreSkipped()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(Account(QStringLiteral("good one"), ProviderId::Layers)));
    QVERIFY(store.save(Account(QStringLiteral("good two"), ProviderId::Atoa)));
    // What a hand edit or an older/newer version could leave behind.
    m_settings->setValue(QStringLiteral("accounts/ghost/provider"), QStringLiteral("nosuchprovider"));
    m_settings->setValue(QStringLiteral("accounts/noprovider/environment"), QStringLiteral("prod"));
    m_settings->setValue(QStringLiteral("accounts/plainhttp/provider"), QStringLiteral("layers"));
    m_settings->setValue(QStringLiteral("accounts/plainhttp/baseUrl"),
                         QStringLiteral("http://api.example.com"));
    m_settings->setValue(QStringLiteral("accounts/garbled/provider"), QStringLiteral("diligent"));
    m_settings->setValue(QStringLiteral("accounts/garbled/baseUrl"), QStringLiteral("ht!tp:// bad url"));
    m_settings->setValue(QStringLiteral("accounts/creds/provider"), QStringLiteral("diligent"));
    m_settings->setValue(QStringLiteral("accounts/creds/baseUrl"),
                         QStringLiteral("https://u:hunter2@x.example"));
    m_settings->setValue(QStringLiteral("accounts/ badname/provider"), QStringLiteral("layers"));
    m_settings->setValue(QStringLiteral("accounts/colourful/provider"), QStringLiteral("OPENTRAIN"));
    m_settings->setValue(QStringLiteral("accounts/colourful/color"), QStringLiteral("not a colour!"));
    m_settings->setValue(QStringLiteral("accounts/wrongtype/provider"), QStringLiteral("layers"));
    m_settings->setValue(QStringLiteral("accounts/wrongtype/baseUrl"), QVariant(42));
    m_settings->sync();
    // And a line no INI parser understands.
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[accounts]\nthis line is = = not \\ valid \x01\n");
    }
    m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    AccountStore reread(m_settings.get());

    const QRegularExpression skipped(QStringLiteral("^Skipping (an )?account"));
    for (int i = 0; i < 7; ++i) // ghost, noprovider, plainhttp, garbled, creds, wrongtype, " badname"
        QTest::ignoreMessage(QtWarningMsg, skipped);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("colourful.*colour")));
    const QList<Account> accounts = reread.list();
    QStringList names;
    for (const Account &account : accounts)
        names << account.name;
    QCOMPARE(names, (QStringList{QStringLiteral("colourful"), QStringLiteral("good one"),
                                 QStringLiteral("good two")}));
    // Provider keys are case-insensitive; a bad colour is dropped, not the account.
    QCOMPARE(accounts.first().provider, ProviderId::OpenTrain);
    QVERIFY(accounts.first().colorName.isEmpty());
    QCOMPARE(accounts.at(2).provider, ProviderId::Atoa);
}

void TestAccountStore::removeTouchesOnlyThatAccount()
{
    AccountStore store(m_settings.get());
    for (const char *name : {"acme", "acme prod", "Acme-2", "zeta"})
        QVERIFY(store.save(Account(QLatin1String(name), ProviderId::Layers)));
    QString error;
    QVERIFY(!store.remove(QStringLiteral("ACME"), &error)); // exact names only
    QVERIFY2(error.contains(QLatin1String("ACME")), qPrintable(error));
    QVERIFY(!store.remove(QString(), &error));
    QVERIFY2(store.remove(QStringLiteral("acme"), &error), qPrintable(error));
    QStringList names;
    for (const Account &account : store.list())
        names << account.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("acme prod"), QStringLiteral("Acme-2"), QStringLiteral("zeta")}));
    QVERIFY(!store.remove(QStringLiteral("acme"), &error));
    QVERIFY2(error.contains(QLatin1String("no account")), qPrintable(error));
}

void TestAccountStore::rename()
{
    AccountStore store(m_settings.get());
    Account account(QStringLiteral("acme"), ProviderId::Diligent);
    account.baseUrl = QUrl(QStringLiteral("https://eu.diligent.example"));
    account.environment = QStringLiteral("staging");
    account.colorName = QStringLiteral("#2980b9");
    QVERIFY(store.save(account));
    QVERIFY(store.save(Account(QStringLiteral("other"), ProviderId::Layers)));

    QString error;
    QVERIFY2(store.rename(QStringLiteral("acme"), QStringLiteral("Acme EU"), &error), qPrintable(error));
    QVERIFY(!store.find(QStringLiteral("acme")));
    Account expected = account;
    expected.name = QStringLiteral("Acme EU");
    QVERIFY(*store.find(QStringLiteral("Acme EU")) == expected);

    // A case-only rename is allowed; a clash with another account, a bad name or a missing account is not.
    QVERIFY2(store.rename(QStringLiteral("Acme EU"), QStringLiteral("ACME EU"), &error), qPrintable(error));
    QCOMPARE(store.list().size(), 2);
    QVERIFY(!store.rename(QStringLiteral("ACME EU"), QStringLiteral("OTHER"), &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QVERIFY(!store.rename(QStringLiteral("ACME EU"), QStringLiteral("a/b"), &error));
    QVERIFY2(error.contains(QLatin1String("/")), qPrintable(error));
    QVERIFY(!store.rename(QStringLiteral("nobody"), QStringLiteral("somebody"), &error));
    QVERIFY2(error.contains(QLatin1String("nobody")), qPrintable(error));
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.find(QStringLiteral("ACME EU"))->environment, QStringLiteral("staging"));

    // The file on disk holds the result of each rename.
    m_settings->sync();
    QSettings reopened(m_path, QSettings::IniFormat);
    AccountStore again(&reopened);
    QCOMPARE(again.list().size(), 2);
    QVERIFY(again.find(QStringLiteral("ACME EU")));
}

void TestAccountStore::findIsExactFirstThenCaseInsensitive()
{
    AccountStore store(m_settings.get());
    QVERIFY(store.save(Account(QStringLiteral("Acme"), ProviderId::Layers)));
    QCOMPARE(store.find(QStringLiteral("acme"))->name, QStringLiteral("Acme"));
    QVERIFY(!store.find(QStringLiteral("acm")));
    // Two spellings can only come from a hand edit; the exact one wins.
    m_settings->setValue(QStringLiteral("accounts/ACME/provider"), QStringLiteral("atoa"));
    QCOMPARE(store.find(QStringLiteral("ACME"))->provider, ProviderId::Atoa);
    QCOMPARE(store.find(QStringLiteral("Acme"))->provider, ProviderId::Layers);
}

void TestAccountStore::caFileIsAPathCheckedOnSave()
{
    TestPki pki;
    const QString problem = pki.create();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    AccountStore store(m_settings.get());
    Account account(QStringLiteral("staging"), ProviderId::Layers);
    account.caFile = pki.path("ca.pem");
    QString error;
    QVERIFY2(store.save(account, &error), qPrintable(error));
    // Only the path is stored, never the certificate (nor anything else from the file).
    QVERIFY(iniText().contains(QLatin1String("caFile=")));
    QVERIFY(!iniText().contains(QLatin1String("BEGIN CERTIFICATE")));
    QCOMPARE(store.find(QStringLiteral("staging"))->caFile, pki.path("ca.pem"));
    QCOMPARE(*store.find(QStringLiteral("staging")), account);

    // Refused on save: a relative path, a key, a server's own certificate, a missing file.
    for (const QString &bad : {QStringLiteral("ca.pem"), pki.path("key-only.pem"), pki.path("server.pem"),
                               pki.path("missing.pem")}) {
        Account other(QStringLiteral("other"), ProviderId::Layers);
        other.caFile = bad;
        QVERIFY2(!store.save(other, &error), qPrintable(bad));
        QVERIFY2(error.contains(bad), qPrintable(error));
    }
    QVERIFY(!store.find(QStringLiteral("other")));

    // A file that goes missing later keeps the account listed (the error shows when it connects).
    QVERIFY(QFile::rename(pki.path("ca.pem"), pki.path("moved.pem")));
    QCOMPARE(store.find(QStringLiteral("staging"))->caFile, pki.path("ca.pem"));
    QVERIFY(QFile::rename(pki.path("moved.pem"), pki.path("ca.pem")));

    // Cleared, the key leaves the file.
    account.caFile.clear();
    QVERIFY2(store.save(account, &error), qPrintable(error));
    QVERIFY(!iniText().contains(QLatin1String("caFile")));
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
