#pragma once

#include "domain/ids.h"

#include <QDate>

namespace sf {

// A row of pricing.brand_multipliers: a brand's premium, discount or seasonal factor in thousandths.
struct BrandMultiplier {
    QString id;
    BrandId brand;
    QString type = QStringLiteral("premium"); // premium, discount, seasonal
    int valueThousandths = 1000;
    bool active = true;
    QDate effectiveFrom;
    QDate effectiveUntil; // invalid: open-ended
};

} // namespace sf
