#include "messagebanner.h"

#include <QLabel>
#include <QtTest>

// The window's message banner quotes servers' error messages: they are shown as text, never as
// rich text (a "<img>" or "<a href>" from a server must not become an image or a link).
class TestMessageBanner : public QObject
{
    Q_OBJECT

private slots:
    void showsServerTextAsPlainText()
    {
        MessageBanner banner;
        const QString text =
            QStringLiteral("HTTP 400: <img src=\"/etc/hosts\"><a href=\"https://evil.example\">fix</a>");
        banner.showMessage(MessageBanner::Kind::Error, text);
        QVERIFY(!banner.isHidden());
        QLabel *label = banner.findChild<QLabel *>();
        QVERIFY(label);
        QCOMPARE(label->text(), text);
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
