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
    // Reads what recording these sales needs in a few queries (their orders, listings, products, the pairs
    // they may sell), so record() asks the database per sale only for what changed since. For a chunk of
    // sales about to be recorded in one transaction; what it read is kept until forgetUncommitted() or
    // the next prefetch().
    Status prefetch(const QList<ImportedSale> &sales);
    void forgetUncommitted();

private:
    Result<Marketplace> marketplace(const ImportedSale &sale);
    Result<StockItem> soldItem(const ImportedSale &sale);
    Result<std::optional<StockItem>> itemByImportKey(const QString &key) const;
    // The listing an API sale names, when we know it: its pair is the one sold.
    Result<std::optional<Listing>> listingOf(const ImportedSale &sale, const Marketplace &marketplace) const;
    Result<StockItem> listedItem(const Listing &listing);
    Order orderFor(const ImportedSale &sale, const Marketplace &marketplace, const StockItem &item) const;
    Result<std::optional<Order>> existingOrder(const Marketplace &marketplace, const QString &number) const;
    Result<std::optional<StockItem>> item(const StockItemId &id) const;
    Result<std::optional<StockItem>> oldestUnsold(const ProductId &product, const SizeId &size);
    // The pair is no longer for sale (or was changed): the prefetched copies of it go.
    void forgetItem(const StockItem &item);
    Status prefetchOrders(const Marketplace &marketplace, const QStringList &numbers);
    Status prefetchListings(const Marketplace &marketplace, const QStringList &ids);
    Status prefetchUnsold(const QList<ImportedSale> &sales);

    const Database &m_db;
    StockService m_stock;
    CatalogResolver m_catalog;
    QHash<QString, Marketplace> m_marketplaces;
    // Read by prefetch(), kept up to date by record(); a key that is present is the whole answer.
    QHash<QString, std::optional<Order>> m_orders;     // by marketplace id and order number
    QHash<QString, std::optional<Listing>> m_listings; // by marketplace id and listing id
    QHash<StockItemId, StockItem> m_items;             // the pairs of known orders
    QHash<QString, QList<StockItem>> m_unsold;         // by product and size, oldest first
};

} // namespace sf
