#pragma once

#include "domain/ids.h"
#include "domain/money.h"
#include "listingstatus.h"

#include <QDateTime>
#include <optional>

namespace sf {

struct Listing {
    ListingId id;
    StockItemId itemId;
    MarketplaceId marketplaceId;
    QString externalId;
    ListingStatus status = ListingStatus::Pending;
    QString platformStatus; // the marketplace's own word, kept even when unknown to us
    std::optional<Money> amount;
    QString inventoryType;
    QDateTime expiresAt;
    QDateTime createdAt;
};

} // namespace sf
