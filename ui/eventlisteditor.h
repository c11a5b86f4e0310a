#pragma once

#include <QStringList>
#include <QWidget>

struct ProviderSpec;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// The events of an endpoint as a checkable list: the provider's known events plus the endpoint's
// own. Where the catalog is open, a line below adds any other name; a closed enum offers only its
// values. With a documented maximum it shows "n / max".
class EventListEditor : public QWidget
{
    Q_OBJECT
public:
    EventListEditor(const ProviderSpec &spec, const QStringList &events, QWidget *parent = nullptr);

    QStringList events() const;                // checked events, in list order
    void setEvents(const QStringList &events); // checks exactly these, adding rows for new names
    bool allowsFreeEntry() const { return m_addEdit != nullptr; }
    void addEvent(const QString &name); // checks it, adding a row when new (open catalogs only)
    QListWidget *list() const { return m_list; }
    QLineEdit *addEdit() const { return m_addEdit; }
    QList<QWidget *> focusOrder() const; // for the dialog's tab order

signals:
    void eventsChanged();

private:
    QListWidgetItem *appendItem(const QString &name, bool checked);
    void updateCount();

    const ProviderSpec &m_spec;
    QListWidget *m_list;
    QLineEdit *m_addEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_count;
};
