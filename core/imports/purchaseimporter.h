#pragma once

#include "catalogresolver.h"
#include "columnmapping.h"
#include "inventory/stockservice.h"
#include "rowimporter.h"

#include <variant>

namespace sf {

// Any spreadsheet of bought pairs, read through a ColumnMapping: each row becomes a stock item (in
// stock, flagged as created by import) with its product, size and supplier found or created. Net or
// gross price completes the other at the row's VAT rate (19 % when none is given).
//
// Rows are recognised on a later import by a key made of what they say (supplier, reference, SKU, size,
// date, prices, quantity) and how often the same row occurred before in the file, so identical rows for
// two identical pairs both land and importing the file again adds nothing.
class PurchaseImporter : public RowImporter {
public:
    PurchaseImporter(const Database &db, ColumnMapping mapping);

    RowResult check(const CsvColumns &columns, const CsvRecord &record) const override;
    Result<RowResult> store(const CsvColumns &columns, const CsvRecord &record) override;
    void forgetUncommitted() override;
    void committed() override { m_seenCommitted = m_seen; }

private:
    struct Purchase {
        ProductHint product;
        QString supplier;
        QString reference;
        StockItem item;
        QString contentKey;
    };
    std::variant<Purchase, QString> read(const CsvColumns &columns, const CsvRecord &record) const;
    QString field(const CsvColumns &columns, const CsvRecord &record, ColumnMapping::Field field) const;
    static QJsonObject toJson(const Purchase &purchase);

    const Database &m_db;
    ColumnMapping m_mapping;
    StockService m_stock;
    CatalogResolver m_catalog;
    QHash<QString, int> m_seen; // content key -> rows with that content so far
    QHash<QString, int> m_seenCommitted;
};

} // namespace sf
