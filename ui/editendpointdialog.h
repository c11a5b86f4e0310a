#pragma once

#include "core/draft.h"
#include "core/endpoint.h"
#include "diff/rebase.h"
#include "diff/updaterequest.h"
#include "session/savejob.h"

#include <QDialog>
#include <QHash>
#include <functional>

class EventListEditor;
class MetadataEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class RequestPreviewView;
class SecretEditor;
class Workspace;
struct ProviderSpec;

// Edits one endpoint. The form is built from the provider's description; every change recomputes
// the draft, the diff and the request preview. Save hands the draft to Workspace::save, which
// re-reads the endpoint and sends only the user's changes on top of the server's copy; a field
// changed on both sides asks the user first (ConflictDialog). A failure keeps the edits, so Save
// retries the same change (the client then reuses its idempotency key).
class EditEndpointDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks before a write to a production account: true to send. Tests may replace it.
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text,
                                            const QString &details)>;
    // Decides a conflict with someone else's change. Tests may replace it.
    using ConflictChooser = std::function<SaveJob::Choice(QWidget *parent, const RebaseResult &rebase,
                                                          const QString &providerName)>;

    EditEndpointDialog(Workspace *workspace, const Endpoint &base, QWidget *parent = nullptr);
    ~EditEndpointDialog() override;

    const Endpoint &base() const { return m_base; }
    Draft draft() const;     // the form's state; fields the provider lacks keep the base's values
    bool hasChanges() const; // the form differs from the base (valid or not)
    bool canSave() const;    // changes, no validation error, not busy
    bool isBusy() const { return m_job != nullptr; }
    UpdateRequest pendingRequest() const; // what Save would send now (empty when nothing/invalid)

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    void setConflictChooser(ConflictChooser chooser) { m_chooseOnConflict = std::move(chooser); }
    // Preferences ▸ "Ask before sending a change: to every account". Production always asks.
    void setConfirmEveryAccount(bool every) { m_confirmEveryAccount = every; }
    // verb names the accepting button; empty means "Send to production".
    static bool askWithMessageBox(QWidget *parent, const QString &title, const QString &text,
                                  const QString &details, const QString &verb = QString());

public slots:
    void save();
    void reject() override; // while saving: aborts the request and keeps the dialog open

signals:
    void saved(const Endpoint &updated);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildForm();
    static void alignFormLabels(QWidget *form);
    QWidget *fieldWithError(const QString &field, QWidget *editor, QWidget *extra = nullptr);
    void setTabOrderFromLayout();
    void refresh(); // draft → diff → errors, counters, preview, Save
    void showErrors(const QList<FieldError> &errors);
    void updateDescriptionCounter();
    void updateEnabledNote();
    void setBusy(bool busy);
    void showBanner(const QString &text, bool isError);
    void onSaveFinished(SaveJob *job);
    void continueFrom(const Endpoint &fresh, const Draft &draft); // the form's base becomes `fresh`
    QString confirmationText(const PreparedRequest &request, bool production) const;

    Workspace *m_workspace;
    Endpoint m_base; // as loaded, or as last re-read by a save
    const ProviderSpec &m_spec;
    Confirmation m_confirm;
    ConflictChooser m_chooseOnConflict;
    bool m_confirmEveryAccount = false;

    Draft m_draft;
    DiffResult m_diff;
    QString m_formProblem; // what the diff cannot see (e.g. a metadata key typed twice)

    QLabel *m_banner = nullptr;
    QScrollArea *m_formArea = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    EventListEditor *m_events = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QLabel *m_descriptionCounter = nullptr;
    QPushButton *m_clearDescriptionButton = nullptr;
    QCheckBox *m_enabledCheck = nullptr;
    QLabel *m_enabledNote = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    MetadataEditor *m_metadata = nullptr;
    SecretEditor *m_secret = nullptr;
    RequestPreviewView *m_preview = nullptr;
    QLabel *m_lostNote = nullptr; // re-enabling what the provider disabled clears its reason and count
    QProgressBar *m_progress = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QHash<QString, QLabel *> m_errorLabels; // normalized field name → its inline message
    QHash<QString, QWidget *> m_fieldEditors;
    // The save in flight. A SaveJob always emits finished() before it deletes itself, and the slot
    // clears this, so a plain pointer is safe.
    SaveJob *m_job = nullptr;
};
