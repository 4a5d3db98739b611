#pragma once

#include "domain/money.h"

#include <optional>

namespace sf {

// Pairs on hand whose days in stock fall in [fromDays, toDays]; no toDays: and older.
struct AgeingBand {
    int fromDays = 0;
    std::optional<int> toDays;
    qint64 pairs = 0;
    Money capital; // net purchase prices × quantity
};

} // namespace sf
