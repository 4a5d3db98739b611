#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace sf {

// What a marketplace's catalog says about a product as a whole: its id there, the raw product data,
// and the market figures summed up over all sizes (the figures per size are market prices).
struct ProductEnrichment {
    QString stockxProductId;
    QJsonObject data;
    std::optional<Money> lowestAskOfAnySize;
    std::optional<Money> highestBidOfAnySize;
    std::optional<Money> sellFaster; // median over the sizes
    std::optional<Money> earnMore;   // median over the sizes
    QDateTime releaseDate;           // kept when we already know one
    QDateTime enrichedAt;
};

} // namespace sf
