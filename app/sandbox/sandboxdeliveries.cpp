#include "sandbox/sandboxdeliveries.h"

#include "providers/providerspec.h"
#include "sandbox/sandboxdialect.h"
#include "sandbox/sandboxrules.h"
#include "sandbox/sandboxstore.h"

#include <QDateTime>

#include <cmath>

namespace {

constexpr int maxFailures = 1000000000; // the client reads counts up to 1e9

void set(QJsonObject &e, const QString &key, const QJsonValue &value)
{
    if (!key.isEmpty()) // the provider has no such field
        e.insert(key, value);
}

bool receivesDeliveries(const ProviderSpec &spec, const QJsonObject &e)
{
    switch (spec.enabled.kind) {
    case EnabledSpec::Kind::None:
        return true;
    case EnabledSpec::Kind::Boolean:
        return e.value(spec.enabled.key).toBool();
    case EnabledSpec::Kind::StatusWord:
        return e.value(spec.enabled.key).toString() == spec.enabled.activeWord;
    }
    return false;
}

void switchOff(const ProviderSpec &spec, const SandboxDialect::Deliveries &rules, QJsonObject &e,
               int failures, int lastStatus, const QString &now)
{
    if (spec.enabled.kind == EnabledSpec::Kind::Boolean)
        e.insert(spec.enabled.key, false);
    else
        e.insert(spec.enabled.key,
                 rules.autoDisabledWord.isEmpty() ? spec.enabled.inactiveWord : rules.autoDisabledWord);
    set(e, spec.read.disabledAt, now);
    if (!rules.autoDisabledReason.isEmpty())
        set(e, spec.read.disabledReason, rules.autoDisabledReason.arg(failures).arg(lastStatus));
    set(e, spec.read.updatedAt, now); // the endpoint itself changed, not only its delivery facts
}

} // namespace

namespace SandboxDeliveries {

bool isOutcome(double status)
{
    return status >= 100 && status <= 599 && std::floor(status) == status;
}

Result apply(SandboxStore &store, ProviderId provider, const QString &id, const QList<int> &outcomes)
{
    Result result;
    QJsonObject e = store.endpoint(provider, id);
    if (e.isEmpty())
        return result;
    result.found = true;
    const ProviderSpec &spec = Providers::spec(provider);
    const SandboxDialect *dialect = SandboxDialects::find(provider);
    const SandboxDialect::Deliveries rules = dialect ? dialect->deliveries : SandboxDialect::Deliveries();
    const QString now =
        QDateTime::currentDateTimeUtc().toString(rules.millisecondTimes ? Qt::ISODateWithMs : Qt::ISODate);
    const bool countShown = !spec.read.failureCount.isEmpty();
    int failures = countShown ? e.value(spec.read.failureCount).toInt() : store.unseenFailures(provider, id);

    for (const int status : outcomes) {
        if (!receivesDeliveries(spec, e))
            break;
        ++result.delivered;
        set(e, spec.read.lastDeliveryAt, now);
        set(e, spec.read.lastDeliveryStatus, status);
        if (status >= 200 && status < 300) {
            failures = 0;
            set(e, spec.read.lastSuccessAt, now);
            continue;
        }
        failures = qMin(failures + 1, maxFailures);
        set(e, spec.read.lastFailureAt, now);
        if (spec.hasEnabled() && rules.autoDisableAfter > 0 && failures >= rules.autoDisableAfter)
            switchOff(spec, rules, e, failures, status, now);
    }
    if (result.delivered > 0) {
        if (countShown)
            e.insert(spec.read.failureCount, failures);
        else
            store.setUnseenFailures(provider, id, failures);
        if (!spec.read.derivedStatus.isEmpty()) // Diligent's status follows is_active and the last delivery
            e.insert(spec.read.derivedStatus, SandboxRules::diligentStatus(e));
        store.replace(provider, e);
    }
    result.endpoint = e;
    return result;
}

} // namespace SandboxDeliveries
