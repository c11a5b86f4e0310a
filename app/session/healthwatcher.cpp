#include "session/healthwatcher.h"

#include "session/workspace.h"

#include <QSettings>

#include <algorithm>

namespace {

const char *const SnoozesKey = "watch/snoozes";
const QLatin1String AccountField("account");
const QLatin1String IdField("id");
const QLatin1String UntilField("until");
const QLatin1String RecoveredField("untilRecovered");
// Account names and endpoint ids longer than this are not ours: such an entry is dropped on read.
constexpr int MaxNameLength = 1024;

// A settings value as text, only when it is text (a list or a map where a word belongs is garbage).
QString textOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

bool flagOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return textOf(value) == QLatin1String("true"); // how an INI file stores it
}

} // namespace

HealthWatcher::HealthWatcher(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<HealthTransition>();
    qRegisterMetaType<WatchNotice>();
    readSnoozes();
}

void HealthWatcher::attach(Workspace *workspace)
{
    m_isProduction = [workspace](const QString &account) {
        return workspace->account(account).isProduction();
    };
    // A round ends when nothing is loading any more: every account of an auto-refresh has answered.
    const auto endIfIdle = [this, workspace] {
        if (!workspace->isLoading())
            endRound();
    };
    connect(workspace, &Workspace::loadStarted, this, &HealthWatcher::beginLoad);
    connect(workspace, &Workspace::endpointsLoaded, this, &HealthWatcher::observeBatch);
    connect(workspace, &Workspace::loadFinished, this, [this, endIfIdle](const QString &account) {
        finishLoad(account);
        endIfIdle();
    });
    connect(workspace, &Workspace::loadFailed, this, endIfIdle);
    connect(workspace, &Workspace::accountsChanged, this, [this, workspace] {
        const QStringList known = m_tracked.keys();
        for (const QString &account : known)
            if (!workspace->hasAccount(account))
                forgetAccount(account);
    });
}

HealthTransition::Kind HealthWatcher::kindOf(const HealthInfo &info)
{
    switch (info.health) {
    case Health::Active:
        return HealthTransition::Kind::Recovered;
    case Health::Failing:
        return HealthTransition::Kind::Failing;
    case Health::Disabled:
        return info.disabledBy == DisabledBy::Provider ? HealthTransition::Kind::DisabledByProvider
                                                       : HealthTransition::Kind::DisabledByPerson;
    }
    return HealthTransition::Kind::Failing;
}

void HealthWatcher::observe(const QString &account, const QList<Endpoint> &endpoints)
{
    beginLoad(account);
    observeBatch(account, endpoints);
    finishLoad(account);
}

void HealthWatcher::beginLoad(const QString &account)
{
    ++m_load[account];
}

