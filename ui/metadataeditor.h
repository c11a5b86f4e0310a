#pragma once

#include <QMap>
#include <QString>
#include <QWidget>

class QPushButton;
class QTableWidget;

// Layers metadata as a key/value table with Add / Remove / Remove all. Rows with neither key nor
// value are ignored (a row just added, not yet filled in); the diff turns what is left into the
// per-key patch.
class MetadataEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataEditor(const QMap<QString, QString> &metadata, QWidget *parent = nullptr);

    QMap<QString, QString> metadata() const;
    void setMetadata(const QMap<QString, QString> &metadata);
    // A problem the map cannot carry (a key typed twice), or empty.
    QString problem() const;

    QTableWidget *table() const { return m_table; }
    void addRow(const QString &key = QString(), const QString &value = QString());
    void removeRow(int row);
    QList<QWidget *> focusOrder() const; // for the dialog's tab order

signals:
    void metadataChanged();

private:
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_clearButton;
};
