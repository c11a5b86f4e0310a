#include "viewexporter.h"

#include "common/rfc4180reader.h"
#include "endpointfilterproxy.h"
#include "endpointfixtures.h"
#include "endpointtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

using namespace Fixtures;
using Format = EndpointExport::Format;

namespace {

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    if (!readRfc4180(QString::fromUtf8(bytes), &records))
        return {{QStringLiteral("not RFC 4180")}};
    return records;
}

} // namespace

class TestViewExporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void defaultNameAndFormat();
    void csvHoldsExactlyTheVisibleRowsInViewOrder();
    void jsonFromTheFilterWithoutAnExtension();
    void formulaInADescriptionIsNeutralised();
    void readOnlyDirectoryFailsAndChangesNothing();
    void disabledWhileTheViewIsEmpty();
    void writesInTheBackgroundWhileTheWindowRuns();
    void closingTheWindowDuringAnExportIsSafe();

private:
    void fillModel(int count); // `count` active endpoints, ids "we_0"…
    // Opens File → Export…, chooses `fileName` (and `filter` when given) in the dialog and accepts it.
    void exportThroughDialog(const QString &fileName, const QString &filter = {});
    QStringList visibleIds() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<QSettings> m_settings;
    EndpointTableModel *m_model = nullptr;
    EndpointFilterProxy *m_proxy = nullptr;
    ViewExporter *m_exporter = nullptr;
    QString m_dialogDirectory; // what the dialog opened on
    QString m_dialogFile;
};

void TestViewExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // the file dialog's own history goes to a test folder
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // a dialog the test can drive
}

void TestViewExporter::cleanupTestCase()
{
    // The non-native dialog's history (last folder visited): never carried into another test.
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                  QStringLiteral("/QtProject.conf"));
}

void TestViewExporter::init()
{
    m_window = std::make_unique<QWidget>();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_settings->setValue(QStringLiteral("export/directory"), m_dir.path());
    m_model = new EndpointTableModel(m_window.get());
    m_proxy = new EndpointFilterProxy(m_window.get());
    m_proxy->setSourceModel(m_model);
    m_exporter = new ViewExporter(m_proxy, m_model, m_settings.get(), m_window.get());

    // Two accounts, "billing" in some URLs. Layers has descriptions (OpenTrain has none: null).
    const auto layers = [](Endpoint e) {
        e.provider = ProviderId::Layers;
        e.providerStatus = QStringLiteral("active");
        return e;
    };
    Endpoint formula = layers(failing(QStringLiteral("prod"), QStringLiteral("we_formula")));
    formula.url = QStringLiteral("https://billing.example.com/a");
    formula.description = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    Endpoint billingOk = active(QStringLiteral("prod"), QStringLiteral("we_billing_ok"));
    billingOk.url = QStringLiteral("https://billing.example.com/b");
    Endpoint billingFailing =
        layers(failing(QStringLiteral("staging"), QStringLiteral("we_billing_failing"), 9));
    billingFailing.url = QStringLiteral("https://billing.example.com/c");
    billingFailing.description = QStringLiteral("Invoices, \"quoted\"");
    Endpoint otherFailing = failing(QStringLiteral("staging"), QStringLiteral("we_other_failing"));
    otherFailing.url = QStringLiteral("https://crm.example.com/d");
    Endpoint billingDisabled = disabled(QStringLiteral("prod"), QStringLiteral("we_billing_disabled"));
    billingDisabled.url = QStringLiteral("https://billing.example.com/e");
    m_model->replaceAll({formula, billingOk, billingFailing, otherFailing, billingDisabled});
}

void TestViewExporter::cleanup()
{
    m_window.reset();
    m_settings.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("ui.ini")));
}

QStringList TestViewExporter::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, EndpointTableModel::IdColumn).data().toString();
    return ids;
}

