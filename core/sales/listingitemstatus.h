#pragma once

#include "inventory/stockservice.h"
#include "listing.h"

namespace sf {

// A pair's status follows its StockX listing while it is for sale: an active listing marks an
// in-stock pair as listed, a listing that ends puts it back in stock. Sales are the orders' business.
Status itemFollowsListing(StockService &stock, const Listing &listing);
// The same on a copy of the pair: whether `item` changed.
bool moveWithListing(StockItem &item, const Listing &listing);

} // namespace sf
