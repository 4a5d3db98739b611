#pragma once

#include "imports/importedpurchase.h"
#include "imports/purchaserecorder.h"
#include "imports/rowimporter.h"
#include "sales/importedsale.h"
#include "sales/salerecorder.h"

#include <variant>

namespace sf {

// The CSV export of a Notion inventory database (original-system.md §6.4): one row per pair with SKU,
// Brand, Size (Type names the size system), Supplier, Gross Buy, VAT?, Buy Date, Order No., and for
// sold pairs Sale ID, Sale Date, Sale Platform, Gross/Net Sale, Payout Received? and Status.
//
// Unsold rows become stock; sold rows become orders on their platform with profit, ROI and shelf life
// recomputed from the row's own purchase. A pair imported while unsold is recognised when a later
// export shows it sold, and is sold instead of added again.
class NotionInventoryImporter : public RowImporter {
public:
    explicit NotionInventoryImporter(const Database &db)
        : m_sales(db)
        , m_purchases(db)
    {}

    static QStringList requiredColumns();

    RecordResult check(const CsvColumns &columns, const CsvRecord &record) const override;
    Result<RecordResult> store(const CsvColumns &columns, const CsvRecord &record) override;
    void forgetUncommitted() override;
    void committed() override { m_purchases.committed(); }

private:
    struct Row {
        ImportedPurchase purchase;
        std::optional<ImportedSale> sale;
    };
    std::variant<Row, QString> read(const CsvColumns &columns, const CsvRecord &record) const;

    SaleRecorder m_sales;
    PurchaseRecorder m_purchases;
};

} // namespace sf
