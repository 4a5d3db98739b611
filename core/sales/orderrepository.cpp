#include "orderrepository.h"

#include "db/ingroups.h"
#include "db/rowhelpers.h"
#include "db/sqlquery.h"
#include "db/transaction.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
QVariant percentToDb(PercentBp value)
{
    return Money(value, QString()).toDecimalString();
}

void bindOrder(SqlQuery &q, const Order &o)
{
    const OrderFinancials &f = o.financials;
    q.bind(u":id"_s, o.id)
        .bind(u":item"_s, o.itemId)
        .bind(u":listing"_s, o.listingId)
        .bind(u":platform"_s, o.marketplaceId)
        .bind(u":external"_s, o.externalId)
        .bind(u":status"_s, statusKey(o.status))
        .bind(u":platform_status"_s, o.platformStatus)
        .bind(u":amount"_s, o.salePrice)
        .bind(u":currency"_s, o.currency)
        .bind(u":seller_fee"_s, o.sellerFee)
        .bind(u":processing_fee"_s, o.processingFee)
        .bind(u":shipping"_s, o.shippingFee)
        .bind(u":other_fees"_s, o.otherFees)
        .bind(u":sold_at"_s, o.soldAt)
        .bind(u":net_proceeds"_s, f.netProceeds)
        .bind(u":gross_profit"_s, f.grossProfit)
        .bind(u":net_profit"_s, f.netProfit)
        .bind(u":roi"_s, percentToDb(f.roi))
        .bind(u":payout_received"_s, o.payoutReceived)
        .bind(u":payout_date"_s, o.payoutDate)
        .bind(u":shelf"_s, f.shelfLifeDays ? QVariant(*f.shelfLifeDays) : SqlQuery::nullText())
        .bind(u":country"_s, o.buyerCountry)
        .bind(u":notes"_s, o.notes)
        .bind(u":inventory_type"_s, o.inventoryType)
        .bind(u":platform_data"_s,
              o.platformData.isEmpty()
                  ? SqlQuery::nullText()
                  : QVariant(QString::fromUtf8(QJsonDocument(o.platformData).toJson(QJsonDocument::Compact))))
        .bind(u":document"_s, o.shippingDocumentPath)
        .bind(u":platform_updated"_s, o.platformUpdatedAt);
}

// The StockX order number column is filled for StockX orders only; the statement decides, so storing an
// order costs no extra round trip to look up its marketplace.
const QString kStockXNumber = u"CASE WHEN EXISTS (SELECT 1 FROM {{platform.marketplace}} m WHERE m.id = :platform "
                              "AND m.slug = 'stockx') THEN :external END"_s;
} // namespace

Result<QList<Order>> OrderRepository::fetch(const QString &where, const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db,
               u"SELECT id, inventory_item_id, listing_id, platform_id, external_id, status, platform_status, "
               "currency_code, amount, platform_fee, processing_fee, shipping_cost, other_fees, sold_at, "
               "net_proceeds, gross_profit, net_profit, roi, payout_received, payout_date, shelf_life_days, "
               "buyer_destination_country, notes, inventory_type, platform_specific_data, shipping_document_path, "
               "last_stockx_updated_at FROM {{sales.order}} "_s +
                   where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Order> result;
    while (q.next()) {
        Order o;
        o.id = q.id<OrderId>(0);
        o.itemId = q.id<StockItemId>(1);
        o.listingId = q.id<ListingId>(2);
        o.marketplaceId = q.id<MarketplaceId>(3);
        o.externalId = q.string(4);
        o.status = statusFromKey<OrderStatus>(q.string(5)).value_or(OrderStatus::Pending);
        o.platformStatus = q.string(6);
        o.currency = q.string(7);
        const Money zero(0, o.currency);
        o.salePrice = q.money(8, o.currency).value_or(zero);
        o.sellerFee = q.money(9, o.currency).value_or(zero);
        o.processingFee = q.money(10, o.currency).value_or(zero);
        o.shippingFee = q.money(11, o.currency).value_or(zero);
        o.otherFees = q.money(12, o.currency).value_or(zero);
        o.soldAt = q.dateTime(13);
        o.financials.netProceeds = q.money(14, o.currency).value_or(zero);
        o.financials.grossProfit = q.money(15, o.currency).value_or(zero);
        o.financials.netProfit = q.money(16, o.currency).value_or(zero);
        o.financials.roi = q.hundredths(17).value_or(0);
        o.payoutReceived = q.boolean(18);
        o.payoutDate = q.dateTime(19);
        if (!q.isNull(20))
            o.financials.shelfLifeDays = int(q.integer(20));
        o.buyerCountry = q.string(21);
        o.notes = q.string(22);
        o.inventoryType = q.string(23);
        o.platformData = QJsonDocument::fromJson(q.string(24).toUtf8()).object();
        o.shippingDocumentPath = q.string(25);
        o.platformUpdatedAt = q.dateTime(26);
        result.append(o);
    }
    return result;
}