void HealthWatcher::observeBatch(const QString &account, const QList<Endpoint> &endpoints)
{
    dropExpiredSnoozes();
    const QDateTime now = m_clock();
    const quint32 load = m_load.value(account);
    QHash<QString, Tracked> &tracked = m_tracked[account];
    bool snoozesChanged = false;
    QList<HealthTransition> changes; // emitted after the loop: a receiver may change what it walks

    for (const Endpoint &e : endpoints) {
        const HealthInfo info = HealthRules::evaluate(e);
        const auto it = tracked.find(e.id);
        if (it == tracked.end()) { // first sighting: nothing to compare with
            Tracked first;
            first.health = first.announced = info.health;
            first.load = load;
            tracked.insert(e.id, first);
            continue;
        }
        Tracked &t = *it;
        if (t.load == load)
            continue; // a server listing an id twice must not raise its change twice
        t.load = load;
        while (!t.changes.isEmpty() && t.changes.first().secsTo(now) >= FlapWindowSecs)
            t.changes.removeFirst();
        const bool quietEnded = t.quietUntil.isValid() && now >= t.quietUntil;
        if (quietEnded)
            t.quietUntil = QDateTime();
        // Notices run from what the user last heard (the same as the previous state, except after a
        // flapping endpoint's quiet time).
        const HealthTransition told{kindOf(info), t.announced, info.health, account,
                                    e.id,         e.url,       info.reason};

        if (info.health == t.health) {
            // Unchanged since the last load; but after a quiet time, the state a flapping endpoint
            // settled in is news when it differs from what the user last heard.
            if (quietEnded && t.health != t.announced && !silenced(account, e.id))
                m_pending << WatchNotice{WatchNotice::Type::Single, {told}, 0};
            if (quietEnded)
                t.announced = t.health;
            continue;
        }

        HealthTransition change = told;
        change.from = t.health;
        t.health = info.health;
        t.changes << now;
        changes << change;
        if (change.kind == HealthTransition::Kind::Recovered) {
            // "Until it recovers" ends here, and the recovery itself is what the user waited for.
            snoozesChanged |= m_snoozes.removeIf([&](const Snooze &s) {
                return s.untilRecovered && s.account == account && s.id == e.id;
            }) > 0;
        }
        if (silenced(account, e.id)) {
            t.announced = t.health;
        } else if (t.quietUntil.isValid() || t.health == t.announced) {
            // Flapping: quiet until the window has passed; or back where the user last heard it was.
        } else if (t.changes.size() > FlapAbove) {
            m_pending << WatchNotice{WatchNotice::Type::Flapping, {told}, int(t.changes.size())};
            t.quietUntil = now.addSecs(FlapWindowSecs);
            t.announced = t.health;
        } else {
            m_pending << WatchNotice{WatchNotice::Type::Single, {told}, 0};
            t.announced = t.health;
        }
    }
    if (snoozesChanged)
        writeSnoozes();
    for (const HealthTransition &change : std::as_const(changes))
        emit transition(change);
}

void HealthWatcher::finishLoad(const QString &account)
{
    const quint32 load = m_load.value(account);
    QHash<QString, Tracked> &tracked = m_tracked[account];
    tracked.removeIf([load](const QHash<QString, Tracked>::iterator &it) { return it->load != load; });
    const bool allActive = std::all_of(tracked.cbegin(), tracked.cend(),
                                       [](const Tracked &t) { return t.health == Health::Active; });
    if (allActive && m_snoozes.removeIf([&](const Snooze &s) {
            return s.untilRecovered && s.account == account && s.id.isEmpty();
        }) > 0)
        writeSnoozes();
}

void HealthWatcher::endRound()
{
    if (m_pending.isEmpty())
        return;
    const QList<WatchNotice> pending = std::exchange(m_pending, {});
    if (pending.size() <= GroupAbove) {
        for (const WatchNotice &n : pending)
            emit notice(n);
        return;
    }
    WatchNotice grouped{WatchNotice::Type::Grouped, {}, 0};
    for (const WatchNotice &n : pending)
        grouped.transitions << n.transitions;
    emit notice(grouped);
}

void HealthWatcher::forgetAccount(const QString &account)
{
    m_tracked.remove(account);
    m_load.remove(account);
    m_pending.removeIf([&account](const WatchNotice &n) {
        return !n.transitions.isEmpty() && n.transitions.first().account == account;
    });
}

bool HealthWatcher::silenced(const QString &account, const QString &id) const
{
    if (productionOnly() && m_isProduction && !m_isProduction(account))
        return true;
    return isSnoozed(account, id);
}

bool HealthWatcher::isSnoozed(const QString &account, const QString &id) const
{
    const QDateTime now = m_clock();
    for (const Snooze &s : m_snoozes) {
        if (s.account == account && (s.id.isEmpty() || s.id == id) && (s.untilRecovered || now < s.until))
            return true;
    }
    return false;
}

