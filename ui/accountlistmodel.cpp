#include "accountlistmodel.h"

#include "core/apierror.h"
#include "core/endpoint.h"
#include "providers/providerspec.h"
#include "session/workspace.h"

#include <QSet>
#include <algorithm>

namespace {

// The order AccountStore::list() uses: case-insensitive, ties by exact name.
bool lessByName(const Account &a, const Account &b)
{
    const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.name < b.name;
}

} // namespace

AccountListModel::AccountListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    retranslate();
    if (!workspace)
        return;
    connect(workspace, &Workspace::accountsChanged, this, &AccountListModel::syncFromWorkspace);
    connect(workspace, &Workspace::loadStarted, this,
            [this](const QString &account) { setLoadState(account, LoadState::Loading); });
    // Paged loads: the count grows while the row still says "loading".
    connect(workspace, &Workspace::loadProgress, this, &AccountListModel::setEndpointCount);
    connect(workspace, &Workspace::loadFinished, this, &AccountListModel::onLoadFinished);
    connect(workspace, &Workspace::loadFailed, this, &AccountListModel::onLoadFailed);
    syncFromWorkspace();
}

AccountListModel::~AccountListModel() = default;

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size()) + offset();
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_allRow && index.row() == 0)
        return allData(role);
    return accountData(m_accounts.at(index.row() - offset()), role);
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AccountNameRole, "accountName");
    names.insert(IsAllRole, "isAll");
    names.insert(ProviderRole, "provider");
    names.insert(ProviderIdRole, "providerId");
    names.insert(EnvironmentRole, "environment");
    names.insert(ColorRole, "color");
    names.insert(EndpointCountRole, "endpointCount");
    names.insert(LoadStateRole, "loadState");
    names.insert(ErrorTextRole, "errorText");
    names.insert(AccountCountRole, "accountCount");
    names.insert(AttentionCountRole, "attentionCount");
    return names;
}

void AccountListModel::setAccounts(const QList<Account> &accounts)
{
    QList<Account> fresh;
    QSet<QString> names;
    for (const Account &account : accounts) {
        if (!names.contains(account.name)) {
            names.insert(account.name);
            fresh.append(account);
        }
    }
    std::sort(fresh.begin(), fresh.end(), lessByName);

    // Row by row rather than a reset, so a selected account stays selected.
    for (int i = int(m_accounts.size()) - 1; i >= 0; --i) {
        if (names.contains(m_accounts.at(i).name))
            continue;
        beginRemoveRows({}, i + offset(), i + offset());
        m_status.remove(m_accounts.at(i).name);
        m_accounts.removeAt(i);
        endRemoveRows();
    }
    // Both lists are sorted the same way, so the survivors are a subsequence of `fresh`.
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_accounts.size() && m_accounts.at(i).name == fresh.at(i).name) {
            if (m_accounts.at(i) != fresh.at(i)) {
                m_accounts[i] = fresh.at(i);
                const QModelIndex changed = index(i + offset());
                emit dataChanged(changed, changed);
            }
            continue;
        }
        beginInsertRows({}, i + offset(), i + offset());
        m_accounts.insert(i, fresh.at(i));
        endInsertRows();
    }
    if (m_allRow)
        emit dataChanged(index(0), index(0));
}

void AccountListModel::setEndpointCount(const QString &account, int count)
{
    if (indexOf(account) < 0)
        return;
    Status &status = m_status[account];
    if (status.count == count)
        return;
    status.count = count;
    emitRowChanged(account);
}

void AccountListModel::setAttentionCounts(const QHash<QString, int> &counts)
{
    for (const Account &account : std::as_const(m_accounts)) {
        const int count = counts.value(account.name);
        if (m_status.value(account.name).attention == count)
            continue;
        m_status[account.name].attention = count;
        emitRowChanged(account.name);
    }
}

int AccountListModel::attentionCount(const QString &account) const
{
    if (!account.isEmpty())
        return m_status.value(account).attention;
    int total = 0;
    for (const Account &a : m_accounts)
        total += m_status.value(a.name).attention;
    return total;
}

void AccountListModel::setLoadState(const QString &account, LoadState state, const QString &errorText)
{
    if (indexOf(account) < 0)
        return;
    Status &status = m_status[account];
    const QString error = state == LoadState::Failed ? errorText : QString();
    if (status.state == state && status.error == error)
        return;
    status.state = state;
    status.error = error;
    emitRowChanged(account);
}

