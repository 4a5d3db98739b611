#pragma once

#include "charts/barchartdata.h"
#include "suppliers/suppliermonth.h"
#include "suppliers/supplieroverview.h"

namespace sf::supplierchartdata {

// Spend and profit of one supplier's pairs per month of purchase, side by side.
BarChartData spendAndProfit(const QList<SupplierMonth> &months);
// Suppliers ranked by profit (money) or ROI (percent), lying bars with the best at the top.
BarChartData ranking(const QList<SupplierOverview> &suppliers, bool byRoi);
// Sold pairs per days-to-sell band (SupplierPerformanceRepository::kDaysToSellBounds).
BarChartData daysToSell(const QList<int> &counts);

} // namespace sf::supplierchartdata
