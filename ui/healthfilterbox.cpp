#include "healthfilterbox.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QLocale>

#include <utility>

namespace {

using HealthFilter = EndpointFilterProxy::HealthFilter;

// The order on show; the item data is the filter, which is what settings keep.
constexpr HealthFilter Choices[] = {HealthFilter::Any, HealthFilter::Active, HealthFilter::Failing,
                                    HealthFilter::Disabled, HealthFilter::Attention};

} // namespace

HealthFilterBox::HealthFilterBox(EndpointFilterProxy *proxy, QWidget *parent)
    : QComboBox(parent), m_proxy(proxy)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents); // the counts grow while a load comes in
    // Never narrower than its longest choice: in a narrow window the filter box beside it gives way,
    // not the words ("Needs attention (14)" cut to "Needs attention (1" reads as another number).
    setSizePolicy(QSizePolicy::Minimum, sizePolicy().verticalPolicy());
    for (HealthFilter filter : Choices)
        addItem(label(filter), int(filter));
    connect(this, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        if (m_proxy)
            m_proxy->setHealthFilter(HealthFilter(itemData(index).toInt()));
    });
    if (!proxy)
        return;
    // The other filters change the counts; so do rows the health filter hides, which the proxy does not
    // announce: follow the source too.
    connect(proxy, &EndpointFilterProxy::filtersChanged, this, &HealthFilterBox::updateCounts);
    const auto follow = [this](QAbstractItemModel *model) {
        if (!model)
            return;
        connect(model, &QAbstractItemModel::rowsInserted, this, &HealthFilterBox::updateLater);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &HealthFilterBox::updateLater);
        connect(model, &QAbstractItemModel::dataChanged, this, &HealthFilterBox::updateLater);
        connect(model, &QAbstractItemModel::modelReset, this, &HealthFilterBox::updateLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &HealthFilterBox::updateLater);
    };
    follow(proxy->sourceModel());
    connect(proxy, &QAbstractProxyModel::sourceModelChanged, this, [this, follow] {
        follow(m_proxy->sourceModel());
        updateLater();
    });
    updateCounts();
}

QString HealthFilterBox::label(HealthFilter filter)
{
    switch (filter) {
    case HealthFilter::Any:
        return tr("All health states");
    case HealthFilter::Active:
        return tr("Active");
    case HealthFilter::Failing:
        return tr("Failing");
    case HealthFilter::Disabled:
        return tr("Disabled");
    case HealthFilter::Attention:
        return tr("Needs attention");
    }
    return {};
}

void HealthFilterBox::updateCounts()
{
    for (int i = 0; i < count(); ++i) {
        const auto filter = HealthFilter(itemData(i).toInt());
        const QString text =
            m_proxy ? tr("%1 (%2)").arg(label(filter), QLocale().toString(m_proxy->healthFilterCount(filter)))
                    : label(filter);
        if (itemText(i) != text)
            setItemText(i, text);
    }
}

void HealthFilterBox::updateLater()
{
    if (std::exchange(m_pending, true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            updateCounts();
        },
        Qt::QueuedConnection);
}

void HealthFilterBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCounts();
    QComboBox::changeEvent(event);
}
