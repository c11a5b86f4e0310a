#include "net/redactor.h"

#include <QtTest>

// Secrets are replaced wherever they appear in text meant for people, also in the forms a server
// echoes them in; nothing else is touched.
class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void replacesEveryFormOfEverySecret()
    {
        Redactor r;
        r.addSecret(QStringLiteral("tok/en+1"));
        r.addSecrets({QStringLiteral("whsec_abc"), QString()});
        QCOMPARE(r.redact(QStringLiteral("a tok/en+1 b")), QStringLiteral("a <redacted> b"));
        QCOMPARE(r.redact(QByteArray("{\"echo\":\"tok\\/en+1\"}")), QByteArray("{\"echo\":\"<redacted>\"}"));
        QCOMPARE(r.redact(QByteArray("?key=tok%2Fen%2B1&x=whsec_abc")),
                 QByteArray("?key=<redacted>&x=<redacted>"));
        QCOMPARE(r.redact(QStringLiteral("nothing here")), QStringLiteral("nothing here"));
    }

    void aSecretInsideAnotherIsReplacedWhole()
    {
        Redactor r;
        r.addSecret(QStringLiteral("abcdef"));
        r.addSecret(QStringLiteral("xxabcdefxx"));
        QCOMPARE(r.redact(QStringLiteral("xxabcdefxx abcdef")), QStringLiteral("<redacted> <redacted>"));
    }

    // Replies are redacted before they are parsed: a one-letter password must not garble every
    // "p" of every description.
    void veryShortValuesAreNotLookedFor()
    {
        Redactor r;
        r.addSecret(QStringLiteral("p"));
        r.addSecret(QStringLiteral("hunter"));
        QCOMPARE(r.redact(QStringLiteral("paused hunter")), QStringLiteral("paused <redacted>"));
    }

    void quotesAndNonAsciiSurviveTheJsonForm()
    {
        Redactor r;
        r.addSecret(QStringLiteral("pass\"ä"));
        QCOMPARE(r.redact(QString::fromUtf8("{\"m\":\"pass\\\"ä\"}")),
                 QStringLiteral("{\"m\":\"<redacted>\"}"));
        QCOMPARE(r.redact(QStringLiteral("pass\"ä")), QStringLiteral("<redacted>"));
    }

    void emptyRedactorChangesNothing()
    {
        Redactor r;
        QVERIFY(r.isEmpty());
        QCOMPARE(r.redact(QByteArray("abc")), QByteArray("abc"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
