#pragma once

#include "domain/ids.h"
#include "domain/money.h"

#include <QDateTime>
#include <optional>

namespace sf {

struct Marketplace {
    MarketplaceId id;
    QString name;
    QString slug;
    qint64 feePercentBp = 0; // headline fee, hundredths of a percent
    bool supportsFees = true;
    bool active = true;
    QString defaultCurrency;
};

struct FeeRule {
    QString feeType;         // transaction, payment_processing, shipping, custom
    QString calculationType; // percentage, fixed, tiered
    qint64 valueBp = 0;      // percentage in hundredths of a percent, or a fixed amount in cents
    std::optional<Money> minimumFee;
    std::optional<int> sellerLevel;
    QDateTime effectiveFrom;
    QDateTime effectiveUntil;
};

} // namespace sf
