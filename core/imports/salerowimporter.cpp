#include "salerowimporter.h"

namespace sf {

RowResult SaleRowImporter::check(const CsvColumns &columns, const CsvRecord &record) const
{
    const SaleOrError sale = readSale(columns, record);
    if (const auto *why = std::get_if<QString>(&sale))
        return RowResult::rejected(*why);
    return {RowOutcome::Valid, std::get<ImportedSale>(sale).toJson(), {}};
}

Result<RowResult> SaleRowImporter::store(const CsvColumns &columns, const CsvRecord &record)
{
    const SaleOrError sale = readSale(columns, record);
    if (const auto *why = std::get_if<QString>(&sale))
        return RowResult::rejected(*why);
    return m_recorder.record(std::get<ImportedSale>(sale));
}

} // namespace sf
