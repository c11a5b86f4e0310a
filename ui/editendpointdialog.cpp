#include "editendpointdialog.h"
#include "dialogsizing.h"
#include "endpointactions.h"

#include "clearbuttonname.h"
#include "conflictdialog.h"

#include "core/health.h"
#include "core/textlength.h"

#include "diff/diff.h"
#include "eventlisteditor.h"
#include "metadataeditor.h"
#include "net/apiclient.h"
#include "net/preparedrequest.h"
#include "providers/providerspec.h"
#include "requestpreviewview.h"
#include "secreteditor.h"
#include "session/workspace.h"
#include "statustintdelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Error text: deep red on a light palette, a light red on a dark one (both keep 4.5:1).
QString errorColor()
{
    return StatusTintDelegate::toneColour(StatusTone::Failure, QApplication::palette()).name();
}

QLabel *secondaryLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // may quote the server (a disable reason): never rich text
    label->setText(text);
    label->setWordWrap(true);
    // Softer than body text but still readable (the disabled colour is too faint for sentences).
    QPalette palette = label->palette();
    QColor color = palette.color(QPalette::WindowText);
    color.setAlphaF(0.7);
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    return label;
}

// The scope words are the provider's; say what each means beside it.
QString scopeLabel(const QString &value)
{
    if (value == QLatin1String("own"))
        return EditEndpointDialog::tr("own: this account's events only");
    if (value == QLatin1String("all_children"))
        return EditEndpointDialog::tr("all_children: this account and all its child accounts");
    return value;
}

} // namespace

EditEndpointDialog::EditEndpointDialog(Workspace *workspace, const Endpoint &base, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_base(base), m_spec(Providers::spec(base.provider)),
      m_confirm([this](QWidget *owner, const QString &title, const QString &text, const QString &details) {
          const bool production = m_workspace->account(m_base.account).isProduction();
          return askWithMessageBox(owner, title, text, details, production ? QString() : tr("Send"));
      }),
      m_chooseOnConflict(&ConflictDialog::ask)
{
    setWindowTitle(tr("Edit %1 endpoint").arg(m_spec.displayName));
    setObjectName(QStringLiteral("editEndpointDialog"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText); // quotes the server's error message
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAccessibleDescription(tr("Save result"));
    m_banner->hide();

    QWidget *header = buildHeader();
    QWidget *form = buildForm();

    auto *previewBox = new QGroupBox(tr("Request preview"), this);
    m_preview = new RequestPreviewView(previewBox);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    m_lostNote = new QLabel(previewBox);
    m_lostNote->setObjectName(QStringLiteral("lostStateNote"));
    m_lostNote->setWordWrap(true);
    m_lostNote->setTextFormat(Qt::PlainText); // quotes the provider's reason
    m_lostNote->hide();
    previewLayout->addWidget(m_lostNote);

    m_formArea = new QScrollArea(this);
    m_formArea->setObjectName(QStringLiteral("formArea"));
    m_formArea->setWidgetResizable(true);
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_formArea->setFocusPolicy(Qt::NoFocus); // an unnamed stop in the Tab order; fields scroll into view
    m_formArea->setWidget(form);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_formArea);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("saveProgress"));
    m_progress->setRange(0, 0); // indeterminate: a save is one request
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Saving"));
    m_progress->hide();
    m_busyLabel = new QLabel(tr("Saving… (Cancel stops waiting)"), this);
    m_busyLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_saveButton->setAccessibleName(tr("Save"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_saveButton->setToolTip(tr("Send the change (Ctrl+Return)"));
    // Enter in a field must never send a change to a production account by accident.
    m_saveButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &EditEndpointDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &EditEndpointDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &EditEndpointDialog::save);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_busyLabel);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    setTabOrderFromLayout();
    refresh();
    DialogSizing::fitToScreen(this, QSize(1100, 740));
}

EditEndpointDialog::~EditEndpointDialog()
{
    // A save still running is left to finish: the Workspace records it and updates the row. A
    // conflict nobody can answer any more sends nothing.
    if (m_job) {
        m_job->disconnect(this);
        m_job->setAskOnConflict(false);
        m_job->resolve(SaveJob::Choice::BackToEditing); // only if it was waiting for an answer
    }
}

