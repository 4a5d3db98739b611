#pragma once

#include "catalog/product.h"
#include "db/database.h"
#include "inventory/stockitem.h"
#include "sales/orderstatus.h"

#include <QDate>

namespace sf::test {

Money eurText(const char *amount);

// One product and size sold through the real repositories: pairs, their sales with fees and payouts, and
// the StockX figures of the size.
struct SalesShop {
    Database &db;
    Product product;
    SizeId size;
    SupplierId supplier;

    // A pair bought for `gross` ("0": a pair whose price nobody wrote down).
    StockItem pair(const char *gross, const QDate &purchased, ItemStatus status) const;
    // Sold at 15:30 UTC on `soldOn`; a paid-out sale is paid ten days later.
    void sell(const StockItem &item, const QString &marketplace, const QString &number, const QDate &soldOn,
              const char *price, const char *sellerFee, const char *processingFee, OrderStatus status, bool paidOut);
    // An active StockX listing of `item` at `amount`.
    ListingId listOnStockX(const StockItem &item, const QString &externalId, const char *amount) const;
    // The StockX figures of this shop's product and size on `day`.
    void market(const QDate &day, const char *ask, const char *bid);
    VariantId variant;
};

} // namespace sf::test
