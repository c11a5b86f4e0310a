#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QDialogButtonBox;
class QMenuBar;
class QTreeWidget;

// Help ▸ Keyboard shortcuts. The menu commands are read from the menu bar's own QActions, so the
// list cannot drift from what the keys really do; then come the keys of the table, the filter and
// the dialogs that are not menu commands.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group;   // the menu ("Edit") or the place ("Endpoint table")
        QString command; // what the keys do, without mnemonic or ellipsis
        QString keys;    // in the platform's native format ("Ctrl+Shift+C", "F2, Return")
    };

    // Every visible action with a shortcut in the menu bar's menus and submenus, in menu order.
    static QList<Entry> menuEntries(const QMenuBar *menuBar);
    // Keys that are no menu command (table navigation, Escape in the filter, dialog keys).
    static QList<Entry> otherEntries();
    static QString keysText(const QList<QKeySequence> &keys);
    static QString commandText(const QString &actionText); // "Re-&enable…" -> "Re-enable"

    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    void addGroups(const QList<Entry> &entries);
    QSize preferredSize() const;

    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons = nullptr;
};
