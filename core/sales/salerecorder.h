#pragma once

#include "catalog/catalogresolver.h"
#include "db/database.h"
#include "importedsale.h"
#include "inventory/stockservice.h"
#include "listing.h"
#include "marketplace.h"
#include "order.h"
#include "sales/recordoutcome.h"

#include <QHash>

namespace sf {

// Stores imported sales as orders, one per marketplace order number: a new number becomes an order
// linked to the oldest unsold pair of the same product and size (or to a sold pair created for it,
// flagged as created by import); a known number is updated when the file says something new and
// otherwise counted as a duplicate. Products are found by style code or created with the brand the
// item name names. Runs inside the caller's transaction.
class SaleRecorder {
public:
    explicit SaleRecorder(const Database &db);

    Result<RecordResult> record(const ImportedSale &sale);
    void forgetUncommitted();

private:
    Result<Marketplace> marketplace(const ImportedSale &sale);
    Result<StockItem> soldItem(const ImportedSale &sale);
    Result<std::optional<StockItem>> itemByImportKey(const QString &key) const;
    // The listing an API sale names, when we know it: its pair is the one sold.
    Result<std::optional<Listing>> listingOf(const ImportedSale &sale, const Marketplace &marketplace) const;
    Result<StockItem> listedItem(const Listing &listing);
    Order orderFor(const ImportedSale &sale, const Marketplace &marketplace, const StockItem &item) const;

    const Database &m_db;
    StockService m_stock;
    CatalogResolver m_catalog;
    QHash<QString, Marketplace> m_marketplaces;
};

} // namespace sf
