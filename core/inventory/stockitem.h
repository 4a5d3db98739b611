#pragma once

#include "domain/ids.h"
#include "domain/itemstatus.h"
#include "domain/money.h"
#include "domain/vatrate.h"

#include <QDateTime>
#include <optional>

namespace sf {

// One pair (or a lot of identical pairs) the reseller owns, as stored in inventory.stock.
struct StockItem {
    StockItemId id;
    ProductId productId;
    SizeId sizeId;
    SupplierId supplierId;
    int quantity = 1;
    std::optional<Money> netPrice;   // purchase price without VAT
    std::optional<Money> grossPrice; // purchase price with VAT
    VatRate vatRate = VatRate::germanStandard();
    QString currency = QStringLiteral("EUR");
    QDateTime purchaseDate;
    ItemStatus status = ItemStatus::InStock;
    QString location;
    QString notes;
    bool listedStockX = false;
    bool listedAlias = false;
    bool listedLocal = false;
    bool createdByImport = false;
    QString importKey; // set by imports when created, so importing the same file again recognises the row
    // The stored row's version when it was read (0: not read; written without a check) and who changed
    // it last, when: an update over an older version is refused (see StockRepository::update).
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;

    // Fills the missing one of net/gross from the other at the item's VAT rate.
    void completePrices();
};

} // namespace sf
