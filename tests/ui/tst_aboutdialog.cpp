#include "aboutdialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTextBlock>
#include <QTextBrowser>
#include <QtTest>

// Records the URLs the dialog hands to the desktop (QDesktopServices calls open(QUrl) by name).
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

// Help ▸ About Patchbay: what a bug report and a licence audit need, and links that leave the app.
class TestAboutDialog : public QObject
{
    Q_OBJECT

    static QStringList links(const QTextDocument *document)
    {
        QStringList hrefs;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isAnchor())
                    hrefs << it.fragment().charFormat().anchorHref();
        hrefs.removeDuplicates();
        return hrefs;
    }

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }

    void showsVersionsAndLicences()
    {
        AboutDialog dialog;
        // Link texts keep their hyphens on one line with U+2011, the non-breaking hyphen.
        const QString text = dialog.details()->toPlainText().replace(QChar(0x2011), QLatin1Char('-'));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"))
                    ->text()
                    .contains(QLatin1String("9.8.7")));
        QVERIFY2(text.contains(QLatin1String("9.8.7")), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text)); // at run time
        QVERIFY2(text.contains(QLatin1String("built with " QT_VERSION_STR)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("GNU Lesser General Public License version 3")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("QtKeychain")) && text.contains(QLatin1String("BSD 2-Clause")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("proprietary")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Tokens live only in the system keychain")), qPrintable(text));
        // The QtKeychain version comes from the build (keychain.h's own macro says 0.1.0).
        static const QRegularExpression keychainVersion(QStringLiteral("QtKeychain\\s+\\d+\\.\\d+"));
        QVERIFY2(keychainVersion.match(text).hasMatch(), qPrintable(text));
    }

    void copiesTheVersionInfo()
    {
        AboutDialog dialog;
        QApplication::clipboard()->clear();
        dialog.copyButton()->click();
        const QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied, AboutDialog::versionInfo());
        QVERIFY(copied.contains(QLatin1String("Patchbay: 9.8.7")));
        QVERIFY(copied.contains(QString::fromLatin1(qVersion())));
        QVERIFY(!copied.contains(QLatin1String("unknown")));
    }

    void textIsSelectableAndLinksOpenOutside()
    {
        AboutDialog dialog;
        QTextBrowser *details = dialog.details();
        QVERIFY(details->isReadOnly());
        QVERIFY(details->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(details->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
        const QStringList hrefs = links(details->document());
        QVERIFY2(hrefs.contains(QLatin1String("mailto:dev@patchbay.io")), qPrintable(hrefs.join(' ')));
        QVERIFY2(hrefs.contains(QLatin1String("https://www.gnu.org/licenses/lgpl-3.0.html")),
                 qPrintable(hrefs.join(' ')));
        for (const QString &href : hrefs) // never plain http
            QVERIFY2(href.startsWith(QLatin1String("https://")) ||
                         href.startsWith(QLatin1String("mailto:")) || href.startsWith(QLatin1String("file:")),
                     qPrintable(href));

        // A keyboard user follows the first link: it goes to the desktop, the dialog keeps its text.
        UrlRecorder recorder;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &recorder, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &recorder, "open");
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QString before = details->toPlainText();
        details->setFocus(Qt::TabFocusReason);
        // Tab inside the text moves from link to link; Return opens the focused one.
        QTest::keyClick(details, Qt::Key_Tab);
        QTest::keyClick(details, Qt::Key_Return);
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QCOMPARE(recorder.urls.size(), 1);
        QVERIFY(hrefs.contains(recorder.urls.first().toString()));
        QCOMPARE(details->toPlainText(), before);
    }

    void fitsTheScreenAndClosesWithEscape()
    {
        AboutDialog dialog;
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const QRect available = dialog.screen()->availableGeometry();
        QVERIFY(dialog.width() <= available.width() && dialog.height() <= available.height());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
