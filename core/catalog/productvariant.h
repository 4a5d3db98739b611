#pragma once

#include "domain/ids.h"

namespace sf {

// One size of a product as a marketplace knows it (StockX variant id, GTIN).
struct ProductVariant {
    VariantId id;
    ProductId productId;
    SizeId sizeId;
    QString stockxVariantId;
    QString variantValue; // StockX variantValue, e.g. "9" or "9W"
    QString gtin;
    QString condition = QStringLiteral("new");
    QString stockxVariantName;
    bool flexEligible = false;
    bool directEligible = false;
};

} // namespace sf
