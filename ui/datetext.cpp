#include "datetext.h"

#include <QRegularExpression>

namespace DateText {

QString format(const QLocale &locale, Precision precision)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    // Widen a lone two-digit year ("yy" not part of "yyyy") to four digits.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    date.replace(twoDigitYear, QStringLiteral("yyyy"));
    switch (precision) {
    case Precision::Minutes:
        return date + QStringLiteral(" HH:mm");
    case Precision::Seconds:
        return date + QStringLiteral(" HH:mm:ss");
    case Precision::Milliseconds:
        return date + QStringLiteral(" HH:mm:ss.zzz");
    }
    return date;
}

QString text(const QDateTime &dt, Precision precision)
{
    if (!dt.isValid())
        return QString();
    const QLocale locale;
    return locale.toString(dt.toLocalTime(), format(locale, precision));
}

} // namespace DateText
