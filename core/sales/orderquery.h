#pragma once

#include "db/keysetpaging.h"
#include "domain/ids.h"
#include "domain/money.h"
#include "orderstatus.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sf {

// What the Orders page asks for. Open orders are those not finished (completed, cancelled, returned,
// failed) or still waiting for their payout.
struct OrderQuery {
    enum class Scope { All, Open, History };
    enum class Payout { Any, Received, Outstanding };
    enum class Sort {
        Order,
        Marketplace,
        Product,
        Size,
        State,
        SoldAt,
        Sale,
        NetProceeds,
        Cost,
        NetProfit,
        Roi,
        ShelfLife
    };

    QString text; // order number, SKU or product name
    Scope scope = Scope::All;
    Payout payout = Payout::Any;
    QString marketplaceSlug;
    std::optional<OrderStatus> status; // none for any
    // What a dashboard drill-down adds; unset parts do not restrict.
    bool countedOnly = false; // not cancelled, returned or failed
    QString currency;
    QDate soldFrom; // UTC days, both included
    QDate soldTo;
    BrandId brand;
    SupplierId supplier;
    ProductId product;
    // Net profit at least profitFrom and below profitTo; either set: only sales with a cost.
    std::optional<Money> profitFrom;
    std::optional<Money> profitTo;
    Sort sort = Sort::SoldAt;
    bool descending = true;

    bool operator==(const OrderQuery &) const = default;
};

struct OrderSummary {
    qint64 orders = 0;
    // The sums leave out cancelled, returned and failed orders; profit also those without a cost.
    qint64 saleMinor = 0;
    qint64 netProceedsMinor = 0;
    qint64 netProfitMinor = 0;
    qint64 outstandingPayouts = 0; // orders whose payout has not arrived
    qint64 withoutCost = 0;        // sold pairs whose purchase price is unknown
};

} // namespace sf
