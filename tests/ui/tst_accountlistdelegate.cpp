#include "accountlistdelegate.h"
#include "accountlistmodel.h"

#include <QDir>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QTest>

// AccountListDelegate: readable pill text on any colour, the parts in their places, and (with
// PATCHBAY_SCREENSHOT_DIR set) a screenshot of a list with five accounts in every state.
class TestAccountListDelegate : public QObject
{
    Q_OBJECT

private slots:
    void pillTextIsReadableOnAnyColour();
    void layoutPlacesPillAndCount();
    void paintsTheAccountColour();
    void screenshot();

private:
    static QList<Account> fiveAccounts();
    static QStyleOptionViewItem option(const QRect &rect);
};

QList<Account> TestAccountListDelegate::fiveAccounts()
{
    auto make = [](const QString &name, ProviderId provider, const QString &env, const QString &color = {}) {
        Account a(name, provider);
        a.environment = env;
        a.colorName = color;
        return a;
    };
    return {make(QStringLiteral("Acme"), ProviderId::OpenTrain, QStringLiteral("production")),
            make(QStringLiteral("Globex"), ProviderId::Layers, QStringLiteral("staging")),
            make(QStringLiteral("Initech"), ProviderId::OptimalDial, QStringLiteral("development")),
            make(QStringLiteral("Umbrella Corporation EMEA billing"), ProviderId::Diligent,
                 QStringLiteral("sandbox")),
            make(QStringLiteral("Wayne"), ProviderId::Atoa, QStringLiteral("qa"), QStringLiteral("#ffeb3b"))};
}

QStyleOptionViewItem TestAccountListDelegate::option(const QRect &rect)
{
    QStyleOptionViewItem opt;
    opt.rect = rect;
    opt.font = QFont();
    opt.fontMetrics = QFontMetrics(opt.font);
    opt.palette = QPalette();
    opt.state = QStyle::State_Enabled;
    return opt;
}

void TestAccountListDelegate::pillTextIsReadableOnAnyColour()
{
    for (int r = 0; r < 256; r += 51)
        for (int g = 0; g < 256; g += 51)
            for (int b = 0; b < 256; b += 51) {
                const QColor background(r, g, b);
                const double ratio = AccountListDelegate::contrastRatio(
                    background, AccountListDelegate::pillTextColor(background));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1: %2").arg(background.name()).arg(ratio)));
            }
    QCOMPARE(AccountListDelegate::pillTextColor(QColor(QStringLiteral("#f0a020"))), QColor(0x1a, 0x1a, 0x1a));
    QCOMPARE(AccountListDelegate::pillTextColor(QColor(QStringLiteral("#c62828"))), QColor(Qt::white));
}

