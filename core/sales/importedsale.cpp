#include "importedsale.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}
} // namespace

ImportedSale ImportedSale::on(const QString &marketplaceSlug, const QString &currency)
{
    ImportedSale sale;
    sale.marketplaceSlug = marketplaceSlug;
    sale.currency = currency;
    for (Money *amount : {&sale.salePrice, &sale.sellerFee, &sale.processingFee, &sale.shippingFee, &sale.otherFees})
        *amount = Money(0, currency);
    return sale;
}

QJsonObject ImportedSale::toJson() const
{
    QJsonObject o{{u"marketplace"_s, marketplaceSlug},
                  {u"order_number"_s, orderNumber},
                  {u"item"_s, itemName},
                  {u"currency"_s, currency},
                  {u"sale_price"_s, salePrice.toDecimalString()},
                  {u"seller_fee"_s, sellerFee.toDecimalString()},
                  {u"processing_fee"_s, processingFee.toDecimalString()},
                  {u"shipping_fee"_s, shippingFee.toDecimalString()},
                  {u"other_fees"_s, otherFees.toDecimalString()},
                  {u"sold_at"_s, soldAt.toString(Qt::ISODate)},
                  {u"status"_s, statusKey(status)}};
    insertIfSet(o, u"style_code"_s, styleCode);
    insertIfSet(o, u"size"_s, sizeLabel);
    insertIfSet(o, u"brand"_s, brandName);
    insertIfSet(o, u"buyer_country"_s, buyerCountry);
    insertIfSet(o, u"supplier"_s, supplierName);
    if (payoutDate.isValid())
        o.insert(u"payout_date"_s, payoutDate.toString(Qt::ISODate));
    else if (payoutReceived)
        o.insert(u"payout_date"_s, u"received"_s);
    if (purchaseNet)
        o.insert(u"purchase_net"_s, purchaseNet->toDecimalString());
    if (purchaseGross)
        o.insert(u"purchase_gross"_s, purchaseGross->toDecimalString());
    if (purchaseDate.isValid())
        o.insert(u"purchase_date"_s, purchaseDate.toString(Qt::ISODate));
    return o;
}

} // namespace sf
