#include "supplierchartdata.h"

#include "suppliers/supplierperformancerepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf::supplierchartdata {

namespace {
double major(const Money &money)
{
    return double(money.minor()) / 100.0;
}

} // namespace

BarChartData spendAndProfit(const QList<SupplierMonth> &months)
{
    BarChartData data;
    data.stacked = false;
    BarChartData::Set spend{QCoreApplication::translate("SupplierCharts", "Spend"), {}};
    BarChartData::Set profit{QCoreApplication::translate("SupplierCharts", "Profit"), {}};
    for (const SupplierMonth &m : months) {
        data.categories << QLocale().toString(m.month, u"MMM yy"_s);
        spend.values << major(m.spend);
        profit.values << major(m.profit);
    }
    data.sets = {spend, profit};
    return data;
}

BarChartData ranking(const QList<SupplierOverview> &suppliers, bool byRoi)
{
    BarChartData data;
    data.horizontal = true;
    data.unit = byRoi ? BarChartData::Unit::Percent : BarChartData::Unit::Money;
    BarChartData::Set set{byRoi ? QCoreApplication::translate("SupplierCharts", "ROI")
                                : QCoreApplication::translate("SupplierCharts", "Profit"),
                          {}};
    // Lying bars are drawn from the bottom up: the best supplier goes last, at the top.
    for (auto it = suppliers.crbegin(); it != suppliers.crend(); ++it) {
        if (byRoi && !it->roiPercent())
            continue;
        data.categories << it->name;
        set.values << (byRoi ? *it->roiPercent() : major(it->profit));
    }
    data.sets = {set};
    return data;
}

BarChartData daysToSell(const QList<int> &counts)
{
    BarChartData data;
    data.unit = BarChartData::Unit::Count;
    BarChartData::Set set{QCoreApplication::translate("SupplierCharts", "Pairs sold"), {}};
    int previous = 0;
    const int bands = int(std::size(SupplierPerformanceRepository::kDaysToSellBounds));
    for (int i = 0; i < counts.size(); ++i) {
        if (i < bands) {
            const int bound = SupplierPerformanceRepository::kDaysToSellBounds[i];
            data.categories << u"%1–%2"_s.arg(previous).arg(bound);
            previous = bound + 1;
        } else {
            data.categories << u"> %1"_s.arg(previous - 1);
        }
        set.values << counts.at(i);
    }
    data.sets = {set};
    return data;
}

} // namespace sf::supplierchartdata
