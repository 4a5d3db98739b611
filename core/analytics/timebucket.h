#pragma once

#include <QDate>
#include <QList>

namespace sf {

// How a period is cut into bars: days up to a month, weeks (from Monday) up to half a year, months beyond.
enum class TimeBucket { Day, Week, Month };

namespace timebucket {
TimeBucket fitting(const QDate &from, const QDate &to);
// The first day of the bucket `day` falls in.
QDate start(const QDate &day, TimeBucket bucket);
// The first day of the bucket `buckets` after (or, negative, before) the one starting on `start`.
QDate shifted(const QDate &start, TimeBucket bucket, int buckets);
// The last day of the bucket starting on `start`.
QDate lastDay(const QDate &start, TimeBucket bucket);
// The first day of every bucket from `from` to `to`, empty ones included, so gaps show as gaps.
QList<QDate> starts(const QDate &from, const QDate &to, TimeBucket bucket);
} // namespace timebucket

} // namespace sf
