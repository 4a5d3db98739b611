#pragma once

#include "domain/ids.h"
#include "domain/itemstatus.h"
#include "domain/money.h"

#include <QDateTime>

#include <optional>

namespace sf {

// A pair still open with its supplier: on its way, or back in stock while it can still be returned.
struct SupplierPair {
    StockItemId item;
    QString product;
    QString sku;
    QString size;
    ItemStatus status = ItemStatus::InStock;
    QString orderNumber;
    QDateTime boughtAt;
    QDate expectedDelivery;
    QDateTime deliveredAt; // invalid: not received yet
    std::optional<Money> grossPrice;
    QDateTime returnDeadline; // invalid: the supplier takes no returns, or the pair is on its way
    bool incoming = false;    // ordered and not received yet
};

} // namespace sf
