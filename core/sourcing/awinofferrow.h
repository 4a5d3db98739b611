#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QUuid>

namespace sf {

// An offer as the Awin page's browser lists it.
struct AwinOfferRow {
    QUuid id;
    QString awinProductId;
    QString productName;
    QString brand;
    QString size;
    QString ean;
    QString styleCode;
    QString merchantName;
    Money price;
    bool inStock = false;
    bool available = true;
    QString matchMethod; // empty: not matched
    double matchConfidence = 0;
    QString thumbnailUrl;
    QString imageUrl;
    QString affiliateLink;
    QString merchantLink;
    QDateTime importedAt;
};

struct AwinOfferFilter {
    QString text; // in the name, the EAN or the style code
    QString brand;
    int merchantId = 0;
    bool inStockOnly = false;
    bool matchedOnly = false;
};

} // namespace sf
