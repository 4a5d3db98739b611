#include "stockxsalesimporter.h"

#include "imports/csv/fieldreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// A fee in its own currency column must be in the sale's currency to be subtracted exactly.
Money fee(FieldReader &fields, const QString &column, const QString &currency)
{
    const QString feeCurrency = fields.currency(column + u" Currency"_s, currency);
    if (feeCurrency != currency)
        fields.fail(QCoreApplication::translate("StockXSalesImporter", "%1 is in %2 but the sale is in %3.")
                        .arg(column, feeCurrency, currency));
    return fields.money(column, currency);
}
} // namespace

QStringList StockXSalesImporter::requiredColumns()
{
    return {u"Order Number"_s, u"Sale Date"_s, u"Item"_s, u"Listing Price"_s};
}

QStringList StockXSalesImporter::privateColumns() const
{
    return {u"Seller Name"_s,       u"Seller Address (Billing)"_s,
            u"Seller VAT Number"_s, u"Sold To Name"_s,
            u"Sold To address"_s,   u"Ship From Address"_s,
            u"Ship To Address"_s,   u"Fiscal Representative Address"_s};
}

SaleRowImporter::SaleOrError StockXSalesImporter::readSale(const CsvColumns &columns, const CsvRecord &record) const
{
    FieldReader fields(columns, record);
    ImportedSale sale = ImportedSale::on(u"stockx"_s, fields.currency(u"Listing Price Currency"_s, u"EUR"_s));
    sale.orderNumber = fields.text(u"Order Number"_s, FieldReader::Required);
    sale.itemName = fields.text(u"Item"_s, FieldReader::Required);
    sale.soldAt = fields.dateTime(u"Sale Date"_s, FieldReader::Required);
    sale.salePrice = fields.money(u"Listing Price"_s, sale.currency, FieldReader::Required);
    sale.sellerFee = fee(fields, u"Seller Fee"_s, sale.currency);
    sale.processingFee = fee(fields, u"Payment Processing"_s, sale.currency);
    sale.shippingFee = fee(fields, u"Shipping Fee"_s, sale.currency);
    const auto payout = fields.optionalMoney(u"Total Gross Amount (Total Payout)"_s, sale.currency);
    sale.styleCode = fields.firstText({u"Style"_s, u"SKU"_s});
    sale.sizeLabel = fields.firstText({u"Sku Size"_s, u"Size"_s});
    sale.payoutDate = fields.dateTime(u"Payout date"_s);
    sale.buyerCountry = fields.text(u"Buyer Destination Country"_s);
    const QString quantity = fields.text(u"Quantity"_s);
    if (!fields.ok())
        return fields.error();
    if (!quantity.isEmpty() && quantity != u"1"_s)
        return QCoreApplication::translate("StockXSalesImporter",
                                           "Quantity %1: a sales report row is expected to be one pair.")
            .arg(quantity);
    if (sale.salePrice.minor() < 0)
        return QCoreApplication::translate("StockXSalesImporter", "Listing Price %1 is negative.")
            .arg(sale.salePrice.toDecimalString());
    if (payout)
        sale.otherFees = sale.salePrice - sale.sellerFee - sale.processingFee - sale.shippingFee - *payout;
    return sale;
}

} // namespace sf
