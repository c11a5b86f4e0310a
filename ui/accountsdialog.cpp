#include "accountsdialog.h"

#include "dialogsizing.h"
#include "messagebanner.h"
#include "statustintdelegate.h"

#include "accountlistdelegate.h"
#include "accountlistmodel.h"
#include "net/apiclient.h"
#include "net/tlstrust.h"
#include "providers/providerspec.h"
#include "secrets/accountservice.h"
#include "secrets/accountstore.h"
#include "session/workspace.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(color.darker(160), 1.0));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    return QIcon(pixmap);
}

bool defaultConfirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

QColor defaultPickColor(QWidget *parent, const QColor &initial)
{
    return QColorDialog::getColor(initial, parent, AccountsDialog::tr("Environment colour"));
}

QString defaultPickFile(QWidget *parent, const QString &initial)
{
    return QFileDialog::getOpenFileName(
        parent, AccountsDialog::tr("CA certificate (PEM)"), initial,
        AccountsDialog::tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
}

} // namespace

namespace {

// Problem and result lines in the tone's colour for this palette (readable on light and dark).
QString toneStyle(StatusTone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(StatusTintDelegate::toneColour(tone, palette).name());
}

} // namespace

AccountsDialog::AccountsDialog(AccountService *accounts, Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_store(&accounts->store()), m_workspace(workspace),
      m_confirm(defaultConfirm), m_pickColor(defaultPickColor), m_pickFile(defaultPickFile)
{
    setWindowTitle(tr("Accounts"));
    buildUi();
    connectUi();
    reloadList(QString());
    const QList<Account> stored = m_store->list();
    if (stored.isEmpty())
        startNewAccount();
    else
        selectAccount(stored.first().name);
}

AccountsDialog::~AccountsDialog()
{
    if (m_testCall)
        m_testCall->abort();
}

void AccountsDialog::setConfirmer(Confirmer confirmer)
{
    m_confirm = confirmer ? std::move(confirmer) : Confirmer(defaultConfirm);
}

void AccountsDialog::setColorPicker(ColorPicker picker)
{
    m_pickColor = picker ? std::move(picker) : ColorPicker(defaultPickColor);
}

void AccountsDialog::setFilePicker(FilePicker picker)
{
    m_pickFile = picker ? std::move(picker) : FilePicker(defaultPickFile);
}

void AccountsDialog::buildUi()
{
    // Left: the stored accounts, with Add / Remove under them.
    m_model = new AccountListModel(nullptr, this);
    m_model->setAllRowVisible(false);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new AccountListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(240);
    m_list->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setAccessibleName(tr("Add account"));
    m_addButton->setToolTip(tr("Add a new account"));
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAccessibleName(tr("Remove account"));
    m_removeButton->setToolTip(tr("Remove the selected account and its token from the keychain"));
    m_removeButton->setAutoDefault(false);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // Right: heading, message banner, the form, the connection test.
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAccessibleName(tr("Message"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setVisible(false);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_nameEdit = new QLineEdit(m_form);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Account name"));
    m_nameEdit->setMaxLength(AccountStore::MaxNameLength);
    m_nameEdit->setPlaceholderText(tr("e.g. Acme production"));
    auto *nameLabel = new QLabel(tr("&Name:"), m_form);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);

    m_providerCombo = new QComboBox(m_form);
    m_providerCombo->setObjectName(QStringLiteral("providerCombo"));
    m_providerCombo->setAccessibleName(tr("Provider"));
    for (ProviderId id : Providers::all())
        m_providerCombo->addItem(Providers::spec(id).displayName, int(id));
    auto *providerLabel = new QLabel(tr("&Provider:"), m_form);
    providerLabel->setBuddy(m_providerCombo);
    form->addRow(providerLabel, m_providerCombo);

    m_baseUrlEdit = new QLineEdit(m_form);
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrlEdit->setAccessibleName(tr("Base URL"));
    m_baseUrlEdit->setToolTip(tr("The provider's documented host unless you point elsewhere. https only "
                                 "(http is allowed for loopback addresses)."));
    m_resetUrlButton = new QToolButton(m_form);
    m_resetUrlButton->setObjectName(QStringLiteral("resetUrlButton"));
    m_resetUrlButton->setText(tr("Default"));
    m_resetUrlButton->setAccessibleName(tr("Use the provider's default base URL"));
    m_resetUrlButton->setToolTip(tr("Use the provider's documented host"));
    auto *urlRow = new QHBoxLayout;
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(m_baseUrlEdit, 1);
    urlRow->addWidget(m_resetUrlButton);
    auto *urlLabel = new QLabel(tr("Base &URL:"), m_form);
    urlLabel->setBuddy(m_baseUrlEdit);
    form->addRow(urlLabel, urlRow);
    m_urlProblem = new QLabel(m_form);
    m_urlProblem->setObjectName(QStringLiteral("urlProblem"));
    m_urlProblem->setAccessibleName(tr("Base URL problem"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(toneStyle(StatusTone::Failure, palette()));
    m_urlProblem->setVisible(false);
    form->addRow(QString(), m_urlProblem);

    m_caFileEdit = new QLineEdit(m_form);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setAccessibleName(tr("Extra CA certificate file"));
    m_caFileEdit->setPlaceholderText(tr("Optional: a private CA's certificate (PEM)"));
    m_caFileEdit->setToolTip(tr("For hosts whose certificate comes from a private CA (staging, a company "
                                "proxy). Trusted in addition to the system's CAs; host name and expiry are "
                                "still checked."));
    m_caBrowseButton = new QPushButton(tr("Bro&wse…"), m_form);
    m_caBrowseButton->setObjectName(QStringLiteral("caBrowseButton"));
    m_caBrowseButton->setAccessibleName(tr("Choose the CA certificate file"));
    m_caBrowseButton->setAutoDefault(false);
    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(m_caBrowseButton);
    auto *caLabel = new QLabel(tr("CA f&ile:"), m_form);
    caLabel->setObjectName(QStringLiteral("caFileLabel"));
    caLabel->setBuddy(m_caFileEdit);
    form->addRow(caLabel, caRow);
    m_caProblem = new QLabel(m_form);
    m_caProblem->setObjectName(QStringLiteral("caProblem"));
    m_caProblem->setAccessibleName(tr("CA file problem"));
    m_caProblem->setWordWrap(true);
    m_caProblem->setTextFormat(Qt::PlainText);
    m_caProblem->setStyleSheet(toneStyle(StatusTone::Failure, palette()));
    m_caProblem->setVisible(false);
    form->addRow(QString(), m_caProblem);

    m_environmentCombo = new QComboBox(m_form);
    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_environmentCombo->setAccessibleName(tr("Environment label"));
    m_environmentCombo->setEditable(true);
    m_environmentCombo->setInsertPolicy(QComboBox::NoInsert);
    // The labels are stored as typed; these are suggestions, deliberately untranslated keys.
    m_environmentCombo->addItems({QStringLiteral("production"), QStringLiteral("staging"),
                                  QStringLiteral("development"), QStringLiteral("sandbox")});
    m_colorButton = new QPushButton(tr("C&olour…"), m_form);
    m_colorButton->setObjectName(QStringLiteral("colorButton"));
    m_colorButton->setAccessibleName(tr("Environment colour"));
    m_colorButton->setAutoDefault(false);
    auto *envRow = new QHBoxLayout;
    envRow->setContentsMargins(0, 0, 0, 0);
    envRow->addWidget(m_environmentCombo, 1);
    envRow->addWidget(m_colorButton);
    auto *envLabel = new QLabel(tr("&Environment:"), m_form);
    envLabel->setBuddy(m_environmentCombo);
    form->addRow(envLabel, envRow);

    m_tokenEdit = new QLineEdit(m_form);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("API token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setMaxLength(Keychain::MaxTokenLength);
    auto *tokenLabel = new QLabel(tr("API &token:"), m_form);
    tokenLabel->setBuddy(m_tokenEdit);
    form->addRow(tokenLabel, m_tokenEdit);
    m_tokenHint =
        new QLabel(tr("Stored in the system keychain, never in a file, and never shown again."), m_form);
    m_tokenHint->setWordWrap(true);
    m_tokenHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_tokenHint);

    m_testButton = new QPushButton(tr("&Test connection"), m_form);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setToolTip(tr("List the endpoints with this base URL and token"));
    m_testButton->setAutoDefault(false);
    m_testResult = new QLabel(m_form);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->setContentsMargins(0, 0, 0, 0);
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    form->addRow(QString(), testRow);

    auto *right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(m_banner);
    right->addSpacing(4);
    right->addWidget(m_form);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(this);
    m_saveButton = m_buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save account"));
    // Enter in any field saves; Escape closes (QDialog).
    m_saveButton->setDefault(true);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);

    auto *root = new QVBoxLayout(this);
    root->addLayout(columns, 1);
    root->addWidget(m_buttons);

    // Creation order already follows the layout; made explicit so later edits keep it.
    QWidget *order[] = {m_list,        m_addButton,      m_removeButton, m_nameEdit,       m_providerCombo,
                        m_baseUrlEdit, m_resetUrlButton, m_caFileEdit,   m_caBrowseButton, m_environmentCombo,
                        m_colorButton, m_tokenEdit,      m_testButton,   m_saveButton,     close};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    DialogSizing::fitToScreen(this, QSize(760, 460));
}

void AccountsDialog::connectUi()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AccountsDialog::onSelectionChanged);
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::startNewAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeCurrent);
    // Delete on the list removes (after the confirmation), as in file managers.
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &AccountsDialog::removeCurrent);
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, &AccountsDialog::onProviderChanged);
    connect(m_baseUrlEdit, &QLineEdit::textEdited, this, &AccountsDialog::onBaseUrlEdited);
    connect(m_baseUrlEdit, &QLineEdit::textChanged, this, &AccountsDialog::updateUrlProblem);
    connect(m_resetUrlButton, &QToolButton::clicked, this, &AccountsDialog::resetBaseUrl);
    connect(m_caBrowseButton, &QPushButton::clicked, this, &AccountsDialog::chooseCaFile);
    // Checked when the user leaves the field (not at every keystroke); a shown problem clears as it is fixed.
    connect(m_caFileEdit, &QLineEdit::editingFinished, this, &AccountsDialog::updateCaProblem);
    connect(m_caFileEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_caProblem->isHidden())
            updateCaProblem();
    });
    connect(m_environmentCombo, &QComboBox::currentTextChanged, this, &AccountsDialog::onEnvironmentChanged);
    connect(m_colorButton, &QPushButton::clicked, this, &AccountsDialog::chooseColor);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &AccountsDialog::updateHeading);
    connect(m_testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
}

