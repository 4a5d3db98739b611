#pragma once

#include "domain/statustable.h"

namespace sf {

// Where a listing stands. The database stores the key; the marketplace's own word is kept as written
// in the listing's platformStatus, so a word we do not know yet is never lost.
enum class ListingStatus { Pending, Active, Inactive, Matched, Completed, Canceled, Deleted, Expired };

// Keys, names and the list: statusKey(), statusFromKey<ListingStatus>(), statusName(), allStatuses<ListingStatus>().
const StatusTable<ListingStatus, 8> &statusTable(ListingStatus);

namespace listingstatus {
// Still on the market (or about to be): active, inactive or pending.
bool isOpen(ListingStatus status);
} // namespace listingstatus

} // namespace sf
