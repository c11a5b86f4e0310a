#include "eventlisteditor.h"

#include "providers/providerspec.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

EventListEditor::EventListEditor(const ProviderSpec &spec, const QStringList &events, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_list(new QListWidget(this)), m_count(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("eventList"));
    m_list->setAccessibleName(tr("Events"));
    // Qt 6.4 item views report CHECKED but never CHECKABLE (an unticked event reads as a plain item);
    // a list of real QCheckBoxes would, but loses type-ahead and the list's keyboard model. Kept as is.
    m_list->setUniformItemSizes(true);
    // The catalog first, in the provider's order, then whatever else the endpoint subscribes to
    // (custom names, or values a closed enum no longer lists, so they can be unticked).
    for (const QString &known : spec.knownEvents)
        appendItem(known, events.contains(known));
    for (const QString &event : events)
        if (!spec.knownEvents.contains(event))
            appendItem(event, true);
    // As tall as its rows (3 to 8), scrolling beyond: a short enum should not leave a blank box.
    const int rows = qBound(3, m_list->count(), 8);
    // Fixed, not Expanding: an expanding list would pull spare height into its whole group box.
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 6);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit eventsChanged();
    });

    m_count->setObjectName(QStringLiteral("eventCount"));
    m_count->setAccessibleDescription(tr("Selected events")); // the name is the text itself
    m_count->setToolTip(tr("Selected events"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    auto *bottom = new QHBoxLayout;
    if (!spec.eventsClosedEnum) {
        m_addEdit = new QLineEdit(this);
        m_addEdit->setObjectName(QStringLiteral("addEventEdit"));
        m_addEdit->setPlaceholderText(
            tr("Other event name, e.g. %1").arg(spec.knownEvents.value(0, QStringLiteral("event.name"))));
        m_addEdit->setAccessibleName(tr("New event name"));
        m_addButton = new QPushButton(tr("&Add event"), this);
        m_addButton->setObjectName(QStringLiteral("addEventButton"));
        m_addButton->setAccessibleName(tr("Add event"));
        m_addButton->setAutoDefault(false);
        m_addButton->setEnabled(false);
        auto add = [this] {
            addEvent(m_addEdit->text().trimmed());
            m_addEdit->clear();
        };
        connect(m_addEdit, &QLineEdit::textChanged, this,
                [this](const QString &text) { m_addButton->setEnabled(!text.trimmed().isEmpty()); });
        connect(m_addEdit, &QLineEdit::returnPressed, this, add);
        connect(m_addButton, &QPushButton::clicked, this, add);
        bottom->addWidget(m_addEdit, 1);
        bottom->addWidget(m_addButton);
    } else {
        auto *closed = new QLabel(tr("%1 accepts only these events.").arg(spec.displayName), this);
        closed->setObjectName(QStringLiteral("closedEnumNote"));
        closed->setWordWrap(true);
        QPalette palette = closed->palette(); // secondary text, still readable
        QColor color = palette.color(QPalette::WindowText);
        color.setAlphaF(0.7);
        palette.setColor(QPalette::WindowText, color);
        closed->setPalette(palette);
        bottom->addWidget(closed, 1);
    }
    bottom->addWidget(m_count);
    layout->addLayout(bottom);
    updateCount();
}

QListWidgetItem *EventListEditor::appendItem(const QString &name, bool checked)
{
    auto *item = new QListWidgetItem(name, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

void EventListEditor::addEvent(const QString &name)
{
    if (name.isEmpty() || !allowsFreeEntry())
        return;
    const QList<QListWidgetItem *> existing = m_list->findItems(name, Qt::MatchExactly);
    QListWidgetItem *item = existing.isEmpty() ? nullptr : existing.first();
    if (item) {
        item->setCheckState(Qt::Checked); // emits itemChanged when it was unchecked
    } else {
        const QSignalBlocker blocker(m_list);
        item = appendItem(name, true);
        updateCount();
        emit eventsChanged();
    }
    m_list->scrollToItem(item);
}

QStringList EventListEditor::events() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            result << m_list->item(i)->text();
    return result;
}

QList<QWidget *> EventListEditor::focusOrder() const
{
    QList<QWidget *> order{m_list};
    if (m_addEdit)
        order << m_addEdit << m_addButton;
    return order;
}

void EventListEditor::updateCount()
{
    // One counter style in every form: "n / max" with a limit, the bare count without; the
    // accessible description and tooltip say what is counted.
    const int n = events().size();
    if (m_spec.eventsMax > 0)
        m_count->setText(tr("%1 / %2").arg(n).arg(m_spec.eventsMax));
    else
        m_count->setText(QLocale().toString(n));
}

void EventListEditor::setEvents(const QStringList &events)
{
    QStringList missing = events;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(events.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(item->text());
    }
    for (const QString &event : std::as_const(missing))
        appendItem(event, true);
    updateCount();
    emit eventsChanged();
}