// ---- list and form ----------------------------------------------------------------------------

void AccountsDialog::reloadList(const QString &select)
{
    m_model->setAccounts(m_store->list());
    const int row = select.isEmpty() ? -1 : m_model->rowOf(select);
    const QScopedValueRollback<bool> syncing(m_syncingList, true);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_list->selectionModel()->clear();
}

void AccountsDialog::selectAccount(const QString &name)
{
    const std::optional<Account> account = name.isEmpty() ? std::nullopt : m_store->find(name);
    if (!account) {
        startNewAccount();
        return;
    }
    {
        const QScopedValueRollback<bool> syncing(m_syncingList, true);
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(account->name)));
    }
    m_current = account->name;
    loadForm(*account);
}

void AccountsDialog::startNewAccount()
{
    if (m_busy)
        return;
    {
        const QScopedValueRollback<bool> syncing(m_syncingList, true);
        m_list->selectionModel()->clear();
    }
    m_current.clear();
    Account fresh(QString(), Providers::all().first());
    fresh.environment = QStringLiteral("production");
    loadForm(fresh);
    m_nameEdit->setFocus();
}

void AccountsDialog::onSelectionChanged()
{
    if (m_busy || m_syncingList)
        return;
    const QString name = m_model->accountAt(m_list->currentIndex().row());
    if (!name.isEmpty())
        selectAccount(name);
}

