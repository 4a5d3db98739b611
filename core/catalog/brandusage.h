#pragma once

#include "brand.h"

#include <QStringList>

namespace sf {

// A brand with what hangs on it: the brand editor's row.
struct BrandUsage {
    Brand brand;
    int products = 0;
    int pairs = 0;        // inventory.stock rows of its products
    QStringList patterns; // as the operator reads them: keyword text, or "regex: ^nike\b"
};

// A product a new pattern would give to its brand, with the brand it has now (empty: none).
struct BrandClaim {
    ProductId product;
    QString productName;
    QString currentBrand;
};

} // namespace sf
