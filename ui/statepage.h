#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// What the table area shows when there is no table to show: no accounts yet, loading (with the
// count of endpoints read so far), nothing matches the filter, or why loading failed.
class StatePage : public QWidget
{
    Q_OBJECT
public:
    explicit StatePage(QWidget *parent = nullptr);

    void showEmpty(const QString &title, const QString &detail, const QString &actionText = QString());
    void showLoading(const QString &title, const QString &detail);
    void showError(const QString &title, const QString &detail, const QString &actionText);
    QString title() const;
    QString detail() const;

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_progress;
    QPushButton *m_action;
};
