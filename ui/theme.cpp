#include "theme.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QEventLoop>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTimer>

namespace {

const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString SettingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString AppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString ColorSchemeKey = QStringLiteral("color-scheme");
// A portal started on demand by D-Bus activation can take a moment; the window never waits this long.
constexpr int PortalCallTimeoutMs = 5000;

const QString FusionStyle = QStringLiteral("Fusion");

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Fusion outlines check boxes and radio buttons in the window colour darkened: on a dark palette
// the unchecked box (in the event list, "Delivering") all but disappears. This draws the outline
// again in a grey that keeps 3:1 against the dark backgrounds (WCAG non-text contrast).
class ThemeStyle : public QProxyStyle
{
public:
    ThemeStyle() : QProxyStyle(QStyleFactory::create(FusionStyle))
    {
        setObjectName(QStringLiteral("patchbayTheme"));
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if ((!box && element != PE_IndicatorRadioButton) || !isDarkPalette(option->palette) ||
            (option->state & State_HasFocus && option->state & State_KeyboardFocusChange))
            return; // light palettes and the focus ring keep Fusion's own outline
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(DarkOutline, 1.0));
        const QRectF rect = QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5);
        if (box) {
            painter->drawRect(rect);
        } else { // Fusion's radio circle: centred one pixel down-right, radius half the width less one
            const qreal radius = (option->rect.width() + (option->rect.width() + 1) % 2) / 2.0 - 1;
            painter->drawEllipse(QPointF(option->rect.center()) + QPointF(1, 1), radius, radius);
        }
        painter->restore();
    }

    static inline const QColor DarkOutline{0x8c, 0x8c, 0x8c};
};

} // namespace

Theme::Theme(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    // QtDBus finds the slot's argument types by name: unregistered, connect() fails without a word.
    qRegisterMetaType<QDBusVariant>();
}

Theme::~Theme() = default;

QPalette Theme::lightPalette()
{
    QStyle *fusion = QStyleFactory::create(FusionStyle);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    // Fusion's own selection blue gives white text only 3.7:1; a deeper blue of the same hue gives 5.1:1.
    palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0x25, 0x73, 0xac));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x25, 0x73, 0xac));
    return palette;
}

QPalette Theme::darkPalette()
{
    // Every text/background pair here keeps at least 4.5:1 (WCAG AA); tst_badgecontrast checks it.
    const QColor window(0x2d, 0x2d, 0x2d);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor alternateBase(0x26, 0x26, 0x26);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor button(0x38, 0x38, 0x38);
    const QColor highlight(0x1d, 0x5f, 0xa8);

    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternateBase);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

Theme::SystemScheme Theme::schemeFromPortalValue(const QVariant &value)
{
    // Read answers a variant holding the setting's variant (portal versions differ in how deep):
    // unwrap a bounded number of layers, then accept only the three documented numbers.
    QVariant inner = value;
    for (int depth = 0; depth < 3 && inner.metaType() == QMetaType::fromType<QDBusVariant>(); ++depth)
        inner = inner.value<QDBusVariant>().variant();
    const int type = inner.typeId();
    if (type != QMetaType::UInt && type != QMetaType::Int)
        return SystemScheme::NoPreference;
    const qlonglong number = inner.toLongLong();
    if (number == 1)
        return SystemScheme::PreferDark;
    if (number == 2)
        return SystemScheme::PreferLight;
    return SystemScheme::NoPreference;
}

void Theme::setMode(Preferences::Theme mode)
{
    m_mode = mode;
    if (mode == Preferences::Theme::System)
        askPortal();
    apply();
}

void Theme::askPortal()
{
    if (!m_bus.isConnected())
        return; // no session bus: System means light
    if (!m_subscribed) {
        // Subscribed before reading, so a change between the two is not lost.
        m_subscribed =
            m_bus.connect(PortalService, PortalPath, SettingsInterface, QStringLiteral("SettingChanged"),
                          this, SLOT(onSettingChanged(QString, QString, QDBusVariant)));
    }
    if (m_pending)
        return;
    QDBusMessage read =
        QDBusMessage::createMethodCall(PortalService, PortalPath, SettingsInterface, QStringLiteral("Read"));
    read << AppearanceGroup << ColorSchemeKey;
    m_pending = new QDBusPendingCallWatcher(m_bus.asyncCall(read, PortalCallTimeoutMs), this);
    connect(m_pending, &QDBusPendingCallWatcher::finished, this, &Theme::onReadFinished);
}

void Theme::onReadFinished(QDBusPendingCallWatcher *watcher)
{
    if (watcher != m_pending)
        return;
    m_pending = nullptr;
    watcher->deleteLater();
    const QDBusMessage reply = watcher->reply();
    // An error (no portal, no such setting, timeout) leaves "no preference": light.
    m_system = reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 1
                   ? schemeFromPortalValue(reply.arguments().constFirst())
                   : SystemScheme::NoPreference;
    apply();
}

void Theme::onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value)
{
    if (group != AppearanceGroup || key != ColorSchemeKey)
        return;
    m_system = schemeFromPortalValue(QVariant::fromValue(value));
    apply();
}

bool Theme::waitForSystemScheme(int timeoutMs)
{
    if (!m_pending)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(m_pending, &QDBusPendingCallWatcher::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return !m_pending;
}

void Theme::apply()
{
    const bool dark = m_mode == Preferences::Theme::Dark ||
                      (m_mode == Preferences::Theme::System && m_system == SystemScheme::PreferDark);
    if (m_appliedOnce && dark == m_dark)
        return;
    m_appliedOnce = true;
    m_dark = dark;
    if (QApplication::style()->objectName() != QLatin1String("patchbayTheme"))
        QApplication::setStyle(new ThemeStyle); // the application owns it
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    emit applied(dark);
}
