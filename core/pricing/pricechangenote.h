#pragma once

#include "domain/money.h"

#include <QString>

#include <optional>

namespace sf {

// Why one of our asks changed, as sales.pricing_history keeps it next to the old and new amounts.
struct PriceChangeNote {
    // The schema's kinds: manual (the operator), algorithm (an applied recommendation or plan),
    // auto_repricing (the scheduled run), market_update, competition.
    QString reason = QStringLiteral("manual");
    QString rule; // the rule or reasoning behind the amount, as the operator saw it
    std::optional<Money> lowestAsk;
    std::optional<Money> highestBid;
};

// What we set a listing's ask to lately: the last amount, and the ask it had at the start of the
// window (the old amount of its first change inside it), for limits per day.
struct RecentAsks {
    Money lastSet;
    std::optional<Money> askAtWindowStart;
};

} // namespace sf
