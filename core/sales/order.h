#pragma once

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/orderfinancials.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace sf {

struct Order {
    OrderId id;
    StockItemId itemId;
    ListingId listingId;
    MarketplaceId marketplaceId;
    QString externalId; // the marketplace's order number; unique per marketplace
    QString status =
        QStringLiteral("pending"); // pending processing shipped delivered completed cancelled returned failed
    QString platformStatus;
    QString currency = QStringLiteral("EUR");
    Money salePrice;
    Money sellerFee;
    Money processingFee;
    Money shippingFee;
    Money otherFees;
    OrderFinancials financials; // computed by computeFinancials(), never typed in
    QDateTime soldAt;
    bool payoutReceived = false;
    QDateTime payoutDate;
    QString buyerCountry;
    QString notes;
    QString inventoryType;        // STANDARD, FLEX, DIRECT on StockX
    QJsonObject platformData;     // the marketplace's ids: product, variant, ask, shipping document
    QString shippingDocumentPath; // a downloaded label or shipping document on this computer
    QDateTime platformUpdatedAt;
};

} // namespace sf
