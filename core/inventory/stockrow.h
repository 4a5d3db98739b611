#pragma once

#include "stockitem.h"

namespace sf {

// A stock item joined with the names people read in the Stock table.
struct StockRow {
    StockItem item;
    QString sku;
    QString productName;
    QString brandName;
    QString sizeLabel;
    QString supplierName;
};

} // namespace sf
