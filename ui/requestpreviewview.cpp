#include "requestpreviewview.h"

#include "net/preparedrequest.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RequestPreviewView::RequestPreviewView(QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_copyButton(new QPushButton(tr("Copy as &curl"), this))
{
    m_caption->setText(tr("The exact request Save will send (token redacted):"));
    m_caption->setWordWrap(true);
    m_caption->setBuddy(m_text);

    m_text->setObjectName(QStringLiteral("requestPreview"));
    m_text->setReadOnly(true);
    // Wrap, breaking long URLs anywhere: a side panel should never hide the end of a line.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Request preview"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setMinimumWidth(320);

    m_copyButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyButton->setAccessibleName(tr("Copy the request as a curl command"));
    m_copyButton->setToolTip(tr("Copies a curl command for this request; the token is written as "
                                "$PATCHBAY_TOKEN and never copied."));
    m_copyButton->setAutoDefault(false);
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, &RequestPreviewView::copyCurl);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copyButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
}

void RequestPreviewView::showRequest(const PreparedRequest &request)
{
    m_text->setPlainText(request.toDisplayText());
    m_curl = request.toCurl();
    m_copyButton->setEnabled(true);
}

void RequestPreviewView::showMessage(const QString &message)
{
    m_text->setPlainText(message);
    m_curl.clear();
    m_copyButton->setEnabled(false);
}

QString RequestPreviewView::text() const
{
    return m_text->toPlainText();
}

QList<QWidget *> RequestPreviewView::focusOrder() const
{
    return {m_text, m_copyButton};
}

void RequestPreviewView::copyCurl()
{
    if (m_curl.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_curl);
    emit curlCopied();
}