void AccountListModel::setAllRowVisible(bool visible)
{
    if (visible == m_allRow)
        return;
    if (visible) {
        beginInsertRows({}, 0, 0);
        m_allRow = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, 0, 0);
        m_allRow = false;
        endRemoveRows();
    }
}

QString AccountListModel::accountAt(int row) const
{
    const int i = row - offset();
    return i >= 0 && i < m_accounts.size() ? m_accounts.at(i).name : QString();
}

int AccountListModel::rowOf(const QString &account) const
{
    if (account.isEmpty())
        return m_allRow ? 0 : -1;
    const int i = indexOf(account);
    return i < 0 ? -1 : i + offset();
}

Account AccountListModel::accountInfo(int row) const
{
    const int i = row - offset();
    return i >= 0 && i < m_accounts.size() ? m_accounts.at(i) : Account();
}

int AccountListModel::totalEndpointCount() const
{
    int total = 0;
    for (const Account &account : m_accounts)
        total += m_status.value(account.name).count;
    return total;
}

int AccountListModel::endpointCount(const QString &account) const
{
    return m_status.value(account).count;
}

AccountListModel::LoadState AccountListModel::loadState(const QString &account) const
{
    return m_status.value(account).state;
}

QString AccountListModel::defaultColorName(const QString &environment)
{
    const QString env = environment.trimmed().toLower();
    if (env == QLatin1String("production") || env == QLatin1String("prod") || env == QLatin1String("live"))
        return QStringLiteral("#c62828"); // red
    if (env == QLatin1String("staging") || env == QLatin1String("stage"))
        return QStringLiteral("#f0a020"); // amber
    if (env == QLatin1String("development") || env == QLatin1String("dev"))
        return QStringLiteral("#1f6feb"); // blue
    if (env == QLatin1String("sandbox") || env == QLatin1String("test"))
        return QStringLiteral("#00897b"); // teal
    return QStringLiteral("#607d8b");     // slate
}

void AccountListModel::retranslate()
{
    m_allText = tr("All accounts");
    if (m_allRow && rowCount() > 0)
        emit dataChanged(index(0), index(0));
}

void AccountListModel::syncFromWorkspace()
{
    if (m_workspace)
        setAccounts(m_workspace->accounts());
}

void AccountListModel::onLoadFinished(const QString &account, const QStringList &ids)
{
    setEndpointCount(account, int(ids.size()));
    setLoadState(account, LoadState::Loaded);
}

void AccountListModel::onLoadFailed(const QString &account, const ApiError &error)
{
    setLoadState(account, LoadState::Failed, error.toString());
}

QVariant AccountListModel::accountData(const Account &account, int role) const
{
    const Status status = m_status.value(account.name);
    const QString provider = Providers::spec(account.provider).displayName;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case AccountNameRole:
        return account.name;
    case IsAllRole:
        return false;
    case ProviderRole:
        return provider;
    case ProviderIdRole:
        return int(account.provider);
    case EnvironmentRole:
        return account.environment;
    case ColorRole:
        return account.colorName.isEmpty() ? defaultColorName(account.environment) : account.colorName;
    case EndpointCountRole:
        return status.count;
    case AttentionCountRole:
        return status.attention;
    case LoadStateRole:
        return int(status.state);
    case ErrorTextRole:
        return status.error;
    case Qt::ToolTipRole: {
        QString tip = account.environment.isEmpty()
                          ? tr("%1 — %2").arg(account.name, provider)
                          : tr("%1 — %2, %3").arg(account.name, provider, account.environment);
        tip += QLatin1Char('\n') + account.baseUrl.toDisplayString();
        if (status.state == LoadState::Failed)
            tip += QLatin1Char('\n') + tr("Loading failed: %1").arg(status.error);
        if (status.attention > 0)
            tip += QLatin1Char('\n') + attentionText(status.attention);
        return tip;
    }
    case Qt::AccessibleTextRole: {
        // Everything the delegate shows, as words: the colour is never the only cue.
        QString text = account.environment.isEmpty()
                           ? tr("%1, %2").arg(account.name, provider)
                           : tr("%1, %2, %3").arg(account.name, provider, account.environment);
        switch (status.state) {
        case LoadState::Idle:
            break;
        case LoadState::Loading:
            text += tr(", loading");
            break;
        case LoadState::Loaded:
            text += QStringLiteral(", ") + endpointsText(status.count);
            break;
        case LoadState::Failed:
            text += tr(", loading failed: %1").arg(status.error);
            break;
        }
        if (status.attention > 0) // the amber count, in words
            text += QStringLiteral(", ") + attentionText(status.attention);
        return text;
    }
    default:
        return {};
    }
}

