#include "aliassalesimporter.h"

#include "imports/csv/fieldreader.h"
#include "imports/importvalues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

QStringList AliasSalesImporter::requiredColumns()
{
    return {u"ORDER_NUMBER"_s, u"NAME"_s, u"PRODUCT_PRICE_CENTS_SALE_PRICE"_s, u"CREDIT_DATE"_s};
}

SaleRowImporter::SaleOrError AliasSalesImporter::readSale(const CsvColumns &columns, const CsvRecord &record) const
{
    FieldReader fields(columns, record);
    ImportedSale sale = ImportedSale::on(u"alias"_s, u"USD"_s);
    sale.orderNumber = fields.text(u"ORDER_NUMBER"_s, FieldReader::Required);
    sale.itemName = fields.text(u"NAME"_s, FieldReader::Required);
    sale.salePrice = fields.money(u"PRODUCT_PRICE_CENTS_SALE_PRICE"_s, sale.currency, FieldReader::Required);
    sale.payoutDate = fields.dateTime(u"CREDIT_DATE"_s, FieldReader::Required);
    sale.soldAt = fields.dateTime(u"PURCHASED_DATE"_s);
    if (!sale.soldAt.isValid())
        sale.soldAt = sale.payoutDate;
    sale.styleCode = fields.text(u"SKU"_s);
    sale.sizeLabel = sizeLabelFromNumber(fields.text(u"SIZE"_s));
    if (!fields.ok())
        return fields.error();
    if (sale.salePrice.minor() < 0)
        return QCoreApplication::translate("AliasSalesImporter", "PRODUCT_PRICE_CENTS_SALE_PRICE %1 is negative.")
            .arg(sale.salePrice.toDecimalString());
    return sale;
}

} // namespace sf
