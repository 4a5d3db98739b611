#pragma once

#include "salerowimporter.h"

namespace sf {

// StockX "Historical Seller Sales Report" (44 columns, protocols.md §1.11, original-system.md §6.1).
// Each row is one order on the StockX marketplace keyed by its order number. The un-itemised part of
// the payout (rows where StockX leaves the seller fee blank) becomes "other fees", so an order's net
// proceeds always equal the payout StockX reports. "Total Invoice Amount" is a per-invoice total
// repeated on every row and is deliberately not read.
class StockXSalesImporter : public SaleRowImporter {
public:
    using SaleRowImporter::SaleRowImporter;

    static QStringList requiredColumns();
    QStringList privateColumns() const override;

protected:
    SaleOrError readSale(const CsvColumns &columns, const CsvRecord &record) const override;
};

} // namespace sf
