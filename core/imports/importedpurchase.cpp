#include "importedpurchase.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace sf {

QString ImportedPurchase::contentKey() const
{
    const QStringList parts{supplier.toLower(),
                            reference,
                            product.styleCode.toUpper(),
                            product.sizeLabel,
                            item.purchaseDate.date().toString(Qt::ISODate),
                            item.netPrice ? item.netPrice->toDecimalString() : QString(),
                            item.grossPrice ? item.grossPrice->toDecimalString() : QString(),
                            QString::number(item.quantity)};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'|').toUtf8(), QCryptographicHash::Sha256).toHex().left(56));
}

QJsonObject ImportedPurchase::toJson() const
{
    QJsonObject o{{u"sku"_s, product.styleCode},
                  {u"product"_s, product.name},
                  {u"size"_s, product.sizeLabel.isEmpty() ? u"One Size"_s : product.sizeLabel},
                  {u"quantity"_s, item.quantity},
                  {u"vat_rate"_s, item.vatRate.toDecimalString()}};
    if (item.netPrice)
        o.insert(u"net_price"_s, item.netPrice->toDecimalString());
    if (item.grossPrice)
        o.insert(u"gross_price"_s, item.grossPrice->toDecimalString());
    if (!supplier.isEmpty())
        o.insert(u"supplier"_s, supplier);
    if (item.purchaseDate.isValid())
        o.insert(u"purchase_date"_s, item.purchaseDate.date().toString(Qt::ISODate));
    if (!item.location.isEmpty())
        o.insert(u"location"_s, item.location);
    return o;
}

} // namespace sf
