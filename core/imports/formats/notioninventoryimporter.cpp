#include "notioninventoryimporter.h"

#include "db/rowhelpers.h"
#include "imports/csv/fieldreader.h"
#include "imports/importvalues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

QStringList NotionInventoryImporter::requiredColumns()
{
    return {u"SKU"_s, u"Supplier"_s, u"Gross Buy"_s, u"VAT?"_s};
}

std::variant<NotionInventoryImporter::Row, QString> NotionInventoryImporter::read(const CsvColumns &columns,
                                                                                  const CsvRecord &record) const
{
    FieldReader fields(columns, record);
    Row row;
    ImportedPurchase &p = row.purchase;
    StockItem &item = p.item;
    p.product.styleCode = fields.text(u"SKU"_s, FieldReader::Required);
    p.product.brand = fields.text(u"Brand"_s);
    p.product.name = QString(p.product.brand + u' ' + p.product.styleCode).trimmed();
    const QString size = fields.text(u"Size"_s);
    const QString system = fields.text(u"Type"_s);
    p.product.sizeLabel = system.isEmpty() || size.isEmpty() ? sizeLabelFromNumber(size) : system + u' ' + size;
    p.supplier = fields.text(u"Supplier"_s, FieldReader::Required);
    p.reference = fields.firstText({u"Order No."_s, u"Invoice Nr."_s});
    item.grossPrice = fields.money(u"Gross Buy"_s, item.currency, FieldReader::Required);
    item.vatRate = fields.flag(u"VAT?"_s) ? VatRate::germanStandard() : VatRate(0);
    item.purchaseDate = fields.dateTime(u"Buy Date"_s);
    const QString saleId = fields.text(u"Sale ID"_s);
    const QDateTime soldAt = fields.dateTime(u"Sale Date"_s);
    const QString platform = fields.text(u"Sale Platform"_s);
    const auto grossSale = fields.optionalMoney(u"Gross Sale"_s, item.currency);
    const auto netSale = fields.optionalMoney(u"Net Sale"_s, item.currency);
    const bool paidOut = fields.flag(u"Payout Received?"_s);
    const QString status = fields.text(u"Status"_s);
    if (!fields.ok())
        return fields.error();
    if (item.grossPrice->minor() <= 0)
        return QCoreApplication::translate("NotionInventoryImporter", "Gross Buy must be more than zero.");
    item.netPrice = item.vatRate.netFromGross(*item.grossPrice);
    if (saleId.isEmpty() && !soldAt.isValid())
        return row; // still in stock
    if (saleId.isEmpty())
        return QCoreApplication::translate(
            "NotionInventoryImporter",
            "The pair has a Sale Date but no Sale ID, which keeps sales from being imported twice.");
    if (!soldAt.isValid())
        return QCoreApplication::translate("NotionInventoryImporter", "Sale Date is missing for sale %1.").arg(saleId);
    if (item.purchaseDate.isValid() && soldAt.date() < item.purchaseDate.date())
        return QCoreApplication::translate("NotionInventoryImporter", "Sale Date %1 is before Buy Date %2.")
            .arg(soldAt.date().toString(Qt::ISODate), item.purchaseDate.date().toString(Qt::ISODate));
    if (!grossSale && !netSale)
        return QCoreApplication::translate("NotionInventoryImporter",
                                           "Neither Gross Sale nor Net Sale is given for sale %1.")
            .arg(saleId);
    const QString platformName = platform.isEmpty() ? u"Manual"_s : platform;
    ImportedSale sale = ImportedSale::on(slugify(platformName), item.currency);
    sale.marketplaceName = platformName;
    sale.orderNumber = saleId;
    sale.itemName = p.product.name;
    sale.styleCode = p.product.styleCode;
    sale.sizeLabel = p.product.sizeLabel;
    sale.brandName = p.product.brand;
    sale.salePrice = grossSale.value_or(*netSale);
    if (netSale)
        sale.otherFees = sale.salePrice - *netSale;
    if (sale.otherFees.minor() < 0)
        return QCoreApplication::translate("NotionInventoryImporter", "Net Sale is more than Gross Sale for sale %1.")
            .arg(saleId);
    sale.soldAt = soldAt;
    sale.payoutReceived = paidOut;
    sale.status = status.isEmpty() ? OrderStatus::Completed : orderstatus::fromText(status);
    sale.purchaseNet = item.netPrice;
    sale.purchaseGross = item.grossPrice;
    sale.purchaseDate = item.purchaseDate;
    sale.supplierName = p.supplier;
    row.sale = sale;
    return row;
}

RecordResult NotionInventoryImporter::check(const CsvColumns &columns, const CsvRecord &record) const
{
    const auto read = this->read(columns, record);
    if (const auto *why = std::get_if<QString>(&read))
        return RecordResult::rejected(*why);
    const Row &row = std::get<Row>(read);
    return {RecordOutcome::Valid, row.sale ? row.sale->toJson() : row.purchase.toJson(), {}};
}

Result<RecordResult> NotionInventoryImporter::store(const CsvColumns &columns, const CsvRecord &record)
{
    const auto read = this->read(columns, record);
    if (const auto *why = std::get_if<QString>(&read))
        return RecordResult::rejected(*why);
    Row row = std::get<Row>(read);
    const QString key = m_purchases.nextKey(row.purchase);
    if (!row.sale)
        return m_purchases.record(row.purchase, key);
    row.sale->purchaseKey = key;
    return m_sales.record(*row.sale);
}

void NotionInventoryImporter::forgetUncommitted()
{
    m_sales.forgetUncommitted();
    m_purchases.forgetUncommitted();
}

} // namespace sf
