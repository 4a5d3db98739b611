#include "shopfixture.h"

#include "catchqt.h"
#include "fixtures.h"

#include "catalog/productvariantrepository.h"
#include "domain/orderfinancials.h"
#include "inventory/stockrepository.h"
#include "pricing/marketpricerepository.h"
#include "sales/listingrepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"

using namespace Qt::StringLiterals;

namespace sf::test {

Money eurText(const char *amount)
{
    return Money::parse(QString::fromLatin1(amount), u"EUR"_s).value();
}

StockItem SalesShop::pair(const char *gross, const QDate &purchased, ItemStatus status) const
{
    StockItem item = makeItem(product.id, size, gross, purchased);
    item.supplierId = supplier;
    if (qstrcmp(gross, "0") == 0) {
        item.netPrice.reset();
        item.grossPrice.reset();
    }
    item.status = status;
    return StockRepository(db).create(item).value();
}

void SalesShop::sell(const StockItem &item, const QString &marketplace, const QString &number, const QDate &soldOn,
                     const char *price, const char *sellerFee, const char *processingFee, OrderStatus status,
                     bool paidOut)
{
    Order order;
    order.itemId = item.id;
    order.marketplaceId = MarketplaceRepository(db).findBySlug(marketplace).value()->id;
    order.externalId = number;
    order.status = status;
    order.salePrice = eurText(price);
    order.sellerFee = eurText(sellerFee);
    order.processingFee = eurText(processingFee);
    order.shippingFee = eurText("0");
    order.otherFees = eurText("0");
    order.soldAt = QDateTime(soldOn, QTime(15, 30), Qt::UTC);
    order.payoutReceived = paidOut;
    if (paidOut)
        order.payoutDate = order.soldAt.addDays(10);
    order.financials =
        computeFinancials({order.salePrice, order.sellerFee, order.processingFee, order.shippingFee, order.otherFees,
                           item.netPrice.value_or(eurText("0")), item.purchaseDate.date(), soldOn});
    REQUIRE(OrderRepository(db).create(order));
}

ListingId SalesShop::listOnStockX(const StockItem &item, const QString &externalId, const char *amount) const
{
    Listing listing;
    listing.itemId = item.id;
    listing.marketplaceId = MarketplaceRepository(db).findBySlug(u"stockx"_s).value()->id;
    listing.externalId = externalId;
    listing.status = ListingStatus::Active;
    listing.amount = eurText(amount);
    return ListingRepository(db).create(listing).value().id;
}

void SalesShop::market(const QDate &day, const char *ask, const char *bid)
{
    if (variant.isNull()) {
        ProductVariant v;
        v.productId = product.id;
        v.sizeId = size;
        v.variantValue = u"9"_s;
        variant = ProductVariantRepository(db).create(v).value().id;
    }
    REQUIRE(MarketPriceRepository(db).record(
        {product.id, variant, u"stockx"_s, u"9"_s, day, u"EUR"_s, eurText(ask), eurText(bid), {}, {}, {}}));
}

} // namespace sf::test
