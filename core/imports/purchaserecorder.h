#pragma once

#include "catalogresolver.h"
#include "importedpurchase.h"
#include "inventory/stockservice.h"
#include "rowimporter.h"

namespace sf {

// Stores imported purchases as stock items (in stock, flagged as created by import) with their
// product, size and supplier found or created, inside the caller's transaction.
//
// A row is recognised on a later import by its content key plus how often the same content occurred
// before in the file, so identical rows for two identical pairs both land and importing the file
// again adds nothing.
class PurchaseRecorder {
public:
    explicit PurchaseRecorder(const Database &db)
        : m_stock(db)
        , m_catalog(db)
    {}

    // The key the next row with this content gets (its content key and how often it came before).
    QString nextKey(const ImportedPurchase &purchase);
    Result<RowResult> record(ImportedPurchase purchase) { return record(purchase, nextKey(purchase)); }
    Result<RowResult> record(ImportedPurchase purchase, const QString &key);
    void committed() { m_seenCommitted = m_seen; }
    void forgetUncommitted();

private:
    StockService m_stock;
    CatalogResolver m_catalog;
    QHash<QString, int> m_seen; // content key -> rows with that content so far
    QHash<QString, int> m_seenCommitted;
};

} // namespace sf