void TestViewExporter::exportThroughDialog(const QString &fileName, const QString &filter)
{
    m_dialogDirectory.clear();
    m_dialogFile.clear();
    QMetaObject::Connection connection =
        connect(m_exporter, &ViewExporter::dialogOpened, this, [this, fileName, filter](QFileDialog *dialog) {
            m_dialogDirectory = dialog->directory().absolutePath();
            m_dialogFile = dialog->selectedFiles().value(0);
            // As a person would: the file type chosen in its box, the name typed, then Save.
            QTimer::singleShot(0, dialog, [dialog, fileName, filter] {
                auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
                QVERIFY(types);
                while (!filter.isEmpty() && types->currentText() != filter &&
                       types->currentIndex() + 1 < types->count())
                    QTest::keyClick(types, Qt::Key_Down);
                dialog->selectFile(fileName);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as Save does
            });
        });
    QVERIFY(m_exporter->action()->isEnabled());
    QSignalSpy finished(m_exporter, &ViewExporter::finished);
    m_exporter->action()->trigger(); // returns once the dialog is closed; the file is written meanwhile
    disconnect(connection);
    QVERIFY(finished.wait(30000));
}

void TestViewExporter::fillModel(int count)
{
    QList<Endpoint> endpoints;
    endpoints.reserve(count);
    for (int i = 0; i < count; ++i) {
        Endpoint e = active(QStringLiteral("prod"), QStringLiteral("we_%1").arg(i), ProviderId::Layers);
        e.url = QStringLiteral("https://hooks.example.com/%1").arg(i);
        e.description = QStringLiteral("=cmd %1").arg(i);
        endpoints << e;
    }
    m_model->replaceAll(endpoints);
}

void TestViewExporter::defaultNameAndFormat()
{
    const QDate date(2026, 11, 30);
    QCOMPARE(ViewExporter::defaultFileName(Format::Csv, date), QStringLiteral("endpoints-2026-11-30.csv"));
    QCOMPARE(ViewExporter::defaultFileName(Format::Json, date), QStringLiteral("endpoints-2026-11-30.json"));
    // The name's extension wins over the dialog's filter.
    QCOMPARE(ViewExporter::formatFor(QStringLiteral("/x/a.JSON"), Format::Csv), Format::Json);
    QCOMPARE(ViewExporter::formatFor(QStringLiteral("/x/a.csv"), Format::Json), Format::Csv);
    QCOMPARE(ViewExporter::formatFor(QStringLiteral("/x/a.txt"), Format::Json), Format::Json);
    // Accessible: the action says what it does; Ctrl+Shift+E (Ctrl+E enables an endpoint).
    QCOMPARE(m_exporter->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(!m_exporter->action()->statusTip().isEmpty());
}

void TestViewExporter::csvHoldsExactlyTheVisibleRowsInViewOrder()
{
    m_proxy->setFilterText(QStringLiteral("BILLING"));
    m_proxy->setHealthFilter(EndpointFilterProxy::HealthFilter::Failing);
    m_proxy->sort(EndpointTableModel::FailuresColumn, Qt::DescendingOrder);
    const QStringList expected{QStringLiteral("we_billing_failing"), QStringLiteral("we_formula")};
    QCOMPARE(visibleIds(), expected); // the view the user sees

    QSignalSpy exported(m_exporter, &ViewExporter::exported);
    QSignalSpy message(m_exporter, &ViewExporter::message);
    const QString path = m_dir.filePath(QStringLiteral("failing.csv"));
    exportThroughDialog(path);
    // The dialog opened on the last directory with today's default name.
    QCOMPARE(m_dialogDirectory, QDir(m_dir.path()).absolutePath());
    QCOMPARE(QFileInfo(m_dialogFile).fileName(),
             ViewExporter::defaultFileName(Format::Csv, QDate::currentDate()));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(1).toInt(), 2);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> records = parseCsv(bytes);
    QCOMPARE(records.size(), 3);
    const QStringList fields = EndpointExport::fieldNames();
    QCOMPARE(records.at(0), fields);
    const int id = int(fields.indexOf(QStringLiteral("id")));
    const int account = int(fields.indexOf(QStringLiteral("account")));
    const int description = int(fields.indexOf(QStringLiteral("description")));
    QVERIFY(id >= 0 && account >= 0 && description >= 0);
    QCOMPARE(records.at(1).at(id), expected.at(0));
    QCOMPARE(records.at(2).at(id), expected.at(1));
    QCOMPARE(records.at(1).at(account), QStringLiteral("staging")); // every account of the view
    QCOMPARE(records.at(2).at(account), QStringLiteral("prod"));
    QCOMPARE(records.at(1).at(description), QStringLiteral("Invoices, \"quoted\""));

    // The banner says how many and where; the directory is remembered.
    QCOMPARE(message.size(), 1);
    QCOMPARE(message.at(0).at(0).value<MessageBanner::Kind>(), MessageBanner::Kind::Success);
    QVERIFY2(message.at(0).at(1).toString().contains(QLatin1String("2 endpoints")),
             qPrintable(message.at(0).at(1).toString()));
    QVERIFY(message.at(0).at(1).toString().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(m_settings->value(QStringLiteral("export/directory")).toString(),
             QDir(m_dir.path()).absolutePath());
}

void TestViewExporter::jsonFromTheFilterWithoutAnExtension()
{
    m_proxy->setHealthFilter(EndpointFilterProxy::HealthFilter::Disabled);
    QSignalSpy exported(m_exporter, &ViewExporter::exported);
    exportThroughDialog(m_dir.filePath(QStringLiteral("disabled")), QStringLiteral("JSON (*.json)"));
    QCOMPARE(exported.size(), 1);
    const QString path = exported.at(0).at(0).toString();
    QCOMPARE(path, m_dir.filePath(QStringLiteral("disabled.json"))); // the filter's extension
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 1);
    const QJsonObject endpoint = array.at(0).toObject();
    QCOMPARE(endpoint.value(QStringLiteral("id")).toString(), QStringLiteral("we_billing_disabled"));
    QCOMPARE(endpoint.value(QStringLiteral("account")).toString(), QStringLiteral("prod"));
    QCOMPARE(endpoint.value(QStringLiteral("health")).toString(), QStringLiteral("disabled"));
}

