#pragma once

#include "salerowimporter.h"

namespace sf {

// Alias / GOAT seller export (original-system.md §6.2): ORDER_NUMBER, NAME,
// PRODUCT_PRICE_CENTS_SALE_PRICE (whole dollars despite the name), CREDIT_DATE (day first, DD/MM/YY),
// optional SKU, SIZE, PURCHASED_DATE. The export names no fees, so none are invented.
class AliasSalesImporter : public SaleRowImporter {
public:
    using SaleRowImporter::SaleRowImporter;

    static QStringList requiredColumns();

protected:
    SaleOrError readSale(const CsvColumns &columns, const CsvRecord &record) const override;
};

} // namespace sf
