#include "listinglistrepository.h"

#include "catalog/size.h"
#include "db/keysetquery.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// One row per listing, with the newest StockX lowest ask of the pair's product and size.
const QString kRows =
    u"(SELECT l.id, l.inventory_item_id, l.external_id, m.name AS marketplace, p.name AS product, p.sku, "
    "sz.value AS size_value, sz.region AS size_region, COALESCE(sz.standardized_value, -1) AS size_order, "
    "l.status, l.platform_status, l.amount, s.purchase_price AS cost, l.created_at, l.expires_at, l.version, "
    "(SELECT ml.lowest_ask FROM {{pricing.market_latest}} ml JOIN {{catalog.product_variant}} v "
    "ON v.id = ml.variant_id WHERE v.product_id = s.product_id AND v.size_id = s.size_id "
    "AND ml.platform_name = 'stockx' ORDER BY ml.price_date DESC LIMIT 1) AS lowest_ask, "
    "CASE WHEN EXISTS (SELECT 1 FROM {{logging.stockx_presale_markings}} pm WHERE pm.stockx_listing_id = "
    "l.external_id AND pm.is_presale) THEN 1 ELSE 0 END AS presale "
    "FROM {{sales.listing}} l JOIN {{platform.marketplace}} m ON m.id = l.platform_id "
    "JOIN {{inventory.stock}} s ON s.id = l.inventory_item_id JOIN {{catalog.product}} p ON p.id = s.product_id "
    "LEFT JOIN {{catalog.sizes}} sz ON sz.id = s.size_id) x"_s;
const QString kColumns = u"x.id, x.inventory_item_id, x.external_id, x.marketplace, x.product, x.sku, x.size_value, "
                         "x.size_region, x.status, x.platform_status, x.amount, x.lowest_ask, x.cost, x.created_at, "
                         "x.expires_at, x.presale, x.version"_s;

QString sortExpression(ListingQuery::Sort sort)
{
    switch (sort) {
    case ListingQuery::Sort::Product: return u"x.product"_s;
    case ListingQuery::Sort::Size: return u"x.size_order"_s;
    case ListingQuery::Sort::State: return u"x.status"_s;
    case ListingQuery::Sort::Price: return u"COALESCE(x.amount, -1)"_s;
    case ListingQuery::Sort::LowestAsk: return u"COALESCE(x.lowest_ask, -1)"_s;
    case ListingQuery::Sort::Difference: return u"COALESCE(x.amount - x.lowest_ask, -1000000)"_s;
    case ListingQuery::Sort::Created: return u"x.created_at"_s;
    case ListingQuery::Sort::Expires: return u"COALESCE(x.expires_at, {{ts_min}})"_s;
    }
    Q_UNREACHABLE();
}

QStringList conditions(const ListingQuery &query, const Dialect &dialect)
{
    QStringList where;
    if (!query.text.trimmed().isEmpty())
        where << u"(x.external_id %1 :text ESCAPE '\\' OR x.sku %1 :text ESCAPE '\\' OR x.product %1 :text "
                 "ESCAPE '\\')"_s.arg(dialect.isPostgres() ? u"ILIKE"_s : u"LIKE"_s);
    switch (query.state) {
    case ListingQuery::State::Open: where << u"x.status IN ('active', 'inactive', 'pending')"_s; break;
    case ListingQuery::State::Active: where << u"x.status = 'active'"_s; break;
    case ListingQuery::State::Inactive: where << u"x.status = 'inactive'"_s; break;
    case ListingQuery::State::Ended: where << u"x.status NOT IN ('active', 'inactive', 'pending')"_s; break;
    case ListingQuery::State::All: break;
    }
    if (query.price == ListingQuery::Price::AboveLowestAsk)
        where << u"x.amount > x.lowest_ask"_s;
    else if (query.price == ListingQuery::Price::AtOrBelowLowestAsk)
        where << u"x.amount <= x.lowest_ask"_s;
    if (query.expiringWithinDays > 0)
        where << u"x.expires_at IS NOT NULL AND x.expires_at <= :expiry"_s;
    return where;
}

void bindConditions(SqlQuery &q, const ListingQuery &query)
{
    if (!query.text.trimmed().isEmpty())
        q.bind(u":text"_s, u'%' + escapeLike(query.text.trimmed()) + u'%');
    if (query.expiringWithinDays > 0)
        q.bind(u":expiry"_s, QDateTime::currentDateTimeUtc().addDays(query.expiringWithinDays));
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

ListingRow readRow(const SqlQuery &q, int c)
{
    ListingRow row;
    row.id = q.id<ListingId>(c + 0);
    row.itemId = q.id<StockItemId>(c + 1);
    row.externalId = q.string(c + 2);
    row.marketplace = q.string(c + 3);
    row.productName = q.string(c + 4);
    row.sku = q.string(c + 5);
    row.sizeLabel = q.isNull(c + 6) ? QString() : Size::labelFor(q.string(c + 7), q.string(c + 6));
    row.status = statusFromKey<ListingStatus>(q.string(c + 8)).value_or(ListingStatus::Pending);
    row.platformStatus = q.string(c + 9);
    row.amount = q.money(c + 10, u"EUR"_s);
    row.lowestAsk = q.money(c + 11, u"EUR"_s);
    row.cost = q.money(c + 12, u"EUR"_s);
    row.createdAt = q.dateTime(c + 13);
    row.expiresAt = q.dateTime(c + 14);
    row.presale = q.integer(c + 15) != 0;
    row.version = int(q.integer(c + 16));
    return row;
}
} // namespace

Result<ListingRowPage> ListingListRepository::fetchPage(const ListingQuery &query,
                                                        const std::optional<KeysetCursor> &cursor, int limit) const
{
    return fetchKeysetPage<ListingRow>(
        m_db, KeysetPaging{sortExpression(query.sort), u"x.id"_s, query.descending}, kColumns + u" FROM "_s + kRows,
        conditions(query, m_db.dialect()), [&](SqlQuery &q) { bindConditions(q, query); }, cursor, limit, readRow,
        [](const ListingRow &row) { return row.id.toString(); });
}

Result<qint64> ListingListRepository::count(const ListingQuery &query) const
{
    SqlQuery q(m_db, u"SELECT COUNT(*) FROM "_s + kRows + whereClause(conditions(query, m_db.dialect())));
    bindConditions(q, query);
    if (Status status = q.exec(); !status)
        return status.error();
    return q.next() ? q.integer(0) : 0;
}

} // namespace sf
