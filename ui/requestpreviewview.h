#pragma once

#include <QWidget>

class PreparedRequest;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Read-only, monospace view of the request a change would send, with "Copy as curl".
// It keeps only the redacted display text and curl text, never the PreparedRequest itself: the
// latter holds the token in its wire headers, and this widget must not be a place a token can leak from.
class RequestPreviewView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestPreviewView(QWidget *parent = nullptr);

    void showRequest(const PreparedRequest &request);
    void showMessage(const QString &message); // nothing to send, or why not: copy is disabled

    QString text() const;
    QString curlText() const { return m_curl; }
    QList<QWidget *> focusOrder() const; // for the dialog's tab order

signals:
    void curlCopied();

private:
    void copyCurl();

    QLabel *m_caption;
    QPlainTextEdit *m_text;
    QPushButton *m_copyButton;
    QString m_curl;
};
