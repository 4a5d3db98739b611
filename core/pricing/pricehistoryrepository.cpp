#include "pricehistoryrepository.h"

#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
void bindScope(SqlQuery &q, const ProductId &product, const SizeId &size, const QString &currency)
{
    q.bind(u":product"_s, product).bind(u":size"_s, size).bind(u":currency"_s, currency);
}

Result<QList<PricePoint>> points(const Database &db, const QString &sql, const ProductId &product, const SizeId &size,
                                 const QDate &from, const QDate &to, const QString &currency)
{
    SqlQuery q(db, sql);
    bindScope(q, product, size, currency);
    q.bind(u":from"_s, QDateTime(from, QTime(0, 0), Qt::UTC))
        .bind(u":to"_s, QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<PricePoint> result;
    while (q.next())
        if (const auto amount = q.money(1, currency))
            result.append({q.dateTime(0), *amount});
    return result;
}
} // namespace

Result<PriceHistory> PriceHistoryRepository::load(const ProductId &product, const SizeId &size, const QDate &from,
                                                  const QDate &to, const QString &currency) const
{
    PriceHistory history;
    SqlQuery market(m_db,
                    u"SELECT m.price_date, m.lowest_ask, m.highest_bid, m.last_sale FROM {{pricing.market_prices}} m "
                    "JOIN {{catalog.product_variant}} v ON v.id = m.variant_id WHERE v.product_id = :product "
                    "AND v.size_id = :size AND m.platform_name = 'stockx' AND m.currency = :currency "
                    "AND m.price_date >= :from AND m.price_date <= :to ORDER BY m.price_date"_s);
    bindScope(market, product, size, currency);
    market.bind(u":from"_s, from).bind(u":to"_s, to);
    if (Status status = market.exec(); !status)
        return status.error();
    while (market.next())
        history.market.append(
            {market.date(0), market.money(1, currency), market.money(2, currency), market.money(3, currency)});

    auto asks =
        points(m_db,
               u"SELECT h.created_at, h.new_price FROM {{sales.pricing_history}} h "
               "JOIN {{sales.listing}} l ON l.id = h.listing_id JOIN {{inventory.stock}} s ON s.id = "
               "l.inventory_item_id WHERE s.product_id = :product AND s.size_id = :size AND "
               "COALESCE(l.currency_code, s.currency) = :currency AND h.created_at >= :from AND h.created_at < :to "
               "ORDER BY h.created_at"_s,
               product, size, from, to, currency);
    if (!asks)
        return asks.error();
    history.ourAsks = asks.value();
    auto sales = points(m_db,
                        u"SELECT o.sold_at, o.gross_sale FROM {{sales.order}} o JOIN {{inventory.stock}} s ON s.id = "
                        "o.inventory_item_id WHERE s.product_id = :product AND s.size_id = :size AND o.currency_code = "
                        ":currency AND o.status NOT IN ('cancelled', 'returned', 'failed') AND o.sold_at >= :from "
                        "AND o.sold_at < :to ORDER BY o.sold_at"_s,
                        product, size, from, to, currency);
    if (!sales)
        return sales.error();
    history.sales = sales.value();

    // The pairs on hand first: what the operator is pricing now; without any, what the size cost before.
    SqlQuery cost(m_db, u"SELECT SUM(CASE WHEN s.status NOT IN ('sold', 'canceled') THEN s.purchase_price END), "
                        "SUM(CASE WHEN s.status NOT IN ('sold', 'canceled') AND s.purchase_price IS NOT NULL THEN 1 "
                        "ELSE 0 END), SUM(s.purchase_price), SUM(CASE WHEN s.purchase_price IS NOT NULL THEN 1 ELSE 0 "
                        "END) FROM {{inventory.stock}} s WHERE s.product_id = :product AND s.size_id = :size "
                        "AND s.currency = :currency"_s);
    bindScope(cost, product, size, currency);
    if (Status status = cost.exec(); !status)
        return status.error();
    if (cost.next()) {
        const bool onHand = cost.integer(1) > 0;
        const auto total = cost.money(onHand ? 0 : 2, currency);
        const qint64 pairs = cost.integer(onHand ? 1 : 3);
        if (total && pairs > 0)
            history.cost = total->dividedBy(pairs);
    }
    return history;
}

Status PriceHistoryRepository::record(const ListingId &listing, const std::optional<Money> &oldPrice,
                                      const Money &newPrice, const PriceChangeNote &note) const
{
    SqlQuery q(m_db, u"INSERT INTO {{sales.pricing_history}} (id, listing_id, old_price, new_price, change_reason, "
                     "rule_detail, market_lowest_ask, market_highest_bid, created_at, updated_at) VALUES (:id, "
                     ":listing, :old, :new, :reason, :rule, :ask, :bid, :now, :now)"_s);
    q.bind(u":id"_s, ListingId::create())
        .bind(u":listing"_s, listing)
        .bind(u":old"_s, oldPrice)
        .bind(u":new"_s, newPrice)
        .bind(u":reason"_s, note.reason)
        .bind(u":rule"_s, note.rule.left(500))
        .bind(u":ask"_s, note.lowestAsk)
        .bind(u":bid"_s, note.highestBid)
        .bind(u":now"_s, QDateTime::currentDateTimeUtc());
    return q.execLater();
}

Result<QHash<ListingId, RecentAsks>> PriceHistoryRepository::recentAsks(const QList<ListingId> &listings,
                                                                        const QDateTime &windowStart) const
{
    QHash<ListingId, RecentAsks> asks;
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < listings.size(); from += kChunk) {
        const QList<ListingId> chunk = listings.mid(from, kChunk);
        QStringList names;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            names.append(u":l%1"_s.arg(i));
        // The amounts are read in their listing's currency; the history has none of its own.
        SqlQuery q(m_db,
                   u"SELECT h.listing_id, h.created_at, h.old_price, h.new_price, l.currency_code "
                   "FROM {{sales.pricing_history}} h JOIN {{sales.listing}} l ON l.id = h.listing_id "
                   "WHERE h.listing_id IN (%1) ORDER BY h.listing_id, h.created_at, h.id"_s.arg(names.join(u", ")));
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bind(names.at(i), chunk.at(i));
        if (Status status = q.exec(); !status)
            return status.error();
        while (q.next()) {
            const auto id = q.id<ListingId>(0);
            const QString currency = q.string(4).isEmpty() ? u"EUR"_s : q.string(4);
            const auto newPrice = q.money(3, currency);
            if (!newPrice)
                continue;
            RecentAsks &entry = asks[id];
            entry.lastSet = *newPrice;
            // Listed inside the window (no old amount): it started at its first ask.
            if (q.dateTime(1) >= windowStart && !entry.askAtWindowStart)
                entry.askAtWindowStart = q.isNull(2) ? newPrice : q.money(2, currency);
        }
    }
    return asks;
}

} // namespace sf
