#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QUuid>

#include <optional>

namespace sf {

// A matched, in-stock Awin offer valued at what the same size nets on StockX: the sale price (lowest ask
// or sell-faster), minus StockX's fees at the operator's seller level and the shipping, minus the offer's
// price and delivery. Margin = profit ÷ sale price; ROI = profit ÷ (price + delivery).
struct Opportunity {
    QUuid offerId;
    QString awinProductId;
    QString productName;
    QString brand;
    QString size;
    QString merchantName;
    int merchantId = 0;
    QString ean;
    QString matchMethod;
    double matchConfidence = 0;
    ProductId productId;
    VariantId variantId;
    SizeId sizeId; // the catalog size of the matched variant
    Money buyPrice;
    Money delivery;
    Money salePrice;
    Money fees; // StockX's fees and the shipping to StockX
    Money netProceeds;
    Money profit;
    double marginPercent = 0;
    std::optional<double> roiPercent;
    int pairsHeld = 0; // pairs of this size in stock now
    QString affiliateLink;
    QString merchantLink;
    QString imageUrl;
};

struct OpportunityFilter {
    std::optional<Money> minProfit;
    std::optional<double> minMarginPercent;
    QString brand;      // as the feed writes it, case-insensitive
    QString size;       // as the feed writes it
    int merchantId = 0; // 0: every merchant
    std::optional<Money> maxBuyPrice;
    bool onlySizesNotHeld = false;
};

} // namespace sf
