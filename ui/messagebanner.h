#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A dismissable line above the table for what went wrong (or right) without a modal box:
// support staff keep working while it stays visible.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Success,
        Error
    };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
    QLabel *m_label;
    QToolButton *m_close;
};
