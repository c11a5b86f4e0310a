#include "secrets/accountstore.h"

#include "core/inerttext.h"
#include "net/apiclient.h"
#include "net/tlstrust.h"
#include "providers/providerspec.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <algorithm>

Q_LOGGING_CATEGORY(lcAccounts, "patchbay.accounts")

namespace {

const QString kGroup = QStringLiteral("accounts");
const QString kProvider = QStringLiteral("provider");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kEnvironment = QStringLiteral("environment");
const QString kColor = QStringLiteral("color");
const QString kCaFile = QStringLiteral("caFile");
constexpr int kMaxLabelLength = 64;

QString groupOf(const QString &name)
{
    return QString(kGroup + QLatin1Char('/') + name);
}

bool hasControlChars(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// A hand-edited "a, b" comes back from an INI file as a list: read it as the text it was.
QString readString(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (value.metaType().id() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1String(", "));
    return value.toString();
}

// list() and find() run many times in one command (a listing looks each account up again): a damaged
// entry is reported once per process, not once per look-up (a hundred accounts repeated it 201 times).
void warnOnce(const QString &message)
{
    static QMutex mutex;
    static QSet<QString> warned;
    const QMutexLocker lock(&mutex);
    if (warned.contains(message))
        return;
    warned.insert(message);
    qCWarning(lcAccounts, "%s", qPrintable(message));
}

} // namespace

AccountStore::AccountStore(QSettings *settings)
    : m_ownedSettings(settings ? nullptr : new QSettings),
      m_settings(settings ? settings : m_ownedSettings.get())
{}

AccountStore::~AccountStore() = default;

QList<Account> AccountStore::list() const
{
    QList<Account> accounts;
    for (const QString &group : groups()) {
        if (const std::optional<Account> account = load(group))
            accounts.append(*account);
    }
    std::sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.name < b.name;
    });
    return accounts;
}

std::optional<Account> AccountStore::find(const QString &name) const
{
    const QList<Account> accounts = list();
    for (const Account &account : accounts) {
        if (account.name == name)
            return account;
    }
    for (const Account &account : accounts) {
        if (account.name.compare(name, Qt::CaseInsensitive) == 0)
            return account;
    }
    return std::nullopt;
}

bool AccountStore::save(const Account &account, QString *error)
{
    const QString problem = check(account);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QVariantMap before = snapshot();
    write(account);
    return commit(before, error);
}

bool AccountStore::remove(const QString &name, QString *error)
{
    // Exact name only: a case-insensitive match could remove a different account.
    if (name.isEmpty() || !groups().contains(name)) {
        if (error)
            *error = tr("There is no account named “%1”.").arg(name);
        return false;
    }
    const QVariantMap before = snapshot();
    m_settings->remove(groupOf(name));
    return commit(before, error);
}

bool AccountStore::rename(const QString &oldName, const QString &newName, QString *error)
{
    if (oldName.isEmpty() || !groups().contains(oldName)) {
        if (error)
            *error = tr("There is no account named “%1”.").arg(oldName);
        return false;
    }
    const std::optional<Account> current = load(oldName);
    if (!current) {
        if (error)
            *error = tr("The settings of account “%1” are damaged; remove the account and add it again.")
                         .arg(oldName);
        return false;
    }
    Account renamed = *current;
    renamed.name = newName;
    return replace(oldName, renamed, error);
}

bool AccountStore::replace(const QString &oldName, const Account &account, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (oldName.isEmpty() || !groups().contains(oldName))
        return fail(tr("There is no account named “%1”.").arg(oldName));
    const QString problem = check(account, oldName);
    if (!problem.isEmpty())
        return fail(problem);

    // Both changes reach the file in one sync (QSettings writes INI files atomically), so a crash
    // leaves either the old or the new account, never neither. Removing first also makes a
    // case-only rename safe on case-insensitive backends.
    const QVariantMap before = snapshot();
    m_settings->remove(groupOf(oldName));
    write(account);
    return commit(before, error);
}

QString AccountStore::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The account name is empty.");
    if (name != name.trimmed())
        return tr("The account name “%1” starts or ends with spaces.").arg(name);
    // QSettings uses both as group separators.
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return tr("The account name “%1” contains “/” or “\\”.").arg(name);
    // Not only control characters: a bidi override or a zero-width space makes a name look like another
    // ("prod" and "prod\u200b" side by side in the window's account list) or reorders what follows it.
    if (InertText::escape(name) != name)
        return tr("The account name contains control or invisible characters.");
    if (name.size() > MaxNameLength)
        return tr("The account name is longer than %1 characters.").arg(MaxNameLength);
    return {};
}

QString AccountStore::checkColorName(const QString &colorName)
{
    // What QColor accepts in practice (#rgb, #rrggbb, #aarrggbb, SVG names), without needing QtGui.
    static const QRegularExpression pattern(
        QStringLiteral("^(#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})|[A-Za-z]{1,32})$"));
    if (colorName.isEmpty() || pattern.match(colorName).hasMatch())
        return {};
    return tr("The colour “%1” is neither a #rrggbb value nor a colour name.").arg(colorName);
}

