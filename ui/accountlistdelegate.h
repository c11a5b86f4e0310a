#pragma once

#include <QColor>
#include <QStyledItemDelegate>

// Paints an AccountListModel row: the name in bold over the provider in secondary text, an
// environment pill in the account's colour holding its label (never colour alone), and on the right
// the endpoint count, "loading…", or a warning marker (the error is in the row's tooltip), after an amber
// pill with how many endpoints need attention when any do (in words in the tooltip and accessible text).
// Vectors only, no per-row widget or cache.
class AccountListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AccountListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Near-black, white or black, whichever reads better on the background: at least 4.5:1 for any colour.
    static QColor pillTextColor(const QColor &background);
    // The second line's colour (provider, counts): the palette's text softened towards its base.
    static QColor secondaryTextColor(const QPalette &palette, QPalette::ColorGroup group, bool selected);
    // WCAG 2 contrast ratio, 1…21.
    static double contrastRatio(const QColor &a, const QColor &b);

    // Where the parts go inside a row, for painting and tests. Empty when the part is absent.
    QRect pillRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect trailingRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect attentionRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The attention pill's colours: the table's "Failing" badge, so amber means the same in both places.
    static QColor attentionBackground();
    static QColor attentionTextColor();

private:
    struct Layout
    {
        QRect name;
        QRect secondary;
        QRect pill;
        QRect trailing;
        QRect attention;
        QString attentionText;
        QString secondaryText;
        QString trailingText; // count or "loading…"; empty for the warning marker
        bool warning = false;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static QFont nameFont(const QFont &base);
    static QFont pillFont(const QFont &base);
    static void paintWarning(QPainter *painter, const QRect &rect);
};
