#pragma once

#include "catalog/catalogresolver.h"
#include "inventory/stockitem.h"

#include <QJsonObject>

namespace sf {

// One bought pair (or lot) as a purchases sheet or an inventory export describes it.
struct ImportedPurchase {
    ProductHint product;
    QString supplier;
    QString reference; // order or invoice number, when the file has one
    StockItem item;    // prices, VAT, date, quantity, location, notes; ids are filled in when stored

    // What the row says, as a key: the same row in a later import yields the same key.
    QString contentKey() const;
    QJsonObject toJson() const;
};

} // namespace sf