void AccountsDialog::loadForm(const Account &account)
{
    m_loadingForm = true;
    clearMessage();
    m_nameEdit->setText(account.name);
    m_providerCombo->setCurrentIndex(m_providerCombo->findData(int(account.provider)));
    m_urlEdited = account.baseUrl != Account::defaultBaseUrl(account.provider);
    m_baseUrlEdit->setText(account.baseUrl.toDisplayString());
    m_environmentCombo->setEditText(account.environment);
    m_caFileEdit->setText(account.caFile);
    const QString defaultColor = AccountListModel::defaultColorName(account.environment);
    m_colorChosen = !account.colorName.isEmpty() && QColor(account.colorName) != QColor(defaultColor);
    m_colorName = account.colorName.isEmpty() ? defaultColor : account.colorName;
    // Never pre-filled: a stored token is never read back into a widget.
    m_tokenEdit->clear();
    m_tokenEdit->setPlaceholderText(m_current.isEmpty() ? tr("Paste the API token")
                                                        : tr("Leave empty to keep the stored token"));
    m_testResult->clear();
    m_removeButton->setEnabled(!m_current.isEmpty());
    m_loadingForm = false;
    updateColorButton();
    updateUrlProblem();
    updateCaProblem(); // a stored file that went missing shows at once
    updateHeading();
}

