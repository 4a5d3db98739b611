#include "listingitemstatus.h"

namespace sf {

bool moveWithListing(StockItem &item, const Listing &listing)
{
    const bool listed = listing.status == ListingStatus::Active;
    if (listed && item.status == ItemStatus::InStock)
        StockService::applyStatus(item, ItemStatus::ListedStockX);
    else if (!listed && item.status == ItemStatus::ListedStockX && listing.status != ListingStatus::Matched &&
             listing.status != ListingStatus::Completed)
        StockService::applyStatus(item, ItemStatus::InStock);
    else
        return false;
    return true;
}

Status itemFollowsListing(StockService &stock, const Listing &listing)
{
    const auto found = stock.repository().get(listing.itemId);
    if (!found)
        return found.error();
    if (!found.value())
        return {};
    StockItem item = *found.value();
    return moveWithListing(item, listing) ? stock.updateItem(item) : Status();
}

} // namespace sf
