#pragma once

#include "catalog/catalogresolver.h"
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
    Result<RecordResult> record(ImportedPurchase purchase) { return record(purchase, nextKey(purchase)); }
    Result<RecordResult> record(ImportedPurchase purchase, const QString &key);
    void committed() { m_uncommitted.clear(); }
    void forgetUncommitted();

private:
    StockService m_stock;
    CatalogResolver m_catalog;
    // Rows with that content so far, by the first 64 bits of the content key (a SHA-256): 20-odd bytes
    // a row instead of a copy of the key, so a million-row sheet costs tens of MB, not hundreds.
    QHash<quint64, int> m_seen;
    QList<quint64> m_uncommitted; // counted since the last commit, to take back after a rollback
};

} // namespace sf
