#include "pricingcandidaterepository.h"

#include "catalog/size.h"
#include "db/keysetquery.h"
#include "pricingcontext.h"
#include "pricingengine.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kStockX = u"(SELECT id FROM {{platform.marketplace}} WHERE slug = 'stockx')"_s;

QString rows()
{
    return u"(SELECT s.id, s.product_id, s.size_id, p.brand_id, p.category_id, p.name AS product, p.sku, "
           "sz.value AS size_value, sz.region AS size_region, s.status, s.currency, s.purchase_price, "
           "l.id AS listing_id, l.stockx_listing_id, l.amount, l.created_at AS listed_at, "
           "mk.lowest_ask, mk.highest_bid, mk.last_sale, b.name AS brand_name, c.name AS category_name, "
           "s.purchase_date, s.quantity "
           "FROM {{inventory.stock}} s JOIN {{catalog.product}} p ON p.id = s.product_id "
           "LEFT JOIN {{catalog.brand}} b ON b.id = p.brand_id LEFT JOIN {{catalog.category}} c ON c.id = "
           "p.category_id "
           "LEFT JOIN {{catalog.sizes}} sz ON sz.id = s.size_id "
           "LEFT JOIN {{sales.listing}} l ON l.inventory_item_id = s.id AND l.status = 'active' AND l.platform_id = "_s +
           kStockX +
           u" LEFT JOIN {{catalog.product_variant}} v ON v.product_id = s.product_id AND v.size_id = s.size_id "
           "AND v.id = (SELECT v2.id FROM {{catalog.product_variant}} v2 WHERE v2.product_id = s.product_id "
           "AND v2.size_id = s.size_id ORDER BY v2.id LIMIT 1) "
           "LEFT JOIN {{pricing.market_latest}} mk ON mk.variant_id = v.id AND mk.platform_name = 'stockx' "
           "AND mk.currency = s.currency "
           "WHERE s.status IN ('in_stock', 'listed_stockx')) x"_s;
}

const QString kColumns =
    u"x.id, x.product_id, x.size_id, x.brand_id, x.category_id, x.product, x.sku, x.size_value, "
    "x.size_region, x.status, x.currency, x.purchase_price, x.listing_id, x.stockx_listing_id, "
    "x.amount, x.listed_at, x.lowest_ask, x.highest_bid, x.last_sale, x.brand_name, x.category_name, "
    "x.purchase_date"_s;

QStringList conditions(bool listedOnly)
{
    return listedOnly ? QStringList{u"x.listing_id IS NOT NULL"_s} : QStringList{};
}

PricingCandidate readRow(const SqlQuery &q, int c)
{
    PricingCandidate row;
    row.item = q.id<StockItemId>(c + 0);
    row.product = q.id<ProductId>(c + 1);
    row.size = q.id<SizeId>(c + 2);
    row.brand = q.id<BrandId>(c + 3);
    row.category = q.id<CategoryId>(c + 4);
    row.productName = q.string(c + 5);
    row.sku = q.string(c + 6);
    row.sizeLabel = q.isNull(c + 7) ? QString() : Size::labelFor(q.string(c + 8), q.string(c + 7));
    row.status = itemstatus::fromKey(q.string(c + 9)).value_or(ItemStatus::InStock);
    row.currency = q.string(c + 10);
    row.cost = q.money(c + 11, row.currency);
    row.listing = q.id<ListingId>(c + 12);
    row.stockxListingId = q.string(c + 13);
    row.ourAsk = q.money(c + 14, row.currency);
    row.listedAt = q.dateTime(c + 15);
    row.lowestAsk = q.money(c + 16, row.currency);
    row.highestBid = q.money(c + 17, row.currency);
    row.lastSale = q.money(c + 18, row.currency);
    row.brandName = q.string(c + 19);
    row.categoryName = q.string(c + 20);
    row.purchasedAt = q.dateTime(c + 21);
    return row;
}
} // namespace

Result<PricingCandidatePage>
PricingCandidateRepository::fetchPage(bool listedOnly, const std::optional<KeysetCursor> &cursor, int limit) const
{
    return fetchKeysetPage<PricingCandidate>(
        m_db, KeysetPaging{u"x.product"_s, u"x.id"_s, false}, kColumns + u" FROM "_s + rows(), conditions(listedOnly),
        [](SqlQuery &) {}, cursor, limit, readRow, [](const PricingCandidate &row) { return row.item.toString(); });
}

Result<qint64> PricingCandidateRepository::count(bool listedOnly) const
{
    const QStringList where = conditions(listedOnly);
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM "_s + rows() +
                         (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)));
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : 0;
}