void AccountsDialog::updateHeading()
{
    const QString name = m_nameEdit->text().trimmed();
    if (m_current.isEmpty())
        m_heading->setText(name.isEmpty() ? tr("New account") : tr("New account: %1").arg(name));
    else
        m_heading->setText(tr("Edit account: %1").arg(m_current));
}

void AccountsDialog::onProviderChanged()
{
    if (!m_urlEdited)
        m_baseUrlEdit->setText(providerDefaultUrl().toDisplayString());
    m_resetUrlButton->setEnabled(m_urlEdited);
}

void AccountsDialog::onBaseUrlEdited(const QString &text)
{
    // Typing the documented host back makes the field follow the provider again.
    m_urlEdited = QUrl(text.trimmed()) != providerDefaultUrl();
    m_resetUrlButton->setEnabled(m_urlEdited);
}

void AccountsDialog::resetBaseUrl()
{
    m_urlEdited = false;
    m_baseUrlEdit->setText(providerDefaultUrl().toDisplayString());
    m_resetUrlButton->setEnabled(false);
}

void AccountsDialog::updateUrlProblem()
{
    const QString text = m_baseUrlEdit->text().trimmed();
    QString problem;
    if (!text.isEmpty()) {
        const QUrl url = formBaseUrl();
        problem = ApiClient::checkBaseUrl(url);
        if (problem.isEmpty() && (url.hasQuery() || url.hasFragment()))
            problem = tr("The base URL must not contain a query (“?…”) or a fragment (“#…”).");
    }
    m_urlProblem->setText(problem);
    m_urlProblem->setVisible(!problem.isEmpty());
    m_resetUrlButton->setEnabled(m_urlEdited);
}

void AccountsDialog::chooseCaFile()
{
    const QString current = m_caFileEdit->text().trimmed();
    const QString chosen =
        m_pickFile(this, current.isEmpty() ? QString() : QFileInfo(current).absolutePath());
    if (chosen.isEmpty())
        return;
    m_caFileEdit->setText(QDir::toNativeSeparators(chosen));
    updateCaProblem();
}

void AccountsDialog::updateCaProblem()
{
    const QString path = m_caFileEdit->text().trimmed();
    const QString problem =
        path.isEmpty() ? QString() : AccountStore::checkCaFile(QDir::fromNativeSeparators(path));
    m_caProblem->setText(problem);
    m_caProblem->setVisible(!problem.isEmpty());
}

void AccountsDialog::onEnvironmentChanged(const QString &text)
{
    if (m_loadingForm)
        return;
    if (!m_colorChosen) {
        m_colorName = AccountListModel::defaultColorName(text);
        updateColorButton();
    }
}

void AccountsDialog::chooseColor()
{
    const QColor chosen = m_pickColor(this, QColor(m_colorName));
    if (!chosen.isValid())
        return;
    m_colorName = chosen.name();
    m_colorChosen = true;
    updateColorButton();
}

void AccountsDialog::updateColorButton()
{
    m_colorButton->setIcon(swatch(QColor(m_colorName)));
    // The colour in words too, for screen readers and the colour-blind.
    m_colorButton->setAccessibleDescription(tr("Current colour: %1").arg(m_colorName));
    m_colorButton->setToolTip(tr("Colour of the environment label: %1").arg(m_colorName));
}

QUrl AccountsDialog::providerDefaultUrl() const
{
    return Account::defaultBaseUrl(static_cast<ProviderId>(m_providerCombo->currentData().toInt()));
}

