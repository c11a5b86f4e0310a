// The shipped catalogues are complete: every message translated, nothing stale, placeholders,
// accelerators and plural forms intact, and no source string missing (checked by running the real
// lupdate over the sources into copies of the catalogues).

#include <QtTest>

#include <algorithm>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QStringList forms; // one entry, or the <numerusform> entries

    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText(); // <numerusform>
            } else {
                message.forms << xml.readElementText();
            }
            catalogue.messages << message;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return catalogue;
}

QStringList shippedCatalogues()
{
    QStringList paths;
    QDirIterator it(QStringLiteral(PATCHBAY_TS_DIR), {QStringLiteral("patchbay_*.ts")}, QDir::Files);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    return paths;
}

// The same source list as translations/CMakeLists.txt: app/ and ui/ without the sandbox, whose
// wire messages stay English. Walked at run time so a file added since configuring counts too.
QStringList translatableSources()
{
    QStringList files;
    for (const char *dir : {"app", "ui"}) {
        QDirIterator it(QStringLiteral(PATCHBAY_SOURCE_DIR "/") + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QLatin1String("/app/sandbox/")))
                files << path;
        }
    }
    files.sort();
    return files;
}

// %1…%9, %L1…, %n: each must survive translation.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// Keyboard accelerators: "&S" counts, "&&" is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QLatin1String("&&"));
    return int(text.count(QLatin1Char('&')));
}

int pluralForms(const QString &language)
{
    // Qt's rules for these languages: one form for 1, another for the rest (French: 0 and 1).
    if (language.startsWith(QLatin1String("de")) || language.startsWith(QLatin1String("fr")))
        return 2;
    return -1;
}

void addCatalogueRows()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = shippedCatalogues();
    QVERIFY2(paths.size() >= 2, PATCHBAY_TS_DIR);
    for (const QString &path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data() { addCatalogueRows(); }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, path);
        const Catalogue catalogue = readCatalogue(path);
        QVERIFY(!catalogue.messages.isEmpty());
        QStringList bad;
        for (const Message &m : catalogue.messages) {
            const bool empty =
                std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.isEmpty(); });
            if (!m.type.isEmpty() || m.forms.isEmpty() || empty)
                bad << QStringLiteral("[%1] %2").arg(m.type.isEmpty() ? QStringLiteral("empty") : m.type,
                                                     m.key());
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void placeholdersAndAcceleratorsSurvive_data() { addCatalogueRows(); }
    void placeholdersAndAcceleratorsSurvive()
    {
        QFETCH(QString, path);
        QStringList bad;
        for (const Message &m : readCatalogue(path).messages) {
            for (const QString &form : m.forms) {
                if (placeholders(form) != placeholders(m.source))
                    bad << QStringLiteral("placeholders: %1 → %2").arg(m.key(), form);
                if ((accelerators(m.source) > 0) != (accelerators(form) > 0) || accelerators(form) > 1)
                    bad << QStringLiteral("accelerator: %1 → %2").arg(m.key(), form);
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void pluralMessagesHaveEveryForm_data() { addCatalogueRows(); }
    void pluralMessagesHaveEveryForm()
    {
        QFETCH(QString, path);
        const Catalogue catalogue = readCatalogue(path);
        const int forms = pluralForms(catalogue.language);
        QVERIFY2(
            forms > 0,
            qPrintable(QStringLiteral("add the plural rule of %1 to this test").arg(catalogue.language)));
        QStringList bad;
        for (const Message &m : catalogue.messages) {
            if (m.numerus && m.forms.size() != forms)
                bad << QStringLiteral("%1 forms: %2").arg(m.forms.size()).arg(m.key());
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    // lupdate over the sources into a copy must find exactly the shipped messages: a new tr()
    // string shows up as an extra message, a removed one as a missing one.
    void catalogueMatchesTheSources_data() { addCatalogueRows(); }
    void catalogueMatchesTheSources()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PATCHBAY_LUPDATE),
                      QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                  QStringLiteral("none"), QStringLiteral("-silent")}
                          << translatableSources() << QStringLiteral("-ts") << copy);
        QVERIFY2(lupdate.waitForFinished(60000), PATCHBAY_LUPDATE);
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        QSet<QString> shipped, fromSources;
        for (const Message &m : readCatalogue(path).messages)
            shipped.insert(m.key());
        for (const Message &m : readCatalogue(copy).messages)
            fromSources.insert(m.key());
        QStringList differences;
        for (const QString &key : fromSources - shipped)
            differences << QStringLiteral("missing from the catalogue: ") + key;
        for (const QString &key : shipped - fromSources)
            differences << QStringLiteral("no longer in the sources: ") + key;
        differences.sort();
        QVERIFY2(differences.isEmpty(),
                 qPrintable(differences.join(QLatin1Char('\n')) +
                            QStringLiteral(
                                "\nRun `cmake --build build --target update_translations` and translate.")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
