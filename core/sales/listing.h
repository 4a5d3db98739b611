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
    // The stored row's version when read, and who saved it last: an operator's change made on an older
    // copy is refused before it reaches the marketplace (see StockXListingWriter::change).
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;
};

} // namespace sf
