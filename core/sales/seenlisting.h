#pragma once

#include "domain/ids.h"

namespace sf {

// A listing as an operator saw it: a change is sent only while the stored one still has this version
// (0: whatever it is now).
struct SeenListing {
    SeenListing(const ListingId &listing, int seenVersion = 0)
        : id(listing)
        , version(seenVersion)
    {}
    ListingId id;
    int version = 0;
};

} // namespace sf
