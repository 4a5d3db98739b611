#include "salerowimporter.h"

namespace sf {

RecordResult SaleRowImporter::check(const CsvColumns &columns, const CsvRecord &record) const
{
    const SaleOrError sale = readSale(columns, record);
    if (const auto *why = std::get_if<QString>(&sale))
        return RecordResult::rejected(*why);
    return {RecordOutcome::Valid, std::get<ImportedSale>(sale).toJson(), {}};
}

Status SaleRowImporter::prepare(const CsvColumns &columns, const QList<CsvRecord> &records)
{
    QList<ImportedSale> sales;
    for (const CsvRecord &record : records)
        if (const SaleOrError sale = record.error.isEmpty() ? readSale(columns, record) : SaleOrError(record.error);
            std::holds_alternative<ImportedSale>(sale))
            sales << std::get<ImportedSale>(sale);
    return m_recorder.prefetch(sales);
}

Result<RecordResult> SaleRowImporter::store(const CsvColumns &columns, const CsvRecord &record)
{
    const SaleOrError sale = readSale(columns, record);
    if (const auto *why = std::get_if<QString>(&sale))
        return RecordResult::rejected(*why);
    return m_recorder.record(std::get<ImportedSale>(sale));
}

} // namespace sf