void TestAccountListDelegate::layoutPlacesPillAndCount()
{
    AccountListModel model;
    model.setAccounts(fiveAccounts());
    model.setEndpointCount(QStringLiteral("Acme"), 1234);
    model.setLoadState(QStringLiteral("Acme"), AccountListModel::LoadState::Loaded);
    model.setLoadState(QStringLiteral("Globex"), AccountListModel::LoadState::Failed,
                       QStringLiteral("HTTP 401"));
    AccountListDelegate delegate;
    const QModelIndex acme = model.index(model.rowOf(QStringLiteral("Acme")));
    const QSize hint = delegate.sizeHint(option(QRect()), acme);
    QVERIFY(hint.height() >= 2 * QFontMetrics(QFont()).height());
    const QStyleOptionViewItem opt = option(QRect(0, 0, 260, hint.height()));

    const QRect pill = delegate.pillRect(opt, acme);
    const QRect count = delegate.trailingRect(opt, acme);
    QVERIFY(!pill.isEmpty());
    QVERIFY(!count.isEmpty());
    QVERIFY(opt.rect.contains(pill));
    QVERIFY(opt.rect.contains(count));
    QVERIFY2(pill.right() < count.left(), "the pill runs into the count");
    QVERIFY(count.right() > opt.rect.width() - 20); // right-aligned

    // The warning marker is square; the All row has no pill; an idle row has no count.
    const QRect warning = delegate.trailingRect(opt, model.index(model.rowOf(QStringLiteral("Globex"))));
    QCOMPARE(warning.width(), warning.height());
    QVERIFY(delegate.pillRect(opt, model.index(0)).isEmpty());
    QVERIFY(delegate.trailingRect(opt, model.index(model.rowOf(QStringLiteral("Initech")))).isEmpty());

    // A long name in a narrow row never pushes the pill outside.
    const QStyleOptionViewItem narrow = option(QRect(0, 0, 150, hint.height()));
    const QModelIndex umbrella =
        model.index(model.rowOf(QStringLiteral("Umbrella Corporation EMEA billing")));
    QVERIFY(narrow.rect.contains(delegate.pillRect(narrow, umbrella)));

    // Endpoints needing attention: an amber count before the total, clear of the environment pill.
    QVERIFY(delegate.attentionRect(opt, acme).isEmpty());
    model.setAttentionCounts({{QStringLiteral("Acme"), 12}});
    const QRect attention = delegate.attentionRect(opt, acme);
    QVERIFY(!attention.isEmpty());
    QVERIFY(opt.rect.contains(attention));
    QVERIFY2(attention.right() < delegate.trailingRect(opt, acme).left(),
             "the attention count runs into the total");
    QVERIFY2(delegate.pillRect(opt, acme).right() < attention.left(), "the environment pill runs into it");
    QVERIFY(narrow.rect.contains(delegate.attentionRect(narrow, acme)));
}

void TestAccountListDelegate::paintsTheAccountColour()
{
    AccountListModel model;
    model.setAccounts(fiveAccounts());
    AccountListDelegate delegate;
    const QModelIndex acme = model.index(model.rowOf(QStringLiteral("Acme")));
    const QStyleOptionViewItem opt =
        option(QRect(0, 0, 260, delegate.sizeHint(option(QRect()), acme).height()));
    QImage image(opt.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        delegate.paint(&painter, opt, acme);
    }
    const QRect pill = delegate.pillRect(opt, acme);
    // Just inside the pill's left end, clear of the text: the production red.
    const QColor sample = image.pixelColor(pill.left() + 3, pill.center().y());
    QCOMPARE(sample.name(), QStringLiteral("#c62828"));
}

void TestAccountListDelegate::screenshot()
{
    const QString dir = qEnvironmentVariable("PATCHBAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set PATCHBAY_SCREENSHOT_DIR to save a screenshot of the account list");
    AccountListModel model;
    model.setAccounts(fiveAccounts());
    model.setEndpointCount(QStringLiteral("Acme"), 1234);
    model.setLoadState(QStringLiteral("Acme"), AccountListModel::LoadState::Loaded);
    model.setLoadState(QStringLiteral("Globex"), AccountListModel::LoadState::Failed,
                       QStringLiteral("HTTP 401 unauthorized: Invalid API key"));
    model.setLoadState(QStringLiteral("Initech"), AccountListModel::LoadState::Loading);
    model.setEndpointCount(QStringLiteral("Umbrella Corporation EMEA billing"), 7);
    model.setLoadState(QStringLiteral("Umbrella Corporation EMEA billing"),
                       AccountListModel::LoadState::Loaded);
    model.setEndpointCount(QStringLiteral("Wayne"), 0);
    model.setLoadState(QStringLiteral("Wayne"), AccountListModel::LoadState::Loaded);

    QListView view;
    view.setModel(&model);
    view.setItemDelegate(new AccountListDelegate(&view));
    view.setUniformItemSizes(true);
    view.resize(260, 420);
    view.setCurrentIndex(model.index(model.rowOf(QStringLiteral("Initech"))));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("account-list.png"))));
}

QTEST_MAIN(TestAccountListDelegate)
#include "tst_accountlistdelegate.moc"
