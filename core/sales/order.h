#pragma once

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/orderfinancials.h"
#include "orderstatus.h"
#include "saleterms.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace sf {

// A sale stored: its terms (SaleTerms) with the pair it sold, the listing it came from, and our figures.
struct Order : SaleTerms {
    OrderId id;
    StockItemId itemId;
    ListingId listingId;
    MarketplaceId marketplaceId;
    QString externalId; // the marketplace's order number; unique per marketplace
    OrderStatus status = OrderStatus::Pending;
    OrderFinancials financials; // computed by computeFinancials(), never typed in
    QString notes;
    QString shippingDocumentPath; // a downloaded label or shipping document on this computer
    QDateTime platformUpdatedAt;
};

} // namespace sf
