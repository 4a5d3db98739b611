#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDateTime>
#include <optional>

namespace sf {

struct Listing {
    ListingId id;
    StockItemId itemId;
    MarketplaceId marketplaceId;
    QString externalId;
    QString status = QStringLiteral("pending"); // pending inactive active matched completed canceled deleted expired
    QString platformStatus;                     // the marketplace's own word, kept even when unknown to us
    std::optional<Money> amount;
    QString inventoryType;
    QDateTime expiresAt;
    QDateTime createdAt;
};

} // namespace sf
