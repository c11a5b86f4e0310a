#pragma once

#include "secrets/account.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <memory>
#include <optional>

class QSettings;

// The configured accounts, in QSettings under "accounts/<name>/…". Never holds a token.
// Entries that cannot be read back (unknown provider, bad URL, bad name) are skipped with a
// warning so one hand-edited entry never hides the others.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
public:
    static constexpr int MaxNameLength = 64;

    // nullptr: a default-constructed QSettings (organisation/application names of the app).
    // A given QSettings is not owned and must outlive the store.
    explicit AccountStore(QSettings *settings = nullptr);
    ~AccountStore();
    AccountStore(const AccountStore &) = delete;
    AccountStore &operator=(const AccountStore &) = delete;

    // Sorted by name (case-insensitively, ties by exact name).
    QList<Account> list() const;
    // Exact name first, then a case-insensitive match (names are unique case-insensitively).
    std::optional<Account> find(const QString &name) const;

    // Adds, or replaces the account with exactly this name. Returns false and sets *error when
    // the account is invalid or the settings cannot be written.
    bool save(const Account &account, QString *error = nullptr);
    // Removes exactly this account's group; the others are untouched.
    bool remove(const QString &name, QString *error = nullptr);
    // One atomic settings write: the account is never lost halfway. The token stays under the old
    // name in the keychain (AccountService moves both).
    bool rename(const QString &oldName, const QString &newName, QString *error = nullptr);
    // rename() and save() in one atomic write: oldName's group is replaced by account (name and fields).
    bool replace(const QString &oldName, const Account &account, QString *error = nullptr);

    // Empty when acceptable, otherwise a translated message naming the cause.
    static QString checkName(const QString &name);
    static QString checkColorName(const QString &colorName);
    // "" or an absolute path to a readable PEM file holding at least one CA certificate.
    static QString checkCaFile(const QString &path);
    // Everything save() checks: name, uniqueness of a new name, base URL, label and colour. With
    // renamedFrom, the account may take that account's place (a case-only rename is fine).
    QString check(const Account &account, const QString &renamedFrom = QString()) const;

private:
    QStringList groups() const;
    std::optional<Account> load(const QString &group) const; // empty (and a warning) when corrupt
    void write(const Account &account);
    QString checkUnique(const QString &name, const QString &ignoredName) const;
    // Writes to the file; when that fails, the in-memory settings go back to `before` (the accounts
    // group as it was), so the store never shows what is not on disk.
    bool commit(const QVariantMap &before, QString *error);
    QVariantMap snapshot() const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
};
