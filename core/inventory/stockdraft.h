#pragma once

#include "catalog/product.h"
#include "stockitem.h"

#include <optional>

namespace sf {

// What the "Add item" dialog produces: the item, and optionally a product and a supplier that do not
// exist yet and are created together with it.
struct StockDraft {
    StockItem item;
    std::optional<Product> newProduct;
    QString newBrandName;
    QString newSupplierName;
};

} // namespace sf
