#pragma once

#include "db/keysetpaging.h"
#include "domain/ids.h"
#include "domain/money.h"
#include "domain/orderfinancials.h"
#include "orderstatus.h"

#include <QDateTime>

#include <optional>

namespace sf {

// An order joined with what the Orders table shows next to it: the pair, its cost, the marketplace.
struct OrderRow {
    OrderId id;
    StockItemId itemId;
    QString orderNumber;
    QString marketplace;
    QString marketplaceSlug;
    QString productName;
    QString sku;
    QString sizeLabel;
    OrderStatus status = OrderStatus::Pending;
    QString platformStatus;
    QDateTime soldAt;
    QString currency;
    std::optional<Money> sale;
    std::optional<Money> netProceeds;
    std::optional<Money> cost;
    std::optional<Money> netProfit;
    std::optional<PercentBp> roi;
    std::optional<int> shelfLifeDays;
    bool payoutReceived = false;
    QDateTime payoutDate;
    QString shippingDocumentPath;
    QString shippingId; // the marketplace's id of the shipping document, when it has one
};

using OrderRowPage = KeysetPage<OrderRow>;

} // namespace sf
