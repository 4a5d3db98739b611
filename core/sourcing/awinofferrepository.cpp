#include "awinofferrepository.h"

#include "db/sqlquery.h"

using namespace Qt::StringLiterals;

namespace sf {

Result<KeysetPage<AwinOfferRow>> AwinOfferRepository::page(const AwinOfferFilter &filter,
                                                           const std::optional<KeysetCursor> &after, int limit) const
{
    QString sql = u"SELECT a.id, a.awin_product_id, a.product_name, a.brand_name, a.size, a.ean, a.style_code, "
                  "a.merchant_name, a.retail_price_cents, a.currency, a.in_stock, a.available, a.match_method, "
                  "a.match_confidence, a.thumbnail_url, a.image_url, a.affiliate_link, a.merchant_link, "
                  "a.feed_import_date FROM {{integration.awin_products}} a WHERE a.retail_price_cents IS NOT NULL"_s;
    if (!filter.text.isEmpty())
        sql += u" AND (LOWER(a.product_name) LIKE :text ESCAPE '\\' OR a.ean = :exact OR a.style_code = :style)"_s;
    if (!filter.brand.isEmpty())
        sql += u" AND LOWER(a.brand_name) = LOWER(:brand)"_s;
    if (filter.merchantId != 0)
        sql += u" AND a.merchant_id = :merchant"_s;
    if (filter.inStockOnly)
        sql += u" AND a.in_stock AND a.available"_s;
    if (filter.matchedOnly)
        sql += u" AND a.matched_variant_id IS NOT NULL"_s;
    if (after)
        sql += u" AND (a.retail_price_cents > :cprice OR (a.retail_price_cents = :cprice AND a.id > :cid))"_s;
    sql += u" ORDER BY a.retail_price_cents, a.id LIMIT :limit"_s;
    SqlQuery q(m_db, sql);
    if (!filter.text.isEmpty())
        q.bind(u":text"_s, u'%' + escapeLike(filter.text.toLower()) + u'%')
            .bind(u":exact"_s, filter.text.trimmed())
            .bind(u":style"_s, filter.text.trimmed().toUpper().replace(u'.', u'-'));
    if (!filter.brand.isEmpty())
        q.bind(u":brand"_s, filter.brand);
    if (filter.merchantId != 0)
        q.bind(u":merchant"_s, filter.merchantId);
    if (after)
        q.bind(u":cprice"_s, after->sortKey.toLongLong()).bind(u":cid"_s, after->id);
    q.bind(u":limit"_s, limit);
    if (Status status = q.exec(); !status)
        return status.error();
    KeysetPage<AwinOfferRow> page;
    while (q.next()) {
        AwinOfferRow r;
        r.id = QUuid::fromString(q.string(0));
        r.awinProductId = q.string(1);
        r.productName = q.string(2);
        r.brand = q.string(3);
        r.size = q.string(4);
        r.ean = q.string(5);
        r.styleCode = q.string(6);
        r.merchantName = q.string(7);
        r.price = Money(q.integer(8), q.string(9));
        r.inStock = q.boolean(10);
        r.available = q.boolean(11);
        r.matchMethod = q.string(12);
        r.matchConfidence = q.real(13);
        r.thumbnailUrl = q.string(14);
        r.imageUrl = q.string(15);
        r.affiliateLink = q.string(16);
        r.merchantLink = q.string(17);
        r.importedAt = q.dateTime(18);
        page.rows.append(r);
    }
    if (page.rows.size() == limit)
        page.next = KeysetCursor{page.rows.last().price.minor(), page.rows.last().id.toString(QUuid::WithoutBraces)};
    return page;
}

Result<QList<PricePoint>> AwinOfferRepository::priceHistory(const QString &awinProductId) const
{
    SqlQuery q(m_db, u"SELECT recorded_at, price_cents, currency FROM {{integration.awin_price_history}} "
                     "WHERE awin_product_id = :id ORDER BY recorded_at"_s);
    if (Status status = q.bind(u":id"_s, awinProductId).exec(); !status)
        return status.error();
    QList<PricePoint> points;
    while (q.next())
        points.append({q.dateTime(0), Money(q.integer(1), q.string(2))});
    return points;
}

Result<QList<std::pair<int, QString>>> AwinOfferRepository::merchants() const
{
    SqlQuery q(m_db, u"SELECT advertiser_id, MAX(advertiser_name) FROM {{integration.awin_feeds}} "
                     "WHERE advertiser_id <> 0 GROUP BY advertiser_id ORDER BY 2"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<std::pair<int, QString>> merchants;
    while (q.next())
        merchants.append({int(q.integer(0)), q.string(1)});
    return merchants;
}

} // namespace sf