QWidget *EditEndpointDialog::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);

    auto *title = new QLabel(m_base.url.isEmpty() ? m_base.id : m_base.url, header);
    title->setObjectName(QStringLiteral("endpointTitle"));
    title->setTextFormat(Qt::PlainText); // the server's URL or id
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    title->setFont(font);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title->setAccessibleDescription(tr("Endpoint URL"));

    const Account account = m_workspace->account(m_base.account);
    QString facts = tr("%1 · account %2 · ID %3").arg(m_spec.displayName, m_base.account, m_base.id);
    if (!account.environment.isEmpty())
        facts = tr("%1 · %2").arg(facts, account.environment);
    auto *subtitle = secondaryLabel(facts, header);
    subtitle->setObjectName(QStringLiteral("endpointFacts"));
    subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle->setAccessibleDescription(tr("Provider, account and endpoint ID"));

    layout->addWidget(title);
    layout->addWidget(subtitle);
    if (account.isProduction()) {
        auto *warning =
            new QLabel(tr("Production account: Save asks for confirmation before anything is sent."), header);
        warning->setObjectName(QStringLiteral("productionNote"));
        warning->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(errorColor()));
        layout->addWidget(warning);
    }
    return header;
}

QWidget *EditEndpointDialog::fieldWithError(const QString &field, QWidget *editor, QWidget *extra)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(editor);
    if (extra)
        layout->addWidget(extra);
    auto *error = new QLabel(box);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorColor()));
    error->setAccessibleDescription(tr("Problem with this field"));
    error->hide();
    layout->addWidget(error);
    m_errorLabels.insert(field, error);
    return box;
}