Result<QList<PricingCandidate>> PricingCandidateRepository::newestUnlisted(int limit) const
{
    SqlQuery q(m_db, u"SELECT 0, "_s + kColumns + u" FROM "_s + rows() +
                         u" WHERE x.status = 'in_stock' AND x.listing_id IS NULL AND x.purchase_price > 0 "
                         "AND x.quantity > 0 ORDER BY CASE WHEN x.purchase_date IS NULL THEN 1 ELSE 0 END, "
                         "x.purchase_date DESC, x.id DESC LIMIT :limit"_s);
    q.bind(u":limit"_s, limit);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<PricingCandidate> candidates;
    while (q.next())
        candidates.append(readRow(q, 1));
    return candidates;
}

Status PricingCandidateRepository::attachMarket(QList<PricingCandidate> &candidates, const QDate &since) const
{
    if (candidates.isEmpty())
        return {};
    QStringList placeholders;
    QList<ProductId> products;
    for (const PricingCandidate &c : candidates)
        if (!products.contains(c.product))
            products.append(c.product);
    for (int i = 0; i < products.size(); ++i)
        placeholders << u":p%1"_s.arg(i);
    SqlQuery q(m_db,
               u"SELECT v.product_id, v.size_id, m.price_date, m.currency, m.lowest_ask, m.highest_bid, "
               "m.last_sale FROM {{pricing.market_prices}} m JOIN {{catalog.product_variant}} v ON v.id = "
               "m.variant_id WHERE m.platform_name = 'stockx' AND m.price_date >= :since AND v.product_id IN ("_s +
                   placeholders.join(u", "_s) + u") ORDER BY m.price_date"_s);
    q.bind(u":since"_s, since);
    for (int i = 0; i < products.size(); ++i)
        q.bind(placeholders.at(i), products.at(i));
    if (Status status = q.exec(); !status)
        return status;
    QHash<QString, QList<std::pair<QString, MarketDay>>> bySize; // product|size → (currency, day)
    while (q.next()) {
        const QString currency = q.string(3);
        bySize[q.string(0) + u'|' + q.string(1)].append(
            {currency, MarketDay{q.date(2), q.money(4, currency), q.money(5, currency), q.money(6, currency)}});
    }
    for (PricingCandidate &c : candidates) {
        c.market.clear();
        for (const auto &[currency, day] : bySize.value(c.product.toString() + u'|' + c.size.toString()))
            if (currency == c.currency)
                c.market.append(day);
    }
    return {};
}

Result<QList<PricedCandidate>> PricingCandidateRepository::priced(QList<PricingCandidate> candidates,
                                                                  const QDateTime &now) const
{
    const auto context = PricingContext::load(m_db, now, u"EUR"_s);
    if (!context)
        return context.error();
    if (Status status = attachMarket(candidates, now.date().addDays(-PricingContext::kMarketDays)); !status)
        return status.error();
    QList<PricedCandidate> rows;
    rows.reserve(candidates.size());
    for (const PricingCandidate &candidate : candidates) {
        auto rec = pricingengine::recommend(context.value().inputFor(candidate));
        rows.append({candidate, rec ? std::optional<Recommendation>(rec.value()) : std::nullopt,
                     rec ? QString() : rec.error().message});
    }
    return rows;
}

Result<PricedCandidatePage> PricingCandidateRepository::fetchPricedPage(bool listedOnly,
                                                                        const std::optional<KeysetCursor> &cursor,
                                                                        int limit, const QDateTime &now) const
{
    auto page = fetchPage(listedOnly, cursor, limit);
    if (!page)
        return page.error();
    auto rows = priced(page.value().rows, now);
    if (!rows)
        return rows.error();
    return PricedCandidatePage{rows.value(), page.value().next};
}

Result<QList<PricedCandidate>> PricingCandidateRepository::fetchPriced(const QList<StockItemId> &items,
                                                                       const QDateTime &now) const
{
    if (items.isEmpty())
        return QList<PricedCandidate>();
    QStringList placeholders;
    for (int i = 0; i < items.size(); ++i)
        placeholders << u":i%1"_s.arg(i);
    SqlQuery q(m_db, u"SELECT 0, "_s + kColumns + u" FROM "_s + rows() + u" WHERE x.id IN ("_s +
                         placeholders.join(u", "_s) + u") ORDER BY x.product, x.id"_s);
    for (int i = 0; i < items.size(); ++i)
        q.bind(placeholders.at(i), items.at(i));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<PricingCandidate> candidates;
    while (q.next())
        candidates.append(readRow(q, 1));
    return priced(candidates, now);
}

} // namespace sf
