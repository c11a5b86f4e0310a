#include "accountlistdelegate.h"
#include "accountlistmodel.h"
#include "healthbadgedelegate.h"
#include "messagebanner.h"
#include "statustintdelegate.h"
#include "theme.h"

#include <QtTest>

#include <cmath>

// Every badge, tone and banner stays readable in the light and the dark theme: WCAG 2 contrast of
// text on its background at least 4.5:1 (AA for normal text). The ratio is computed here from the
// WCAG formula, independently of the code under test.

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double Minimum = 4.5;

} // namespace

class TestBadgeContrast : public QObject
{
    Q_OBJECT

private:
    QStringList m_failures;

    void check(const QString &what, const QColor &text, const QColor &background)
    {
        QVERIFY2(text.isValid() && background.isValid(), qPrintable(what));
        const double ratio = contrast(text, background);
        if (ratio < Minimum)
            m_failures << QStringLiteral("%1: %2 on %3 is %4:1")
                              .arg(what, text.name(), background.name())
                              .arg(ratio, 0, 'f', 2);
    }

    static void addPalettes()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Theme::lightPalette();
        QTest::newRow("dark") << Theme::darkPalette();
    }

private slots:
    void init() { m_failures.clear(); }

    void theFormulaMatchesWcag()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrast(Qt::white, Qt::white) * 100), 100);
        QCOMPARE(qRound(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454); // WebAIM's AA grey
    }

    void thePalettesThemselves_data() { addPalettes(); }
    void thePalettesThemselves()
    {
        QFETCH(QPalette, palette);
        const struct
        {
            const char *name;
            QPalette::ColorRole text;
            QPalette::ColorRole background;
        } pairs[] = {{"text on base", QPalette::Text, QPalette::Base},
                     {"text on alternate rows", QPalette::Text, QPalette::AlternateBase},
                     {"window text", QPalette::WindowText, QPalette::Window},
                     {"button text", QPalette::ButtonText, QPalette::Button},
                     {"selected text", QPalette::HighlightedText, QPalette::Highlight},
                     {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase},
                     {"placeholder", QPalette::PlaceholderText, QPalette::Base},
                     {"link", QPalette::Link, QPalette::Base}};
        for (const auto &pair : pairs)
            check(QLatin1String(pair.name), palette.color(QPalette::Active, pair.text),
                  palette.color(QPalette::Active, pair.background));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

    void healthBadges_data() { addPalettes(); }
    void healthBadges()
    {
        for (Health health : {Health::Active, Health::Failing, Health::Disabled}) {
            const HealthBadgeDelegate::Colors c = HealthBadgeDelegate::colors(health);
            check(QStringLiteral("health %1").arg(int(health)), c.text, c.background);
        }
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

    // Status cells of the inspector and the change journal, on plain and alternate rows.
    void statusTones_data() { addPalettes(); }
    void statusTones()
    {
        QFETCH(QPalette, palette);
        for (StatusTone tone : {StatusTone::Success, StatusTone::Warning, StatusTone::Failure}) {
            const QColor colour = StatusTintDelegate::toneColour(tone, palette);
            check(QStringLiteral("tone %1 on base").arg(int(tone)), colour, palette.color(QPalette::Base));
            check(QStringLiteral("tone %1 on alternate rows").arg(int(tone)), colour,
                  palette.color(QPalette::AlternateBase));
        }
        // Dialogs write their error lines in the failure tone on the window background.
        check(QStringLiteral("error text on window"),
              StatusTintDelegate::toneColour(StatusTone::Failure, palette), palette.color(QPalette::Window));
        QVERIFY(!StatusTintDelegate::toneColour(StatusTone::Neutral, palette).isValid()); // the palette's own
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

    void messageBanner_data() { addPalettes(); }
    void messageBanner()
    {
        QFETCH(QPalette, palette);
        for (MessageBanner::Kind kind :
             {MessageBanner::Kind::Info, MessageBanner::Kind::Success, MessageBanner::Kind::Error}) {
            const MessageBanner::Colors c = MessageBanner::colors(kind, palette);
            check(QStringLiteral("banner %1").arg(int(kind)), c.text, c.background);
            // The banner belongs to its theme: a light slab in a dark window would glare.
            QCOMPARE(c.background.lightness() < 128, palette.color(QPalette::Window).lightness() < 128);
        }
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

    void accountList_data() { addPalettes(); }
    void accountList()
    {
        QFETCH(QPalette, palette);
        check(QStringLiteral("account second line"),
              AccountListDelegate::secondaryTextColor(palette, QPalette::Normal, false),
              palette.color(QPalette::Base));
        check(QStringLiteral("account second line, selected"),
              AccountListDelegate::secondaryTextColor(palette, QPalette::Normal, true),
              palette.color(QPalette::Highlight));
        for (const char *environment : {"production", "staging", "development", "sandbox", "qa", ""}) {
            const QColor pill(AccountListModel::defaultColorName(QLatin1String(environment)));
            check(QStringLiteral("environment pill '%1'").arg(QLatin1String(environment)),
                  AccountListDelegate::pillTextColor(pill), pill);
        }
        check(QStringLiteral("attention count"), AccountListDelegate::attentionTextColor(),
              AccountListDelegate::attentionBackground());
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestBadgeContrast)
#include "tst_badgecontrast.moc"
