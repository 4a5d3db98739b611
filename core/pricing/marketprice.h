#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDate>

#include <optional>

namespace sf {

// What a marketplace showed for one size of a product on one day (pricing.market_prices).
struct MarketPrice {
    ProductId productId;
    VariantId variantId;
    QString platform; // stockx
    QString sizeValue;
    QDate priceDate;
    QString currency = QStringLiteral("EUR");
    std::optional<Money> lowestAsk;
    std::optional<Money> highestBid;
    std::optional<Money> sellFaster;
    std::optional<Money> earnMore;
    std::optional<Money> lastSale;
};

} // namespace sf
