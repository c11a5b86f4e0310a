#include "core/endpoint.h"
#include "providers/providerspec.h"
#include "secreteditor.h"

#include <QComboBox>
#include <QTest>

// Atoa's edit dialog showed "Authentication is set (HEADER)" beside a greyed combo saying "Basic" (issue 7
// §4).
class TestSecretEditor : public QObject
{
    Q_OBJECT

    static QString comboText(const Endpoint &base)
    {
        SecretEditor editor(Providers::spec(ProviderId::Atoa), base);
        auto *combo = editor.findChild<QComboBox *>(QStringLiteral("authMethodCombo"));
        return combo ? combo->currentText() : QString();
    }

private slots:
    void comboShowsTheCurrentMethod()
    {
        Endpoint base;
        base.provider = ProviderId::Atoa;
        base.hasSecret = true;
        base.secretType = QStringLiteral("HEADER");
        QVERIFY2(comboText(base).startsWith(QLatin1String("Header")), qPrintable(comboText(base)));
        base.secretType = QStringLiteral("BASIC");
        QVERIFY2(comboText(base).startsWith(QLatin1String("Basic")), qPrintable(comboText(base)));
    }

    void unknownOrNoneFallsBackToTheFirst()
    {
        Endpoint base;
        base.provider = ProviderId::Atoa;
        base.hasSecret = true;
        base.secretType = QStringLiteral("OAUTH");
        QVERIFY(comboText(base).startsWith(QLatin1String("Basic")));
        base.hasSecret = false;
        base.secretType.clear();
        QVERIFY(comboText(base).startsWith(QLatin1String("Basic")));
    }

    void replacingWithTheShownMethodSendsItsFields()
    {
        Endpoint base;
        base.provider = ProviderId::Atoa;
        base.hasSecret = true;
        base.secretType = QStringLiteral("HEADER");
        SecretEditor editor(Providers::spec(ProviderId::Atoa), base);
        editor.setAction(SecretAction::Replace);
        const QJsonObject value = editor.newAuthentication();
        QVERIFY2(value.contains(QLatin1String("headerName")),
                 qPrintable(QStringList(value.keys()).join(u',')));
        QVERIFY(!value.contains(QLatin1String("username")));
    }
};

QTEST_MAIN(TestSecretEditor)
#include "tst_secreteditor.moc"
