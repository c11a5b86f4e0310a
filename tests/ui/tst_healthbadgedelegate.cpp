#include "endpointfixtures.h"
#include "endpointtablemodel.h"
#include "healthbadgedelegate.h"

#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Fixtures;
using M = EndpointTableModel;

class TestHealthBadgeDelegate : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void colorsAreDistinctAndReadable();
    void pillColourDiffersByHealth_data();
    void pillColourDiffersByHealth();
    void wordIsPainted();
    void selectedRowKeepsPill();
    void sizeHintFitsPill();
    void plainCellFallsBack();
    void helpEventShowsToolTip();
    void iconSaysWhoDisabled();

private:
    QImage render(int row, qreal dpr, bool selected = false, QRect *pill = nullptr);
    QStyleOptionViewItem option(const QRect &rect, bool selected = false) const;
    M m_model;
    HealthBadgeDelegate m_delegate;
};

void TestHealthBadgeDelegate::init()
{
    m_model.replaceAll({active(QStringLiteral("a"), QStringLiteral("1")),
                        failing(QStringLiteral("a"), QStringLiteral("2")),
                        disabled(QStringLiteral("a"), QStringLiteral("3"))});
}

QStyleOptionViewItem TestHealthBadgeDelegate::option(const QRect &rect, bool selected) const
{
    QStyleOptionViewItem opt;
    opt.rect = rect;
    opt.font = QApplication::font();
    opt.fontMetrics = QFontMetrics(opt.font);
    opt.palette = QApplication::palette();
    opt.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
    return opt;
}

QImage TestHealthBadgeDelegate::render(int row, qreal dpr, bool selected, QRect *pill)
{
    const QRect cell(0, 0, 160, 32);
    QImage image(cell.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QModelIndex index = m_model.index(row, M::HealthColumn);
    m_delegate.paint(&painter, option(cell, selected), index);
    painter.end();
    if (pill)
        *pill = m_delegate.pillRect(option(cell, selected), index);
    return image;
}

// Relative luminance contrast, as WCAG defines it.
static double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double l1 = lum(a), l2 = lum(b);
    return (qMax(l1, l2) + 0.05) / (qMin(l1, l2) + 0.05);
}

void TestHealthBadgeDelegate::colorsAreDistinctAndReadable()
{
    const QList<Health> all{Health::Active, Health::Failing, Health::Disabled};
    for (Health h : all) {
        const auto c = HealthBadgeDelegate::colors(h);
        QVERIFY2(contrast(c.background, c.text) >= 4.5, qPrintable(HealthRules::key(h)));
    }
    QVERIFY(HealthBadgeDelegate::colors(Health::Active).background !=
            HealthBadgeDelegate::colors(Health::Failing).background);
    QVERIFY(HealthBadgeDelegate::colors(Health::Failing).background !=
            HealthBadgeDelegate::colors(Health::Disabled).background);
}

void TestHealthBadgeDelegate::pillColourDiffersByHealth_data()
{
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
    QTest::newRow("1.5x") << 1.5;
}

void TestHealthBadgeDelegate::pillColourDiffersByHealth()
{
    QFETCH(qreal, dpr);
    QList<QRgb> seen;
    for (int row = 0; row < 3; ++row) {
        QRect pill;
        const QImage image = render(row, dpr, false, &pill);
        QVERIFY(pill.width() > 10 && pill.height() > 6);
        // Inside the pill's left padding: past the anti-aliased edge, before the text.
        const QPoint probe = QPoint(pill.left() + 4, pill.center().y()) * dpr;
        const QRgb pixel = image.pixel(probe);
        const Health health =
            static_cast<Health>(m_model.index(row, M::HealthColumn).data(M::HealthRole).toInt());
        QCOMPARE(QColor(pixel), HealthBadgeDelegate::colors(health).background);
        QVERIFY(!seen.contains(pixel));
        seen << pixel;
        // Outside the pill the cell keeps its background.
        QCOMPARE(QColor(image.pixel(QPoint(pill.right() + 6, pill.center().y()) * dpr)), QColor(Qt::white));
    }
}

void TestHealthBadgeDelegate::wordIsPainted()
{
    // Never colour alone: pixels of the text colour appear inside the pill.
    for (int row = 0; row < 3; ++row) {
        QRect pill;
        const QImage image = render(row, 1.0, false, &pill);
        const Health health = static_cast<Health>(row);
        const QColor text = HealthBadgeDelegate::colors(health).text;
        int textPixels = 0;
        for (int y = pill.top(); y <= pill.bottom(); ++y)
            for (int x = pill.left(); x <= pill.right(); ++x)
                textPixels += contrast(QColor(image.pixel(x, y)), text) < 1.5 ? 1 : 0;
        QVERIFY2(textPixels > 10, qPrintable(QString::number(textPixels)));
    }
}

void TestHealthBadgeDelegate::selectedRowKeepsPill()
{
    QRect pill;
    const QImage image = render(1, 1.0, true, &pill);
    const QPoint probe(pill.left() + 4, pill.center().y());
    QCOMPARE(QColor(image.pixel(probe)), HealthBadgeDelegate::colors(Health::Failing).background);
    // The style paints the selection highlight around the pill.
    QVERIFY(QColor(image.pixel(pill.right() + 6, pill.center().y())) != QColor(Qt::white));
}

