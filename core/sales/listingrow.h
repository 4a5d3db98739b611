#pragma once

#include "db/keysetpaging.h"
#include "domain/ids.h"
#include "domain/money.h"
#include "listingstatus.h"

#include <QDateTime>

#include <optional>

namespace sf {

// A listing with its pair and StockX's latest lowest ask for that size.
struct ListingRow {
    ListingId id;
    StockItemId itemId;
    QString externalId;
    QString marketplace;
    QString productName;
    QString sku;
    QString sizeLabel;
    ListingStatus status = ListingStatus::Pending;
    QString platformStatus;
    std::optional<Money> amount;
    std::optional<Money> lowestAsk;
    std::optional<Money> cost;
    QDateTime createdAt;
    QDateTime expiresAt;
    bool presale = false; // marked as a presale (see PresaleMarker)
    int version = 0;      // the stored listing's, when read (see SeenListing)

    // Price minus lowest ask: positive means the listing waits above the market.
    std::optional<Money> aboveLowestAsk() const
    {
        if (!amount || !lowestAsk)
            return std::nullopt;
        return Money(amount->minor() - lowestAsk->minor(), amount->currency());
    }
};

using ListingRowPage = KeysetPage<ListingRow>;

} // namespace sf
