#pragma once

#include "endpointfilterproxy.h"

#include <QComboBox>
#include <QPointer>

// The health filter's choices (All, Active, Failing, Disabled, Needs attention), each with how many rows
// it would show with the other filters as they are: "Needs attention (12)". Drives the proxy's health
// filter; the counts follow the rows once per event-loop turn (a load brings a batch per turn).
class HealthFilterBox : public QComboBox
{
    Q_OBJECT
public:
    explicit HealthFilterBox(EndpointFilterProxy *proxy, QWidget *parent = nullptr);

    static QString label(EndpointFilterProxy::HealthFilter filter); // without the count, translated
    void updateCounts();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLater();

    QPointer<EndpointFilterProxy> m_proxy;
    bool m_pending = false;
};
