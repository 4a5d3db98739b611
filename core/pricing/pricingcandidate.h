#pragma once

#include "domain/ids.h"
#include "domain/itemstatus.h"
#include "domain/money.h"
#include "pricinginput.h"
#include "recommendation.h"

#include <QDateTime>

#include <optional>

namespace sf {

// A pair the operator can price: in stock, or listed on StockX with its active listing.
struct PricingCandidate {
    StockItemId item;
    ProductId product;
    SizeId size;
    BrandId brand;
    CategoryId category;
    QString productName;
    QString sku;
    QString sizeLabel;
    QString brandName;
    QString categoryName;
    QDateTime purchasedAt; // invalid when unknown
    ItemStatus status = ItemStatus::InStock;
    QString currency = QStringLiteral("EUR");
    std::optional<Money> cost;
    ListingId listing; // null when not listed on StockX
    QString stockxListingId;
    std::optional<Money> ourAsk;
    QDateTime listedAt;
    // StockX's newest figures for the size
    std::optional<Money> lowestAsk;
    std::optional<Money> highestBid;
    std::optional<Money> lastSale;
    QList<MarketDay> market; // the last days of snapshots, oldest first (filled separately)
    // From sales.pricing_history, for repricing (filled separately): the ask we set last, and the ask
    // a day ago when it changed since.
    std::optional<Money> lastSetAsk;
    std::optional<Money> askDayAgo;

    int daysListed(const QDateTime &now) const { return listedAt.isValid() ? int(listedAt.daysTo(now)) : 0; }
};

// A candidate with what the engine recommends for it, or why it has no recommendation.
struct PricedCandidate {
    PricingCandidate candidate;
    std::optional<Recommendation> recommendation;
    QString problem;
};

} // namespace sf
