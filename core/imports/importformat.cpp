#include "importformat.h"

#include "aliassalesimporter.h"
#include "manualsalesimporter.h"
#include "stockxsalesimporter.h"
#include "supplieraccountimporter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
template <typename Importer> std::unique_ptr<RowImporter> make(const Database &db)
{
    return std::make_unique<Importer>(db);
}
} // namespace

QList<ImportFormat> ImportFormat::all()
{
    return {
        {u"stockx-sales"_s, QCoreApplication::translate("ImportFormat", "StockX historical seller sales report"),
         StockXSalesImporter::requiredColumns(), make<StockXSalesImporter>},
        {u"alias-sales"_s, QCoreApplication::translate("ImportFormat", "Alias / GOAT sales export"),
         AliasSalesImporter::requiredColumns(), make<AliasSalesImporter>},
        {u"manual-sales"_s, QCoreApplication::translate("ImportFormat", "Sales sheet (SKU, sale date, status, prices)"),
         ManualSalesImporter::requiredColumns(), make<ManualSalesImporter>},
        {u"supplier-accounts"_s, QCoreApplication::translate("ImportFormat", "Supplier accounts"),
         SupplierAccountImporter::requiredColumns(), make<SupplierAccountImporter>},
    };
}

std::optional<ImportFormat> ImportFormat::byKey(const QString &key)
{
    for (const ImportFormat &format : all())
        if (format.key == key)
            return format;
    return std::nullopt;
}

std::optional<ImportFormat> ImportFormat::detect(const CsvColumns &columns)
{
    std::optional<ImportFormat> best;
    for (const ImportFormat &format : all())
        if (columns.hasAll(format.requiredColumns) &&
            (!best || format.requiredColumns.size() > best->requiredColumns.size()))
            best = format;
    return best;
}

} // namespace sf
