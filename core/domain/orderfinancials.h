#pragma once

#include "money.h"

#include <QDate>

#include <optional>

namespace sf {

// Percentages with two decimals, in hundredths of a percent (1234 = 12.34 %).
using PercentBp = qint64;

struct SaleFigures {
    Money salePrice; // gross sale price before marketplace fees
    Money sellerFee; // transaction fee
    Money processingFee;
    Money shippingFee;
    Money otherFees;
    Money cost;         // purchase cost basis (net purchase price by default)
    QDate purchaseDate; // may be invalid when unknown
    QDate saleDate;
};

struct OrderFinancials {
    Money netProceeds;                      // sale − all fees
    Money grossProfit;                      // sale − cost
    Money netProfit;                        // net proceeds − cost
    PercentBp roi = 0;                      // net profit / cost × 100 (0 when cost is 0)
    PercentBp margin = 0;                   // (sale − cost) / sale × 100 (0 when sale is 0)
    std::optional<int> shelfLifeDays;       // purchase → sale
    std::optional<Money> profitPerShelfDay; // net profit / shelf days (unset when days is 0 or unknown)
};

// The one implementation of the original system's formulas (original-system.md §3.2): every amount is
// rounded half away from zero to the cent and every percentage to 0.01.
OrderFinancials computeFinancials(const SaleFigures &figures);

// Days an unsold item has been on the shelf, counted to `today`.
std::optional<int> daysInStock(const QDate &purchaseDate, const QDate &today);

QString formatPercent(PercentBp value);

} // namespace sf