void TestViewExporter::formulaInADescriptionIsNeutralised()
{
    m_proxy->setFilterText(QStringLiteral("we_formula"));
    const QString path = m_dir.filePath(QStringLiteral("formula.csv"));
    QSignalSpy exported(m_exporter, &ViewExporter::exported);
    exportThroughDialog(path);
    QCOMPARE(exported.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(file.readAll());
    QCOMPARE(records.size(), 2);
    const int description = int(EndpointExport::fieldNames().indexOf(QStringLiteral("description")));
    QCOMPARE(records.at(1).at(description), QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"));
}

void TestViewExporter::readOnlyDirectoryFailsAndChangesNothing()
{
    QTemporaryDir readOnly;
    QVERIFY(readOnly.isValid());
    QVERIFY(QFile::setPermissions(readOnly.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString directory = readOnly.path();
    {
        // root writes into a read-only directory anyway: then use /sys, where nobody creates files (and
        // which holds only directories, so the dialog reads no file's content to tell its type).
        QFile probe(readOnly.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            directory = QStringLiteral("/sys");
        }
    }
    m_proxy->setFilterText(QStringLiteral("billing"));
    const QStringList before = visibleIds();
    const QString path = QDir(directory).filePath(QStringLiteral("endpoints.csv"));
    QSignalSpy exported(m_exporter, &ViewExporter::exported);
    QSignalSpy message(m_exporter, &ViewExporter::message);
    exportThroughDialog(path);

    QCOMPARE(exported.size(), 0);
    QCOMPARE(message.size(), 1);
    QCOMPARE(message.at(0).at(0).value<MessageBanner::Kind>(), MessageBanner::Kind::Error);
    QVERIFY2(message.at(0).at(1).toString().contains(QDir::toNativeSeparators(path)),
             qPrintable(message.at(0).at(1).toString()));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(
        QDir(directory).entryList(QStringList{QStringLiteral("endpoints.csv*")}, QDir::Files | QDir::Hidden),
        QStringList()); // no temporary file left behind either
    // The view and the remembered directory are as they were.
    QCOMPARE(visibleIds(), before);
    QCOMPARE(m_proxy->filterText(), QStringLiteral("billing"));
    QCOMPARE(m_settings->value(QStringLiteral("export/directory")).toString(), m_dir.path());
    QFile::setPermissions(readOnly.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestViewExporter::disabledWhileTheViewIsEmpty()
{
    QVERIFY(m_exporter->action()->isEnabled());
    m_proxy->setFilterText(QStringLiteral("no endpoint has this"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QVERIFY(!m_exporter->action()->isEnabled());
    m_proxy->setFilterText(QString());
    QVERIFY(m_exporter->action()->isEnabled());
    m_model->replaceAll({});
    QVERIFY(!m_exporter->action()->isEnabled());
}

void TestViewExporter::writesInTheBackgroundWhileTheWindowRuns()
{
    // Large enough that writing takes a while (100k rows take about a second): the window must not
    // wait for it. The rows are the view's when Export was chosen, whatever happens to it meanwhile.
    const int rows = 20000;
    fillModel(rows);
    const QString path = m_dir.filePath(QStringLiteral("large.json"));
    // Every thread of the pool waits until this (the GUI) thread's event loop lets it go: the file can
    // only be written if exportTo() returned and the event loop runs meanwhile.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore gate;
    bool released = false;
    const auto release = [&gate, &released, threads] {
        if (!released)
            gate.release(threads);
        released = true;
    };
    const auto releaseOnFailure = qScopeGuard(release);
    for (int i = 0; i < threads; ++i)
        pool->start([&gate] { gate.acquire(); });
    QSignalSpy status(m_exporter, &ViewExporter::statusChanged);
    QSignalSpy exported(m_exporter, &ViewExporter::exported);
    QSignalSpy finished(m_exporter, &ViewExporter::finished);
    m_exporter->exportTo(path, Format::Json);
    // Back here before the file is written: nothing reported yet, the action unavailable, the status
    // bar told.
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(exported.size(), 0);
    QVERIFY(!m_exporter->action()->isEnabled());
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.at(0).at(0).toString(), ViewExporter::tr("Exporting…"));
    m_exporter->exportTo(m_dir.filePath(QStringLiteral("second.json")), Format::Json); // one at a time
    m_model->replaceAll({active(QStringLiteral("prod"), QStringLiteral("we_new"))});
    QVERIFY(!m_exporter->action()->isEnabled()); // rows again, but still exporting
    QTimer::singleShot(0, this, release);

    QVERIFY(finished.wait(30000));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(1).toInt(), rows);
    QCOMPARE(status.size(), 2);
    QVERIFY(status.at(1).at(0).toString().isEmpty());
    QVERIFY(m_exporter->action()->isEnabled());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("second.json"))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), rows);
    QCOMPARE(array.at(rows - 1).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("we_%1").arg(rows - 1));
}

void TestViewExporter::closingTheWindowDuringAnExportIsSafe()
{
    const int rows = 20000;
    fillModel(rows);
    const QString path = m_dir.filePath(QStringLiteral("closed.csv"));
    QSignalSpy message(m_exporter, &ViewExporter::message);
    m_exporter->exportTo(path, Format::Csv);
    m_window.reset(); // the model, the view and the exporter go while the worker writes
    m_exporter = nullptr;
    m_model = nullptr;
    m_proxy = nullptr;
    // The worker holds its own rows: the file is finished, complete, and nothing is reported to the
    // objects that are gone.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(message.size(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(file.readAll());
    QCOMPARE(records.size(), rows + 1);
    QCOMPARE(records.at(rows).at(EndpointExport::fieldNames().indexOf(QStringLiteral("description"))),
             QStringLiteral("'=cmd %1").arg(rows - 1));
}

QTEST_MAIN(TestViewExporter)
#include "tst_viewexporter.moc"