QList<HealthWatcher::Snooze> HealthWatcher::snoozes() const
{
    const QDateTime now = m_clock();
    QList<Snooze> inForce;
    for (const Snooze &s : m_snoozes)
        if (s.untilRecovered || now < s.until)
            inForce << s;
    return inForce;
}

void HealthWatcher::snoozeEndpoint(const QString &account, const QString &id, SnoozeLength length)
{
    const QDateTime now = m_clock();
    Snooze s{account, id, QDateTime(), length == SnoozeLength::UntilRecovered};
    if (length == SnoozeLength::OneHour)
        s.until = now.addSecs(3600).toUTC();
    else if (length == SnoozeLength::UntilTomorrow)
        s.until = QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0)).toUTC();
    addSnooze(s);
}

void HealthWatcher::snoozeAccount(const QString &account, SnoozeLength length)
{
    snoozeEndpoint(account, QString(), length);
}

void HealthWatcher::unsnooze(const QString &account, const QString &id)
{
    if (m_snoozes.removeIf([&](const Snooze &s) { return s.account == account && s.id == id; }) > 0)
        writeSnoozes();
}

void HealthWatcher::addSnooze(const Snooze &snooze)
{
    if (snooze.account.isEmpty())
        return;
    m_snoozes.removeIf([&](const Snooze &s) { return s.account == snooze.account && s.id == snooze.id; });
    m_snoozes << snooze;
    while (m_snoozes.size() > MaxSnoozes)
        m_snoozes.removeFirst();
    writeSnoozes();
}

void HealthWatcher::dropExpiredSnoozes()
{
    const QDateTime now = m_clock();
    if (m_snoozes.removeIf([&now](const Snooze &s) { return !s.untilRecovered && now >= s.until; }) > 0)
        writeSnoozes();
}

bool HealthWatcher::productionOnlyIn(QSettings *settings)
{
    return settings && flagOf(settings->value(QLatin1String(HealthWatcher::ProductionOnlyKey)));
}

void HealthWatcher::setProductionOnly(bool on)
{
    if (m_settings)
        m_settings->setValue(QLatin1String(HealthWatcher::ProductionOnlyKey), on);
}

void HealthWatcher::readSnoozes()
{
    m_snoozes.clear();
    if (!m_settings)
        return;
    const int size = m_settings->beginReadArray(QLatin1String(SnoozesKey));
    for (int i = 0; i < qMin(size, MaxSnoozes); ++i) {
        m_settings->setArrayIndex(i);
        Snooze s;
        s.account = textOf(m_settings->value(AccountField));
        s.id = textOf(m_settings->value(IdField));
        s.untilRecovered = flagOf(m_settings->value(RecoveredField));
        if (!s.untilRecovered)
            s.until = QDateTime::fromString(textOf(m_settings->value(UntilField)), Qt::ISODateWithMs);
        // Anything malformed is no snooze: a broken file must never silence everything.
        if (s.account.isEmpty() || s.account.size() > MaxNameLength || s.id.size() > MaxNameLength ||
            (!s.untilRecovered && !s.until.isValid()))
            continue;
        m_snoozes << s;
    }
    m_settings->endArray();
}

void HealthWatcher::writeSnoozes()
{
    // Every change of the list passes here: it is stored (when there are settings) and announced.
    if (m_settings)
        storeSnoozes();
    emit snoozesChanged();
}

void HealthWatcher::storeSnoozes()
{
    m_settings->remove(QLatin1String(SnoozesKey));
    m_settings->beginWriteArray(QLatin1String(SnoozesKey), int(m_snoozes.size()));
    for (int i = 0; i < m_snoozes.size(); ++i) {
        const Snooze &s = m_snoozes.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(AccountField, s.account);
        m_settings->setValue(IdField, s.id);
        if (s.untilRecovered)
            m_settings->setValue(RecoveredField, true);
        else
            m_settings->setValue(UntilField, s.until.toUTC().toString(Qt::ISODateWithMs));
    }
    m_settings->endArray();
}
