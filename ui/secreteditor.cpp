#include "secreteditor.h"

#include "core/endpoint.h"
#include "providers/providerspec.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

// Labels for the authentication field names the descriptor uses; an unknown field shows its
// wire name and is treated as secret (the safe default).
struct FieldLabel
{
    QString text;
    bool secret;
};

FieldLabel labelFor(const QString &field)
{
    if (field == QLatin1String("username"))
        return {SecretEditor::tr("User name:"), false};
    if (field == QLatin1String("password"))
        return {SecretEditor::tr("Password:"), true};
    if (field == QLatin1String("headerName"))
        return {SecretEditor::tr("Header name:"), false};
    if (field == QLatin1String("headerValue"))
        return {SecretEditor::tr("Header value:"), true};
    return {field + QLatin1Char(':'), true};
}

QString methodName(const QStringList &fields)
{
    if (fields.contains(QLatin1String("username")))
        return SecretEditor::tr("Basic (user name and password)");
    if (fields.contains(QLatin1String("headerName")))
        return SecretEditor::tr("Header (name and value)");
    return fields.join(QLatin1String(", "));
}

} // namespace

SecretEditor::SecretEditor(const ProviderSpec &spec, const Endpoint &base, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_actions(new QButtonGroup(this)), m_keep(new QRadioButton(this)),
      m_replace(new QRadioButton(this)), m_remove(new QRadioButton(this)), m_replaceBox(new QWidget(this))
{
    const bool isAuth = spec.secretKind == SecretKind::AuthenticationObject;
    // The method the endpoint has now, so the (greyed) combo shows it rather than the first one.
    const int currentMethod =
        base.hasSecret ? int(spec.authenticationTypes.indexOf(base.secretType.toUpper())) : -1;
    auto *state = new QLabel(this);
    state->setObjectName(QStringLiteral("secretState"));
    state->setWordWrap(true);
    if (!base.hasSecret)
        state->setText(isAuth ? tr("No authentication is set.") : tr("No secret is set."));
    else if (isAuth && !base.secretType.isEmpty())
        state->setText(tr("Authentication is set (%1). Its value is write-only and cannot be shown.")
                           .arg(base.secretType));
    else
        state->setText(isAuth ? tr("Authentication is set. Its value is write-only and cannot be shown.")
                              : tr("A secret is set. It is write-only and cannot be shown."));

    m_keep->setText(tr("&Keep"));
    m_replace->setText(tr("Re&place"));
    m_remove->setText(tr("Remo&ve"));
    m_keep->setObjectName(QStringLiteral("secretKeep"));
    m_replace->setObjectName(QStringLiteral("secretReplace"));
    m_remove->setObjectName(QStringLiteral("secretRemove"));
    m_keep->setAccessibleName(isAuth ? tr("Keep the authentication") : tr("Keep the secret"));
    m_replace->setAccessibleName(isAuth ? tr("Replace the authentication") : tr("Replace the secret"));
    m_remove->setAccessibleName(isAuth ? tr("Remove the authentication") : tr("Remove the secret"));
    m_remove->setEnabled(base.hasSecret);
    if (!base.hasSecret)
        m_remove->setToolTip(tr("There is nothing to remove."));
    m_actions->addButton(m_keep, static_cast<int>(SecretAction::Keep));
    m_actions->addButton(m_replace, static_cast<int>(SecretAction::Replace));
    m_actions->addButton(m_remove, static_cast<int>(SecretAction::Remove));
    m_keep->setChecked(true);
    connect(m_actions, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateEnabled();
        emit secretChanged();
    });

    auto *radios = new QHBoxLayout;
    radios->addWidget(m_keep);
    radios->addWidget(m_replace);
    radios->addWidget(m_remove);
    radios->addStretch();

    auto *replaceLayout = new QFormLayout(m_replaceBox);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!isAuth) {
        m_secretEdit = new QLineEdit(m_replaceBox);
        m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
        m_secretEdit->setEchoMode(QLineEdit::Password);
        m_secretEdit->setAccessibleName(tr("New secret"));
        m_secretEdit->setPlaceholderText(tr("The new signing secret"));
        connect(m_secretEdit, &QLineEdit::textChanged, this, &SecretEditor::secretChanged);
        replaceLayout->addRow(tr("New &secret:"), m_secretEdit);
    } else {
        m_methodCombo = new QComboBox(m_replaceBox);
        m_methodCombo->setObjectName(QStringLiteral("authMethodCombo"));
        m_methodCombo->setAccessibleName(tr("Authentication method"));
        m_methodPages = new QStackedWidget(m_replaceBox);
        m_methodPages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        for (const QString &method : spec.authenticationMethods) {
            const QStringList fields = method.split(QLatin1Char('|'));
            m_methodCombo->addItem(methodName(fields));
            auto *page = new QWidget(m_methodPages);
            auto *form = new QFormLayout(page);
            form->setContentsMargins(0, 0, 0, 0);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            QList<QLineEdit *> edits;
            for (const QString &field : fields) {
                const FieldLabel label = labelFor(field);
                auto *edit = new QLineEdit(page);
                edit->setObjectName(QStringLiteral("auth_") + field);
                edit->setAccessibleName(label.text.chopped(1));
                if (label.secret)
                    edit->setEchoMode(QLineEdit::Password);
                connect(edit, &QLineEdit::textChanged, this, &SecretEditor::secretChanged);
                form->addRow(label.text, edit);
                edits << edit;
            }
            m_methodFields << edits;
            m_methodPages->addWidget(page);
        }
        connect(m_methodCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
            m_methodPages->setCurrentIndex(index);
            emit secretChanged();
        });
        if (currentMethod >= 0 && currentMethod < m_methodCombo->count())
            m_methodCombo->setCurrentIndex(currentMethod);
        replaceLayout->addRow(tr("&Method:"), m_methodCombo);
        replaceLayout->addRow(m_methodPages);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(state);
    layout->addLayout(radios);
    layout->addWidget(m_replaceBox);
    updateEnabled();
}

SecretAction SecretEditor::action() const
{
    return static_cast<SecretAction>(m_actions->checkedId());
}

void SecretEditor::setAction(SecretAction action)
{
    if (QAbstractButton *button = m_actions->button(static_cast<int>(action)))
        button->setChecked(true);
}

QString SecretEditor::newSecret() const
{
    return m_secretEdit ? m_secretEdit->text() : QString();
}

QJsonObject SecretEditor::newAuthentication() const
{
    QJsonObject result;
    if (!m_methodCombo)
        return result;
    const int method = m_methodCombo->currentIndex();
    const QStringList fields = m_spec.authenticationMethods.value(method).split(QLatin1Char('|'));
    // Only the chosen method's fields: the two are never mixed.
    for (int i = 0; i < fields.size() && i < m_methodFields.value(method).size(); ++i)
        result.insert(fields.at(i), m_methodFields.at(method).at(i)->text());
    return result;
}

QList<QWidget *> SecretEditor::focusOrder() const
{
    QList<QWidget *> order{m_keep, m_replace, m_remove};
    if (m_secretEdit)
        order << m_secretEdit;
    if (m_methodCombo)
        order << m_methodCombo;
    for (const QList<QLineEdit *> &fields : m_methodFields)
        for (QLineEdit *edit : fields)
            order << edit;
    return order;
}

void SecretEditor::updateEnabled()
{
    m_replaceBox->setEnabled(action() == SecretAction::Replace);
}
