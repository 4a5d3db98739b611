#pragma once

#include "domain/ids.h"
#include "domain/money.h"
#include "domain/vatrate.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace sf {

// One line of a supplier's order: `quantity` pairs of a product and size at `price` each, net or gross.
struct PurchaseLine {
    ProductId product;
    SizeId size;
    int quantity = 1;
    Money price;
    bool priceIsGross = true;
    VatRate vat = VatRate::germanStandard();
};

// An order placed with a supplier (through one of its accounts, or none), as the operator records it.
struct SupplierPurchase {
    SupplierId supplier;
    QUuid account; // null: bought without an account of ours
    QString orderNumber;
    QDateTime orderedAt;
    QList<PurchaseLine> lines;
    Money shipping; // gross; shared out over the pairs' cost
    QDate expectedDelivery;
};

// A pair sent back to its supplier.
struct PairReturn {
    StockItemId item;
    Money refund;
    QString reason;
    QDateTime returnedAt;
};

} // namespace sf
