#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// One date-time format for every view (issue 7 §3): the locale's short date, widened to a four-digit year
// (German and US short formats use two), followed by a 24-hour time.
namespace DateText {

enum class Precision
{
    Minutes,
    Seconds,
    Milliseconds
};

// The QDateTime format string used for `locale`, e.g. "dd.MM.yyyy HH:mm" for German.
QString format(const QLocale &locale, Precision precision = Precision::Minutes);

// `dt` in local time, formatted for the default locale; empty when `dt` is invalid.
QString text(const QDateTime &dt, Precision precision = Precision::Minutes);

} // namespace DateText
