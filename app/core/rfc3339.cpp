#include "core/rfc3339.h"

#include <QTimeZone>

namespace {

// Reads `count` ASCII digits at `at`; -1 when any is missing or not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(at + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool is(QStringView text, qsizetype at, char16_t c)
{
    return at < text.size() && text.at(at).unicode() == c;
}

} // namespace

QDateTime Rfc3339::parse(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || !is(text, 4, u'-') ||
        !is(text, 7, u'-') || !is(text, 10, u'T') || !is(text, 13, u':') || !is(text, 16, u':'))
        return {};
    qsizetype at = 19;
    // Optional fraction of 1 to 9 digits, rounded to milliseconds as Qt's ISO reader does (.9996 is the
    // next second).
    int msec = 0;
    if (is(text, at, u'.')) {
        ++at;
        const qsizetype start = at;
        while (at < text.size() && text.at(at).unicode() >= u'0' && text.at(at).unicode() <= u'9')
            ++at;
        const qsizetype count = at - start;
        if (count < 1 || count > 9)
            return {};
        double fraction = 0;
        for (qsizetype i = at - 1; i >= start; --i)
            fraction = (fraction + (text.at(i).unicode() - u'0')) / 10;
        msec = qRound(fraction * 1000);
    }
    // Z or ±HH:MM, then the end.
    int offsetSeconds = 0;
    if (is(text, at, u'Z')) {
        ++at;
    } else if (is(text, at, u'+') || is(text, at, u'-')) {
        const int sign = is(text, at, u'-') ? -1 : 1;
        const int offsetHours = digits(text, at + 1, 2);
        const int offsetMinutes = digits(text, at + 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59 ||
            !is(text, at + 3, u':'))
            return {};
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        at += 6;
    } else {
        return {};
    }
    if (at != text.size())
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    QTime time(hour, minute, second);
    QDate onDate = date;
    if (!time.isValid()) {
        // ISO 8601's 24:00:00 is the end of the day: the next day's midnight.
        if (hour != 24 || minute != 0 || second != 0 || msec != 0)
            return {};
        time = QTime(0, 0);
        onDate = date.addDays(1);
    }
    const QDateTime dt = offsetSeconds == 0 ? QDateTime(onDate, time, Qt::UTC)
                                            : QDateTime(onDate, time, Qt::OffsetFromUTC, offsetSeconds);
    return msec == 0 ? dt : dt.addMSecs(msec);
}

QString Rfc3339::format(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDate date = dt.date();
    if (dt.timeSpec() != Qt::UTC || date.year() < 1000 || date.year() > 9999)
        return dt.toString(Qt::ISODateWithMs);
    const QTime time = dt.time();
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    put(20, time.msec(), 3);
    return QString::fromUtf16(text, 24);
}
