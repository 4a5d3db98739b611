#include "kpiperiod.h"

#include <QCoreApplication>

namespace sf::kpiperiod {

QList<KpiPeriod> all()
{
    using P = KpiPeriod;
    return {P::Today,     P::Last7Days,   P::Last30Days, P::Last90Days, P::ThisMonth,
            P::LastMonth, P::ThisQuarter, P::ThisYear,   P::AllTime};
}

QString displayName(KpiPeriod period)
{
    switch (period) {
    case KpiPeriod::Today: return QCoreApplication::translate("KpiPeriod", "Today");
    case KpiPeriod::Last7Days: return QCoreApplication::translate("KpiPeriod", "Last 7 days");
    case KpiPeriod::Last30Days: return QCoreApplication::translate("KpiPeriod", "Last 30 days");
    case KpiPeriod::Last90Days: return QCoreApplication::translate("KpiPeriod", "Last 90 days");
    case KpiPeriod::ThisMonth: return QCoreApplication::translate("KpiPeriod", "This month");
    case KpiPeriod::LastMonth: return QCoreApplication::translate("KpiPeriod", "Last month");
    case KpiPeriod::ThisQuarter: return QCoreApplication::translate("KpiPeriod", "This quarter");
    case KpiPeriod::ThisYear: return QCoreApplication::translate("KpiPeriod", "This year");
    case KpiPeriod::AllTime: return QCoreApplication::translate("KpiPeriod", "All time");
    }
    return {};
}

std::pair<QDate, QDate> range(KpiPeriod period, const QDate &today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (period) {
    case KpiPeriod::Today: return {today, today};
    case KpiPeriod::Last7Days: return {today.addDays(-6), today};
    case KpiPeriod::Last30Days: return {today.addDays(-29), today};
    case KpiPeriod::Last90Days: return {today.addDays(-89), today};
    case KpiPeriod::ThisMonth: return {monthStart, today};
    case KpiPeriod::LastMonth: return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case KpiPeriod::ThisQuarter: return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    case KpiPeriod::ThisYear: return {QDate(today.year(), 1, 1), today};
    case KpiPeriod::AllTime: return {QDate(2000, 1, 1), today};
    }
    return {today, today};
}

} // namespace sf::kpiperiod
