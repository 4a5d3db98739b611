#include "timebucket.h"

namespace sf::timebucket {

TimeBucket fitting(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to) + 1;
    return days <= 31 ? TimeBucket::Day : days <= 183 ? TimeBucket::Week : TimeBucket::Month;
}

QDate start(const QDate &day, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day: return day;
    case TimeBucket::Week: return day.addDays(1 - day.dayOfWeek());
    case TimeBucket::Month: return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate shifted(const QDate &start, TimeBucket bucket, int buckets)
{
    switch (bucket) {
    case TimeBucket::Day: return start.addDays(buckets);
    case TimeBucket::Week: return start.addDays(7 * qint64(buckets));
    case TimeBucket::Month: return start.addMonths(buckets);
    }
    return start;
}

QDate lastDay(const QDate &start, TimeBucket bucket)
{
    return shifted(start, bucket, 1).addDays(-1);
}

QList<QDate> starts(const QDate &from, const QDate &to, TimeBucket bucket)
{
    QList<QDate> result;
    for (QDate d = start(from, bucket); d <= to; d = shifted(d, bucket, 1))
        result.append(d);
    return result;
}

} // namespace sf::timebucket
