#pragma once

#include <QString>

namespace sf {

// What the Listings page asks for.
struct ListingQuery {
    enum class State { Open, Active, Inactive, Ended, All }; // Open: active, inactive or pending
    enum class Price { Any, AboveLowestAsk, AtOrBelowLowestAsk };
    enum class Sort { Product, Size, State, Price, LowestAsk, Difference, Created, Expires };

    QString text; // SKU, product name or listing id
    State state = State::Open;
    Price price = Price::Any;
    int expiringWithinDays = 0; // 0: any expiry
    Sort sort = Sort::Created;
    bool descending = true;

    bool operator==(const ListingQuery &) const = default;
};

} // namespace sf
