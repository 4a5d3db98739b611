#include "stockxmapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sf {

std::optional<qint64> apiDecimalCents(const QString &text)
{
    static const QRegularExpression decimal(u"^(-?)([0-9]{1,15})(?:\\.([0-9]{1,12}))?$"_s);
    const auto m = decimal.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString fraction = m.captured(3).leftJustified(3, u'0');
    qint64 cents = m.captured(2).toLongLong() * 100 + fraction.left(2).toLongLong();
    if (fraction.at(2) >= u'5')
        ++cents;
    return m.captured(1).isEmpty() ? cents : -cents;
}

std::optional<Money> stockXMoney(const QJsonValue &value, const QString &currency)
{
    std::optional<qint64> cents;
    if (value.isDouble())
        cents = apiDecimalCents(QString::number(value.toDouble(), 'f', 6));
    else if (value.isString())
        cents = apiDecimalCents(value.toString());
    return cents ? std::optional<Money>(Money(*cents, currency)) : std::nullopt;
}

std::optional<qint64> retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QString text = QString::fromLatin1(header).trimmed();
    bool seconds = false;
    const qint64 value = text.toLongLong(&seconds);
    if (seconds)
        return qMax<qint64>(0, value) * 1000;
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(at));
}

QDateTime stockXTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

OrderStatus orderStatusFromStockX(const QString &status)
{
    using S = OrderStatus;
    static const QHash<QString, OrderStatus> map = {{u"CREATED"_s, S::Pending},
                                                    {u"PENDING"_s, S::Pending},
                                                    {u"CCAUTHORIZATIONFAILED"_s, S::Pending},
                                                    {u"SUSPENDED"_s, S::Pending},
                                                    {u"DONOTSHIP"_s, S::Pending},
                                                    {u"SHIPPED"_s, S::Shipped},
                                                    {u"RECEIVED"_s, S::Delivered},
                                                    {u"AUTHENTICATING"_s, S::Delivered},
                                                    {u"AUTHENTICATED"_s, S::Delivered},
                                                    {u"PAYOUTPENDING"_s, S::Processing},
                                                    {u"PAYOUTFAILED"_s, S::Processing},
                                                    {u"PAYOUTCOMPLETED"_s, S::Completed},
                                                    {u"SYSTEMFULFILLED"_s, S::Completed},
                                                    {u"COMPLETED"_s, S::Completed},
                                                    {u"CANCELED"_s, S::Cancelled},
                                                    {u"DIDNOTSHIP"_s, S::Cancelled},
                                                    {u"RETURNED"_s, S::Returned},
                                                    {u"AUTHFAILED"_s, S::Failed}};
    // A status StockX added after us: the order exists and is not finished; the raw word is kept.
    return map.value(status.toUpper(), S::Pending);
}

std::optional<ListingStatus> listingStatusFromStockX(const QString &status)
{
    using S = ListingStatus;
    static const QHash<QString, ListingStatus> map = {{u"INACTIVE"_s, S::Inactive}, {u"ACTIVE"_s, S::Active},
                                                      {u"DELETED"_s, S::Deleted},   {u"CANCELED"_s, S::Canceled},
                                                      {u"MATCHED"_s, S::Matched},   {u"COMPLETED"_s, S::Completed},
                                                      {u"PENDING"_s, S::Pending},   {u"EXPIRED"_s, S::Expired}};
    if (const auto it = map.constFind(status.toUpper()); it != map.cend())
        return *it;
    return std::nullopt;
}

bool stockXPayoutDone(const QString &status)
{
    return status == u"PAYOUTCOMPLETED"_s || status == u"COMPLETED"_s || status == u"SYSTEMFULFILLED"_s;
}

QString stockXSizeLabel(const QJsonObject &variant)
{
    const QString value = variant.value(u"variantValue"_s).toString();
    const QJsonObject conversion = variant.value(u"sizeChart"_s).toObject().value(u"defaultConversion"_s).toObject();
    const QString type = conversion.value(u"type"_s).toString().simplified().toLower();
    QString size = conversion.value(u"size"_s).toString().simplified();
    if (type.isEmpty() || size.isEmpty())
        return value;
    // StockX writes the size with or without its chart's name ("US M 10" or "10").
    static const QRegularExpression chartName(u"^(US ?[MWYC]|US|EU|UK|CM|KR|JP) "_s,
                                              QRegularExpression::CaseInsensitiveOption);
    size.remove(chartName);
    static const QHash<QString, QString> prefixes = {
        {u"eu"_s, u"EU "_s}, {u"uk"_s, u"UK "_s}, {u"cm"_s, u"CM "_s}, {u"kr"_s, u"KR "_s}, {u"jp"_s, u"JP "_s}};
    static const QHash<QString, QString> suffixes = {
        {u"us w"_s, u"W"_s}, {u"us y"_s, u"Y"_s}, {u"us c"_s, u"C"_s}, {u"us k"_s, u"K"_s}, {u"us m"_s, QString()}};
    if (const auto prefix = prefixes.constFind(type); prefix != prefixes.cend())
        return *prefix + size;
    if (const auto suffix = suffixes.constFind(type); suffix != suffixes.cend())
        return size.endsWith(*suffix, Qt::CaseInsensitive) ? size : size + *suffix;
    return value; // a chart we do not know (apparel, "us youth"): the value as StockX shows it
}

