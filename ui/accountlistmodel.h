#pragma once

#include "secrets/account.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

class Workspace;
struct ApiError;
struct Endpoint;

// The account list on the left of the main window: "All accounts" first (optional), then one row
// per account sorted by name, each with its provider, environment label and colour, endpoint count
// and load state. Qt Core only (no widget header), so it is testable with QTEST_GUILESS_MAIN.
//
// Given a Workspace it follows Workspace::accounts() on accountsChanged and the workspace's load
// signals (loading / loaded with its count / failed with the error); the setters override both.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class LoadState
    {
        Idle, // nothing loaded yet: no count is shown
        Loading,
        Loaded,
        Failed
    };
    Q_ENUM(LoadState)

    enum Role
    {
        AccountNameRole = Qt::UserRole + 1, // QString, "" for the All row
        IsAllRole,                          // bool
        ProviderRole,                       // QString: the provider's display name ("" for All)
        ProviderIdRole,                     // int(ProviderId); invalid for All
        EnvironmentRole,                    // QString label, may be empty
        ColorRole,                          // QString colour name ("#c0392b"); a default per label when unset
        EndpointCountRole,                  // int; the total for All
        LoadStateRole,                      // int(LoadState); aggregated for All
        ErrorTextRole,                      // QString, when Failed
        AccountCountRole,                   // int: the number of accounts (All row only)
        AttentionCountRole // int: endpoints failing or disabled by the provider; total for All
    };
    Q_ENUM(Role)

    // workspace may be nullptr: then feed the rows with setAccounts().
    explicit AccountListModel(Workspace *workspace = nullptr, QObject *parent = nullptr);
    ~AccountListModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the accounts in place: rows that stay keep their counts, states and persistent
    // indexes (so the view's selection survives); removed accounts drop theirs.
    void setAccounts(const QList<Account> &accounts);
    void setEndpointCount(const QString &account, int count);
    void setLoadState(const QString &account, LoadState state, const QString &errorText = QString());
    // Per account name; accounts missing from `counts` have none.
    void setAttentionCounts(const QHash<QString, int> &counts);

    // The dialog's list has no "All accounts" row. Default: shown.
    void setAllRowVisible(bool visible);
    bool isAllRowVisible() const { return m_allRow; }

    QString accountAt(int row) const;        // "" for the All row or an invalid row
    int rowOf(const QString &account) const; // "" → the All row (or -1 without it); -1 when absent
    Account accountInfo(int row) const;      // empty Account for All / invalid rows
    int totalEndpointCount() const;
    int endpointCount(const QString &account) const;
    int attentionCount(const QString &account) const; // "" = every account
    LoadState loadState(const QString &account) const;

    // The colour used when an account has none: production red, staging amber, development blue,
    // sandbox teal, anything else slate. As text, so the model stays free of QtGui.
    static QString defaultColorName(const QString &environment);
    // "1 endpoint" / "12 endpoints", translated.
    static QString endpointsText(int count);
    // "1 needs attention" / "3 need attention", translated.
    static QString attentionText(int count);

    // Call after a language change: the All row's texts come from tr().
    void retranslate();

private:
    struct Status
    {
        int count = 0;
        int attention = 0;
        LoadState state = LoadState::Idle;
        QString error;
    };

    void syncFromWorkspace();
    void onLoadFinished(const QString &account, const QStringList &ids);
    void onLoadFailed(const QString &account, const ApiError &error);
    QVariant accountData(const Account &account, int role) const;
    QVariant allData(int role) const;
    LoadState aggregateState() const;
    QString aggregateError() const;
    int offset() const { return m_allRow ? 1 : 0; }
    int indexOf(const QString &account) const; // into m_accounts
    void emitRowChanged(const QString &account);

    QPointer<Workspace> m_workspace;
    QList<Account> m_accounts; // sorted by name
    QHash<QString, Status> m_status;
    bool m_allRow = true;
    QString m_allText;
};
