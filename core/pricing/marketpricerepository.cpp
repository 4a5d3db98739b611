#include "marketpricerepository.h"

#include "db/sqlquery.h"
#include "domain/rowuuid.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
void bindFigures(SqlQuery &q, const MarketPrice &p)
{
    q.bind(u":variant"_s, p.variantId)
        .bind(u":platform"_s, p.platform)
        .bind(u":day"_s, p.priceDate)
        .bind(u":size"_s, p.sizeValue)
        .bind(u":currency"_s, p.currency)
        .bind(u":ask"_s, p.lowestAsk)
        .bind(u":bid"_s, p.highestBid)
        .bind(u":faster"_s, p.sellFaster)
        .bind(u":more"_s, p.earnMore);
}
} // namespace

Result<bool> MarketPriceRepository::record(const MarketPrice &price) const
{
    // Update first, insert when the day has no row yet: the same statements on both databases.
    SqlQuery update(m_db, u"UPDATE {{pricing.market_prices}} SET size_value = :size, currency = :currency, "
                          "lowest_ask = :ask, highest_bid = :bid, sell_faster = :faster, earn_more = :more "
                          "WHERE variant_id = :variant AND platform_name = :platform AND price_date = :day"_s);
    bindFigures(update, price);
    if (Status status = update.exec(); !status)
        return status.error();
    if (update.rowsAffected() > 0)
        return false;
    SqlQuery insert(m_db, u"INSERT INTO {{pricing.market_prices}} (id, product_id, variant_id, platform_name, "
                          "size_value, price_date, currency, lowest_ask, highest_bid, sell_faster, earn_more) "
                          "VALUES (:id, :product, :variant, :platform, :size, :day, :currency, :ask, :bid, :faster, "
                          ":more)"_s);
    bindFigures(insert, price);
    insert.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces)).bind(u":product"_s, price.productId);
    if (Status status = insert.exec(); !status)
        return status.error();
    return true;
}

Result<QList<MarketPrice>> MarketPriceRepository::fetch(const QString &where,
                                                        const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db, u"SELECT m.product_id, m.variant_id, m.platform_name, m.size_value, m.price_date, m.currency, "
                     "m.lowest_ask, m.highest_bid, m.sell_faster, m.earn_more FROM {{pricing.market_prices}} m "_s +
                         where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<MarketPrice> result;
    while (q.next()) {
        MarketPrice p;
        p.productId = q.id<ProductId>(0);
        p.variantId = q.id<VariantId>(1);
        p.platform = q.string(2);
        p.sizeValue = q.string(3);
        p.priceDate = q.date(4);
        p.currency = q.string(5);
        p.lowestAsk = q.money(6, p.currency);
        p.highestBid = q.money(7, p.currency);
        p.sellFaster = q.money(8, p.currency);
        p.earnMore = q.money(9, p.currency);
        result.append(p);
    }
    return result;
}

Result<std::optional<MarketPrice>> MarketPriceRepository::latest(const VariantId &variant,
                                                                 const QString &platform) const
{
    return firstOf(fetch(u"WHERE m.variant_id = :variant AND m.platform_name = :platform "
                         "ORDER BY m.price_date DESC LIMIT 1"_s,
                         [&](SqlQuery &q) { q.bind(u":variant"_s, variant).bind(u":platform"_s, platform); }));
}

} // namespace sf
