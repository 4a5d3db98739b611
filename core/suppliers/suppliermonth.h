#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDate>

#include <optional>

namespace sf {

// One row of core.supplier_performance: what a supplier's pairs bought in one month did.
struct SupplierMonth {
    SupplierId supplier;
    QString supplierName;
    QDate month;                        // its first day
    int orders = 0;                     // purchase days: one supplier's pairs bought on one day are one order
    std::optional<double> deliveryDays; // purchase to delivery, on average
    std::optional<double> returnRatePercent;
    std::optional<double> roiPercent; // profit ÷ cost of the sold pairs
    int pairsBought = 0;
    Money spend;
    int pairsSold = 0;
    int pairsReturned = 0;
    Money revenue;
    Money profit;
    Money soldCost;
    std::optional<double> sellThroughPercent;
    std::optional<double> daysToSell; // purchase to sale, on average over the sold pairs
};

} // namespace sf