QUrl AccountsDialog::formBaseUrl() const
{
    return QUrl(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
}

Account AccountsDialog::formAccount() const
{
    Account account;
    account.name = m_nameEdit->text().trimmed();
    account.provider = static_cast<ProviderId>(m_providerCombo->currentData().toInt());
    account.baseUrl = formBaseUrl();
    account.environment = m_environmentCombo->currentText().trimmed();
    account.colorName = m_colorName;
    account.caFile = QDir::fromNativeSeparators(m_caFileEdit->text().trimmed());
    return account;
}

// ---- save -------------------------------------------------------------------------------------

QString AccountsDialog::validate(const Account &account, const QString &token) const
{
    if (m_current.isEmpty()) {
        if (token.isEmpty())
            return tr("Enter the API token of the new account.");
        return m_accounts->checkAdd(account, token);
    }
    return m_accounts->checkRename(m_current, account,
                                   token.isEmpty() ? std::nullopt : std::optional<QString>(token));
}

void AccountsDialog::save()
{
    if (m_busy)
        return;
    clearMessage();
    const Account account = formAccount();
    const QString oldName = m_current;
    const QString token = m_tokenEdit->text();
    const QString problem = validate(account, token);
    if (!problem.isEmpty()) {
        finishSave(false, tr("The account was not saved. %1").arg(problem));
        return;
    }
    setBusy(true);
    QPointer<AccountsDialog> self(this);
    if (oldName.isEmpty()) {
        m_accounts->add(account, token, [self, account, token](const AccountResult &result) {
            if (self)
                self->finishTransaction(account, QString(), token, result);
        });
        return;
    }
    if (!token.isEmpty()) {
        m_accounts->rename(oldName, account, token,
                           [self, account, oldName, token](const AccountResult &result) {
                               if (self)
                                   self->finishTransaction(account, oldName, token, result);
                           });
        return;
    }
    // The stored token is kept; read first, so the session gets it and a locked keychain saves nothing.
    withToken(oldName, oldName, [self, account, oldName](const QString &stored, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->finishSave(false, tr("The account was not saved. %1").arg(error));
            return;
        }
        self->m_accounts->rename(oldName, account, std::nullopt,
                                 [self, account, oldName, stored](const AccountResult &result) {
                                     if (self)
                                         self->finishTransaction(account, oldName, stored, result);
                                 });
    });
}

void AccountsDialog::withToken(const QString &sessionName, const QString &keychainName,
                               std::function<void(const QString &token, const QString &error)> done)
{
    // The session already holds it in memory: no keychain prompt needed.
    if (m_workspace && m_workspace->hasAccount(sessionName)) {
        const QString token = m_workspace->connectionFor(sessionName).token;
        if (!token.isEmpty()) {
            done(token, QString());
            return;
        }
    }
    m_accounts->readToken(keychainName, std::move(done));
}

void AccountsDialog::finishTransaction(const Account &account, const QString &oldName,
                                       const QString &sessionToken, const AccountResult &result)
{
    const bool renaming = !oldName.isEmpty() && oldName != account.name;
    if (!result.ok()) {
        finishSave(false, renaming ? tr("The account was not renamed. %1").arg(result.message())
                                   : tr("The account was not saved. %1").arg(result.message()));
        return;
    }
    if (m_workspace) {
        if (renaming && m_workspace->hasAccount(oldName))
            m_workspace->removeAccount(oldName);
        m_workspace->setAccount(account, sessionToken);
    }
    m_current = account.name;
    reloadList(account.name);
    loadForm(account);
    emit accountSaved(account.name);
    finishSave(true, tr("Saved account “%1”.").arg(account.name));
}

void AccountsDialog::finishSave(bool ok, const QString &message)
{
    setBusy(false);
    showMessage(message, !ok);
    emit saveFinished(ok, message);
}

// ---- remove -----------------------------------------------------------------------------------

