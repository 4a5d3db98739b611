#pragma once

#include "imports/rowimporter.h"
#include "sales/importedsale.h"
#include "sales/salerecorder.h"

#include <variant>

namespace sf {

// The part every sales format shares: a row is read into an ImportedSale (or a reason to reject it)
// and the SaleRecorder stores it.
class SaleRowImporter : public RowImporter {
public:
    explicit SaleRowImporter(const Database &db)
        : m_recorder(db)
    {}

    RecordResult check(const CsvColumns &columns, const CsvRecord &record) const override;
    Result<RecordResult> store(const CsvColumns &columns, const CsvRecord &record) override;
    Status prepare(const CsvColumns &columns, const QList<CsvRecord> &records) override;
    void forgetUncommitted() override { m_recorder.forgetUncommitted(); }

protected:
    using SaleOrError = std::variant<ImportedSale, QString>;
    virtual SaleOrError readSale(const CsvColumns &columns, const CsvRecord &record) const = 0;

private:
    SaleRecorder m_recorder;
};

} // namespace sf
