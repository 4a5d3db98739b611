#include "deadstockrepository.h"

#include "catalog/size.h"
#include "db/sqlquery.h"
#include "deadstockanalysis.h"
#include "inventory/stockage.h"
#include "kpisql.h"

using namespace Qt::StringLiterals;

namespace sf {

using kpisql::Scope;

Result<QList<DeadStockItem>> DeadStockRepository::classified(const KpiQuery &query) const
{
    SqlQuery q(m_db,
               u"SELECT s.id, p.sku, p.name, b.name, c.name, sz.region, sz.value, s.status, s.quantity, "_s +
                   stockage::daysSql() +
                   u" AS age, s.purchase_price, mk.lowest_ask, mk.highest_bid, "
                   "(SELECT old.lowest_ask FROM {{pricing.market_prices}} old WHERE old.variant_id = mk.variant_id "
                   "AND old.platform_name = 'stockx' AND old.price_date <= :month_ago "
                   "ORDER BY old.price_date DESC LIMIT 1)"_s +
                   kpisql::from(query, Scope::Stock, true) +
                   u" LEFT JOIN {{catalog.brand}} b ON b.id = p.brand_id "
                   "LEFT JOIN {{catalog.category}} c ON c.id = p.category_id "
                   "LEFT JOIN {{catalog.sizes}} sz ON sz.id = s.size_id"_s +
                   kpisql::latestMarketJoin() + kpisql::where(query, Scope::Stock) + u" ORDER BY 10 DESC, 1"_s);
    kpisql::bind(q, query, Scope::Stock);
    q.bind(u":as_of"_s, query.asOf);
    q.bind(u":month_ago"_s, query.asOf.toUTC().date().addDays(-30));
    if (Status status = q.exec(); !status)
        return status.error();
    const QString &currency = query.currency;
    QList<DeadStockItem> items;
    while (q.next()) {
        DeadStockItem item;
        item.id = q.id<StockItemId>(0);
        item.sku = q.string(1);
        item.productName = q.string(2);
        item.brand = q.string(3);
        item.category = q.string(4);
        item.sizeLabel = q.isNull(6) ? QString() : Size::labelFor(q.string(5), q.string(6));
        item.status = itemstatus::fromKey(q.string(7)).value_or(ItemStatus::InStock);
        item.quantity = int(q.integer(8));
        item.daysInStock = qMax(0.0, q.real(9));
        item.purchasePrice = q.money(10, currency);
        item.lowestAsk = q.money(11, currency);
        item.highestBid = q.money(12, currency);
        item.askMonthAgo = q.money(13, currency);
        deadstockanalysis::classify(item, currency);
        items.append(item);
    }
    return items;
}

} // namespace sf
