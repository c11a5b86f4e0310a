#pragma once

#include "core/endpoint.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

// Everything about the selected endpoint: the normalized fields, the provider's own facts
// (who disabled it, when, why; last delivery), and the raw JSON exactly as received.
class EndpointDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointDetailPane(QWidget *parent = nullptr);

    void showEndpoint(const Endpoint &endpoint);
    void showNothing(const QString &message = QString());
    void showMany(int count);
    const Endpoint &endpoint() const { return m_endpoint; }
    bool hasEndpoint() const { return !m_endpoint.id.isEmpty(); }
    QString rawJsonText() const;

signals:
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow(const QString &label, const QString &value, bool monospace = false, bool keepLines = false);
    void rebuild();

    Endpoint m_endpoint;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_health;
    QTextBrowser *m_facts;
    QString m_factsHtml;
    QPlainTextEdit *m_raw;
    QPushButton *m_copyRaw;
    QPushButton *m_edit;
};
