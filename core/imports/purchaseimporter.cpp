#include "purchaseimporter.h"

#include "catalog/sizerepository.h"
#include "fieldreader.h"
#include "importvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
using Field = ColumnMapping::Field;
} // namespace

PurchaseImporter::PurchaseImporter(const Database &db, ColumnMapping mapping)
    : m_db(db)
    , m_mapping(std::move(mapping))
    , m_stock(db)
    , m_catalog(db)
{}

QString PurchaseImporter::field(const CsvColumns &columns, const CsvRecord &record, Field field) const
{
    const QString value = columns.value(record, m_mapping.column(field));
    return isMissingValue(value) ? QString() : value;
}

std::variant<PurchaseImporter::Purchase, QString> PurchaseImporter::read(const CsvColumns &columns,
                                                                         const CsvRecord &record) const
{
    auto text = [&](Field f) { return m_mapping.has(f) ? field(columns, record, f) : QString(); };
    auto named = [&](Field f) { return m_mapping.column(f); };
    Purchase p;
    StockItem &item = p.item;
    p.product.styleCode = text(Field::Sku);
    if (p.product.styleCode.isEmpty())
        return QCoreApplication::translate("PurchaseImporter", "%1 is missing.").arg(named(Field::Sku));
    p.product.brand = text(Field::Brand);
    p.product.name = text(Field::ProductName);
    if (p.product.name.isEmpty())
        p.product.name = QString(p.product.brand + u' ' + p.product.styleCode).trimmed();
    p.product.sizeLabel = sizeLabelFromNumber(text(Field::Size));
    if (!p.product.sizeLabel.isEmpty() && !SizeRepository::parseLabel(p.product.sizeLabel))
        return QCoreApplication::translate("PurchaseImporter", "%1 \"%2\" is not a size (examples: 10, 8.5W, 42, M).")
            .arg(named(Field::Size), p.product.sizeLabel);
    p.supplier = text(Field::Supplier);
    p.reference = text(Field::Reference);
    if (const QString vat = text(Field::VatRate); !vat.isEmpty()) {
        const auto rate = VatRate::parse(QString(vat).remove(u'%'));
        if (!rate)
            return QCoreApplication::translate("PurchaseImporter", "%1 \"%2\" is not a VAT rate.")
                .arg(named(Field::VatRate), vat);
        item.vatRate = *rate;
    }
    for (const auto &[f, price] :
         {std::pair(Field::NetPrice, &item.netPrice), std::pair(Field::GrossPrice, &item.grossPrice)}) {
        const QString value = text(f);
        if (value.isEmpty())
            continue;
        *price = Money::parse(value, item.currency);
        if (!*price || (*price)->minor() < 0)
            return QCoreApplication::translate("PurchaseImporter", "%1 \"%2\" is not an amount.").arg(named(f), value);
    }
    if (!item.netPrice && !item.grossPrice)
        return QCoreApplication::translate("PurchaseImporter", "Neither %1 nor %2 is given.")
            .arg(m_mapping.has(Field::NetPrice) ? named(Field::NetPrice) : ColumnMapping::title(Field::NetPrice),
                 m_mapping.has(Field::GrossPrice) ? named(Field::GrossPrice) : ColumnMapping::title(Field::GrossPrice));
    if (const QString date = text(Field::PurchaseDate); !date.isEmpty()) {
        const auto parsed = parseImportDateTime(date);
        if (!parsed)
            return QCoreApplication::translate("PurchaseImporter", "%1 \"%2\" is not a date.")
                .arg(named(Field::PurchaseDate), date);
        item.purchaseDate = *parsed;
    }
    if (const QString quantity = text(Field::Quantity); !quantity.isEmpty()) {
        bool ok = false;
        item.quantity = quantity.toInt(&ok);
        if (!ok || item.quantity < 1 || item.quantity > 10000)
            return QCoreApplication::translate("PurchaseImporter", "%1 \"%2\" is not a number of pairs.")
                .arg(named(Field::Quantity), quantity);
    }
    item.completePrices();
    item.location = text(Field::Location).left(50);
    item.notes = text(Field::Notes);
    item.createdByImport = true;
    const QStringList key{p.supplier.toLower(),
                          p.reference,
                          p.product.styleCode.toUpper(),
                          p.product.sizeLabel,
                          item.purchaseDate.date().toString(Qt::ISODate),
                          item.netPrice ? item.netPrice->toDecimalString() : QString(),
                          item.grossPrice ? item.grossPrice->toDecimalString() : QString(),
                          QString::number(item.quantity)};
    p.contentKey = QString::fromLatin1(
        QCryptographicHash::hash(key.join(u'|').toUtf8(), QCryptographicHash::Sha256).toHex().left(56));
    return p;
}

QJsonObject PurchaseImporter::toJson(const Purchase &p)
{
    QJsonObject o{{u"sku"_s, p.product.styleCode},
                  {u"product"_s, p.product.name},
                  {u"size"_s, p.product.sizeLabel.isEmpty() ? u"One Size"_s : p.product.sizeLabel},
                  {u"quantity"_s, p.item.quantity},
                  {u"vat_rate"_s, p.item.vatRate.toDecimalString()}};
    if (p.item.netPrice)
        o.insert(u"net_price"_s, p.item.netPrice->toDecimalString());
    if (p.item.grossPrice)
        o.insert(u"gross_price"_s, p.item.grossPrice->toDecimalString());
    if (!p.supplier.isEmpty())
        o.insert(u"supplier"_s, p.supplier);
    if (p.item.purchaseDate.isValid())
        o.insert(u"purchase_date"_s, p.item.purchaseDate.date().toString(Qt::ISODate));
    if (!p.item.location.isEmpty())
        o.insert(u"location"_s, p.item.location);
    return o;
}

RowResult PurchaseImporter::check(const CsvColumns &columns, const CsvRecord &record) const
{
    const auto read = this->read(columns, record);
    if (const auto *why = std::get_if<QString>(&read))
        return RowResult::rejected(*why);
    return {RowOutcome::Valid, toJson(std::get<Purchase>(read)), {}};
}

Result<RowResult> PurchaseImporter::store(const CsvColumns &columns, const CsvRecord &record)
{
    const auto read = this->read(columns, record);
    if (const auto *why = std::get_if<QString>(&read))
        return RowResult::rejected(*why);
    Purchase p = std::get<Purchase>(read);
    const QString key = p.contentKey + u'#' + QString::number(m_seen[p.contentKey]++);
    QJsonObject processed = toJson(p);
    const auto existing = m_stock.repository().findByImportKey(key);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        processed.insert(u"stock_item_id"_s, existing.value()->toString());
        return RowResult{RowOutcome::Duplicate, processed, {}};
    }
    const auto product = m_catalog.product(p.product);
    if (!product)
        return product.error();
    const auto size = m_catalog.size(p.product.sizeLabel);
    if (!size)
        return size.error();
    const auto supplier = m_catalog.supplier(p.supplier);
    if (!supplier)
        return supplier.error();
    p.item.productId = product.value();
    p.item.sizeId = size.value().id;
    p.item.supplierId = supplier.value();
    const auto added = m_stock.addItem(p.item);
    if (!added)
        return added.error();
    if (Status status = m_stock.repository().setImportKey(added.value().id, key); !status)
        return status.error();
    processed.insert(u"stock_item_id"_s, added.value().id.toString());
    return RowResult{RowOutcome::Imported, processed, {}};
}

void PurchaseImporter::forgetUncommitted()
{
    m_catalog.forgetUncommitted();
    m_seen = m_seenCommitted;
}

} // namespace sf
