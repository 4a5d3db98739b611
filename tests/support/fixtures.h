#pragma once

#include "appcontext.h"
#include "catalog/product.h"
#include "db/database.h"
#include "inventory/stockitem.h"

namespace sf::test {

// A product of the seeded Sneakers category with the given SKU and brand.
Product makeProduct(const Database &db, const QString &sku, const QString &name,
                    const QString &brand = QStringLiteral("Nike"));
SizeId sizeId(const Database &db, const QString &label);
StockItem makeItem(const ProductId &product, const SizeId &size, const char *gross, const QDate &purchased = {});
// What the app hands its main window, on a second connection to `db` and with secrets in memory.
AppContext appContextFor(const Database &db);

} // namespace sf::test
