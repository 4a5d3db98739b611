#include "opportunityrepository.h"

#include "db/sqlquery.h"
#include "db/transaction.h"
#include "sales/marketplacerepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {

QString cents(const Database &db, const QString &column)
{
    return db.dialect().isPostgres() ? u"CAST(ROUND("_s + column + u" * 100) AS BIGINT)"_s : column;
}

// A percentage kept within NUMERIC(7,2), rounded to hundredths.
QString percentOf(const QString &part, const QString &whole)
{
    const QString value = u"ROUND(("_s + part + u") * 100.0 / ("_s + whole + u"), 2)"_s;
    return u"CASE WHEN ("_s + whole + u") <= 0 THEN NULL WHEN "_s + value + u" > 99999 THEN 99999 WHEN "_s + value +
           u" < -99999 THEN -99999 ELSE "_s + value + u" END"_s;
}

} // namespace

QString OpportunityRepository::feeSql(const QList<FeeRule> &rules, const QString &price, const QString &currency)
{
    QStringList terms;
    for (const FeeRule &rule : rules) {
        if (rule.calculationType == u"percentage"_s) {
            // Money::scaled rounds half away from zero; for the non-negative cents here that is +half, then /.
            const QString fee = u"(("_s + price + u") * "_s + QString::number(rule.valueBp) + u" + 5000) / 10000"_s;
            if (rule.minimumFee && rule.minimumFee->currency() == currency) {
                const QString minimum = QString::number(rule.minimumFee->minor());
                terms << u"(CASE WHEN "_s + fee + u" < "_s + minimum + u" THEN "_s + minimum + u" ELSE "_s + fee +
                             u" END)"_s;
            } else {
                terms << u'(' + fee + u')';
            }
        } else if (rule.calculationType == u"fixed"_s) {
            terms << QString::number(rule.valueBp);
        }
    }
    return terms.isEmpty() ? u"0"_s : terms.join(u" + "_s);
}

QHash<QString, Money> OpportunityRepository::breakdown(const QList<FeeRule> &rules, const OpportunitySettings &settings,
                                                       const Money &salePrice)
{
    QHash<QString, Money> fees = computeFees(rules, salePrice);
    if (!settings.shipping.isZero())
        fees[u"shipping_to_stockx"_s] = settings.shipping;
    return fees;
}

Result<QList<FeeRule>> OpportunityRepository::feeRules(const OpportunitySettings &settings) const
{
    const MarketplaceRepository marketplaces(m_db);
    const auto stockx = marketplaces.findBySlug(u"stockx"_s);
    if (!stockx)
        return stockx.error();
    if (!stockx.value())
        return Error{u"opportunity.no_stockx"_s,
                     QCoreApplication::translate("Opportunities", "The StockX marketplace is missing from this "
                                                                  "database."),
                     QString()};
    return marketplaces.feeRules(stockx.value()->id, QDateTime::currentDateTimeUtc(), settings.sellerLevel);
}

Result<qint64> OpportunityRepository::refresh(const OpportunitySettings &settings) const
{
    const auto rules = feeRules(settings);
    if (!rules)
        return rules.error();
    const QString price = settings.basis == OpportunitySettings::Basis::SellFaster ? u"m.faster"_s : u"m.ask"_s;
    const QString buy = u"(a.retail_price_cents + COALESCE(a.delivery_cost_cents, 0))"_s;
    const QString profit = u"(x.price - x.fees - "_s + buy + u')';
    Transaction tx(m_db);
    if (Status begun = tx.begin(); !begun)
        return begun.error();
    SqlQuery clear(m_db, u"UPDATE {{integration.awin_products}} SET sale_price_cents = NULL, fees_cents = NULL, "
                         "net_proceeds_cents = NULL, profit_cents = NULL, profit_percentage = NULL, "
                         "roi_percentage = NULL, stockx_lowest_ask_cents = NULL, stockx_highest_bid_cents = NULL "
                         "WHERE sale_price_cents IS NOT NULL"_s);
    if (Status status = clear.exec(); !status)
        return status.error();
    SqlQuery value(m_db, u"UPDATE {{integration.awin_products}} AS a SET sale_price_cents = x.price, "
                         "fees_cents = x.fees, net_proceeds_cents = x.price - x.fees, profit_cents = "_s +
                             profit + u", profit_percentage = "_s + percentOf(profit, u"x.price"_s) +
                             u", roi_percentage = "_s + percentOf(profit, buy) +
                             u", stockx_lowest_ask_cents = x.ask, stockx_highest_bid_cents = x.bid "
                             "FROM (SELECT m.variant_id, m.ask, m.bid, "_s +
                             price + u" AS price, "_s + feeSql(rules.value(), price, settings.currency) +
                             u" + :shipping AS fees FROM (SELECT variant_id, "_s + cents(m_db, u"lowest_ask"_s) +
                             u" AS ask, "_s + cents(m_db, u"highest_bid"_s) + u" AS bid, "_s +
                             cents(m_db, u"sell_faster"_s) +
                             u" AS faster FROM {{pricing.market_latest}} WHERE platform_name = 'stockx' AND "
                             "currency = :currency) m WHERE "_s +
                             price +
                             u" > 0) x WHERE x.variant_id = a.matched_variant_id AND a.currency = :currency "
                             "AND a.retail_price_cents IS NOT NULL"_s);
    value.bind(u":shipping"_s, settings.shipping.minor()).bind(u":currency"_s, settings.currency);
    if (Status status = value.exec(); !status)
        return status.error();
    const qint64 valued = value.rowsAffected();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    announceAfterCommit(m_db, Change{Change::Entity::AwinOffer, Change::Kind::Changed, {}});
    return valued;
}

