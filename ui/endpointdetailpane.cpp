#include "endpointdetailpane.h"

#include "accountlistdelegate.h"
#include "core/health.h"
#include "datetext.h"
#include "healthbadgedelegate.h"
#include "providers/providerspec.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString dateText(const QDateTime &dt)
{
    return DateText::text(dt);
}

QString disabledByText(DisabledBy by, const QString &provider)
{
    switch (by) {
    case DisabledBy::Provider:
        return EndpointDetailPane::tr("Disabled automatically by %1").arg(provider);
    case DisabledBy::User:
        return EndpointDetailPane::tr("Paused by a person");
    case DisabledBy::Unknown:
        return EndpointDetailPane::tr("Disabled (%1 does not say by whom)").arg(provider);
    case DisabledBy::NotDisabled:
        break;
    }
    return {};
}

} // namespace

EndpointDetailPane::EndpointDetailPane(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)),
      m_title(new QLabel), m_health(new QLabel), m_facts(new QTextBrowser), m_raw(new QPlainTextEdit),
      m_copyRaw(new QPushButton), m_edit(new QPushButton)
{
    setAccessibleName(tr("Endpoint details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *header = new QHBoxLayout;
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // the server's URL or id
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The URL heading has the full width to itself (a URL is one long word: beside the Edit button it
    // ran under it); Edit sits beside the health line, which wraps at spaces.
    layout->addWidget(m_title);
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit this endpoint"));
    connect(m_edit, &QPushButton::clicked, this, &EndpointDetailPane::editRequested);
    m_health->setWordWrap(true);
    m_health->setTextFormat(Qt::RichText);
    m_health->setAccessibleDescription(tr("Health")); // the name is the text itself
    header->addWidget(m_health, 1);
    header->addWidget(m_edit, 0, Qt::AlignTop);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_facts->setReadOnly(true);
    m_facts->setFrameShape(QFrame::NoFrame);
    m_facts->setOpenLinks(false);
    m_facts->setAccessibleName(tr("Endpoint fields"));
    m_facts->viewport()->setAutoFillBackground(false);
    splitter->addWidget(m_facts);

    auto *rawBox = new QWidget;
    auto *rawLayout = new QVBoxLayout(rawBox);
    rawLayout->setContentsMargins(0, 6, 0, 0);
    auto *rawHeader = new QHBoxLayout;
    auto *rawLabel = new QLabel(tr("Raw JSON from the provider"));
    rawHeader->addWidget(rawLabel, 1);
    m_copyRaw->setText(tr("Copy JSON"));
    m_copyRaw->setAccessibleName(tr("Copy the raw JSON"));
    connect(m_copyRaw, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_raw->toPlainText()); });
    rawHeader->addWidget(m_copyRaw);
    rawLayout->addLayout(rawHeader);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setAccessibleName(tr("Raw JSON"));
    rawLabel->setBuddy(m_raw);
    rawLayout->addWidget(m_raw);
    splitter->addWidget(rawBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 260});
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    m_stack->addWidget(page);

    showNothing();
}

void EndpointDetailPane::showNothing(const QString &message)
{
    m_endpoint = Endpoint();
    m_placeholder->setText(message.isEmpty() ? tr("Select an endpoint to see its details.") : message);
    m_stack->setCurrentIndex(0);
}

void EndpointDetailPane::showMany(int count)
{
    m_endpoint = Endpoint();
    m_placeholder->setText(
        tr("%n endpoints selected.\nUse Re-enable or Disable to change them all at once.", nullptr, count));
    m_stack->setCurrentIndex(0);
}

void EndpointDetailPane::showEndpoint(const Endpoint &endpoint)
{
    m_endpoint = endpoint;
    rebuild();
    m_stack->setCurrentIndex(1);
}

QString EndpointDetailPane::rawJsonText() const
{
    return m_raw->toPlainText();
}

void EndpointDetailPane::addRow(const QString &label, const QString &value, bool monospace, bool keepLines)
{
    const QString shown = value.isEmpty()
                              ? QStringLiteral("—")
                              : value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    m_factsHtml += QStringLiteral("<tr><td class=\"k\" align=\"right\">%1</td><td%2>%3</td></tr>")
                       .arg(label.toHtmlEscaped(),
                            monospace   ? QStringLiteral(" class=\"m\"")
                            : keepLines ? QStringLiteral(" class=\"n\"")
                                        : QString(),
                            shown);
}