QString AccountStore::check(const Account &account, const QString &renamedFrom) const
{
    QString problem = checkName(account.name);
    if (problem.isEmpty())
        problem = checkUnique(account.name, renamedFrom.isEmpty() ? account.name : renamedFrom);
    if (!problem.isEmpty())
        return problem;

    // The client's own rule (https, http only on loopback, no credentials), so both always agree.
    problem = ApiClient::checkBaseUrl(account.baseUrl);
    if (!problem.isEmpty())
        return problem;
    // Paths are appended to the base URL; a query would be misplaced, and could carry a key into the file.
    if (account.baseUrl.hasQuery() || account.baseUrl.hasFragment())
        return tr("The base URL must not contain a query (“?…”) or a fragment (“#…”).");

    if (account.environment.size() > kMaxLabelLength)
        return tr("The environment label is longer than %1 characters.").arg(kMaxLabelLength);
    if (hasControlChars(account.environment))
        return tr("The environment label contains control characters.");
    problem = checkCaFile(account.caFile);
    if (!problem.isEmpty())
        return problem;
    return checkColorName(account.colorName);
}

QString AccountStore::checkCaFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    // The account is used from any working directory (the window, the CLI, cron).
    if (!QFileInfo(path).isAbsolute())
        return tr("The CA file “%1” must be given as an absolute path.").arg(path);
    QList<QSslCertificate> certificates;
    QString error;
    if (!TlsTrust::loadCaFile(path, &certificates, &error))
        return error;
    return {};
}

QStringList AccountStore::groups() const
{
    m_settings->beginGroup(kGroup);
    const QStringList result = m_settings->childGroups();
    m_settings->endGroup();
    return result;
}

std::optional<Account> AccountStore::load(const QString &group) const
{
    // Warnings name the account and the cause, never a value: a hand-edited URL may carry credentials.
    const QString nameProblem = checkName(group);
    if (!nameProblem.isEmpty()) {
        warnOnce(QStringLiteral("Skipping an account in %1: %2").arg(m_settings->fileName(), nameProblem));
        return std::nullopt;
    }
    m_settings->beginGroup(groupOf(group));
    const QString providerKey = readString(*m_settings, kProvider);
    const QString urlText = readString(*m_settings, kBaseUrl);
    Account account;
    account.name = group;
    account.environment = readString(*m_settings, kEnvironment);
    account.colorName = readString(*m_settings, kColor);
    // Only the path: a file that went missing is reported when the account connects, not hidden here.
    account.caFile = readString(*m_settings, kCaFile);
    m_settings->endGroup();

    if (!Providers::fromKey(providerKey, &account.provider)) {
        warnOnce(QStringLiteral("Skipping account \"%1\": unknown provider \"%2\" (known: %3)")
                     .arg(group, providerKey, Providers::keys().join(QLatin1String(", "))));
        return std::nullopt;
    }
    account.baseUrl =
        urlText.isEmpty() ? Account::defaultBaseUrl(account.provider) : QUrl(urlText, QUrl::StrictMode);
    const bool urlOk = ApiClient::checkBaseUrl(account.baseUrl).isEmpty() && !account.baseUrl.hasQuery() &&
                       !account.baseUrl.hasFragment();
    if (!urlOk) {
        warnOnce(QStringLiteral("Skipping account \"%1\": its base URL is not acceptable").arg(group));
        return std::nullopt;
    }
    // A bad colour is cosmetic: keep the account, drop the colour.
    if (!checkColorName(account.colorName).isEmpty()) {
        warnOnce(QStringLiteral("Account \"%1\": ignoring an invalid colour").arg(group));
        account.colorName.clear();
    }
    return account;
}

void AccountStore::write(const Account &account)
{
    m_settings->beginGroup(groupOf(account.name));
    m_settings->setValue(kProvider, Providers::spec(account.provider).key);
    // The documented host is not written, so the account follows it if a provider moves.
    if (account.baseUrl == Account::defaultBaseUrl(account.provider))
        m_settings->remove(kBaseUrl);
    else
        m_settings->setValue(kBaseUrl, account.baseUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(kEnvironment, account.environment);
    m_settings->setValue(kColor, account.colorName);
    if (account.caFile.isEmpty())
        m_settings->remove(kCaFile);
    else
        m_settings->setValue(kCaFile, account.caFile);
    m_settings->endGroup();
}

QString AccountStore::checkUnique(const QString &name, const QString &except) const
{
    for (const QString &group : groups()) {
        if (group != except && group.compare(name, Qt::CaseInsensitive) == 0)
            return tr("An account named “%1” already exists.").arg(group);
    }
    return {};
}

QVariantMap AccountStore::snapshot() const
{
    QVariantMap values;
    m_settings->beginGroup(kGroup);
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys)
        values.insert(key, m_settings->value(key));
    m_settings->endGroup();
    return values;
}

bool AccountStore::commit(const QVariantMap &before, QString *error)
{
    m_settings->sync();
    QString problem;
    switch (m_settings->status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        problem = tr("Could not write the settings file “%1”: access denied.").arg(m_settings->fileName());
        break;
    case QSettings::FormatError:
        problem = tr("Could not write the settings file “%1”: it is malformed.").arg(m_settings->fileName());
        break;
    }
    // QSettings keeps unwritten changes in memory (and retries them at the next sync): drop them.
    m_settings->remove(kGroup);
    m_settings->beginGroup(kGroup);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
    if (error)
        *error = problem;
    return false;
}