Result<KeysetPage<Opportunity>> OpportunityRepository::page(const OpportunityFilter &filter,
                                                            const std::optional<KeysetCursor> &after, int limit) const
{
    QString sql = u"SELECT a.id, a.awin_product_id, a.product_name, a.brand_name, a.size, a.merchant_name, "
                  "a.merchant_id, a.ean, a.match_method, a.match_confidence, a.matched_product_id, "
                  "a.matched_variant_id, a.retail_price_cents, a.delivery_cost_cents, a.sale_price_cents, "
                  "a.fees_cents, a.net_proceeds_cents, a.profit_cents, a.profit_percentage, a.roi_percentage, "
                  "(SELECT COUNT(*) FROM {{inventory.stock}} i WHERE i.product_id = a.matched_product_id AND "
                  "i.size_id = mv.size_id AND i.status NOT IN ('sold', 'error', 'canceled') AND i.returned_at IS "
                  "NULL), a.affiliate_link, a.merchant_link, a.image_url, a.currency, mv.size_id "
                  "FROM {{integration.awin_products}} a JOIN {{catalog.product_variant}} mv ON mv.id = "
                  "a.matched_variant_id WHERE a.profit_cents IS NOT NULL AND a.in_stock AND a.available"_s;
    if (filter.minProfit)
        sql += u" AND a.profit_cents >= :minprofit"_s;
    if (filter.minMarginPercent)
        sql += u" AND a.profit_percentage >= :minmargin"_s;
    if (!filter.brand.isEmpty())
        sql += u" AND LOWER(a.brand_name) = LOWER(:brand)"_s;
    if (!filter.size.isEmpty())
        sql += u" AND a.size = :size"_s;
    if (filter.merchantId != 0)
        sql += u" AND a.merchant_id = :merchant"_s;
    if (filter.maxBuyPrice)
        sql += u" AND a.retail_price_cents <= :maxbuy"_s;
    if (filter.onlySizesNotHeld)
        sql += u" AND NOT EXISTS (SELECT 1 FROM {{inventory.stock}} i WHERE i.product_id = a.matched_product_id "
               "AND i.size_id = mv.size_id AND i.status NOT IN ('sold', 'error', 'canceled') AND i.returned_at IS "
               "NULL)"_s;
    if (after)
        sql += u" AND (a.profit_cents < :cprofit OR (a.profit_cents = :cprofit AND a.id > :cid))"_s;
    sql += u" ORDER BY a.profit_cents DESC, a.id LIMIT :limit"_s;
    SqlQuery q(m_db, sql);
    if (filter.minProfit)
        q.bind(u":minprofit"_s, filter.minProfit->minor());
    if (filter.minMarginPercent)
        q.bind(u":minmargin"_s, QVariant(*filter.minMarginPercent));
    if (!filter.brand.isEmpty())
        q.bind(u":brand"_s, filter.brand);
    if (!filter.size.isEmpty())
        q.bind(u":size"_s, filter.size);
    if (filter.merchantId != 0)
        q.bind(u":merchant"_s, filter.merchantId);
    if (filter.maxBuyPrice)
        q.bind(u":maxbuy"_s, filter.maxBuyPrice->minor());
    if (after)
        q.bind(u":cprofit"_s, after->sortKey.toLongLong()).bind(u":cid"_s, after->id);
    q.bind(u":limit"_s, limit);
    if (Status status = q.exec(); !status)
        return status.error();
    KeysetPage<Opportunity> page;
    QList<Opportunity> &rows = page.rows;
    while (q.next()) {
        Opportunity o;
        const QString currency = q.string(24);
        const auto money = [&](int column) { return Money(q.isNull(column) ? 0 : q.integer(column), currency); };
        o.offerId = QUuid::fromString(q.string(0));
        o.awinProductId = q.string(1);
        o.productName = q.string(2);
        o.brand = q.string(3);
        o.size = q.string(4);
        o.merchantName = q.string(5);
        o.merchantId = int(q.integer(6));
        o.ean = q.string(7);
        o.matchMethod = q.string(8);
        o.matchConfidence = q.real(9);
        o.productId = q.id<ProductId>(10);
        o.variantId = q.id<VariantId>(11);
        o.buyPrice = money(12);
        o.delivery = money(13);
        o.salePrice = money(14);
        o.fees = money(15);
        o.netProceeds = money(16);
        o.profit = money(17);
        o.marginPercent = q.real(18);
        if (!q.isNull(19))
            o.roiPercent = q.real(19);
        o.pairsHeld = int(q.integer(20));
        o.affiliateLink = q.string(21);
        o.merchantLink = q.string(22);
        o.imageUrl = q.string(23);
        o.sizeId = q.id<SizeId>(25);
        rows.append(o);
    }
    if (rows.size() == limit)
        page.next = KeysetCursor{rows.last().profit.minor(), rows.last().offerId.toString(QUuid::WithoutBraces)};
    return page;
}

} // namespace sf
