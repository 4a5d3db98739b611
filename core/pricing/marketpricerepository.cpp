#include "marketpricerepository.h"

#include "db/sqlquery.h"
#include "db/transaction.h"
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
        .bind(u":more"_s, p.earnMore)
        .bind(u":last"_s, p.lastSale);
}
} // namespace

Result<bool> MarketPriceRepository::record(const MarketPrice &price) const
{
    Transaction transaction(m_db);
    if (Status status = transaction.begin(); !status)
        return status.error();
    auto isNew = storeDay(price);
    if (!isNew)
        return isNew.error();
    if (Status status = storeLatest(price); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return isNew;
}

Status MarketPriceRepository::storeLatest(const MarketPrice &price) const
{
    if (price.variantId.isNull())
        return {};
    SqlQuery q(m_db, u"INSERT INTO {{pricing.market_latest}} (variant_id, platform_name, price_date, currency, "
                     "lowest_ask, highest_bid, last_sale, sell_faster) VALUES (:variant, :platform, :day, :currency, "
                     ":ask, :bid, :last, :faster) ON CONFLICT (variant_id, platform_name) DO UPDATE SET "
                     "price_date = excluded.price_date, currency = excluded.currency, lowest_ask = "
                     "excluded.lowest_ask, highest_bid = excluded.highest_bid, last_sale = excluded.last_sale, "
                     "sell_faster = excluded.sell_faster "
                     "WHERE excluded.price_date >= {{pricing.market_latest}}.price_date"_s);
    q.bind(u":variant"_s, price.variantId)
        .bind(u":platform"_s, price.platform)
        .bind(u":day"_s, price.priceDate)
        .bind(u":currency"_s, price.currency)
        .bind(u":ask"_s, price.lowestAsk)
        .bind(u":bid"_s, price.highestBid)
        .bind(u":last"_s, price.lastSale)
        .bind(u":faster"_s, price.sellFaster);
    return q.exec();
}

Result<bool> MarketPriceRepository::storeDay(const MarketPrice &price) const
{
    // Update first, insert when the day has no row yet: the same statements on both databases.
    SqlQuery update(m_db, u"UPDATE {{pricing.market_prices}} SET size_value = :size, currency = :currency, "
                          "lowest_ask = :ask, highest_bid = :bid, sell_faster = :faster, earn_more = :more, "
                          "last_sale = :last "
                          "WHERE variant_id = :variant AND platform_name = :platform AND price_date = :day"_s);
    bindFigures(update, price);
    if (Status status = update.exec(); !status)
        return status.error();
    if (update.rowsAffected() > 0)
        return false;
    SqlQuery insert(m_db, u"INSERT INTO {{pricing.market_prices}} (id, product_id, variant_id, platform_name, "
                          "size_value, price_date, currency, lowest_ask, highest_bid, sell_faster, earn_more, "
                          "last_sale) VALUES (:id, :product, :variant, :platform, :size, :day, :currency, :ask, :bid, "
                          ":faster, :more, :last)"_s);
    bindFigures(insert, price);
    insert.bind(u":id"_s, newRowUuid().toString(QUuid::WithoutBraces)).bind(u":product"_s, price.productId);
    if (Status status = insert.exec(); !status)
        return status.error();
    return true;
}

Result<QList<MarketPrice>> MarketPriceRepository::fetch(const QString &where,
                                                        const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(
        m_db,
        u"SELECT m.product_id, m.variant_id, m.platform_name, m.size_value, m.price_date, m.currency, "
        "m.lowest_ask, m.highest_bid, m.sell_faster, m.earn_more, m.last_sale FROM {{pricing.market_prices}} m "_s +
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
        p.lastSale = q.money(10, p.currency);
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
