#pragma once

#include "db/database.h"
#include "domain/money.h"

namespace sf {

// What the opportunity figures depend on besides the data: the StockX price an offer is valued at, the
// operator's seller level (its fee rules) and their cost of shipping a pair to StockX.
struct OpportunitySettings {
    enum class Basis { LowestAsk, SellFaster };
    Basis basis = Basis::LowestAsk;
    int sellerLevel = 1;
    Money shipping = Money(0, QStringLiteral("EUR"));
    QString currency = QStringLiteral("EUR");

    static constexpr auto kBasisKey = "awin.price_basis"; // lowest_ask | sell_faster
    static constexpr auto kShippingKey = "awin.shipping_cost";

    static Result<OpportunitySettings> load(const Database &db);
    Status save(const Database &db) const;
};

} // namespace sf