void EndpointDetailPane::rebuild()
{
    m_factsHtml.clear();
    const Endpoint &e = m_endpoint;
    const ProviderSpec &spec = Providers::spec(e.provider);
    const HealthInfo health = HealthRules::evaluate(e);

    m_title->setText(e.url.isEmpty() ? e.id : e.url);
    const HealthBadgeDelegate::Colors colors = HealthBadgeDelegate::colors(health.health);
    QString healthHtml = QStringLiteral("<span style=\"background:%1;color:%2;\">&nbsp;%3&nbsp;</span>")
                             .arg(colors.background.name(), colors.text.name(),
                                  HealthRules::label(health.health).toHtmlEscaped());
    if (!health.reason.isEmpty())
        healthHtml += QStringLiteral(" &nbsp;") + health.reason.toHtmlEscaped();
    if (!health.providerWords.isEmpty())
        healthHtml +=
            QStringLiteral(" <span style=\"color:%1;\">(%2)</span>")
                .arg(AccountListDelegate::secondaryTextColor(palette(), QPalette::Normal, false).name(),
                     health.providerWords.toHtmlEscaped());
    m_health->setText(healthHtml);

    addRow(tr("Provider"), spec.displayName);
    addRow(tr("Account"), e.account);
    addRow(tr("ID"), e.id, true);
    // One event per line, never broken inside a name (a narrow pane broke "contract.star|ted").
    addRow(tr("Events"), e.events.join(QLatin1Char('\n')), false, true);
    if (spec.hasDescription())
        addRow(tr("Description"), e.description);
    if (spec.hasEnabled())
        addRow(tr("Delivering"), e.enabled ? tr("Yes") : tr("No"));
    if (health.disabledBy != DisabledBy::NotDisabled) {
        addRow(tr("Disabled"), disabledByText(health.disabledBy, spec.displayName));
        addRow(tr("Disabled at"), dateText(e.disabledAt));
        addRow(tr("Reason"), e.disabledReason);
    }
    if (!spec.read.failureCount.isEmpty())
        addRow(tr("Consecutive failures"), QString::number(e.failureCount));
    if (!spec.read.lastDeliveryAt.isEmpty()) {
        QString last = dateText(e.lastDeliveryAt);
        if (e.lastDeliveryStatus)
            last += (last.isEmpty() ? QString() : QStringLiteral(" — ")) +
                    tr("HTTP %1").arg(e.lastDeliveryStatus);
        addRow(tr("Last delivery"), last.isEmpty() ? tr("Never") : last);
    }
    if (!spec.read.lastSuccessAt.isEmpty())
        addRow(tr("Last success"), dateText(e.lastSuccessAt));
    if (!spec.read.lastFailureAt.isEmpty())
        addRow(tr("Last failure"), dateText(e.lastFailureAt));
    if (!spec.read.verifiedAt.isEmpty())
        addRow(tr("Verified"), e.verifiedAt.isValid() ? dateText(e.verifiedAt) : tr("Not verified"));
    if (spec.hasMetadata()) {
        QStringList pairs;
        for (auto it = e.metadata.begin(); it != e.metadata.end(); ++it)
            pairs << it.key() + QStringLiteral(" = ") + it.value();
        addRow(tr("Metadata"), pairs.join(QLatin1Char('\n')));
    }
    if (spec.hasScope())
        addRow(tr("Scope"), e.scope);
    if (spec.secretKind == SecretKind::SecretString)
        addRow(tr("Signing secret"), e.hasSecret ? tr("Set (write-only, never shown)") : tr("Not set"));
    if (spec.secretKind == SecretKind::AuthenticationObject)
        addRow(tr("Authentication"),
               e.hasSecret ? tr("%1 (write-only, never shown)").arg(e.secretType) : tr("None"));
    if (!e.environment.isEmpty())
        addRow(tr("Environment"), e.environment);
    if (e.createdAt.isValid())
        addRow(tr("Created"), dateText(e.createdAt));
    if (e.updatedAt.isValid())
        addRow(tr("Updated"), dateText(e.updatedAt));

    // One rich-text table wraps long values at any width and stays selectable and copyable.
    const QString labelColor = palette().color(QPalette::PlaceholderText).name();
    m_facts->setHtml(
        QStringLiteral(
            "<style>td { padding: 2px 6px; vertical-align: top; } td.k { color: %1; "
            "white-space: nowrap; } td.m { font-family: monospace; } td.n { white-space: nowrap; }</style>"
            "<table width=\"100%\" cellspacing=\"0\">")
            .arg(labelColor) +
        m_factsHtml + QStringLiteral("</table>"));
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(e.rawObject()).toJson(QJsonDocument::Indented)));
}

void EndpointDetailPane::changeEvent(QEvent *event)
{
    // Words come from tr() and colours from the palette: both are baked into the pane's HTML.
    if ((event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) && hasEndpoint())
        rebuild();
    QWidget::changeEvent(event);
}
