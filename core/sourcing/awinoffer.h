#pragma once

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace sf {

// One row of an Awin product feed as integration.awin_products keeps it (protocols.md §2.4,
// original-system.md §5.2); prices in exact minor units of `currency`.
struct AwinOffer {
    qint64 line = 0; // where the row starts in the feed
    QString awinProductId;
    QString merchantProductId;
    int merchantId = 0;
    QString merchantName;
    std::optional<int> dataFeedId;
    QString productName;
    QString brandName;
    std::optional<int> brandId;
    QString ean;
    QString productGtin;
    QString mpn;
    QString productModel;
    qint64 priceCents = 0;
    std::optional<qint64> storePriceCents;
    std::optional<qint64> rrpPriceCents;
    std::optional<qint64> deliveryCostCents;
    QString currency = QStringLiteral("EUR");
    QString description;
    QString shortDescription;
    QString colour;
    QString size;
    std::optional<double> sizeEu;
    QString material;
    bool inStock = false;
    int stockQuantity = 0;
    QString deliveryTime;
    QString imageUrl;
    QString thumbnailUrl;
    QString alternateImagesJson; // a JSON array of the non-empty alternate image URLs, or empty
    QString affiliateLink;
    QString merchantLink;
    QString categoryName;
    QString styleCode; // normalised, from the description after its pipe or from the name
    QDateTime lastUpdated;
    QStringList flags; // what was kept although it could not be read as written
};

} // namespace sf
