#pragma once

#include "domain/money.h"

#include <optional>

namespace sf {

// Counted sales with a cost whose net profit is at least `from` and below `to` (open ends: none).
struct ProfitBucket {
    std::optional<Money> from;
    std::optional<Money> to;
    qint64 sales = 0;
    Money netProfit;
};

} // namespace sf
