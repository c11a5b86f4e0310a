#pragma once

#include "secrets/account.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class AccountListModel;
class AccountService;
class AccountStore;
struct AccountResult;
class ApiCall;
class ApiClient;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;
class Workspace;

// Add, edit and remove accounts, each change one AccountService transaction: the token goes straight
// to the keychain and is never shown again; only then is the account written to the settings and
// handed to the Workspace. A keychain failure is a message in the dialog naming the cause, and
// nothing is saved: there is no plaintext fallback. Messages are a banner inside the dialog (no modal box),
// so a failed save keeps every edit; only removal asks for confirmation, through a replaceable confirmer.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns true to go ahead. The default is a QMessageBox::question.
    using Confirmer = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    // Returns an invalid colour when cancelled. The default is QColorDialog::getColor.
    using ColorPicker = std::function<QColor(QWidget *parent, const QColor &initial)>;
    // Returns the chosen file's path, "" when cancelled. The default is QFileDialog::getOpenFileName.
    using FilePicker = std::function<QString(QWidget *parent, const QString &initial)>;

    // None is owned; all must outlive the dialog. workspace may be nullptr (then the dialog only
    // edits the stored accounts and tests connections with its own ApiClient).
    AccountsDialog(AccountService *accounts, Workspace *workspace, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void setConfirmer(Confirmer confirmer);
    void setColorPicker(ColorPicker picker);
    void setFilePicker(FilePicker picker);

    // Loads a stored account into the form; "" (or an unknown name) starts a new account.
    void selectAccount(const QString &name);
    QString currentAccount() const { return m_current; } // "" while adding
    bool isBusy() const { return m_busy; }
    QString messageText() const;
    bool messageIsError() const { return m_messageIsError; }

public slots:
    void startNewAccount();
    void save();
    void removeCurrent();
    void testConnection();
    void reject() override; // ignored while the keychain is being written, so nothing is left halfway

signals:
    // After every save / remove / test, successful or not; message is what the dialog shows.
    void saveFinished(bool ok, const QString &message);
    void removeFinished(bool ok, const QString &message);
    void testFinished(bool ok, const QString &message);
    void accountSaved(const QString &name);
    void accountRemoved(const QString &name);

private:
    void buildUi();
    void connectUi();
    void reloadList(const QString &select);
    void onSelectionChanged();
    void loadForm(const Account &account);
    void onProviderChanged();
    void onBaseUrlEdited(const QString &text);
    void onEnvironmentChanged(const QString &text);
    void chooseColor();
    void resetBaseUrl();
    void updateColorButton();
    void updateUrlProblem();
    void chooseCaFile();
    void updateCaProblem();
    void updateHeading();

    Account formAccount() const;
    QUrl formBaseUrl() const;
    QUrl providerDefaultUrl() const;
    QString validate(const Account &account, const QString &token) const;
    // The token of a stored account: from the session when it has it, else from the keychain entry.
    void withToken(const QString &sessionName, const QString &keychainName,
                   std::function<void(const QString &token, const QString &error)> done);
    // After the transaction: the session gets the account and its token (sessionToken).
    void finishTransaction(const Account &account, const QString &oldName, const QString &sessionToken,
                           const AccountResult &result);
    void finishSave(bool ok, const QString &message);
    void showMessage(const QString &text, bool isError);
    void clearMessage();
    void setBusy(bool busy);
    ApiClient *client();

    AccountService *m_accounts;
    AccountStore *m_store; // m_accounts' store, for reading
    QPointer<Workspace> m_workspace;
    ApiClient *m_ownClient = nullptr;
    Confirmer m_confirm;
    ColorPicker m_pickColor;
    FilePicker m_pickFile;

    AccountListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_providerCombo = nullptr;
    QLineEdit *m_baseUrlEdit = nullptr;
    QToolButton *m_resetUrlButton = nullptr;
    QLabel *m_urlProblem = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QPushButton *m_caBrowseButton = nullptr;
    QLabel *m_caProblem = nullptr;
    QComboBox *m_environmentCombo = nullptr;
    QPushButton *m_colorButton = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLabel *m_tokenHint = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;

    QString m_current;          // the stored account in the form; "" while adding
    bool m_urlEdited = false;   // false: the base URL follows the provider
    bool m_colorChosen = false; // false: the colour follows the environment label
    QString m_colorName;
    bool m_busy = false;
    bool m_messageIsError = false;
    bool m_loadingForm = false;
    bool m_syncingList = false; // the dialog moves the list's selection itself
    QPointer<ApiCall> m_testCall;
};
