#pragma once

#include <QGroupBox>
#include <QStringList>
#include <functional>

class HealthWatcher;
class QComboBox;
class QPushButton;
class QTreeWidget;

// Preferences ▸ Snoozed notifications: the watcher's snoozes in force (account, endpoint, until when),
// each resumable, and a whole account snoozed from here. Both act on the watcher at once (like the
// table's context menu); the list follows the watcher whoever changes it.
class SnoozePanel : public QGroupBox
{
    Q_OBJECT
public:
    SnoozePanel(HealthWatcher *watcher, const QStringList &accounts, QWidget *parent = nullptr);

    QTreeWidget *snoozeList() const { return m_list; }
    QPushButton *resumeButton() const { return m_resume; }
    QComboBox *accountBox() const { return m_account; }
    QComboBox *lengthBox() const { return m_length; }
    QPushButton *snoozeButton() const { return m_snooze; }
    // The endpoint's URL for a row (empty when unknown: the ID shows); the ID is its tooltip then.
    using UrlLookup = std::function<QString(const QString &account, const QString &id)>;
    void setUrlLookup(UrlLookup lookup);

    void resumeSelected();
    void snoozeAccount();

private:
    void reload();
    void updateButtons();

    HealthWatcher *m_watcher;
    UrlLookup m_urlOf;
    QTreeWidget *m_list;
    QPushButton *m_resume;
    QComboBox *m_account;
    QComboBox *m_length;
    QPushButton *m_snooze;
};
