#pragma once

#include "imports/csv/columnmapping.h"
#include "imports/purchaserecorder.h"
#include "pricing/profitabilitycheck.h"

#include <variant>

namespace sf {

// Any spreadsheet of bought pairs, read through a ColumnMapping: each row becomes a stock item through
// the PurchaseRecorder. Net or gross price completes the other at the row's VAT rate (19 % when none
// is given). A checked row (the preview, a dry run) also says whether it pays at StockX's highest bid
// after fees (ProfitabilityCheck).
class PurchaseImporter : public RowImporter {
public:
    PurchaseImporter(const Database &db, ColumnMapping mapping);

    RecordResult check(const CsvColumns &columns, const CsvRecord &record) const override;
    Result<RecordResult> store(const CsvColumns &columns, const CsvRecord &record) override;
    void forgetUncommitted() override { m_recorder.forgetUncommitted(); }
    void committed() override { m_recorder.committed(); }

private:
    std::variant<ImportedPurchase, QString> read(const CsvColumns &columns, const CsvRecord &record) const;
    QString field(const CsvColumns &columns, const CsvRecord &record, ColumnMapping::Field field) const;

    ColumnMapping m_mapping;
    PurchaseRecorder m_recorder;
    ProfitabilityCheck m_profitability;
};

} // namespace sf