QVariant AccountListModel::allData(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_allText;
    case AccountNameRole:
        return QString();
    case IsAllRole:
        return true;
    case ProviderRole:
    case EnvironmentRole:
    case ColorRole:
        return QString();
    case EndpointCountRole:
        return totalEndpointCount();
    case AttentionCountRole:
        return attentionCount(QString());
    case LoadStateRole:
        return int(aggregateState());
    case ErrorTextRole:
        return aggregateError();
    case AccountCountRole:
        return int(m_accounts.size());
    case Qt::ToolTipRole: {
        QString tip = tr("Endpoints of every account");
        const QString error = aggregateError();
        if (!error.isEmpty())
            tip += QLatin1Char('\n') + error;
        if (const int attention = attentionCount(QString()); attention > 0)
            tip += QLatin1Char('\n') + attentionText(attention);
        return tip;
    }
    case Qt::AccessibleTextRole: {
        const int accounts = int(m_accounts.size());
        QString text = m_allText + QStringLiteral(", ") +
                       (accounts == 1 ? tr("1 account") : tr("%n accounts", nullptr, accounts));
        switch (aggregateState()) {
        case LoadState::Idle:
            break;
        case LoadState::Loading:
            text += tr(", loading");
            break;
        case LoadState::Loaded:
            text += QStringLiteral(", ") + endpointsText(totalEndpointCount());
            break;
        case LoadState::Failed:
            text += QStringLiteral(", ") + endpointsText(totalEndpointCount()) + QStringLiteral(", ") +
                    aggregateError();
            break;
        }
        if (const int attention = attentionCount(QString()); attention > 0)
            text += QStringLiteral(", ") + attentionText(attention);
        return text;
    }
    default:
        return {};
    }
}

AccountListModel::LoadState AccountListModel::aggregateState() const
{
    // Loading wins (the total is still growing), then a failure (something is missing), then loaded.
    bool anyFailed = false;
    bool anyLoaded = false;
    for (const Account &account : m_accounts) {
        switch (m_status.value(account.name).state) {
        case LoadState::Loading:
            return LoadState::Loading;
        case LoadState::Failed:
            anyFailed = true;
            break;
        case LoadState::Loaded:
            anyLoaded = true;
            break;
        case LoadState::Idle:
            break;
        }
    }
    return anyFailed ? LoadState::Failed : anyLoaded ? LoadState::Loaded : LoadState::Idle;
}

QString AccountListModel::aggregateError() const
{
    QStringList failed;
    for (const Account &account : m_accounts) {
        const Status status = m_status.value(account.name);
        if (status.state == LoadState::Failed)
            failed << tr("%1: %2").arg(account.name, status.error);
    }
    if (failed.isEmpty())
        return {};
    return (failed.size() == 1 ? tr("1 account failed to load:")
                               : tr("%n accounts failed to load:", nullptr, int(failed.size()))) +
           QLatin1Char('\n') + failed.join(QLatin1Char('\n'));
}

QString AccountListModel::endpointsText(int count)
{
    // English needs no .qm for its plural: "1 endpoint" is its own string, %n forms go to translators.
    return count == 1 ? tr("1 endpoint") : tr("%n endpoints", nullptr, count);
}

QString AccountListModel::attentionText(int count)
{
    return count == 1 ? tr("1 needs attention") : tr("%n need attention", nullptr, count);
}

int AccountListModel::indexOf(const QString &account) const
{
    // Sorted, but a handful of accounts: a linear scan is clearer than a binary search.
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).name == account)
            return i;
    }
    return -1;
}

void AccountListModel::emitRowChanged(const QString &account)
{
    const int row = rowOf(account);
    if (row >= 0) {
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed);
    }
    // The All row aggregates every account.
    if (m_allRow)
        emit dataChanged(index(0), index(0));
}
