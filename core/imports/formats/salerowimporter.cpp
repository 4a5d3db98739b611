#include "salerowimporter.h"

namespace sf {

RecordResult SaleRowImporter::check(const CsvColumns &columns, const CsvRecord &record) const
{
    const SaleOrError sale = readSale(columns, record);
    if (const auto *why = std::get_if<QString>(&sale))
        return RecordResult::rejected(*why);
    return {RecordOutcome::Valid, std::get<ImportedSale>(sale).toJson(), {}};
}

Result<RecordResult> SaleRowImporter::store(const CsvColumns &columns, const CsvRecord &record)
{
    const SaleOrError sale = readSale(columns, record);
    if (const auto *why = std::get_if<QString>(&sale))
        return RecordResult::rejected(*why);
    return m_recorder.record(std::get<ImportedSale>(sale));
}

} // namespace sf