void TestHealthBadgeDelegate::sizeHintFitsPill()
{
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = m_model.index(row, M::HealthColumn);
        const QStyleOptionViewItem opt = option(QRect(0, 0, 10, 10));
        const QSize hint = m_delegate.sizeHint(opt, index);
        const QFontMetrics metrics(opt.font);
        QVERIFY(hint.width() > metrics.horizontalAdvance(index.data().toString()));
        QVERIFY(hint.height() >= metrics.height());
        QVERIFY2(hint.width() < 300 && hint.height() < 80,
                 qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
        QStyleOptionViewItem sized = option(QRect(QPoint(0, 0), hint));
        const QRect pill = m_delegate.pillRect(sized, index);
        QVERIFY(QRect(QPoint(0, 0), hint).contains(pill));
        // The whole word fits in the pill at the hinted size: nothing is elided.
        QFont bold = opt.font;
        bold.setWeight(QFont::DemiBold);
        QVERIFY(pill.width() >= QFontMetrics(bold).horizontalAdvance(index.data().toString()));
    }
}

void TestHealthBadgeDelegate::plainCellFallsBack()
{
    QStandardItemModel plain(1, 1);
    plain.setData(plain.index(0, 0), QStringLiteral("text"));
    QImage image(100, 20, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_delegate.paint(&painter, option(QRect(0, 0, 100, 20)), plain.index(0, 0)); // no HealthRole: no pill
    painter.end();
    for (const auto &c :
         {HealthBadgeDelegate::colors(Health::Active), HealthBadgeDelegate::colors(Health::Failing)})
        for (int x = 0; x < 100; ++x)
            QVERIFY(QColor(image.pixel(x, 10)) != c.background);
}

void TestHealthBadgeDelegate::helpEventShowsToolTip()
{
    QTableView view;
    view.setModel(&m_model);
    view.setItemDelegateForColumn(M::HealthColumn, &m_delegate);
    view.resize(800, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex index = m_model.index(2, M::HealthColumn);
    const QRect rect = view.visualRect(index);
    QStyleOptionViewItem opt = option(rect);
    QHelpEvent event(QEvent::ToolTip, rect.center(), view.viewport()->mapToGlobal(rect.center()));
    QVERIFY(m_delegate.helpEvent(&event, &view, opt, index));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), index.data(Qt::ToolTipRole).toString());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Too many failures")));
    QToolTip::hideText();
    // A whatsthis or other help event is left to the base class.
    QHelpEvent other(QEvent::WhatsThis, rect.center(), view.viewport()->mapToGlobal(rect.center()));
    m_delegate.helpEvent(&other, &view, opt, index);
}

void TestHealthBadgeDelegate::iconSaysWhoDisabled()
{
    // A disabled pill holds an icon before its word, in the word's colour (so with its contrast); each
    // kind of "who" draws a different shape, and an active or failing pill has none.
    m_model.replaceAll({disabled(QStringLiteral("a"), QStringLiteral("provider")),
                        pausedByPerson(QStringLiteral("a"), QStringLiteral("person")),
                        failing(QStringLiteral("a"), QStringLiteral("failing"))});
    Endpoint unknown = active(QStringLiteral("a"), QStringLiteral("unknown"), ProviderId::Diligent);
    unknown.enabled = false;
    m_model.appendEndpoints({unknown});
    const QColor text = HealthBadgeDelegate::colors(Health::Disabled).text;
    const int room = HealthBadgeDelegate::iconRoom(QApplication::font());
    QList<QImage> icons;
    for (int row : {0, 1, 3}) {
        QRect pill;
        const QImage image = render(row, 2.0, false, &pill);
        // The icon's square, left of the word: in the text colour, and only there.
        const QRect box(pill.left() + 8, pill.top(), room - 4, pill.height());
        int iconPixels = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                iconPixels += contrast(QColor(image.pixel(QPoint(x, y) * 2)), text) < 1.5 ? 1 : 0;
        QVERIFY2(iconPixels > 5, qPrintable(QStringLiteral("row %1: %2").arg(row).arg(iconPixels)));
        icons << image.copy(QRect(box.topLeft() * 2, box.size() * 2));
    }
    QVERIFY(icons.at(0) != icons.at(1));
    QVERIFY(icons.at(1) != icons.at(2));
    QVERIFY(icons.at(0) != icons.at(2));
    // The pill grows by the icon's room: the word keeps its width (8 px padding each side).
    QFont bold = QApplication::font();
    bold.setWeight(QFont::DemiBold);
    const int word = int(std::ceil(QFontMetricsF(bold).horizontalAdvance(QStringLiteral("Disabled")))) + 1;
    const QStyleOptionViewItem opt = option(QRect(0, 0, 400, 32));
    QCOMPARE(m_delegate.pillRect(opt, m_model.index(0, M::HealthColumn)).width(), word + 16 + room);
}

QTEST_MAIN(TestHealthBadgeDelegate)
#include "tst_healthbadgedelegate.moc"