namespace {
Error missing(const QString &field, const QString &order)
{
    return {u"stockx.order_incomplete"_s,
            QCoreApplication::translate("StockXMapping", "StockX sent an order without %1.").arg(field), order};
}

// The payout's adjustments, sorted into our fee columns; whatever StockX deducted beyond the named
// fees goes to other fees, so the net proceeds equal StockX's total payout.
void applyPayout(ImportedSale &sale, const QJsonObject &payout)
{
    Money fees(0, sale.currency);
    for (const QJsonValue &value : payout.value(u"adjustments"_s).toArray()) {
        const QJsonObject adjustment = value.toObject();
        const QString type = adjustment.value(u"adjustmentType"_s).toString();
        const auto amount = stockXMoney(adjustment.value(u"amount"_s), sale.currency);
        if (!amount)
            continue;
        const Money fee(qAbs(amount->minor()), sale.currency);
        if (type.contains(u"Transaction"_s, Qt::CaseInsensitive) || type.contains(u"Seller Fee"_s, Qt::CaseInsensitive))
            sale.sellerFee += fee;
        else if (type.contains(u"Payment Proc"_s, Qt::CaseInsensitive))
            sale.processingFee += fee;
        else if (type.contains(u"Shipping"_s, Qt::CaseInsensitive))
            sale.shippingFee += fee;
        else
            sale.otherFees += fee;
        fees += fee;
    }
    if (const auto total = stockXMoney(payout.value(u"totalPayout"_s), sale.currency))
        sale.otherFees += (sale.salePrice - fees) - *total;
}
} // namespace

Result<ImportedSale> saleFromStockXOrder(const QJsonObject &order)
{
    const QString number = order.value(u"orderNumber"_s).toString();
    if (number.isEmpty())
        return missing(u"orderNumber"_s, QString());
    const QJsonObject payout = order.value(u"payout"_s).toObject();
    const QString currency =
        payout.value(u"currencyCode"_s).toString(order.value(u"currencyCode"_s).toString(u"USD"_s));
    ImportedSale sale = ImportedSale::on(u"stockx"_s, currency.isEmpty() ? u"USD"_s : currency);
    sale.orderNumber = number;
    const auto price = stockXMoney(
        payout.contains(u"salePrice"_s) ? payout.value(u"salePrice"_s) : order.value(u"amount"_s), sale.currency);
    if (!price)
        return missing(u"amount"_s, number);
    sale.salePrice = *price;
    applyPayout(sale, payout);
    const QJsonObject product = order.value(u"product"_s).toObject();
    const QJsonObject variant = order.value(u"variant"_s).toObject();
    sale.itemName = product.value(u"productName"_s).toString();
    sale.styleCode = product.value(u"styleId"_s).toString();
    if (sale.itemName.isEmpty() && sale.styleCode.isEmpty())
        return missing(u"product"_s, number);
    sale.sizeLabel = stockXSizeLabel(variant);
    sale.soldAt = stockXTime(order.value(u"createdAt"_s));
    sale.platformUpdatedAt = stockXTime(order.value(u"updatedAt"_s));
    sale.platformStatus = order.value(u"status"_s).toString();
    sale.status = orderStatusFromStockX(sale.platformStatus);
    sale.payoutReceived = stockXPayoutDone(sale.platformStatus);
    sale.listingExternalId = order.value(u"listingId"_s).toString();
    sale.inventoryType = order.value(u"inventoryType"_s).toString();
    sale.platformData = QJsonObject{{u"productId"_s, product.value(u"productId"_s)},
                                    {u"variantId"_s, variant.value(u"variantId"_s)},
                                    {u"askId"_s, order.value(u"askId"_s)}};
    const QJsonObject shipment = order.value(u"shipment"_s).toObject();
    if (shipment.value(u"shippingDocumentUrl"_s).isString())
        sale.platformData.insert(u"shippingDocumentUrl"_s, shipment.value(u"shippingDocumentUrl"_s));
    if (shipment.value(u"trackingNumber"_s).isString())
        sale.platformData.insert(u"trackingNumber"_s, shipment.value(u"trackingNumber"_s));
    return sale;
}

Result<StockXListingData> listingFromStockX(const QJsonObject &listing)
{
    StockXListingData data;
    data.listingId = listing.value(u"listingId"_s).toString();
    if (data.listingId.isEmpty())
        return Error{u"stockx.listing_incomplete"_s,
                     QCoreApplication::translate("StockXMapping", "StockX sent a listing without listingId."),
                     QString()};
    data.rawStatus = listing.value(u"status"_s).toString();
    data.status = listingStatusFromStockX(data.rawStatus);
    data.currency = listing.value(u"currencyCode"_s).toString(u"USD"_s);
    data.amount = stockXMoney(listing.value(u"amount"_s), data.currency);
    data.inventoryType = listing.value(u"inventoryType"_s).toString();
    data.createdAt = stockXTime(listing.value(u"createdAt"_s));
    data.updatedAt = stockXTime(listing.value(u"updatedAt"_s));
    const QJsonObject ask = listing.value(u"ask"_s).toObject();
    data.askId = ask.value(u"askId"_s).toString();
    data.expiresAt = stockXTime(ask.value(u"askExpiresAt"_s));
    const QJsonObject product = listing.value(u"product"_s).toObject();
    data.productId = product.value(u"productId"_s).toString();
    data.productName = product.value(u"productName"_s).toString();
    data.styleId = product.value(u"styleId"_s).toString();
    const QJsonObject variant = listing.value(u"variant"_s).toObject();
    data.variantId = variant.value(u"variantId"_s).toString();
    data.size = stockXSizeLabel(variant);
    data.orderNumber = listing.value(u"order"_s).toObject().value(u"orderNumber"_s).toString();
    return data;
}

} // namespace sf
