#pragma once

#include "core/draft.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

struct Endpoint;
struct ProviderSpec;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

// A write-only secret: Keep / Replace / Remove. Diligent takes one string (password field); Atoa an
// authentication object of one method (Basic: username + password, or Header: name + value).
// There is never an existing value to show: the providers only say whether one is set.
class SecretEditor : public QWidget
{
    Q_OBJECT
public:
    SecretEditor(const ProviderSpec &spec, const Endpoint &base, QWidget *parent = nullptr);

    SecretAction action() const;
    QString newSecret() const;             // SecretString, with Replace
    QJsonObject newAuthentication() const; // AuthenticationObject, with Replace

    void setAction(SecretAction action);
    QList<QWidget *> focusOrder() const; // for the dialog's tab order

signals:
    void secretChanged();

private:
    void updateEnabled();

    const ProviderSpec &m_spec;
    QButtonGroup *m_actions;
    QRadioButton *m_keep;
    QRadioButton *m_replace;
    QRadioButton *m_remove;
    QWidget *m_replaceBox;
    QLineEdit *m_secretEdit = nullptr;  // SecretString
    QComboBox *m_methodCombo = nullptr; // AuthenticationObject
    QStackedWidget *m_methodPages = nullptr;
    QList<QList<QLineEdit *>> m_methodFields; // per method, one edit per field name
};
