#pragma once

#include "core/endpoint.h"
#include "core/health.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QSettings;
class Workspace;

// One real change of an endpoint's health between two completed loads of its account.
struct HealthTransition
{
    enum class Kind
    {
        Failing,            // now failing (was active or disabled)
        DisabledByProvider, // switched off by the provider (auto-disabled)
        DisabledByPerson,   // switched off by a person, or the provider does not say by whom
        Recovered           // active again after failing or being disabled
    };
    Kind kind = Kind::Failing;
    Health from = Health::Active;
    Health to = Health::Active;
    QString account;
    QString id;
    QString url;    // as the provider sent it: untrusted, the notifier makes it inert
    QString reason; // HealthRules' reason in the user's language (the provider's own words inside)
};

// What to tell the user about one refresh round.
struct WatchNotice
{
    enum class Type
    {
        Single,   // one transition
        Flapping, // one endpoint changed state too often: summarised, then quiet for a while
        Grouped   // more than GroupAbove transitions in one round, listed in `transitions`
    };
    Type type = Type::Single;
    QList<HealthTransition> transitions; // one for Single and Flapping (the latest change)
    int changes = 0;                     // Flapping: changes within the flap window
};

// Turns refreshes into notices: remembers each endpoint's health per account + id and reports
// transitions (never a first sighting, never a refresh that changed nothing), summarises flapping
// endpoints, groups busy rounds, and honours snoozes and the production-only option (both stored in
// QSettings, read as untrusted input). Qt Core only; time comes from a clock the tests replace.
class HealthWatcher : public QObject
{
    Q_OBJECT
public:
    // Anti-flap: the (FlapAbove + 1)th change within FlapWindowSecs is summarised. A real incident
    // makes at most three changes (failing, auto-disabled, recovered after a re-enable), so three
    // stay individual; a fourth within an hour means the endpoint oscillates and each further
    // notice would be noise. An hour covers four refreshes even at the slowest interval (15 min).
    static constexpr int FlapAbove = 3;
    static constexpr int FlapWindowSecs = 3600;
    // More transitions than this in one round become one grouped notice (a provider outage would
    // otherwise stack dozens of bubbles).
    static constexpr int GroupAbove = 3;
    // At most this many snoozes are read back from the settings (the file is untrusted).
    static constexpr int MaxSnoozes = 1000;
    // The option's key in the window's settings (Preferences writes it).
    static constexpr const char *ProductionOnlyKey = "watch/productionOnly";

    // One snooze: an endpoint of an account, or (empty id) the whole account.
    struct Snooze
    {
        QString account;
        QString id;      // empty: the whole account
        QDateTime until; // UTC; invalid when untilRecovered
        bool untilRecovered = false;
    };

    enum class SnoozeLength
    {
        OneHour,
        UntilTomorrow, // local midnight
        UntilRecovered // the endpoint (or every endpoint of the account) is active again
    };

    // settings may be null: nothing is stored and the option reads as off.
    explicit HealthWatcher(QSettings *settings = nullptr, QObject *parent = nullptr);

    // Feeds every finished load of `workspace` and ends a round once nothing is loading any more;
    // forgets removed accounts; asks it which accounts are production.
    void attach(Workspace *workspace);

    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    using ProductionCheck = std::function<bool(const QString &account)>;
    void setProductionCheck(ProductionCheck check) { m_isProduction = std::move(check); }

    // A load of the account, as Workspace delivers it: begun, its endpoints in batches, finished
    // (endpoints the load did not bring are forgotten then). A load that fails is simply not finished.
    // Nothing is kept of the endpoints but their health.
    void beginLoad(const QString &account);
    void observeBatch(const QString &account, const QList<Endpoint> &endpoints);
    void finishLoad(const QString &account);
    // One whole load at once: every endpoint the account has now.
    void observe(const QString &account, const QList<Endpoint> &endpoints);
    // Ends a refresh round: emits what observe() gathered as notices (grouped when many).
    void endRound();
    void forgetAccount(const QString &account);

    void snoozeEndpoint(const QString &account, const QString &id, SnoozeLength length);
    void snoozeAccount(const QString &account, SnoozeLength length);
    void unsnooze(const QString &account, const QString &id = QString()); // empty id: the account's own
    bool isSnoozed(const QString &account, const QString &id) const;
    QList<Snooze> snoozes() const; // the ones in force now, oldest first (Preferences lists them)

    bool productionOnly() const { return productionOnlyIn(m_settings); }
    static bool productionOnlyIn(QSettings *settings); // the stored option, read as untrusted
    void setProductionOnly(bool on);

signals:
    void transition(const HealthTransition &transition); // every real change, snoozed or not
    void notice(const WatchNotice &notice);              // what the user is told
    void snoozesChanged();                               // one added, resumed, ended or expired

private:
    struct Tracked
    {
        Health health = Health::Active;
        Health announced = Health::Active; // the state the user last heard of (or first saw)
        QList<QDateTime> changes;          // within the flap window
        QDateTime quietUntil;              // after a flapping notice
        quint32 load = 0;                  // the account's load that saw it last
    };
    bool silenced(const QString &account, const QString &id) const;
    void addSnooze(const Snooze &snooze);
    void dropExpiredSnoozes();
    void readSnoozes();
    void writeSnoozes();
    void storeSnoozes();
    static HealthTransition::Kind kindOf(const HealthInfo &info);

    QSettings *m_settings;
    Clock m_clock;
    ProductionCheck m_isProduction;
    QHash<QString, QHash<QString, Tracked>> m_tracked; // account → id → state
    QHash<QString, quint32> m_load;                    // account → number of its current load
    QList<Snooze> m_snoozes;
    QList<WatchNotice> m_pending; // this round's notices
};

Q_DECLARE_METATYPE(HealthTransition)
Q_DECLARE_METATYPE(WatchNotice)