void AccountsDialog::removeCurrent()
{
    if (m_busy || m_current.isEmpty())
        return;
    const QString name = m_current;
    const std::optional<Account> stored = m_store->find(name);
    QString text = tr("Remove the account “%1”? Its token is deleted from the keychain. The endpoints at "
                      "the provider are not changed.")
                       .arg(name);
    if (stored && stored->isProduction())
        text = tr("“%1” is a production account.").arg(name) + QLatin1Char(' ') + text;
    if (!m_confirm(this, tr("Remove account"), text)) {
        emit removeFinished(false, QString());
        return;
    }
    clearMessage();
    setBusy(true);
    QPointer<AccountsDialog> self(this);
    m_accounts->remove(name, [self, name](const AccountResult &result) {
        if (!self)
            return;
        self->setBusy(false);
        if (!result.ok()) {
            const QString message = tr("The account was not removed. %1").arg(result.message());
            self->showMessage(message, true);
            emit self->removeFinished(false, message);
            return;
        }
        if (self->m_workspace && self->m_workspace->hasAccount(name))
            self->m_workspace->removeAccount(name);
        self->reloadList(QString());
        const QList<Account> rest = self->m_store->list();
        if (rest.isEmpty())
            self->startNewAccount();
        else
            self->selectAccount(rest.first().name);
        const QString message = tr("Removed account “%1” and its token.").arg(name);
        self->showMessage(message, false);
        emit self->accountRemoved(name);
        emit self->removeFinished(true, message);
    });
}

// ---- connection test --------------------------------------------------------------------------

void AccountsDialog::testConnection()
{
    if (m_testCall)
        return;
    const Account account = formAccount();
    auto report = [this](bool ok, const QString &message) {
        m_testButton->setEnabled(true);
        m_testResult->setText(message);
        m_testResult->setStyleSheet(toneStyle(ok ? StatusTone::Success : StatusTone::Failure, palette()));
        emit testFinished(ok, message);
    };
    const QString urlProblem = ApiClient::checkBaseUrl(account.baseUrl);
    if (!urlProblem.isEmpty()) {
        report(false, urlProblem);
        return;
    }
    // The same extra CAs the account will use, or why the file cannot be used: nothing is sent then.
    QList<QSslCertificate> cas;
    QString caProblem = AccountStore::checkCaFile(account.caFile);
    if (caProblem.isEmpty() && !account.caFile.isEmpty())
        TlsTrust::loadCaFile(account.caFile, &cas, &caProblem);
    if (!caProblem.isEmpty()) {
        report(false, caProblem);
        return;
    }
    const QString typed = m_tokenEdit->text();
    if (typed.isEmpty() && m_current.isEmpty()) {
        report(false, tr("Enter the API token to test the connection."));
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting…"));

    QPointer<AccountsDialog> self(this);
    auto run = [self, account, cas, report](const QString &token, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            report(false, error);
            return;
        }
        ApiCall *call =
            self->client()->list(Connection{account.name, account.provider, account.baseUrl, token, cas});
        self->m_testCall = call;
        connect(call, &ApiCall::finished, self, [self, call, report] {
            self->m_testCall = nullptr; // the call deletes itself later; a new test may start now
            if (call->error().isError())
                report(false, call->error().toString());
            else
                report(
                    true,
                    tr("Connected: %1").arg(AccountListModel::endpointsText(int(call->endpoints().size()))));
        });
    };
    if (!typed.isEmpty())
        run(typed, QString());
    else
        withToken(m_current, m_current, run);
}

ApiClient *AccountsDialog::client()
{
    if (m_workspace)
        return m_workspace->client();
    if (!m_ownClient)
        m_ownClient = new ApiClient(this);
    return m_ownClient;
}

// ---- state ------------------------------------------------------------------------------------

QString AccountsDialog::messageText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void AccountsDialog::showMessage(const QString &text, bool isError)
{
    m_messageIsError = isError;
    m_banner->setText(text);
    // Words carry the meaning; the colours only frame it.
    const MessageBanner::Colors colors =
        MessageBanner::colors(isError ? MessageBanner::Kind::Error : MessageBanner::Kind::Success, palette());
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                           "border-radius: 4px; padding: 6px 8px; }")
                                .arg(colors.background.name(), colors.text.name(), colors.border.name()));
    m_banner->setVisible(!text.isEmpty());
}

void AccountsDialog::clearMessage()
{
    m_banner->clear();
    m_banner->setVisible(false);
    m_messageIsError = false;
}

void AccountsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setEnabled(!busy);
    m_list->setEnabled(!busy);
    m_addButton->setEnabled(!busy);
    m_removeButton->setEnabled(!busy && !m_current.isEmpty());
    m_saveButton->setEnabled(!busy);
    m_saveButton->setText(busy ? tr("Saving…") : tr("&Save"));
}

void AccountsDialog::reject()
{
    // Closing halfway could leave a token without its account.
    if (m_busy)
        return;
    QDialog::reject();
}