QWidget *EditEndpointDialog::buildForm()
{
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(10);
    auto newForm = [](QGroupBox *box) {
        auto *f = new QFormLayout(box);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setRowWrapPolicy(QFormLayout::DontWrapRows);
        f->setVerticalSpacing(10);
        return f;
    };
    auto changed = [this] { refresh(); };

    // What the endpoint is: where it delivers, which events, what it is called.
    auto *endpoint = new QGroupBox(tr("Endpoint"), form);
    QFormLayout *endpointForm = newForm(endpoint);
    if (!m_spec.urlKey.isEmpty()) {
        m_urlEdit = new QLineEdit(m_base.url, endpoint);
        m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
        m_urlEdit->setAccessibleName(tr("URL"));
        m_urlEdit->setPlaceholderText(QStringLiteral("https://"));
        m_urlEdit->setClearButtonEnabled(m_spec.urlWritable);
        nameClearButton(m_urlEdit, tr("Clear the URL"));
        m_fieldEditors.insert(QStringLiteral("url"), m_urlEdit);
        QLabel *reason = nullptr;
        if (!m_spec.urlWritable) {
            m_urlEdit->setEnabled(false);
            reason =
                secondaryLabel(tr("%1 does not allow changing the URL; delete and re-create the endpoint.")
                                   .arg(m_spec.displayName),
                               endpoint);
            reason->setObjectName(QStringLiteral("urlReadOnlyReason"));
            m_urlEdit->setToolTip(reason->text());
        } else {
            m_urlEdit->setToolTip(m_spec.urlRule == UrlRule::HttpsOnly
                                      ? tr("%1 requires https://.").arg(m_spec.displayName)
                                      : tr("https://, or http:// for localhost only."));
        }
        connect(m_urlEdit, &QLineEdit::textChanged, this, changed);
        auto *label = new QLabel(tr("&URL:"), endpoint);
        label->setBuddy(m_urlEdit);
        endpointForm->addRow(label, fieldWithError(QStringLiteral("url"), m_urlEdit, reason));
    }
    if (!m_spec.eventsKey.isEmpty()) {
        m_events = new EventListEditor(m_spec, m_base.events, endpoint);
        m_events->setObjectName(QStringLiteral("eventsEditor"));
        m_fieldEditors.insert(QStringLiteral("events"), m_events->list());
        connect(m_events, &EventListEditor::eventsChanged, this, changed);
        auto *label = new QLabel(tr("&Events:"), endpoint);
        label->setBuddy(m_events->list());
        QLabel *note = nullptr;
        if (m_spec.eventsAlwaysSent)
            note = secondaryLabel(
                tr("%1 receives the complete list with every change.").arg(m_spec.displayName), endpoint);
        endpointForm->addRow(label, fieldWithError(QStringLiteral("events"), m_events, note));
    }
    if (m_spec.hasDescription()) {
        m_descriptionEdit = new QLineEdit(m_base.description, endpoint);
        m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
        m_descriptionEdit->setAccessibleName(tr("Description"));
        m_descriptionCounter = new QLabel(endpoint);
        m_descriptionCounter->setObjectName(QStringLiteral("descriptionCounter"));
        m_descriptionCounter->setAccessibleDescription(tr("Description length"));
        m_fieldEditors.insert(QStringLiteral("description"), m_descriptionEdit);
        connect(m_descriptionEdit, &QLineEdit::textChanged, this, changed);

        auto *row = new QWidget(endpoint);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(m_descriptionEdit, 1);
        if (m_spec.descriptionClear == ClearText::Null) {
            m_clearDescriptionButton = new QPushButton(tr("C&lear"), row);
            m_clearDescriptionButton->setObjectName(QStringLiteral("clearDescriptionButton"));
            m_clearDescriptionButton->setAccessibleName(tr("Clear the description"));
            m_clearDescriptionButton->setToolTip(tr("Removes the description: %1 receives \"%2\": null.")
                                                     .arg(m_spec.displayName, m_spec.descriptionKey));
            m_clearDescriptionButton->setAutoDefault(false);
            connect(m_clearDescriptionButton, &QPushButton::clicked, m_descriptionEdit, &QLineEdit::clear);
            rowLayout->addWidget(m_clearDescriptionButton);
        }
        rowLayout->addWidget(m_descriptionCounter);
        auto *label = new QLabel(tr("&Description:"), endpoint);
        label->setBuddy(m_descriptionEdit);
        endpointForm->addRow(label, fieldWithError(QStringLiteral("description"), row));
        layout->addWidget(endpoint);
    }

    layout->addWidget(endpoint);

    // Whether and for whom it delivers (Atoa has neither).
    auto *delivery = new QGroupBox(tr("Delivery"), form);
    QFormLayout *deliveryForm = newForm(delivery);
    if (m_spec.hasEnabled()) {
        m_enabledCheck = new QCheckBox(tr("&Delivering"), delivery);
        m_enabledCheck->setObjectName(QStringLiteral("enabledCheck"));
        m_enabledCheck->setAccessibleName(tr("Delivering"));
        m_enabledCheck->setChecked(m_base.enabled);
        m_enabledNote = secondaryLabel(QString(), delivery);
        m_enabledNote->setObjectName(QStringLiteral("enabledNote"));
        m_fieldEditors.insert(QStringLiteral("enabled"), m_enabledCheck);
        connect(m_enabledCheck, &QCheckBox::toggled, this, changed);
        deliveryForm->addRow(tr("Status:"),
                             fieldWithError(QStringLiteral("enabled"), m_enabledCheck, m_enabledNote));
    }
    if (m_spec.hasScope()) {
        m_scopeCombo = new QComboBox(delivery);
        m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
        m_scopeCombo->setAccessibleName(tr("Scope"));
        for (const QString &value : m_spec.scopeValues)
            m_scopeCombo->addItem(scopeLabel(value), value);
        // An unknown or missing value stays selected as it is, so opening the dialog changes nothing.
        if (!m_spec.scopeValues.contains(m_base.scope))
            m_scopeCombo->insertItem(0, m_base.scope.isEmpty() ? tr("(not set)") : m_base.scope,
                                     m_base.scope);
        m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(m_base.scope));
        m_fieldEditors.insert(QStringLiteral("scope"), m_scopeCombo);
        connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, changed);
        auto *note = secondaryLabel(
            tr("all_children needs an org:admin key; %1 refuses it otherwise.").arg(m_spec.displayName),
            delivery);
        note->setObjectName(QStringLiteral("scopeNote"));
        auto *label = new QLabel(tr("Sc&ope:"), delivery);
        label->setBuddy(m_scopeCombo);
        deliveryForm->addRow(label, fieldWithError(QStringLiteral("scope"), m_scopeCombo, note));
    }
    if (deliveryForm->rowCount() > 0)
        layout->addWidget(delivery);
    else
        delete delivery;

    if (m_spec.hasMetadata()) {
        auto *box = new QGroupBox(tr("Metadata"), form);
        auto *boxLayout = new QVBoxLayout(box);
        m_metadata = new MetadataEditor(m_base.metadata, box);
        m_metadata->setObjectName(QStringLiteral("metadataEditor"));
        m_fieldEditors.insert(QStringLiteral("metadata"), m_metadata->table());
        connect(m_metadata, &MetadataEditor::metadataChanged, this, changed);
        auto *note = secondaryLabel(tr("Only changed keys are sent; a removed key is sent as \"\"."), box);
        boxLayout->addWidget(fieldWithError(QStringLiteral("metadata"), m_metadata, note));
        layout->addWidget(box);
    }

    if (m_spec.hasSecret()) {
        const bool isAuth = m_spec.secretKind == SecretKind::AuthenticationObject;
        auto *box = new QGroupBox(isAuth ? tr("Authentication") : tr("Signing secret"), form);
        auto *boxLayout = new QVBoxLayout(box);
        m_secret = new SecretEditor(m_spec, m_base, box);
        m_secret->setObjectName(QStringLiteral("secretEditor"));
        m_fieldEditors.insert(QStringLiteral("secret"), m_secret);
        connect(m_secret, &SecretEditor::secretChanged, this, changed);
        boxLayout->addWidget(fieldWithError(QStringLiteral("secret"), m_secret));
        layout->addWidget(box);
    }
    layout->addStretch();
    alignFormLabels(form);
    return form;
}

