#include "importformat.h"

#include "imports/formats/aliassalesimporter.h"
#include "imports/formats/manualsalesimporter.h"
#include "imports/formats/notioninventoryimporter.h"
#include "imports/formats/purchaseimporter.h"
#include "imports/formats/stockxsalesimporter.h"
#include "imports/formats/supplieraccountimporter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
template <typename Importer> std::unique_ptr<RowImporter> make(const Database &db, const ColumnMapping &)
{
    return std::make_unique<Importer>(db);
}
} // namespace

QList<ImportFormat> ImportFormat::all()
{
    return {
        {u"stockx-sales"_s, QCoreApplication::translate("ImportFormat", "StockX historical seller sales report"),
         StockXSalesImporter::requiredColumns(), false, make<StockXSalesImporter>},
        {u"alias-sales"_s, QCoreApplication::translate("ImportFormat", "Alias / GOAT sales export"),
         AliasSalesImporter::requiredColumns(), false, make<AliasSalesImporter>},
        {u"manual-sales"_s, QCoreApplication::translate("ImportFormat", "Sales sheet (SKU, sale date, status, prices)"),
         ManualSalesImporter::requiredColumns(), false, make<ManualSalesImporter>},
        {u"notion-inventory"_s, QCoreApplication::translate("ImportFormat", "Notion inventory export"),
         NotionInventoryImporter::requiredColumns(), false, make<NotionInventoryImporter>},
        {u"supplier-accounts"_s, QCoreApplication::translate("ImportFormat", "Supplier accounts"),
         SupplierAccountImporter::requiredColumns(), false, make<SupplierAccountImporter>},
        {u"purchases"_s,
         QCoreApplication::translate("ImportFormat", "Purchases (any spreadsheet of bought pairs)"),
         {},
         true,
         [](const Database &db, const ColumnMapping &mapping) {
             return std::unique_ptr<RowImporter>(std::make_unique<PurchaseImporter>(db, mapping));
         }},
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
        if (!format.needsMapping && columns.hasAll(format.requiredColumns) &&
            (!best || format.requiredColumns.size() > best->requiredColumns.size()))
            best = format;
    if (!best && ColumnMapping::guess(columns.names()).problem().isEmpty())
        return byKey(u"purchases"_s);
    return best;
}

} // namespace sf
