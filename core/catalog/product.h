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
    std::optional<Money> lowestAsk;
    std::optional<Money> highestBid;
    QDateTime lastEnrichedAt;
};

} // namespace sf
