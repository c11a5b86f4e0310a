// `patchbay-cli accounts …` as a process, with accounts in the real keychain of tests/with-keyring.sh
// and a real patchbay-sandbox: what `accounts rename` moves, and what it refuses without changing
// anything.

#include "common/cliharness.h"
#include "providers/providerid.h"
#include "sandbox/sandboxserver.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUuid>

class TestCliAccounts : public CliHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void renameMovesTheTokenAndEverySetting();
    void renameOfAMissingAccountChangesNothing();
    void renameOntoAnExistingNameChangesNothing();

private:
    QJsonArray accountsJson();
    // The CLI's settings file (QSettings' native format on Linux is INI) under the harness's HOME.
    QString settingsPath() const { return m_home.path() + QStringLiteral("/config/Patchbay/Patchbay.conf"); }
    QVariantMap group(const QString &account) const
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("accounts/") + account);
        QVariantMap values;
        for (const QString &key : settings.allKeys())
            values.insert(key, settings.value(key));
        return values;
    }
    QString uniqueName(const QString &prefix) const
    {
        return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    }
};

#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (!haveKeychain())                                                                                 \
            QSKIP("Needs a Secret Service: run inside tests/with-keyring.sh (sets "                          \
                  "PATCHBAY_KEYCHAIN_TESTS=1)");                                                             \
    } while (false)

void TestCliAccounts::initTestCase()
{
    const QString problem = startSandbox();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliAccounts::cleanup()
{
    removeAddedAccounts();
}

void TestCliAccounts::cleanupTestCase()
{
    stopSandbox();
}

QJsonArray TestCliAccounts::accountsJson()
{
    const CliRun list =
        runCli({QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
    if (!list.problem.isEmpty() || list.exitCode != 0)
        qFatal("accounts list failed: %s %s", qPrintable(list.problem), qPrintable(list.err));
    return QJsonDocument::fromJson(list.out.toUtf8()).array();
}

void TestCliAccounts::renameMovesTheTokenAndEverySetting()
{
    REQUIRE_KEYCHAIN();
    QString error;
    const QString oldName = addAccount(ProviderId::Layers, QStringLiteral("old"), &error);
    QVERIFY2(!oldName.isEmpty(), qPrintable(error));
    const QString other = addAccount(ProviderId::Atoa, QStringLiteral("other"), &error);
    QVERIFY2(!other.isEmpty(), qPrintable(error));
    // What only the window sets (label, colour) goes straight into the CLI's settings file.
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QVERIFY2(settings.childGroups().contains(QLatin1String("accounts")), qPrintable(settingsPath()));
        settings.setValue(QStringLiteral("accounts/%1/environment").arg(oldName),
                          QStringLiteral("production"));
        settings.setValue(QStringLiteral("accounts/%1/color").arg(oldName), QStringLiteral("#c62828"));
    }
    const QVariantMap oldSettings = group(oldName);
    const QVariantMap otherSettings = group(other);
    QCOMPARE(oldSettings.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QVERIFY(oldSettings.contains(QStringLiteral("baseUrl"))); // the sandbox, not the documented host

    // To its own name (as OLD is found: in any case): nothing moves, and the output says so.
    for (const QString &same : {oldName, oldName.toUpper()}) {
        RUN_CLI(unchanged, {QStringLiteral("accounts"), QStringLiteral("rename"), same, oldName});
        QCOMPARE(unchanged.exitCode, 0);
        QVERIFY2(unchanged.out.contains(QLatin1String("nothing was changed")), qPrintable(unchanged.out));
        QVERIFY2(!unchanged.out.contains(QLatin1String("moved")), qPrintable(unchanged.out));
        QCOMPARE(group(oldName), oldSettings);
    }

    const QString newName = uniqueName(QStringLiteral("new"));
    m_addedAccounts << newName; // removed at cleanup whatever happens
    RUN_CLI(renamed, {QStringLiteral("accounts"), QStringLiteral("rename"), oldName, newName});
    QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
    QVERIFY2(renamed.out.contains(oldName) && renamed.out.contains(newName), qPrintable(renamed.out));

    // The new name works against the sandbox with the moved token…
    RUN_CLI(listed, {QStringLiteral("--account"), newName, QStringLiteral("--json"),
                     QStringLiteral("endpoints"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY(!QJsonDocument::fromJson(listed.out.toUtf8()).array().isEmpty());
    // …the old one no longer resolves…
    RUN_CLI(gone,
            {QStringLiteral("--account"), oldName, QStringLiteral("endpoints"), QStringLiteral("list")});
    QCOMPARE(gone.exitCode, 2);
    QVERIFY2(gone.err.contains(oldName), qPrintable(gone.err));
    // …every setting came along, and the other account is untouched.
    QCOMPARE(group(newName), oldSettings);
    QVERIFY(group(oldName).isEmpty());
    QCOMPARE(group(other), otherSettings);
}

void TestCliAccounts::renameOfAMissingAccountChangesNothing()
{
    REQUIRE_KEYCHAIN();
    QString error;
    const QString present = addAccount(ProviderId::Diligent, QStringLiteral("present"), &error);
    QVERIFY2(!present.isEmpty(), qPrintable(error));
    const QJsonArray before = accountsJson();

    const QString missing = uniqueName(QStringLiteral("missing"));
    const QString target = uniqueName(QStringLiteral("target"));
    RUN_CLI(r, {QStringLiteral("accounts"), QStringLiteral("rename"), missing, target});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(accountsJson(), before);
    RUN_CLI(stillWorks,
            {QStringLiteral("--account"), present, QStringLiteral("endpoints"), QStringLiteral("list")});
    QVERIFY2(stillWorks.exitCode == 0, qPrintable(stillWorks.err));
}

void TestCliAccounts::renameOntoAnExistingNameChangesNothing()
{
    REQUIRE_KEYCHAIN();
    QString error;
    const QString first = addAccount(ProviderId::Layers, QStringLiteral("first"), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    const QString second = addAccount(ProviderId::OptimalDial, QStringLiteral("second"), &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    const QJsonArray before = accountsJson();

    // Names are unique case-insensitively.
    for (const QString &taken : {second, second.toUpper()}) {
        RUN_CLI(r, {QStringLiteral("accounts"), QStringLiteral("rename"), first, taken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
        QCOMPARE(accountsJson(), before);
    }
    // Nor onto a look-alike of it (an invisible character added), nor a name that reorders text.
    for (const QString &lookalike : QStringList{second + QChar(0x200b), QChar(0x202e) + second}) {
        RUN_CLI(r, {QStringLiteral("accounts"), QStringLiteral("rename"), first, lookalike});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("invisible characters")), qPrintable(r.err));
        QCOMPARE(accountsJson(), before);
    }
    // Both still reach the sandbox with their own tokens.
    for (const QString &name : {first, second}) {
        RUN_CLI(r, {QStringLiteral("--account"), name, QStringLiteral("endpoints"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
