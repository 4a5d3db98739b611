#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace sf {

// The periods the dashboard offers, as whole days up to and including `today`.
enum class KpiPeriod { Today, Last7Days, Last30Days, Last90Days, ThisMonth, LastMonth, ThisQuarter, ThisYear, AllTime };

namespace kpiperiod {
QList<KpiPeriod> all();
QString displayName(KpiPeriod period);
// First and last day of the period on `today`. "All time" starts in 2000: no sale is older.
std::pair<QDate, QDate> range(KpiPeriod period, const QDate &today);
} // namespace kpiperiod

} // namespace sf
