#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QPushButton;
class QTextBrowser;

// Help ▸ About Patchbay: versions (for bug reports, copyable), where tokens live, Patchbay's licence
// and those of the libraries it uses (Qt: LGPL-3, QtKeychain: BSD), and the contact from the package.
// Links open in the desktop's browser or mail client.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // (what, version) pairs: Patchbay, Qt at run time and at build time, QtKeychain, the system.
    static QList<QPair<QString, QString>> versions();
    static QString versionInfo(); // the same as plain text, one line each, for a bug report

    explicit AboutDialog(QWidget *parent = nullptr);

    QTextBrowser *details() const { return m_details; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QString detailsHtml() const;

    QTextBrowser *m_details;
    QPushButton *m_copy;
};
