#include "core/draft.h"
#include "diff/diff.h"
#include "exchangemodel.h"
#include "net/apiclient.h"
#include "providers/providerspec.h"
#include "requestinspectordock.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// The dock against a real ApiClient talking to a real in-process sandbox: what a developer sees,
// and above all what they never see (a token), in every text and every copy.
class TestRequestInspectorDock : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    ApiClient *m_client = nullptr;

    Connection connection(ProviderId p, const QString &token = QString()) const
    {
        return Connection{QStringLiteral("demo-%1").arg(Providers::spec(p).key), p, m_sandbox->baseUrl(),
                          token.isEmpty() ? SandboxServer::tokenFor(p) : token};
    }

    // Runs one call to its end and returns the endpoint it read (the call deletes itself).
    static Endpoint run(ApiCall *call)
    {
        Endpoint result;
        bool done = false;
        QObject::connect(call, &ApiCall::finished, call, [&] {
            result = call->endpoint();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            qWarning("the call never finished");
        return result;
    }

    static QStringList allTokens()
    {
        QStringList tokens;
        for (ProviderId p : Providers::all())
            tokens << SandboxServer::tokenFor(p) << SandboxServer::limitedTokenFor(p);
        return tokens;
    }

    // A GET, a PATCH that lands, a PATCH the provider refuses (403) and a list, all for real.
    void makeTraffic()
    {
        const Endpoint base =
            run(m_client->get(connection(ProviderId::OpenTrain), SandboxSeed::OpenTrain::active));
        QVERIFY(!base.id.isEmpty());
        Draft draft = Draft::fromEndpoint(base);
        draft.enabled = false;
        const DiffResult diff = Diff::compute(base, draft);
        QVERIFY(diff.isValid() && diff.hasChanges());
        run(m_client->update(connection(ProviderId::OpenTrain), base.id, diff.request));
        run(m_client->update(
            connection(ProviderId::OpenTrain, SandboxServer::limitedTokenFor(ProviderId::OpenTrain)), base.id,
            diff.request));
        run(m_client->list(connection(ProviderId::Layers)));
    }

    // Two failures as a provider has them: a 503, and a connection dropped twice (no HTTP reply).
    void makeFailures()
    {
        SandboxFault unavailable;
        unavailable.kind = SandboxFault::Kind::ServerError;
        unavailable.status = 503;
        m_sandbox->addFault(unavailable);
        run(m_client->get(connection(ProviderId::OptimalDial), SandboxSeed::OptimalDial::failing));
        SandboxFault drop;
        drop.kind = SandboxFault::Kind::DropConnection;
        drop.remaining = 2; // QNetworkAccessManager resends once by itself
        m_sandbox->addFault(drop);
        run(m_client->get(connection(ProviderId::Diligent), SandboxSeed::Diligent::active));
    }

    static void select(RequestInspectorDock &dock, int row)
    {
        auto *table = dock.findChild<QTableView *>(QStringLiteral("exchangeTable"));
        table->selectionModel()->setCurrentIndex(
            table->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static QString pane(const RequestInspectorDock &dock, const char *name)
    {
        return dock.findChild<QPlainTextEdit *>(QLatin1String(name))->toPlainText();
    }

private slots:
    void init()
    {
        m_sandbox = new SandboxServer(this);
        QVERIFY2(m_sandbox->listen(0), qPrintable(m_sandbox->errorString()));
        m_client = new ApiClient(this);
        m_client->setTimeoutMs(5000);
        QGuiApplication::clipboard()->clear();
    }
    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
    }

    void showsRealExchangesWithoutAnyToken()
    {
        RequestInspectorDock dock;
        dock.resize(1200, 420);
        dock.show();
        dock.attach(m_client);
        makeTraffic();
        makeFailures();
        ExchangeModel *model = dock.model();
        QVERIFY(model->rowCount() >= 6); // the client may retry a 503 by itself

        const QStringList tokens = allTokens();
        auto assertClean = [&](const QString &text, const QString &where) {
            for (const QString &token : tokens)
                QVERIFY2(!text.contains(token), qPrintable(where + QStringLiteral(" shows a token")));
        };

        auto *table = dock.findChild<QTableView *>(QStringLiteral("exchangeTable"));
        bool sawPatchBody = false;
        bool sawRefusal = false;
        bool sawNoReply = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < ExchangeModel::ColumnCount; ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                 int(ExchangeModel::FilterTextRole)})
                    assertClean(model->index(row, column).data(role).toString(), QStringLiteral("the table"));

            select(dock, row);
            const QString request = pane(dock, "requestText");
            const QString response = pane(dock, "responseText");
            const QString curl = pane(dock, "curlText");
            assertClean(request, QStringLiteral("the Request tab"));
            assertClean(response, QStringLiteral("the Response tab"));
            assertClean(curl, QStringLiteral("the curl tab"));
            QVERIFY(request.contains(QLatin1String("<redacted>")));
            QVERIFY(curl.contains(QLatin1String("$PATCHBAY_TOKEN")));

            dock.copyCurl();
            const QString copiedCurl = QGuiApplication::clipboard()->text();
            QCOMPARE(copiedCurl, model->exchangeAt(row)->curl);
            assertClean(copiedCurl, QStringLiteral("Copy as curl"));

            // Ctrl+C in the table copies the same curl.
            QGuiApplication::clipboard()->clear();
            table->setFocus();
            QTest::keySequence(table, QKeySequence::Copy);
            QCOMPARE(QGuiApplication::clipboard()->text(), copiedCurl);

            dock.copyResponse();
            assertClean(QGuiApplication::clipboard()->text(), QStringLiteral("Copy response"));

            const Exchange *e = model->exchangeAt(row);
            if (e->method == "PATCH" && e->httpStatus == 200) {
                // The body is pretty-printed and the response tab names the status.
                QVERIFY2(request.contains(QLatin1String("\n    \"")), qPrintable(request));
                QVERIFY(response.startsWith(QStringLiteral("HTTP 200")));
                sawPatchBody = true;
            }
            if (e->httpStatus == 403) {
                QCOMPARE(model->index(row, ExchangeModel::StatusColumn).data().toString(),
                         QStringLiteral("403"));
                QVERIFY(response.contains(QStringLiteral("HTTP 403")));
                sawRefusal = true;
            }
            if (e->httpStatus == 0) {
                // No HTTP reply: the status cell says why, and the response tab says so.
                QVERIFY(!e->error.isEmpty());
                QCOMPARE(model->index(row, ExchangeModel::StatusColumn).data().toString(), e->error);
                QVERIFY(response.startsWith(QStringLiteral("No HTTP reply")));
                sawNoReply = true;
            }
        }
        QVERIFY(sawPatchBody);
        QVERIFY(sawRefusal);
        QVERIFY(sawNoReply);

        // Every other text the dock shows: labels, buttons, the filter.
        for (const QLabel *label : dock.findChildren<QLabel *>())
            assertClean(label->text(), QStringLiteral("a label"));
        for (const QAbstractButton *button : dock.findChildren<QAbstractButton *>())
            assertClean(button->text() + button->toolTip(), QStringLiteral("a button"));

        if (const QByteArray dir = qgetenv("PATCHBAY_SCREENSHOT_DIR"); !dir.isEmpty()) {
            const QDir shots(QString::fromLocal8Bit(dir));
            auto *tabs = dock.findChild<QTabWidget *>(QStringLiteral("exchangeDetailTabs"));
            const QList<QPair<int, int>> views{{0, 1}, {1, 4}, {2, 1}}; // tab, row
            const QStringList names{QStringLiteral("inspector.png"), QStringLiteral("inspector-response.png"),
                                    QStringLiteral("inspector-curl.png")};
            for (int i = 0; i < views.size(); ++i) {
                tabs->setCurrentIndex(views.at(i).first);
                select(dock, views.at(i).second);
                QVERIFY(dock.grab().save(shots.filePath(names.at(i))));
            }
        }
    }

    void filterNarrowsAndCounts()
    {
        RequestInspectorDock dock;
        dock.attach(m_client);
        makeTraffic();
        auto *table = dock.findChild<QTableView *>(QStringLiteral("exchangeTable"));
        auto *count = dock.findChild<QLabel *>(QStringLiteral("inspectorCount"));
        const int total = dock.model()->rowCount();
        QCOMPARE(count->text(), QStringLiteral("%1 requests").arg(total));
        dock.findChild<QLineEdit *>(QStringLiteral("inspectorFilter"))->setText(QStringLiteral("Patch"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(count->text(), QStringLiteral("2 of %1 requests").arg(total));
        dock.findChild<QLineEdit *>(QStringLiteral("inspectorFilter"))->setText(QStringLiteral("403"));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void detachStopsListening()
    {
        RequestInspectorDock dock;
        dock.attach(m_client);
        run(m_client->get(connection(ProviderId::Diligent), SandboxSeed::Diligent::active));
        QCOMPARE(dock.model()->rowCount(), 1);
        dock.attach(nullptr);
        run(m_client->get(connection(ProviderId::Diligent), SandboxSeed::Diligent::active));
        QCOMPARE(dock.model()->rowCount(), 1);
    }

    void followsNewRowsOnlyAtTheBottom()
    {
        RequestInspectorDock dock;
        dock.resize(900, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        auto *table = dock.findChild<QTableView *>(QStringLiteral("exchangeTable"));
        Exchange e;
        e.method = "GET";
        e.url = QUrl(QStringLiteral("http://127.0.0.1/x"));
        e.startedAt = QDateTime::currentDateTime();
        e.httpStatus = 200;
        for (int i = 0; i < 200; ++i)
            dock.model()->append(e);
        QScrollBar *bar = table->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum()); // followed the newest
        bar->setValue(0);                       // the user scrolls up to read an old one
        dock.model()->append(e);
        QCOMPARE(bar->value(), 0);
        bar->setValue(bar->maximum()); // back at the bottom: follow again
        dock.model()->append(e);
        QCOMPARE(bar->value(), bar->maximum());
        // Rows that came while the inspector was closed (it does not lay them out then): opening it
        // shows the newest.
        dock.hide();
        for (int i = 0; i < 100; ++i)
            dock.model()->append(e);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTRY_COMPARE(bar->value(), bar->maximum());
        QCOMPARE(table->rowAt(table->viewport()->height() - 1), dock.model()->rowCount() - 1);
    }

    void clearEmptiesAndDisablesActions()
    {
        RequestInspectorDock dock;
        dock.attach(m_client);
        run(m_client->get(connection(ProviderId::Atoa), SandboxSeed::Atoa::paymentsBasic));
        auto *clear = dock.findChild<QAbstractButton *>(QStringLiteral("clearButton"));
        auto *copyCurl = dock.findChild<QAbstractButton *>(QStringLiteral("copyCurlButton"));
        QVERIFY(clear->isEnabled());
        QVERIFY(!copyCurl->isEnabled()); // nothing selected yet
        select(dock, 0);
        QVERIFY(copyCurl->isEnabled());
        QVERIFY(!pane(dock, "curlText").isEmpty());
        clear->click();
        QCOMPARE(dock.model()->rowCount(), 0);
        QVERIFY(!clear->isEnabled());
        QVERIFY(!copyCurl->isEnabled());
        QVERIFY(pane(dock, "curlText").isEmpty());
        QVERIFY(!dock.selectedExchange());
    }

    // A click selects the row after making it current: the Copy buttons must follow (issue 7 §4).
    void mouseSelectionEnablesCopyButtons()
    {
        RequestInspectorDock dock;
        dock.resize(1200, 420);
        dock.attach(m_client);
        run(m_client->get(connection(ProviderId::Atoa), SandboxSeed::Atoa::paymentsBasic));
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        auto *table = dock.findChild<QTableView *>(QStringLiteral("exchangeTable"));
        auto *copyCurl = dock.findChild<QAbstractButton *>(QStringLiteral("copyCurlButton"));
        auto *copyResponse = dock.findChild<QAbstractButton *>(QStringLiteral("copyResponseButton"));
        QVERIFY(!copyCurl->isEnabled());
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QVERIFY(cell.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(dock.selectedExchange());
        QVERIFY(copyCurl->isEnabled());
        QVERIFY(copyResponse->isEnabled());
    }

    void ringEvictionKeepsTheDockConsistent()
    {
        RequestInspectorDock dock;
        dock.model()->setCapacity(3);
        Exchange e;
        e.method = "GET";
        e.startedAt = QDateTime::currentDateTime();
        for (quint64 i = 1; i <= 3; ++i) {
            e.sequence = i;
            e.url = QUrl(QStringLiteral("http://127.0.0.1/%1").arg(i));
            dock.model()->append(e);
        }
        select(dock, 2);
        QCOMPARE(dock.selectedExchange()->sequence, quint64(3));
        e.sequence = 4;
        dock.model()->append(e); // evicts #1; the selection stays on #3
        QCOMPARE(dock.selectedExchange()->sequence, quint64(3));
        QVERIFY(pane(dock, "requestText").contains(QStringLiteral("127.0.0.1/3")));
    }

    void droppedBodySaysSoWhileShown()
    {
        // The byte budget drops the body of the row on show: the pane says so instead of "(empty body)".
        RequestInspectorDock dock;
        dock.model()->setBodyBudget(1500);
        Exchange e;
        e.method = "GET";
        e.startedAt = QDateTime::currentDateTime();
        e.httpStatus = 200;
        e.responseBody = "{\"data\": [\"" + QByteArray(1000, 'x') + "\"]}";
        e.url = QUrl(QStringLiteral("http://127.0.0.1/page1"));
        dock.model()->append(e);
        select(dock, 0);
        QVERIFY(pane(dock, "responseText").contains(QStringLiteral("xxxx")));
        e.url = QUrl(QStringLiteral("http://127.0.0.1/page2"));
        dock.model()->append(e); // over budget: page 1's body goes
        QCOMPARE(dock.selectedExchange()->url.path(), QStringLiteral("/page1"));
        const QString response = pane(dock, "responseText");
        QVERIFY2(!response.contains(QStringLiteral("xxxx")), qPrintable(response));
        QVERIFY2(response.contains(QStringLiteral("dropped")), qPrintable(response));
        QVERIFY2(response.contains(QStringLiteral("HTTP 200")), qPrintable(response)); // the rest stays
        select(dock, 1);
        QVERIFY(pane(dock, "responseText").contains(QStringLiteral("xxxx")));
    }

    void accessibleAndKeyboardReachable()
    {
        RequestInspectorDock dock;
        QCOMPARE(dock.windowTitle(), QStringLiteral("Request inspector"));
        QCOMPARE(dock.objectName(), QStringLiteral("requestInspectorDock"));
        for (QWidget *w : dock.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QTableView *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                                 qobject_cast<QTabWidget *>(w);
            // Qt's own inner parts (dock title buttons, the table's corner button) are not ours.
            if (!control || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestRequestInspectorDock)
#include "tst_requestinspectordock.moc"
