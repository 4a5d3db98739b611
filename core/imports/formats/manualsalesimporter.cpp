#include "manualsalesimporter.h"

#include "db/rowhelpers.h"
#include "imports/csv/fieldreader.h"
#include "imports/importvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QString derivedOrderNumber(const QStringList &parts)
{
    const QByteArray digest = QCryptographicHash::hash(parts.join(u'|').toUtf8(), QCryptographicHash::Sha1);
    return u"manual-"_s + QString::fromLatin1(digest.toHex().left(16));
}
} // namespace

QStringList ManualSalesImporter::requiredColumns()
{
    return {u"SKU"_s, u"Sale Date"_s, u"Status"_s};
}

SaleRowImporter::SaleOrError ManualSalesImporter::readSale(const CsvColumns &columns, const CsvRecord &record) const
{
    FieldReader fields(columns, record);
    const QString platform = fields.text(u"Platform"_s);
    const QString currency = fields.currency(u"Currency"_s, u"EUR"_s);
    ImportedSale sale = ImportedSale::on(slugify(platform.isEmpty() ? u"Manual"_s : platform), currency);
    sale.marketplaceName = platform.isEmpty() ? u"Manual"_s : platform;
    sale.styleCode = fields.text(u"SKU"_s, FieldReader::Required);
    sale.soldAt = fields.dateTime(u"Sale Date"_s, FieldReader::Required);
    sale.status = orderstatus::fromText(fields.text(u"Status"_s, FieldReader::Required));
    sale.brandName = fields.text(u"Brand"_s);
    const QString name = fields.text(u"Product Name"_s);
    sale.itemName = !name.isEmpty() ? name : QString(sale.brandName + u' ' + sale.styleCode).trimmed();
    sale.sizeLabel = sizeLabelFromNumber(fields.text(u"Size"_s));
    sale.purchaseGross = fields.optionalMoney(u"Gross Buy"_s, currency);
    sale.purchaseNet = fields.optionalMoney(u"Net Buy"_s, currency);
    sale.purchaseDate = fields.dateTime(u"Buy Date"_s);
    sale.supplierName = fields.text(u"Supplier"_s);
    const auto gross = fields.optionalMoney(u"Gross Sale"_s, currency);
    const auto net = fields.optionalMoney(u"Net Sale"_s, currency);
    sale.orderNumber = fields.firstText({u"Order Number"_s, u"Sale ID"_s, u"Order No."_s});
    if (!fields.ok())
        return fields.error();
    if (!gross && !net)
        return QCoreApplication::translate("ManualSalesImporter", "Neither Gross Sale nor Net Sale is given.");
    sale.salePrice = gross.value_or(*net);
    if (net)
        sale.otherFees = sale.salePrice - *net; // the platform's cut, as the sheet records it
    if (sale.salePrice.minor() < 0 || sale.otherFees.minor() < 0)
        return QCoreApplication::translate("ManualSalesImporter",
                                           "Net Sale is more than Gross Sale, or a price is negative.");
    if (sale.orderNumber.isEmpty())
        sale.orderNumber = derivedOrderNumber({sale.styleCode, sale.sizeLabel, sale.soldAt.toString(Qt::ISODate),
                                               sale.salePrice.toDecimalString(), sale.otherFees.toDecimalString(),
                                               sale.marketplaceSlug});
    return sale;
}

} // namespace sf
