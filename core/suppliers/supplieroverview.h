#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDateTime>

#include <optional>

namespace sf {

// A supplier with what its pairs did, over every month (summed from core.supplier_performance), and the
// pairs that can still go back to it.
struct SupplierOverview {
    SupplierId id;
    QString name;
    QString category;
    QString country;
    QString status;
    std::optional<int> returnDays;
    int pairsBought = 0;
    Money spend;
    int pairsSold = 0;
    Money revenue;
    Money profit;
    Money soldCost;
    std::optional<double> daysToSell;
    int pairsReturned = 0;
    int returnable = 0;     // unsold pairs inside the supplier's return window
    QDateTime nextDeadline; // the earliest of their return deadlines

    std::optional<double> roiPercent() const
    {
        return soldCost.minor() > 0 ? std::optional<double>(100.0 * double(profit.minor()) / double(soldCost.minor()))
                                    : std::nullopt;
    }
    std::optional<double> sellThroughPercent() const
    {
        return pairsBought > 0 ? std::optional<double>(100.0 * pairsSold / pairsBought) : std::nullopt;
    }
};

} // namespace sf
