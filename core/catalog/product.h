#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDateTime>

#include <optional>

namespace sf {

struct Product {
    ProductId id;
    QString sku; // the style code when known (e.g. DD1391-100)
    QString name;
    BrandId brandId;
    CategoryId categoryId;
    QString styleCode;
    QString ean;
    QString description;
    std::optional<Money> retailPrice;
    QDateTime releaseDate;
    QString stockxProductId;
    // Of any size: a summary for finding the product, never a price for a pair (a bid of one size can be
    // above the ask of another). A pair's figures are its size's in pricing.market_prices.
    std::optional<Money> lowestAskOfAnySize;
    std::optional<Money> highestBidOfAnySize;
    QDateTime lastEnrichedAt;
};

} // namespace sf
