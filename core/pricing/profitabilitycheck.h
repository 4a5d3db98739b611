#pragma once

#include "db/database.h"
#include "domain/money.h"
#include "sales/marketplace.h"

#include <optional>

namespace sf {

// Whether buying a pair at a supplier's price pays, before it is bought (original-system.md §3.13), but
// after StockX's fees, which the original left out: the pair sold to the size's highest bid nets
// bid − fees; profit = that − supplier price − 5.00 operational cost; margin = profit ÷ bid. Profitable
// when the margin is at least 15 % and the profit positive.
struct ProfitabilityVerdict {
    enum class Kind { Profitable, NotProfitable, Unknown };
    Kind kind = Kind::Unknown;
    std::optional<Money> highestBid;
    std::optional<Money> netProceeds;
    std::optional<Money> profit;
    std::optional<double> marginPercent;
    QString reason;
};

class ProfitabilityCheck {
public:
    static constexpr qint64 kMinimumMarginBp = 1500;
    static constexpr qint64 kOperationalCostCents = 500;

    explicit ProfitabilityCheck(const Database &db)
        : m_db(db)
    {}

    // The verdict for a product (by style code) and size (as written) at `supplierPrice` (net).
    Result<ProfitabilityVerdict> check(const QString &styleCode, const QString &sizeLabel,
                                       const Money &supplierPrice) const;
    // The verdict itself, from a highest bid and StockX's fees.
    static ProfitabilityVerdict judge(const std::optional<Money> &highestBid, const Money &supplierPrice,
                                      const QList<FeeRule> &fees);

private:
    Result<std::optional<Money>> highestBid(const QString &styleCode, const QString &sizeLabel,
                                            const QString &currency) const;

    const Database &m_db;
    mutable std::optional<QList<FeeRule>> m_fees; // read once per check object
};

} // namespace sf
