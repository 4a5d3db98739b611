#pragma once

#include "salerowimporter.h"

namespace sf {

// The reseller's own sales sheet (original-system.md §6.3): SKU, Sale Date and Status, optionally
// Product Name, Brand, Size, Gross/Net Buy, Gross/Net Sale, Platform, Buy Date, Supplier and an order
// number. German dates ("15. Januar 2024", "15.01.2024") and decimal commas are understood.
//
// Rows without an order number are keyed by what they say (SKU, size, sale date, prices, platform),
// so importing the sheet again adds nothing; two identical sales on the same day need an order number.
class ManualSalesImporter : public SaleRowImporter {
public:
    using SaleRowImporter::SaleRowImporter;

    static QStringList requiredColumns();

protected:
    SaleOrError readSale(const CsvColumns &columns, const CsvRecord &record) const override;
};

} // namespace sf
