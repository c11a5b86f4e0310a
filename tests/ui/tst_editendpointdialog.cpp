#include "core/health.h"
#include "diff/diff.h"
#include "diff/validation.h"
#include "editendpointdialog.h"
#include "endpointactions.h"
#include "net/apiclient.h"
#include "net/preparedrequest.h"
#include "providers/providerspec.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"
#include "session/workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

// The edit dialog driven as a user would, against the real in-process sandbox: the form follows each
// provider's description, the preview is the exact minimal request, Save sends exactly that body, a
// failure keeps the edits and a retry reuses the idempotency key, and no token or secret is ever shown.
class TestEditEndpointDialog : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    ApiClient m_client;
    Workspace m_workspace{&m_client, nullptr};
    const QString m_productionAccount = QStringLiteral("Layers production");

    static QString accountFor(ProviderId p) { return Providers::spec(p).displayName; }

    Endpoint load(ProviderId p, const QString &id, const QString &account = QString())
    {
        ApiCall *call =
            m_client.get(m_workspace.connectionFor(account.isEmpty() ? accountFor(p) : account), id);
        Endpoint endpoint;
        bool done = false;
        connect(call, &ApiCall::finished, call, [&] {
            if (!call->error().isError())
                endpoint = call->endpoint();
            else
                qWarning("load failed: %s", qPrintable(call->error().toString()));
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("load timed out");
        return endpoint;
    }

    QList<SandboxJournalEntry> writes() const
    {
        QList<SandboxJournalEntry> result;
        for (const SandboxJournalEntry &entry : m_sandbox.journal())
            if (entry.method != "GET")
                result << entry;
        return result;
    }

    static QJsonObject json(const QByteArray &body) { return QJsonDocument::fromJson(body).object(); }

    static QByteArray header(const SandboxJournalEntry &entry, const QByteArray &name)
    {
        for (const auto &h : entry.headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }

    template <typename T> static T *child(const QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }

    // Present and shown (a provider without the field gets no widget at all).
    static bool shown(const QWidget &dialog, const char *name)
    {
        const QWidget *w = child<QWidget>(dialog, name);
        return w && w->isVisibleTo(&dialog);
    }

    static QString previewText(const QWidget &dialog)
    {
        return child<QPlainTextEdit>(dialog, "requestPreview")->toPlainText();
    }

    // A check box reacts to clicks on its indicator and text, not on the empty row beside them.
    static void toggle(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {},
                          QPoint(box->iconSize().width() / 2 + 2, box->height() / 2));
    }

    static void clickSave(const QWidget &dialog)
    {
        QPushButton *save = child<QPushButton>(dialog, "saveButton");
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen(0));
        for (ProviderId p : Providers::all()) {
            Account account(accountFor(p), p);
            account.baseUrl = m_sandbox.baseUrl();
            account.environment = QStringLiteral("staging");
            m_workspace.setAccount(account, SandboxServer::tokenFor(p));
        }
        Account production(m_productionAccount, ProviderId::Layers);
        production.baseUrl = m_sandbox.baseUrl();
        production.environment = QStringLiteral("Production");
        m_workspace.setAccount(production, SandboxServer::tokenFor(ProviderId::Layers));
    }

    void init() { m_sandbox.reset(); }

    void formFollowsTheProvider()
    {
        {
            const Endpoint base = load(ProviderId::Atoa, SandboxSeed::Atoa::paymentsBasic);
            QVERIFY(!base.id.isEmpty());
            EditEndpointDialog dialog(&m_workspace, base);
            QVERIFY(shown(dialog, "urlEdit"));
            QVERIFY(!child<QLineEdit>(dialog, "urlEdit")->isEnabled());
            QCOMPARE(child<QLineEdit>(dialog, "urlEdit")->text(), base.url);
            QVERIFY(shown(dialog, "urlReadOnlyReason"));
            QCOMPARE(
                child<QLabel>(dialog, "urlReadOnlyReason")->text(),
                QStringLiteral("Atoa does not allow changing the URL; delete and re-create the endpoint."));
            QVERIFY(!shown(dialog, "enabledCheck")); // Atoa has no on/off switch
            QVERIFY(!shown(dialog, "metadataTable"));
            QVERIFY(!shown(dialog, "scopeCombo"));
            QVERIFY(shown(dialog, "descriptionEdit"));
            QCOMPARE(child<QLabel>(dialog, "descriptionCounter")->text(),
                     QStringLiteral("%1 / 100").arg(base.description.size()));
            QVERIFY(shown(dialog, "authMethodCombo"));
            QVERIFY(!shown(dialog, "clearDescriptionButton")); // "" clears; no null on Atoa
            // Write-only: nothing to show, whatever is set.
            QVERIFY(child<QLineEdit>(dialog, "auth_password")->text().isEmpty());
            QCOMPARE(child<QLineEdit>(dialog, "auth_password")->echoMode(), QLineEdit::Password);
        }
        {
            const Endpoint base = load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::active);
            EditEndpointDialog dialog(&m_workspace, base);
            QVERIFY(child<QLineEdit>(dialog, "urlEdit")->isEnabled());
            QVERIFY(!shown(dialog, "descriptionEdit"));
            QVERIFY(!shown(dialog, "secretEditor"));
            QVERIFY(!shown(dialog, "metadataTable"));
            QVERIFY(!shown(dialog, "scopeCombo"));
            QVERIFY(shown(dialog, "enabledCheck"));
            QVERIFY(shown(dialog, "addEventEdit")); // open catalog: free entry
            // No limit: the bare count, in the same style as "n / max" (issue 7 §4).
            QCOMPARE(child<QLabel>(dialog, "eventCount")->text(), QString::number(base.events.size()));
        }
        {
            const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
            EditEndpointDialog dialog(&m_workspace, base);
            QVERIFY(!shown(dialog, "addEventEdit")); // closed enum: only its values
            QVERIFY(shown(dialog, "closedEnumNote"));
            QCOMPARE(child<QListWidget>(dialog, "eventList")->count(),
                     Providers::spec(ProviderId::OptimalDial).knownEvents.size());
            QVERIFY(child<QLabel>(dialog, "descriptionCounter")->text().endsWith(QLatin1String(" / 500")));
        }
        {
            const Endpoint base = load(ProviderId::Diligent, SandboxSeed::Diligent::active);
            QVERIFY(base.hasSecret);
            EditEndpointDialog dialog(&m_workspace, base);
            QVERIFY(!shown(dialog, "descriptionEdit"));
            QVERIFY(!shown(dialog, "addEventEdit"));
            QVERIFY(shown(dialog, "secretEdit"));
            QVERIFY(child<QLineEdit>(dialog, "secretEdit")->text().isEmpty());
            QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->echoMode(), QLineEdit::Password);
            QVERIFY(child<QRadioButton>(dialog, "secretKeep")->isChecked());
        }
        {
            const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
            EditEndpointDialog dialog(&m_workspace, base);
            QVERIFY(shown(dialog, "metadataTable"));
            QCOMPARE(child<QTableWidget>(dialog, "metadataTable")->rowCount(), base.metadata.size());
            QVERIFY(shown(dialog, "scopeCombo"));
            QVERIFY(child<QLabel>(dialog, "scopeNote")->text().contains(QLatin1String("org:admin")));
            QVERIFY(shown(dialog, "clearDescriptionButton"));
            QVERIFY(!shown(dialog, "secretEditor"));
            QCOMPARE(child<QLabel>(dialog, "eventCount")->text(),
                     QStringLiteral("%1 / 50").arg(base.events.size()));
            QCOMPARE(child<QLabel>(dialog, "descriptionCounter")->text(),
                     QString::number(base.description.size())); // Layers sets no limit
        }
    }

    void openingChangesNothing()
    {
        for (ProviderId p : Providers::all()) {
            const QStringList ids = m_sandbox.endpointIds(p);
            QVERIFY(!ids.isEmpty());
            for (const QString &id : ids) {
                const Endpoint base = load(p, id);
                QVERIFY2(!base.id.isEmpty(), qPrintable(id));
                EditEndpointDialog dialog(&m_workspace, base);
                QVERIFY2(!dialog.hasChanges(), qPrintable(id));
                QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
                QVERIFY(!child<QPushButton>(dialog, "copyCurlButton")->isEnabled());
                QCOMPARE(previewText(dialog), QStringLiteral("Nothing to send: no field changed."));
            }
        }
    }

    void previewShowsTheMinimalBody()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
        QVERIFY(base.enabled);
        EditEndpointDialog dialog(&m_workspace, base);
        dialog.show();
        toggle(child<QCheckBox>(dialog, "enabledCheck"));
        QVERIFY(dialog.hasChanges());
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
        QCOMPARE(dialog.pendingRequest().body,
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("paused")}}));
        // The preview is the request the workspace would send, redacted: method, URL, headers, body.
        const QString expected = m_workspace.preview(base, dialog.pendingRequest()).toDisplayText();
        QCOMPARE(previewText(dialog), expected);
        QVERIFY(expected.startsWith(QLatin1String("PATCH ") + m_sandbox.baseUrl().toString()));
        QVERIFY(expected.contains(QLatin1String("\"status\": \"paused\"")));
        QVERIFY(expected.contains(QLatin1String("Authorization: Bearer <redacted>")));
        QVERIFY(expected.contains(QLatin1String("Idempotency-Key: ")));
        QVERIFY(child<QLabel>(dialog, "enabledNote")
                    ->text()
                    .contains(QLatin1String("Save sends status: paused.")));

        QLineEdit *description = child<QLineEdit>(dialog, "descriptionEdit");
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Nightly export"));
        QCOMPARE(dialog.pendingRequest().body,
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("paused")},
                              {QStringLiteral("description"), QStringLiteral("Nightly export")}}));
        // Undo one edit by hand: only the other one is left.
        toggle(child<QCheckBox>(dialog, "enabledCheck"));
        QCOMPARE(dialog.pendingRequest().body,
                 QJsonObject({{QStringLiteral("description"), QStringLiteral("Nightly export")}}));
        // Layers "Clear" sends null.
        QTest::mouseClick(child<QPushButton>(dialog, "clearDescriptionButton"), Qt::LeftButton);
        QCOMPARE(dialog.pendingRequest().body, QJsonObject({{QStringLiteral("description"), QJsonValue()}}));
        QVERIFY(previewText(dialog).contains(QLatin1String("\"description\": null")));
        // Back to the loaded text: nothing to send.
        QTest::keyClicks(description, base.description);
        QVERIFY(!dialog.hasChanges());
        QCOMPARE(previewText(dialog), QStringLiteral("Nothing to send: no field changed."));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    }

    void eventsAreASet()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
        EditEndpointDialog dialog(&m_workspace, base);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(dialog, "addEventEdit"), QStringLiteral("custom.thing"));
        QTest::keyClick(child<QLineEdit>(dialog, "addEventEdit"), Qt::Key_Return);
        // Return in a field adds the event, and never saves nor closes.
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QTest::keyClick(child<QLineEdit>(dialog, "descriptionEdit"), Qt::Key_Return);
        QVERIFY(!dialog.isBusy());
        QTest::qWait(50);
        QVERIFY(writes().isEmpty());
        QStringList expected = base.events;
        expected << QStringLiteral("custom.thing");
        const QJsonArray sent = dialog.pendingRequest().body.value(QLatin1String("events")).toArray();
        QCOMPARE(sent.size(), expected.size());
        for (const QString &event : expected)
            QVERIFY(sent.contains(event));
        QCOMPARE(child<QLabel>(dialog, "eventCount")->text(), QStringLiteral("%1 / 50").arg(expected.size()));
        // Unticking every event is refused with Layers' minimum.
        QListWidget *list = child<QListWidget>(dialog, "eventList");
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(shown(dialog, "eventsError"));
        QCOMPARE(child<QLabel>(dialog, "eventsError")->text(),
                 Validation::checkEvents(Providers::spec(ProviderId::Layers), {}));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    }

    void overLongDescriptionIsRefused()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        EditEndpointDialog dialog(&m_workspace, base);
        dialog.show();
        QLineEdit *description = child<QLineEdit>(dialog, "descriptionEdit");
        description->clear();
        QTest::keyClicks(description, QString(501, QLatin1Char('x')));
        const QString message =
            Validation::checkDescription(Providers::spec(ProviderId::OptimalDial), description->text());
        QVERIFY(!message.isEmpty());
        QVERIFY(shown(dialog, "descriptionError"));
        QCOMPARE(child<QLabel>(dialog, "descriptionError")->text(), message);
        QVERIFY(description->property("invalid").toBool());
        QCOMPARE(child<QLabel>(dialog, "descriptionCounter")->text(), QStringLiteral("501 / 500"));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        QVERIFY(previewText(dialog).contains(message));
        QVERIFY(dialog.pendingRequest().isEmpty());
        dialog.save(); // even forced, nothing goes out
        QVERIFY(!dialog.isBusy());

        QTest::keyClick(description, Qt::Key_Backspace);
        QVERIFY(!shown(dialog, "descriptionError"));
        QVERIFY(!description->property("invalid").toBool());
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
        QCOMPARE(dialog.pendingRequest().body,
                 QJsonObject({{QStringLiteral("description"), QString(500, QLatin1Char('x'))}}));
        QVERIFY(writes().isEmpty());
    }

    // The counter and the check count characters as the page does (code points): 500 emoji are
    // 1000 UTF-16 units and still fit OptimalDial's 500.
    void descriptionCounterCountsCharacters()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        EditEndpointDialog dialog(&m_workspace, base);
        dialog.show();
        QLineEdit *description = child<QLineEdit>(dialog, "descriptionEdit");
        const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
        description->setText(emoji.repeated(500));
        QCOMPARE(child<QLabel>(dialog, "descriptionCounter")->text(), QStringLiteral("500 / 500"));
        QVERIFY(!shown(dialog, "descriptionError"));
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
        description->setText(emoji.repeated(501));
        QCOMPARE(child<QLabel>(dialog, "descriptionCounter")->text(), QStringLiteral("501 / 500"));
        QVERIFY(shown(dialog, "descriptionError"));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    }

    // Server text (the URL, a disable reason) is shown as text: "<b>" or "<img>" in it is never
    // interpreted as rich text by a QLabel.
    void serverTextIsNeverRichText()
    {
        Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::autoPaused);
        base.url = QStringLiteral("<img src=\"/etc/hosts\"><b>https://h.example/x</b>");
        base.disabledReason = QStringLiteral("<a href=\"https://evil.example\">Click to fix</a>");
        EditEndpointDialog dialog(&m_workspace, base);
        dialog.show();
        QLabel *title = child<QLabel>(dialog, "endpointTitle");
        QCOMPARE(title->text(), base.url);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        bool reasonShown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().contains(QLatin1String("<a href")))
                continue;
            reasonShown = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QVERIFY(reasonShown);
        QCOMPARE(child<QLabel>(dialog, "errorBanner")->textFormat(), Qt::PlainText);
    }

    void saveSendsTheMinimalBodyAndEmitsSaved()
    {
        const Endpoint base = load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::disabledByUser);
        QVERIFY(!base.enabled);
        EditEndpointDialog dialog(&m_workspace, base);
        QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
        dialog.show();
        toggle(child<QCheckBox>(dialog, "enabledCheck"));
        clickSave(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Endpoint updated = saved.first().first().value<Endpoint>();
        QCOMPARE(updated.id, base.id);
        QVERIFY(updated.enabled);
        QCOMPARE(updated.account, base.account);
        const QList<SandboxJournalEntry> sent = writes();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QByteArray("PATCH"));
        QCOMPARE(json(sent.first().body),
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("ACTIVE")}}));
    }

    void atoaSendsTheCompleteEventsNeverTheUrl()
    {
        const Endpoint base = load(ProviderId::Atoa, SandboxSeed::Atoa::refunds);
        EditEndpointDialog dialog(&m_workspace, base);
        QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
        dialog.show();
        QLineEdit *description = child<QLineEdit>(dialog, "descriptionEdit");
        description->clear();
        QTest::keyClicks(description, QStringLiteral("Refunds, EU"));
        clickSave(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const QList<SandboxJournalEntry> sent = writes();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QByteArray("PUT"));
        QCOMPARE(json(sent.first().body),
                 QJsonObject({{QStringLiteral("description"), QStringLiteral("Refunds, EU")},
                              {QStringLiteral("events"), QJsonArray::fromStringList(base.events)}}));
        QCOMPARE(saved.first().first().value<Endpoint>().description, QStringLiteral("Refunds, EU"));
    }

    void failedSaveKeepsEditsAndRetriesWithTheSameKey()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
        m_sandbox.addFault({SandboxFault::Kind::ServerError, QString(SandboxSeed::Layers::active),
                            QByteArray("PATCH"), 1, 0, 500, 1});
        EditEndpointDialog dialog(&m_workspace, base);
        QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
        dialog.show();
        QLineEdit *description = child<QLineEdit>(dialog, "descriptionEdit");
        description->clear();
        QTest::keyClicks(description, QStringLiteral("Retry me"));
        toggle(child<QCheckBox>(dialog, "enabledCheck"));
        const QJsonObject body = dialog.pendingRequest().body;

        clickSave(dialog);
        QVERIFY(dialog.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
        QCOMPARE(saved.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(shown(dialog, "errorBanner"));
        const QString banner = child<QLabel>(dialog, "errorBanner")->text();
        QVERIFY2(
            banner.contains(QRegularExpression(QStringLiteral("HTTP 500 [A-Z_]+: Injected server error"))),
            qPrintable(banner));
        // Every edit is still there, and Save is ready to retry the same change.
        QCOMPARE(description->text(), QStringLiteral("Retry me"));
        QVERIFY(!child<QCheckBox>(dialog, "enabledCheck")->isChecked());
        QCOMPARE(dialog.pendingRequest().body, body);
        QVERIFY(child<QScrollArea>(dialog, "formArea")->widget()->isEnabled());

        clickSave(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<SandboxJournalEntry> sent = writes();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).status, 500);
        QCOMPARE(sent.at(1).status, 200);
        QCOMPARE(json(sent.at(0).body), body);
        QCOMPARE(json(sent.at(1).body), body);
        const QByteArray key = header(sent.at(0), "Idempotency-Key");
        QVERIFY(!key.isEmpty());
        QCOMPARE(header(sent.at(1), "Idempotency-Key"), key);
        const Endpoint updated = saved.first().first().value<Endpoint>();
        QCOMPARE(updated.description, QStringLiteral("Retry me"));
        QVERIFY(!updated.enabled);
    }

    void cancelAbortsTheSaveAndKeepsTheEdits()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::active);
        SandboxFault slow{SandboxFault::Kind::Delay,
                          QString(SandboxSeed::OptimalDial::active),
                          QByteArray("PATCH"),
                          1,
                          1500,
                          200,
                          1};
        m_sandbox.addFault(slow);
        EditEndpointDialog dialog(&m_workspace, base);
        QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
        QSignalSpy exchanges(m_workspace.client(), &ApiClient::exchangeFinished);
        dialog.show();
        toggle(child<QCheckBox>(dialog, "enabledCheck"));
        clickSave(dialog);
        // Busy: progress shown, form read-only, Save disabled.
        QVERIFY(dialog.isBusy());
        // The re-read is back: the change itself is now on its way (and held by the sandbox).
        QTRY_COMPARE(exchanges.size(), 1);
        QVERIFY(dialog.isBusy());
        QVERIFY(shown(dialog, "saveProgress"));
        QVERIFY(!child<QScrollArea>(dialog, "formArea")->widget()->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());

        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 5000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(saved.size(), 0);
        QVERIFY(!shown(dialog, "saveProgress"));
        QVERIFY(child<QLabel>(dialog, "errorBanner")->text().startsWith(QLatin1String("Cancelled.")));
        QVERIFY(!child<QCheckBox>(dialog, "enabledCheck")->isChecked());
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
        // Outlive the sandbox's delay so a late answer cannot leak into the next test.
        QTest::qWait(slow.delayMs + 300);
        QVERIFY(writes().size() <= 1);
        // Not busy any more: Cancel now closes.
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void layersAutoPausedSaysWhyAndIsNeverWritten()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::autoPaused);
        QCOMPARE(base.providerStatus, QStringLiteral("auto_paused"));
        QVERIFY(!base.disabledReason.isEmpty());
        EditEndpointDialog dialog(&m_workspace, base);
        dialog.show();
        QCheckBox *delivering = child<QCheckBox>(dialog, "enabledCheck");
        QVERIFY(!delivering->isChecked());
        const QString note = child<QLabel>(dialog, "enabledNote")->text();
        QVERIFY2(note.startsWith(QStringLiteral("Paused automatically by Layers: ") + base.disabledReason),
                 qPrintable(note));
        QVERIFY(!dialog.hasChanges()); // kept paused: nothing is written
        toggle(delivering);
        QCOMPARE(dialog.pendingRequest().body,
                 QJsonObject({{QStringLiteral("status"), QStringLiteral("active")}}));
        toggle(delivering);
        QVERIFY(!dialog.hasChanges());
    }

    // Re-enabling what the provider disabled clears its reason and failure count: said beside the
    // request, in the same words as the quick action; never for an active or person-disabled one.
    void reEnablingAProviderDisabledEndpointSaysWhatIsLost()
    {
        const Endpoint autoDisabled = load(ProviderId::OpenTrain, SandboxSeed::OpenTrain::autoDisabled);
        QCOMPARE(HealthRules::evaluate(autoDisabled).disabledBy, DisabledBy::Provider);
        EditEndpointDialog dialog(&m_workspace, autoDisabled);
        dialog.show();
        QLabel *note = child<QLabel>(dialog, "lostStateNote");
        QVERIFY(note->isHidden()); // nothing re-enables it yet
        toggle(child<QCheckBox>(dialog, "enabledCheck"));
        QVERIFY(dialog.pendingRequest().body.contains(QLatin1String("status")));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), EndpointActions::lostStateNote(autoDisabled));
        QVERIFY2(note->text().contains(autoDisabled.disabledReason), qPrintable(note->text()));
        QVERIFY(note->text().contains(
            QStringLiteral("after %1 failed deliveries").arg(autoDisabled.failureCount)));
        QVERIFY(note->text().contains(QLatin1String("will not come back")));
        toggle(child<QCheckBox>(dialog, "enabledCheck")); // back as it was
        QVERIFY(note->isHidden());

        for (const QString &id :
             {QString(SandboxSeed::OpenTrain::disabledByUser), QString(SandboxSeed::OpenTrain::active)}) {
            const Endpoint base = load(ProviderId::OpenTrain, id);
            QVERIFY(HealthRules::evaluate(base).disabledBy != DisabledBy::Provider);
            EditEndpointDialog other(&m_workspace, base);
            other.show();
            toggle(child<QCheckBox>(other, "enabledCheck"));
            QVERIFY(other.hasChanges());
            QVERIFY2(child<QLabel>(other, "lostStateNote")->isHidden(), qPrintable(id));
        }
    }

    void metadataIsSentPerKey()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
        QVERIFY(!base.metadata.isEmpty());
        const QString firstKey = base.metadata.firstKey();
        EditEndpointDialog dialog(&m_workspace, base);
        dialog.show();
        QTableWidget *table = child<QTableWidget>(dialog, "metadataTable");
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, "removeMetadataButton"), Qt::LeftButton);
        QCOMPARE(dialog.pendingRequest().body,
                 QJsonObject({{QStringLiteral("metadata"), QJsonObject({{firstKey, QString()}})}}));

        QTest::mouseClick(child<QPushButton>(dialog, "addMetadataButton"), Qt::LeftButton);
        const int row = table->rowCount() - 1;
        table->item(row, 0)->setText(QStringLiteral("runbook"));
        table->item(row, 1)->setText(QStringLiteral("wiki/hooks"));
        QJsonObject patch{{firstKey, QString()}, {QStringLiteral("runbook"), QStringLiteral("wiki/hooks")}};
        QCOMPARE(dialog.pendingRequest().body, QJsonObject({{QStringLiteral("metadata"), patch}}));

        // A key typed twice cannot be represented: refused, Save disabled.
        QTest::mouseClick(child<QPushButton>(dialog, "addMetadataButton"), Qt::LeftButton);
        table->item(row + 1, 0)->setText(QStringLiteral("runbook"));
        table->item(row + 1, 1)->setText(QStringLiteral("other"));
        QVERIFY(shown(dialog, "metadataError"));
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        table->removeRow(row + 1);
        emit table->itemChanged(table->item(row, 0)); // as an edit would
        QVERIFY(!shown(dialog, "metadataError"));

        QTest::mouseClick(child<QPushButton>(dialog, "clearMetadataButton"), Qt::LeftButton);
        QCOMPARE(dialog.pendingRequest().body, QJsonObject({{QStringLiteral("metadata"), QJsonValue()}}));
    }

    void secretsAndTokensNeverShow()
    {
        const QString typed = QStringLiteral("typed-s3cret-VALUE");
        {
            const Endpoint base = load(ProviderId::Diligent, SandboxSeed::Diligent::active);
            EditEndpointDialog dialog(&m_workspace, base);
            QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
            dialog.show();
            QTest::mouseClick(child<QRadioButton>(dialog, "secretReplace"), Qt::LeftButton);
            QVERIFY(shown(dialog, "secretError")); // empty new secret is refused
            QTest::keyClicks(child<QLineEdit>(dialog, "secretEdit"), typed);
            QVERIFY(!shown(dialog, "secretError"));
            const QString preview = previewText(dialog);
            QVERIFY(preview.contains(QLatin1String("\"secret\": \"<redacted>\"")));
            QVERIFY(!preview.contains(typed));
            QVERIFY(!preview.contains(SandboxServer::tokenFor(ProviderId::Diligent)));
            QTest::mouseClick(child<QPushButton>(dialog, "copyCurlButton"), Qt::LeftButton);
            const QString curl = QGuiApplication::clipboard()->text();
            QVERIFY(curl.startsWith(QLatin1String("curl ")));
            QVERIFY(curl.contains(QLatin1String("$PATCHBAY_TOKEN")));
            QVERIFY(!curl.contains(typed));
            QVERIFY(!curl.contains(SandboxServer::tokenFor(ProviderId::Diligent)));
            // The provider does receive it.
            clickSave(dialog);
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
            QCOMPARE(json(writes().last().body), QJsonObject({{QStringLiteral("secret"), typed}}));
        }
        {
            const Endpoint base = load(ProviderId::Atoa, SandboxSeed::Atoa::paymentsPlain);
            EditEndpointDialog dialog(&m_workspace, base);
            dialog.show();
            QTest::mouseClick(child<QRadioButton>(dialog, "secretReplace"), Qt::LeftButton);
            child<QComboBox>(dialog, "authMethodCombo")->setCurrentIndex(1);
            QTest::keyClicks(child<QLineEdit>(dialog, "auth_headerName"), QStringLiteral("X-Hook-Key"));
            QVERIFY(shown(dialog, "secretError")); // header value still missing
            QTest::keyClicks(child<QLineEdit>(dialog, "auth_headerValue"), typed);
            QVERIFY(!shown(dialog, "secretError"));
            const QJsonObject auth =
                dialog.pendingRequest().body.value(QLatin1String("authentication")).toObject();
            QCOMPARE(auth, QJsonObject({{QStringLiteral("headerName"), QStringLiteral("X-Hook-Key")},
                                        {QStringLiteral("headerValue"), typed}}));
            QVERIFY(!previewText(dialog).contains(typed));
            QVERIFY(!previewText(dialog).contains(SandboxServer::tokenFor(ProviderId::Atoa)));
            QTest::mouseClick(child<QPushButton>(dialog, "copyCurlButton"), Qt::LeftButton);
            QVERIFY(!QGuiApplication::clipboard()->text().contains(typed));
            QVERIFY(
                !QGuiApplication::clipboard()->text().contains(SandboxServer::tokenFor(ProviderId::Atoa)));
        }
        {
            const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active);
            EditEndpointDialog dialog(&m_workspace, base);
            dialog.show();
            toggle(child<QCheckBox>(dialog, "enabledCheck"));
            QVERIFY(!previewText(dialog).contains(SandboxServer::tokenFor(ProviderId::Layers)));
            QTest::mouseClick(child<QPushButton>(dialog, "copyCurlButton"), Qt::LeftButton);
            const QString curl = QGuiApplication::clipboard()->text();
            QVERIFY(curl.contains(QLatin1String("Authorization: Bearer $PATCHBAY_TOKEN")));
            QVERIFY(!curl.contains(SandboxServer::tokenFor(ProviderId::Layers)));
        }
    }

    void productionAsksFirst()
    {
        const Endpoint base = load(ProviderId::Layers, SandboxSeed::Layers::active, m_productionAccount);
        QCOMPARE(base.account, m_productionAccount);
        {
            EditEndpointDialog dialog(&m_workspace, base);
            dialog.show();
            QVERIFY(shown(dialog, "productionNote"));
            QString asked;
            QString details;
            dialog.setConfirmation([&](QWidget *, const QString &, const QString &text, const QString &more) {
                asked = text;
                details = more;
                return false;
            });
            toggle(child<QCheckBox>(dialog, "enabledCheck"));
            clickSave(dialog);
            // Asked once the endpoint was re-read, with the request as it would go out.
            QTRY_VERIFY(asked.contains(m_productionAccount));
            QVERIFY(asked.contains(QLatin1String("status")));
            QVERIFY(details.contains(QLatin1String("\"status\": \"paused\"")));
            QVERIFY(!details.contains(SandboxServer::tokenFor(ProviderId::Layers)));
            QTRY_VERIFY(!dialog.isBusy()); // declined: the save ended there, nothing sent
            QVERIFY(dialog.isVisible());
            QVERIFY(writes().isEmpty());
            QVERIFY(child<QLabel>(dialog, "errorBanner")->text().startsWith(QLatin1String("Not sent.")));
        }
        {
            // The real message box, answered by a timer as a person would.
            EditEndpointDialog dialog(&m_workspace, base);
            QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
            dialog.show();
            toggle(child<QCheckBox>(dialog, "enabledCheck"));
            bool sawBox = false;
            QTimer answer;
            connect(&answer, &QTimer::timeout, &answer, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                sawBox = box->text().contains(m_productionAccount);
                QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmSendButton")),
                                  Qt::LeftButton);
                answer.stop();
            });
            answer.start(20);
            clickSave(dialog);
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
            QVERIFY(sawBox);
            QCOMPARE(writes().size(), 1);
            QCOMPARE(json(writes().first().body),
                     QJsonObject({{QStringLiteral("status"), QStringLiteral("paused")}}));
        }
    }

    void keyboard()
    {
        const Endpoint base = load(ProviderId::OptimalDial, SandboxSeed::OptimalDial::disabledByUser);
        {
            EditEndpointDialog dialog(&m_workspace, base);
            QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.isVisible());
        }
        {
            EditEndpointDialog dialog(&m_workspace, base);
            QSignalSpy saved(&dialog, &EditEndpointDialog::saved);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QCheckBox *delivering = child<QCheckBox>(dialog, "enabledCheck");
            delivering->setFocus();
            QTest::keyClick(delivering, Qt::Key_Space);
            QVERIFY(delivering->isChecked());
            QTest::keyClick(delivering, Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
            QCOMPARE(json(writes().first().body), QJsonObject({{QStringLiteral("is_active"), true}}));
        }
    }

    // At any scale factor Save and Cancel stay on the screen: the offscreen screen (800×600) is
    // smaller than the dialog's comfortable size, as a 1600×1000 screen is at QT_SCALE_FACTOR=2.
    void fitsTheScreen()
    {
        for (ProviderId p : Providers::all()) {
            const Endpoint base = load(p, m_sandbox.endpointIds(p).first());
            EditEndpointDialog dialog(&m_workspace, base);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QRect screen = dialog.screen()->availableGeometry();
            QVERIFY2(screen.contains(dialog.frameGeometry()), qPrintable(Providers::spec(p).displayName));
            for (const char *name : {"saveButton", "cancelButton"}) {
                const QWidget *button = child<QPushButton>(dialog, name);
                QVERIFY(button->isVisible());
                const QRect onScreen(button->mapToGlobal(QPoint(0, 0)), button->size());
                QVERIFY2(screen.contains(onScreen), name);
            }
            if (const QString dir = qEnvironmentVariable("PATCHBAY_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(dialog.grab().save(
                    QStringLiteral("%1/edit-%2.png").arg(dir, Providers::spec(p).displayName.toLower())));
        }
    }

    void accessibleNamesAndTabOrder()
    {
        for (ProviderId p : {ProviderId::Layers, ProviderId::Diligent, ProviderId::Atoa}) {
            const Endpoint base = load(p, m_sandbox.endpointIds(p).first());
            EditEndpointDialog dialog(&m_workspace, base);
            dialog.show();
            const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
            QList<QWidget *> controls;
            for (QWidget *w : widgets) {
                const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                     qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                                     (qobject_cast<QAbstractItemView *>(w) && !w->inherits("QHeaderView"));
                // Skip Qt's own parts (a line edit's clear button, a table's corner button).
                const bool internal = qobject_cast<QLineEdit *>(w->parentWidget()) ||
                                      qobject_cast<QAbstractItemView *>(w->parentWidget());
                if (control && !internal && w->isVisibleTo(&dialog)) {
                    QVERIFY2(!w->accessibleName().isEmpty(),
                             qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                                        w->objectName()));
                    controls << w;
                }
            }
            QVERIFY(controls.size() > 6);
            // The focus chain runs top to bottom: form, preview, then Save and Cancel.
            QStringList chain;
            QWidget *w = child<QWidget>(dialog, "eventList");
            for (int i = 0; i < 200 && w; ++i, w = w->nextInFocusChain())
                if (!w->objectName().isEmpty() && w->focusPolicy() & Qt::TabFocus)
                    chain << w->objectName();
            const int events = chain.indexOf(QLatin1String("eventList"));
            const int preview = chain.indexOf(QLatin1String("requestPreview"));
            const int copy = chain.indexOf(QLatin1String("copyCurlButton"));
            const int save = chain.indexOf(QLatin1String("saveButton"));
            const int cancel = chain.indexOf(QLatin1String("cancelButton"));
            QVERIFY2(events == 0 && events < preview && preview < copy && copy < save && save < cancel,
                     qPrintable(chain.join(QLatin1Char(' '))));
            const int last = p == ProviderId::Layers ? chain.indexOf(QLatin1String("clearMetadataButton"))
                                                     : chain.indexOf(QLatin1String("secretRemove"));
            QVERIFY2(last > events && last < preview, qPrintable(chain.join(QLatin1Char(' '))));
        }
    }
};

QTEST_MAIN(TestEditEndpointDialog)
#include "tst_editendpointdialog.moc"
