#pragma once

#include "domain/money.h"
#include "timebucket.h"

#include <QString>

namespace sf {

// What `report sales --group-by` and the top-N charts group counted sales by.
enum class SalesGrouping { Day, Week, Month, Brand, Product, Marketplace, Supplier };

// The time groupings and the buckets they cut the calendar into.
inline bool isTimeGrouping(SalesGrouping g)
{
    return g == SalesGrouping::Day || g == SalesGrouping::Week || g == SalesGrouping::Month;
}
inline TimeBucket bucketOf(SalesGrouping g)
{
    return g == SalesGrouping::Day ? TimeBucket::Day : g == SalesGrouping::Week ? TimeBucket::Week : TimeBucket::Month;
}
inline SalesGrouping groupingOf(TimeBucket b)
{
    return b == TimeBucket::Day    ? SalesGrouping::Day
           : b == TimeBucket::Week ? SalesGrouping::Week
                                   : SalesGrouping::Month;
}

// The counted sales of one group: a time bucket (key = its first day, ISO), a brand, product or supplier
// (key = its id, empty for none) or a marketplace (key = its slug).
struct SalesGroup {
    QString key;
    QString label;
    qint64 pairs = 0;
    Money revenue;
    Money netProceeds;
    Money netProfit; // over the sales with a cost
    Money cost;      // net purchase prices of those sales
};

} // namespace sf