void EditEndpointDialog::alignFormLabels(QWidget *form)
{
    // Each group (and the secret editor inside one) has its own QFormLayout; give every label column
    // the same width and alignment so the fields line up down the whole form.
    QList<QWidget *> labels;
    int width = 0;
    for (QFormLayout *formLayout : form->findChildren<QFormLayout *>()) {
        formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (int row = 0; row < formLayout->rowCount(); ++row) {
            QLayoutItem *item = formLayout->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = qobject_cast<QLabel *>(item ? item->widget() : nullptr))
                label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (item && item->widget()) {
                labels << item->widget();
                width = qMax(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void EditEndpointDialog::setTabOrderFromLayout()
{
    // Widgets are reparented into rows while the form is built, which scrambles Qt's default
    // creation-order chain: state the order explicitly, top to bottom, form then preview then buttons.
    QList<QWidget *> order{m_urlEdit};
    if (m_events)
        order << m_events->focusOrder();
    order << m_descriptionEdit << m_clearDescriptionButton << m_enabledCheck << m_scopeCombo;
    if (m_metadata)
        order << m_metadata->focusOrder();
    if (m_secret)
        order << m_secret->focusOrder();
    order << m_preview->focusOrder() << m_saveButton << m_cancelButton;
    order.removeAll(nullptr);
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    // Typing right after the dialog opens (F2, then type) edits the first field that can change.
    for (QWidget *widget : std::as_const(order)) {
        if (widget->isEnabled() && !widget->isHidden() && (widget->focusPolicy() & Qt::TabFocus)) {
            widget->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

Draft EditEndpointDialog::draft() const
{
    // Fields the form does not show keep the base's value, so they can never change.
    Draft d = Draft::fromEndpoint(m_base);
    if (m_urlEdit && m_spec.urlWritable)
        d.url = m_urlEdit->text();
    if (m_events)
        d.events = m_events->events();
    if (m_descriptionEdit) {
        // Unchanged text keeps the base's exact value (a null description stays null).
        const QString text = m_descriptionEdit->text();
        d.description = text == m_base.description ? m_base.description : text;
    }
    if (m_enabledCheck)
        d.enabled = m_enabledCheck->isChecked();
    if (m_scopeCombo)
        d.scope = m_scopeCombo->currentData().toString();
    if (m_metadata)
        d.metadata = m_metadata->metadata();
    if (m_secret) {
        d.secretAction = m_secret->action();
        if (d.secretAction == SecretAction::Replace) {
            d.newSecret = m_secret->newSecret();
            d.newAuthentication = m_secret->newAuthentication();
        }
    }
    return d;
}

bool EditEndpointDialog::hasChanges() const
{
    return m_diff.hasChanges() || !m_diff.isValid();
}

bool EditEndpointDialog::canSave() const
{
    return m_diff.isValid() && m_diff.hasChanges() && m_formProblem.isEmpty() && !isBusy();
}

UpdateRequest EditEndpointDialog::pendingRequest() const
{
    return canSave() || isBusy() ? m_diff.request : UpdateRequest();
}

void EditEndpointDialog::refresh()
{
    m_draft = draft();
    m_diff = Diff::compute(m_base, m_draft);
    m_formProblem = m_metadata ? m_metadata->problem() : QString();

    QList<FieldError> errors = m_diff.errors;
    if (!m_formProblem.isEmpty())
        errors << FieldError{QStringLiteral("metadata"), m_formProblem};
    showErrors(errors);
    updateDescriptionCounter();
    updateEnabledNote();

    if (!errors.isEmpty()) {
        QStringList lines{tr("Nothing can be sent until these are fixed:")};
        for (const FieldError &error : std::as_const(errors))
            lines << QStringLiteral("• ") + error.message;
        m_preview->showMessage(lines.join(QLatin1Char('\n')));
    } else if (!m_diff.hasChanges()) {
        m_preview->showMessage(tr("Nothing to send: no field changed."));
    } else {
        m_preview->showRequest(m_workspace->preview(m_base, m_diff.request));
    }
    // Said beside the request that clears them, before Save (the confirmation says it again).
    const bool reEnables = m_diff.isValid() && m_diff.hasChanges() && !m_base.enabled && m_draft.enabled;
    m_lostNote->setText(reEnables ? EndpointActions::lostStateNote(m_base) : QString());
    m_lostNote->setVisible(!m_lostNote->text().isEmpty());
    m_saveButton->setEnabled(canSave());
}

void EditEndpointDialog::showErrors(const QList<FieldError> &errors)
{
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it) {
        QStringList messages;
        for (const FieldError &error : errors)
            if (error.field == it.key())
                messages << error.message;
        QLabel *label = it.value();
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
        if (QWidget *editor = m_fieldEditors.value(it.key())) {
            const bool invalid = !messages.isEmpty();
            if (editor->property("invalid").toBool() != invalid) {
                editor->setProperty("invalid", invalid);
                // A red frame on the field itself, plus the message for assistive technology.
                editor->setStyleSheet(
                    invalid ? QStringLiteral("%1 { border: 1px solid %2; border-radius: 3px; }")
                                  .arg(QLatin1String(editor->metaObject()->className()), errorColor())
                            : QString());
            }
            editor->setAccessibleDescription(label->text());
        }
    }
}

void EditEndpointDialog::updateDescriptionCounter()
{
    if (!m_descriptionEdit)
        return;
    const int n = int(TextLength::characters(m_descriptionEdit->text())); // as Validation counts
    const int max = m_spec.descriptionMax;
    // The same counter style as the events: "n / max", or the bare count when there is no limit.
    m_descriptionCounter->setText(max > 0 ? tr("%1 / %2").arg(n).arg(max) : QLocale().toString(n));
    const bool over = max > 0 && n > max;
    m_descriptionCounter->setStyleSheet(
        over ? QStringLiteral("QLabel { color: %1; font-weight: 600; }").arg(errorColor()) : QString());
    if (m_clearDescriptionButton)
        m_clearDescriptionButton->setEnabled(n > 0);
}

void EditEndpointDialog::updateEnabledNote()
{
    if (!m_enabledCheck)
        return;
    // The provider's own words for the switch this checkbox writes (not a derived status).
    const QString words = HealthRules::evaluate(m_base).switchWords;
    QString now;
    if (!m_base.enabled && m_spec.enabled.autoWords.contains(m_base.providerStatus)) {
        now = m_base.disabledReason.isEmpty()
                  ? tr("Paused automatically by %1 (%2).").arg(m_spec.displayName, words)
                  : tr("Paused automatically by %1: %2").arg(m_spec.displayName, m_base.disabledReason);
    } else if (!m_base.enabled && !m_base.disabledReason.isEmpty()) {
        now = tr("Disabled by %1: %2").arg(m_spec.displayName, m_base.disabledReason);
    } else {
        now = tr("%1 says %2.").arg(m_spec.displayName, words);
    }

    QString next;
    const bool checked = m_enabledCheck->isChecked();
    if (checked != m_base.enabled) {
        // Ask the diff for the wire word, so the note never disagrees with what is sent.
        Draft onlyThis = Draft::fromEndpoint(m_base);
        onlyThis.enabled = checked;
        const QJsonValue sent = Diff::compute(m_base, onlyThis).request.body.value(m_spec.enabled.key);
        const QString word =
            sent.isBool() ? QLatin1String(sent.toBool() ? "true" : "false") : sent.toString();
        next = tr("Save sends %1: %2.").arg(m_spec.enabled.key, word);
    } else if (!checked && m_spec.enabled.autoWords.contains(m_base.providerStatus)) {
        // The provider's own word can be kept but never written: only the provider sets it.
        next = tr("Left unticked it stays %1; only %2 sets that status.")
                   .arg(m_base.providerStatus, m_spec.displayName);
    }
    m_enabledNote->setText(next.isEmpty() ? now : now + QLatin1Char('\n') + next);
    m_enabledNote->setVisible(!m_enabledNote->text().isEmpty());
}

QString EditEndpointDialog::confirmationText(const PreparedRequest &request, bool production) const
{
    const QStringList fields = QJsonDocument::fromJson(request.body).object().keys();
    const QString lost = m_lostNote->text();
    return (production ? tr("Send this change to the production account \"%1\"?\n\nEndpoint: %2\nFields: %3")
                       : tr("Send this change to the account \"%1\"?\n\nEndpoint: %2\nFields: %3"))
               .arg(m_base.account, m_base.url.isEmpty() ? m_base.id : m_base.url,
                    fields.join(QLatin1String(", "))) +
           (lost.isEmpty() ? QString() : QLatin1String("\n\n") + lost);
}

bool EditEndpointDialog::askWithMessageBox(QWidget *parent, const QString &title, const QString &text,
                                           const QString &details, const QString &verb)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("productionConfirmation"));
    box.setTextFormat(Qt::PlainText); // names the endpoint's URL
    QPushButton *send =
        box.addButton(verb.isEmpty() ? tr("Send to production") : verb, QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("confirmSendButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setInformativeText(details);
    box.exec();
    return box.clickedButton() == send;
}

void EditEndpointDialog::save()
{
    refresh(); // judge the form as it is now, not as it was at the last signal
    if (!canSave())
        return;
    m_banner->hide();
    SaveJob *job = m_workspace->save(m_base, m_draft);
    job->setAskOnConflict(true);
    const bool production = m_workspace->account(m_base.account).isProduction();
    if (production || m_confirmEveryAccount) {
        // Asked with the request as it will go out: computed against the copy re-read just now.
        job->setConfirmation([this, production](const PreparedRequest &request) {
            return m_confirm &&
                   m_confirm(this, production ? tr("Change a production endpoint") : tr("Send this change?"),
                             confirmationText(request, production), request.toDisplayText());
        });
    }
    m_job = job;
    connect(job, &SaveJob::conflictFound, this, [this, job] {
        job->resolve(m_chooseOnConflict ? m_chooseOnConflict(this, job->rebase(), m_spec.displayName)
                                        : SaveJob::Choice::BackToEditing);
    });
    connect(job, &SaveJob::finished, this, [this, job] { onSaveFinished(job); });
    setBusy(true);
}

void EditEndpointDialog::onSaveFinished(SaveJob *job)
{
    const ApiError error = job->error();
    m_job = nullptr;
    setBusy(false);
    if (!error.isError()) {
        emit saved(job->endpoint());
        accept();
        return;
    }
    // Whatever failed, the next Save starts from the server's copy as just read, with the user's
    // edits on top: a retry can no longer undo someone else's change.
    if (job->hasFresh())
        continueFrom(job->fresh(), job->rebase().merged);
    if (error.kind == ApiError::Kind::Conflict)
        showBanner(
            tr("Someone changed this endpoint on %1 while you were editing; nothing was sent. The form "
               "now shows %1's current values with your edits on top: check them, then Save again.")
                .arg(m_spec.displayName),
            false);
    else if (error.kind == ApiError::Kind::Cancelled)
        showBanner(
            job->wasSent()
                ? tr("Cancelled. The change may or may not have reached %1; your edits are kept, and Save "
                     "sends the same change again.")
                      .arg(m_spec.displayName)
                : tr("Not sent. Your edits are kept."),
            false);
    else
        showBanner(tr("Not saved. %1 answered: %2\nYour edits are kept; fix them or press Save to try again.")
                       .arg(m_spec.displayName, error.toString()),
                   true);
    refresh(); // a definitive refusal retires the idempotency key: show the one a retry will use
}

void EditEndpointDialog::continueFrom(const Endpoint &fresh, const Draft &draft)
{
    m_base = fresh;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_urlEdit),         QSignalBlocker(m_events),
                                       QSignalBlocker(m_descriptionEdit), QSignalBlocker(m_enabledCheck),
                                       QSignalBlocker(m_scopeCombo),      QSignalBlocker(m_metadata)};
    Q_UNUSED(blockers)
    if (m_urlEdit)
        m_urlEdit->setText(draft.url);
    if (m_events)
        m_events->setEvents(draft.events);
    if (m_descriptionEdit)
        m_descriptionEdit->setText(draft.description);
    if (m_enabledCheck)
        m_enabledCheck->setChecked(draft.enabled);
    if (m_scopeCombo) {
        if (m_scopeCombo->findData(draft.scope) < 0)
            m_scopeCombo->insertItem(0, draft.scope.isEmpty() ? tr("(not set)") : draft.scope, draft.scope);
        m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(draft.scope));
    }
    if (m_metadata)
        m_metadata->setMetadata(draft.metadata);
}

void EditEndpointDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // QDialogButtonBox has just made Save the default button; a change is sent only on purpose.
    m_saveButton->setDefault(false);
}

void EditEndpointDialog::keyPressEvent(QKeyEvent *event)
{
    // QDialogButtonBox makes Save the default button when shown, so a plain Return in any field would
    // send the change. Saving takes Ctrl+Return (or a click); a plain Return does nothing here.
    const bool plainReturn = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                             !(event->modifiers() & Qt::ControlModifier);
    if (plainReturn) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void EditEndpointDialog::reject()
{
    if (m_job) {
        m_job->abort(); // finishes with Cancelled; the dialog stays open with the edits
        return;
    }
    QDialog::reject();
}

void EditEndpointDialog::setBusy(bool busy)
{
    m_formArea->widget()->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_saveButton->setEnabled(canSave());
    m_cancelButton->setToolTip(busy ? tr("Stop waiting for the provider") : QString());
}

void EditEndpointDialog::showBanner(const QString &text, bool isError)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        isError ? QStringLiteral("QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e6a19a; "
                                 "border-radius: 4px; padding: 8px; }")
                : QStringLiteral("QLabel { background: #fff6e0; color: #5c4300; border: 1px solid #e8cf8a; "
                                 "border-radius: 4px; padding: 8px; }"));
    m_banner->show();
}