Result<Order> OrderRepository::create(const Order &order) const
{
    Order o = order;
    if (o.id.isNull())
        o.id = OrderId::create();
    SqlQuery q(m_db, u"INSERT INTO {{sales.order}} (id, inventory_item_id, listing_id, platform_id, external_id, "
                     "stockx_order_number, status, platform_status, amount, gross_sale, currency_code, platform_fee, "
                     "processing_fee, shipping_cost, other_fees, sold_at, net_proceeds, gross_profit, net_profit, roi, "
                     "payout_received, payout_date, shelf_life_days, buyer_destination_country, notes, inventory_type, "
                     "platform_specific_data, shipping_document_path, last_stockx_updated_at) VALUES (:id, "
                     ":item, :listing, :platform, :external, "_s +
                         kStockXNumber +
                         u", :status, :platform_status, :amount, :amount, "
                         ":currency, :seller_fee, :processing_fee, :shipping, :other_fees, :sold_at, :net_proceeds, "
                         ":gross_profit, :net_profit, :roi, :payout_received, :payout_date, :shelf, :country, :notes, "
                         ":inventory_type, :platform_data, :document, :platform_updated)"_s);
    bindOrder(q, o);
    // After the pairs held before it: an order may sell a pair created in the same transaction.
    if (Status status = q.execLater(WriteBehind::Stage::Dependents); !status)
        return status.error();
    announceAfterCommit(m_db, {Change::Entity::Order, Change::Kind::Added, {o.id.uuid()}});
    return o;
}

Result<QDateTime> OrderRepository::oldestOpenSale(const MarketplaceId &marketplace) const
{
    SqlQuery q(m_db, u"SELECT MIN(sold_at) FROM {{sales.order}} WHERE platform_id = :platform "
                     "AND status IN ('pending', 'processing', 'shipped', 'delivered')"_s);
    q.bind(u":platform"_s, marketplace);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.dateTime(0) : QDateTime();
}

Result<std::optional<Order>> OrderRepository::get(const OrderId &id) const
{
    return firstOf(fetch(u"WHERE id = :id"_s, [&](SqlQuery &q) { q.bind(u":id"_s, id); }));
}

Result<QList<Order>> OrderRepository::findByExternalIds(const MarketplaceId &marketplace,
                                                        const QStringList &externalIds) const
{
    const QString where = u"WHERE platform_id = :platform AND external_id IN ("_s + ingroups::marks({u"e"_s}) + u')';
    return ingroups::collect<Order>(externalIds.size(), [&](qsizetype first) {
        return fetch(where, [&](SqlQuery &q) {
            q.bind(u":platform"_s, marketplace);
            ingroups::bind(q, u"e"_s, externalIds, first);
        });
    });
}

Result<std::optional<Order>> OrderRepository::findByExternalId(const MarketplaceId &marketplace,
                                                               const QString &externalId) const
{
    return firstOf(fetch(u"WHERE platform_id = :platform AND external_id = :external"_s,
                         [&](SqlQuery &q) { q.bind(u":platform"_s, marketplace).bind(u":external"_s, externalId); }));
}

Result<QList<Order>> OrderRepository::forItem(const StockItemId &item) const
{
    return fetch(u"WHERE inventory_item_id = :item ORDER BY sold_at"_s, [&](SqlQuery &q) { q.bind(u":item"_s, item); });
}

Status OrderRepository::update(const Order &order) const
{
    SqlQuery q(m_db,
               u"UPDATE {{sales.order}} SET inventory_item_id = :item, listing_id = :listing, "
               "platform_id = :platform, external_id = :external, stockx_order_number = "_s +
                   kStockXNumber +
                   u", "
                   "status = :status, platform_status = :platform_status, amount = :amount, gross_sale = :amount, "
                   "currency_code = :currency, platform_fee = :seller_fee, processing_fee = :processing_fee, "
                   "shipping_cost = :shipping, other_fees = :other_fees, sold_at = :sold_at, "
                   "net_proceeds = :net_proceeds, gross_profit = :gross_profit, net_profit = :net_profit, roi = :roi, "
                   "payout_received = :payout_received, payout_date = :payout_date, shelf_life_days = :shelf, "
                   "buyer_destination_country = :country, notes = :notes, inventory_type = :inventory_type, "
                   "platform_specific_data = :platform_data, shipping_document_path = :document, "
                   "last_stockx_updated_at = :platform_updated, updated_at = {{now}} WHERE id = :id"_s);
    bindOrder(q, order);
    if (Status status = q.exec(); !status)
        return status;
    announceAfterCommit(m_db, {Change::Entity::Order, Change::Kind::Changed, {order.id.uuid()}});
    return {};
}

Status OrderRepository::remove(const OrderId &id) const
{
    if (Status removed = deleteById(m_db, u"sales.order"_s, id.toString()); !removed)
        return removed;
    announceAfterCommit(m_db, {Change::Entity::Order, Change::Kind::Removed, {id.uuid()}});
    return {};
}

Result<OrderRepository::Totals> OrderRepository::totals(const QString &currency) const
{
    SqlQuery q(m_db,
               u"SELECT COUNT(*), COALESCE(SUM(gross_sale), 0), "
               "COALESCE(SUM(COALESCE(platform_fee, 0) + COALESCE(processing_fee, 0) + COALESCE(shipping_cost, 0) "
               "+ COALESCE(other_fees, 0)), 0), COALESCE(SUM(net_proceeds), 0), COALESCE(SUM(net_profit), 0) "
               "FROM {{sales.order}} WHERE currency_code = :currency"_s);
    q.bind(u":currency"_s, currency);
    if (Status status = q.exec(); !status)
        return status.error();
    Totals t;
    if (q.next()) {
        const Money zero(0, currency);
        t.orders = q.integer(0);
        t.gross = q.money(1, currency).value_or(zero);
        t.fees = q.money(2, currency).value_or(zero);
        t.netProceeds = q.money(3, currency).value_or(zero);
        t.netProfit = q.money(4, currency).value_or(zero);
    }
    return t;
}

} // namespace sf
