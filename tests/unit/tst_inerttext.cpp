#include "core/inerttext.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Text a hostile server puts in a URL, id or message: clear screen, set the window title (OSC,
// ended by BEL and by ST), a C1 CSI, CR to overwrite the line, a bidi override, isolates, zero-width
// characters, a BOM, a line separator and a language tag (beyond the BMP).
QString hostile()
{
    return QStringLiteral("a\x1b[2Jb\x1b]0;pwned\x07"
                          "c\x1b]2;t\x1b\\d\x7f"
                          "e") +
           QChar(0x9b) + QStringLiteral("31mf\rg\nh\ti") + QChar(0x202e) + QStringLiteral("gnp.exe") +
           QChar(0x2066) + QChar(0x2069) + QChar(0x200b) + QChar(0x200d) + QChar(0xfeff) + QChar(0x2028) +
           QString::fromUcs4(U"\U000E0001", 1) + QStringLiteral("z");
}

bool hasUnsafe(const QString &text, bool allowNewline)
{
    for (const char32_t c : text.toUcs4()) {
        if (InertText::isUnsafe(c) && !(allowNewline && c == U'\n'))
            return true;
    }
    return false;
}

} // namespace

class TestInertText : public QObject
{
    Q_OBJECT

private slots:
    void escapesEveryUnsafeCharacterVisibly()
    {
        const QString out = InertText::escape(hostile());
        QVERIFY2(!hasUnsafe(out, false), qPrintable(out));
        QCOMPARE(out,
                 QStringLiteral("a\\x1b[2Jb\\x1b]0;pwned\\x07c\\x1b]2;t\\x1b\\d\\x7fe\\x9b31mf\\rg\\nh\\ti"
                                "\\u202egnp.exe\\u2066\\u2069\\u200b\\u200d\\ufeff\\u2028\\U000e0001z"));
    }

    void keepsNewlinesOnlyWhenAsked()
    {
        QCOMPARE(InertText::escape(QStringLiteral("a\nb\r\n"), InertText::Newlines::Keep),
                 QStringLiteral("a\nb\\r\n"));
        QCOMPARE(InertText::escape(QStringLiteral("a\nb")), QStringLiteral("a\\nb"));
    }

    void leavesPrintableTextAlone()
    {
        // Emoji (astral, and a ZWJ-free one), combining marks, CJK, RTL letters without overrides.
        const QString text = QString::fromUtf8("caf\xc3\xa9 e\xcc\x81 \xf0\x9f\x98\x80 \xe6\xbc\xa2 "
                                               "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d https://h.example/a?b=c\\d");
        QCOMPARE(InertText::escape(text), text);
        QCOMPARE(InertText::escapeJson(text), text);
    }

    void loneSurrogatesAreEscaped()
    {
        const QString text = QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b");
        QCOMPARE(InertText::escape(text), QStringLiteral("a\\ud800b"));
    }

    void jsonStaysValidAndRoundTrips()
    {
        const QJsonObject object{{QStringLiteral("url"), hostile()},
                                 {QStringLiteral("events"), QJsonArray{hostile(), QStringLiteral("ok")}}};
        const QString json =
            InertText::escapeJson(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        QVERIFY2(!hasUnsafe(json, true), qPrintable(json));
        QVERIFY(json.contains(QLatin1String("\\u202e")));
        QVERIFY(json.contains(QLatin1String("\\udb40\\udc01"))); // U+E0001 as a surrogate pair
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object(), object);
    }

    void logLinesAreInert()
    {
        static QStringList captured;
        captured.clear();
        const QtMessageHandler original = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { captured << message; });
        InertText::installLogFilter(); // wraps the capturing handler
        InertText::installLogFilter(); // a second call changes nothing
        qWarning("endpoint %s failed", qPrintable(hostile()));
        qInstallMessageHandler(original);
        QCOMPARE(captured.size(), 1);
        QVERIFY2(!hasUnsafe(captured.first(), false), qPrintable(captured.first()));
        QVERIFY(captured.first().contains(QLatin1String("\\x1b[2J")));
    }
};

QTEST_GUILESS_MAIN(TestInertText)
#include "tst_inerttext.moc"
