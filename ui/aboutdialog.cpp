#include "aboutdialog.h"

#include "appicon.h"
#include "dialogsizing.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#ifndef PATCHBAY_QTKEYCHAIN_VERSION // set by ui/CMakeLists.txt from find_package(Qt6Keychain)
#define PATCHBAY_QTKEYCHAIN_VERSION ""
#endif

namespace {

// From packaging/copyright (Upstream-Contact) and the libraries' own licence texts.
const char *const ContactAddress = "dev@patchbay.io";
const char *const LgplUrl = "https://www.gnu.org/licenses/lgpl-3.0.html";
const char *const QtSourceUrl = "https://download.qt.io/official_releases/qt/";
const char *const Bsd2Url = "https://opensource.org/license/bsd-2-clause";
const char *const QtKeychainUrl = "https://github.com/frankosterfeld/qtkeychain";

QString link(const QString &url, const QString &text)
{
    // Non-breaking hyphens: "BSD 2-" at a line's end and "Clause" on the next reads as two links.
    QString shown = text.toHtmlEscaped();
    shown.replace(QLatin1Char('-'), QChar(0x2011));
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), shown);
}

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>") + text.toHtmlEscaped() + QStringLiteral("</h4>");
}

// The package installs the full licence texts next to its changelog (share/doc/patchbay/copyright).
QString installedCopyrightFile()
{
    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .absoluteFilePath(QStringLiteral("../share/doc/patchbay/copyright"));
    return QFileInfo::exists(path) ? QDir::cleanPath(path) : QString();
}

} // namespace

QList<QPair<QString, QString>> AboutDialog::versions()
{
    const QString keychain = QStringLiteral(PATCHBAY_QTKEYCHAIN_VERSION);
    QStringList system{QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()};
    if (!QGuiApplication::platformName().isEmpty())
        system << QGuiApplication::platformName();
    return {
        {tr("Patchbay"), QCoreApplication::applicationVersion()},
        {tr("Qt"),
         tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {tr("QtKeychain"), keychain.isEmpty() ? tr("unknown") : tr("%1 (at build time)").arg(keychain)},
        {tr("System"), system.join(QLatin1String(", "))},
    };
}

QString AboutDialog::versionInfo()
{
    QStringList lines;
    for (const auto &version : versions())
        lines << version.first + QLatin1String(": ") + version.second;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_details(new QTextBrowser(this)),
      m_copy(new QPushButton(tr("&Copy version info"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Patchbay"));

    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcon::icon().pixmap(64, 64));
    icon->setAccessibleName(tr("Patchbay icon"));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(tr("Patchbay %1").arg(QCoreApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QLabel(tr("A console for the webhook endpoints your team registered with OpenTrain, "
                                  "Layers, OptimalDial, Diligent and Atoa."),
                               this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(texts, 1);

    m_details->setObjectName(QStringLiteral("aboutDetails"));
    m_details->setAccessibleName(tr("Versions and licences"));
    m_details->setOpenExternalLinks(true); // the browser or mail client, through QDesktopServices
    m_details->setHtml(detailsHtml());
    m_details->setFrameShape(QFrame::NoFrame);
    // Text and links reachable by keyboard: Tab moves between links, Return opens one.
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);

    m_copy->setObjectName(QStringLiteral("copyVersionInfo"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(versionInfo());
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copy, [this] { m_copy->setText(tr("&Copy version info")); });
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);

    // About 80 characters a line, and tall enough for the whole text when the screen has room (it
    // scrolls otherwise). Measured on a copy: the browser lays its own document out only when shown.
    const int textWidth = fontMetrics().averageCharWidth() * 80;
    QTextDocument measure;
    measure.setDefaultFont(m_details->font());
    measure.setDocumentMargin(m_details->document()->documentMargin());
    measure.setHtml(m_details->toHtml());
    measure.setTextWidth(textWidth);
    const QMargins margins = layout->contentsMargins();
    const int chrome = top->sizeHint().height() + buttons->sizeHint().height() + 2 * layout->spacing() +
                       margins.top() + margins.bottom();
    DialogSizing::fitToScreen(this, QSize(textWidth + margins.left() + margins.right() + 2,
                                          chrome + int(measure.size().height()) + 2));
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QString AboutDialog::detailsHtml() const
{
    QString html =
        paragraph(QStringLiteral("<b>") + tr("Tokens live only in the system keychain.").toHtmlEscaped() +
                  QStringLiteral("</b> ") +
                  tr("Patchbay never writes them to its settings or logs; copied curl commands say "
                     "$PATCHBAY_TOKEN instead.")
                      .toHtmlEscaped());

    html += heading(tr("Versions"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &version : versions())
        html += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(version.first.toHtmlEscaped(), version.second.toHtmlEscaped());
    html += QStringLiteral("</table>");

    html += heading(tr("Licences"));
    html += paragraph(tr("Patchbay is proprietary software: © 2026 Patchbay developers, all rights reserved.")
                          .toHtmlEscaped());
    html += paragraph(tr("Qt 6 (The Qt Company Ltd and other contributors) is used under the %1.")
                          .toHtmlEscaped()
                          .arg(link(QString::fromLatin1(LgplUrl),
                                    tr("GNU Lesser General Public License version 3 (LGPL-3)"))));
    html += paragraph(tr("QtKeychain (Frank Osterfeld and other contributors) is used under the %1.")
                          .toHtmlEscaped()
                          .arg(link(QString::fromLatin1(Bsd2Url), tr("BSD 2-Clause licence"))));
    html += paragraph(tr("Both are the system's own shared libraries, unmodified; their source code: %1, %2.")
                          .toHtmlEscaped()
                          .arg(link(QString::fromLatin1(QtSourceUrl), tr("Qt")),
                               link(QString::fromLatin1(QtKeychainUrl), tr("QtKeychain"))));
    const QString copyright = installedCopyrightFile();
    if (!copyright.isEmpty())
        html += paragraph(tr("Full licence texts: %1")
                              .toHtmlEscaped()
                              .arg(link(QUrl::fromLocalFile(copyright).toString(), copyright)));

    html += heading(tr("Contact"));
    const QString address = QString::fromLatin1(ContactAddress);
    html += paragraph(link(QStringLiteral("mailto:") + address, address));
    return html;
}
