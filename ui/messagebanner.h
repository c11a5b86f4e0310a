#pragma once

#include <QColor>
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

    // Tinted background, border and text per kind, for a light or a dark palette (text ≥ 4.5:1).
    struct Colors
    {
        QColor background;
        QColor border;
        QColor text;
    };
    static Colors colors(Kind kind, const QPalette &palette);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    Kind m_kind = Kind::Info;
    QLabel *m_label;
    QToolButton *m_close;
};
