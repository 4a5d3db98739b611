#include "purchaseimporter.h"

#include "imports/csv/fieldreader.h"
#include "imports/importvalues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
using Field = ColumnMapping::Field;
} // namespace

PurchaseImporter::PurchaseImporter(const Database &db, ColumnMapping mapping)
    : m_mapping(std::move(mapping))
    , m_recorder(db)
    , m_profitability(db)
{}

QString PurchaseImporter::field(const CsvColumns &columns, const CsvRecord &record, Field field) const
{
    const QString value = columns.value(record, m_mapping.column(field));
    return isMissingValue(value) ? QString() : value;
}

std::variant<ImportedPurchase, QString> PurchaseImporter::read(const CsvColumns &columns, const CsvRecord &record) const
{
    auto text = [&](Field f) { return m_mapping.has(f) ? field(columns, record, f) : QString(); };
    auto named = [&](Field f) { return m_mapping.column(f); };
    ImportedPurchase p;
    StockItem &item = p.item;
    p.product.styleCode = text(Field::Sku);
    if (p.product.styleCode.isEmpty())
        return QCoreApplication::translate("PurchaseImporter", "%1 is missing.").arg(named(Field::Sku));
    p.product.brand = text(Field::Brand);
    p.product.name = text(Field::ProductName);
    if (p.product.name.isEmpty())
        p.product.name = QString(p.product.brand + u' ' + p.product.styleCode).trimmed();
    p.product.sizeLabel = sizeLabelFromNumber(text(Field::Size));
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
    return p;
}

RecordResult PurchaseImporter::check(const CsvColumns &columns, const CsvRecord &record) const
{
    const auto read = this->read(columns, record);
    if (const auto *why = std::get_if<QString>(&read))
        return RecordResult::rejected(*why);
    const ImportedPurchase &purchase = std::get<ImportedPurchase>(read);
    QJsonObject values = purchase.toJson();
    if (purchase.item.netPrice && !purchase.product.styleCode.isEmpty()) {
        // A lookup that fails leaves the row as it is: the verdict is advice, not a reason to refuse it.
        const auto verdict =
            m_profitability.check(purchase.product.styleCode, purchase.product.sizeLabel, *purchase.item.netPrice);
        if (verdict) {
            using Kind = ProfitabilityVerdict::Kind;
            const Kind kind = verdict.value().kind;
            values.insert(u"profitable"_s, kind == Kind::Profitable      ? u"yes"_s
                                           : kind == Kind::NotProfitable ? u"no"_s
                                                                         : u"unknown"_s);
            if (verdict.value().profit)
                values.insert(u"profit_after_fees"_s, verdict.value().profit->toDecimalString());
            values.insert(u"profitability"_s, verdict.value().reason);
        }
    }
    return {RecordOutcome::Valid, values, {}};
}

Result<RecordResult> PurchaseImporter::store(const CsvColumns &columns, const CsvRecord &record)
{
    const auto read = this->read(columns, record);
    if (const auto *why = std::get_if<QString>(&read))
        return RecordResult::rejected(*why);
    return m_recorder.record(std::get<ImportedPurchase>(read));
}

} // namespace sf
