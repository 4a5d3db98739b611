#include "orderlistrepository.h"

#include "catalog/size.h"
#include "db/keysetquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kFinished = u"('completed', 'cancelled', 'returned', 'failed')"_s;
const QString kColumns =
    u"o.id, o.inventory_item_id, o.external_id, m.name, m.slug, p.name, p.sku, sz.value, sz.region, o.status, "
    "o.platform_status, o.sold_at, o.currency_code, o.gross_sale, o.net_proceeds, s.purchase_price, o.net_profit, "
    "o.roi, o.shelf_life_days, o.payout_received, o.payout_date, o.shipping_document_path, "
    "o.platform_specific_data"_s;
const QString kFrom = u" FROM {{sales.order}} o JOIN {{platform.marketplace}} m ON m.id = o.platform_id "
                      "JOIN {{inventory.stock}} s ON s.id = o.inventory_item_id "
                      "JOIN {{catalog.product}} p ON p.id = s.product_id "
                      "LEFT JOIN {{catalog.sizes}} sz ON sz.id = s.size_id"_s;

QString sortExpression(OrderQuery::Sort sort)
{
    switch (sort) {
    case OrderQuery::Sort::Order: return u"o.external_id"_s;
    case OrderQuery::Sort::Marketplace: return u"m.name"_s;
    case OrderQuery::Sort::Product: return u"p.name"_s;
    case OrderQuery::Sort::Size: return u"COALESCE(sz.standardized_value, -1)"_s;
    case OrderQuery::Sort::State: return u"o.status"_s;
    case OrderQuery::Sort::SoldAt: return u"COALESCE(o.sold_at, {{ts_min}})"_s;
    case OrderQuery::Sort::Sale: return u"COALESCE(o.gross_sale, -1)"_s;
    case OrderQuery::Sort::NetProceeds: return u"COALESCE(o.net_proceeds, -1000000)"_s;
    case OrderQuery::Sort::Cost: return u"COALESCE(s.purchase_price, -1)"_s;
    case OrderQuery::Sort::NetProfit: return u"COALESCE(o.net_profit, -1000000)"_s;
    case OrderQuery::Sort::Roi: return u"COALESCE(o.roi, -100000)"_s;
    case OrderQuery::Sort::ShelfLife: return u"COALESCE(o.shelf_life_days, -1)"_s;
    }
    Q_UNREACHABLE();
}

QStringList conditions(const OrderQuery &query, const Dialect &dialect)
{
    QStringList where;
    if (!query.text.trimmed().isEmpty()) {
        const QString like = dialect.isPostgres() ? u"ILIKE"_s : u"LIKE"_s;
        where << u"(o.external_id %1 :text ESCAPE '\\' OR p.sku %1 :text ESCAPE '\\' OR p.name %1 :text ESCAPE '\\')"_s
                     .arg(like);
    }
    if (query.scope == OrderQuery::Scope::Open)
        where << u"(o.status NOT IN "_s + kFinished + u" OR (o.status = 'completed' AND NOT o.payout_received))"_s;
    else if (query.scope == OrderQuery::Scope::History)
        where << u"o.status IN "_s + kFinished + u" AND (o.status <> 'completed' OR o.payout_received)"_s;
    if (query.payout == OrderQuery::Payout::Received)
        where << u"o.payout_received"_s;
    else if (query.payout == OrderQuery::Payout::Outstanding)
        where << u"NOT o.payout_received AND o.status NOT IN ('cancelled', 'returned', 'failed')"_s;
    if (!query.marketplaceSlug.isEmpty())
        where << u"m.slug = :marketplace"_s;
    if (query.status)
        where << u"o.status = :status"_s;
    if (query.countedOnly)
        where << u"o.status NOT IN ('cancelled', 'returned', 'failed')"_s;
    if (!query.currency.isEmpty())
        where << u"o.currency_code = :currency"_s;
    if (query.soldFrom.isValid())
        where << u"o.sold_at >= :sold_from"_s;
    if (query.soldTo.isValid())
        where << u"o.sold_at < :sold_to"_s;
    if (!query.brand.isNull())
        where << u"p.brand_id = :brand"_s;
    if (!query.supplier.isNull())
        where << u"s.supplier_id = :supplier"_s;
    if (!query.product.isNull())
        where << u"p.id = :product"_s;
    if (query.profitFrom || query.profitTo)
        where << u"s.purchase_price IS NOT NULL AND o.net_profit IS NOT NULL"_s;
    if (query.profitFrom)
        where << u"o.net_profit >= :profit_from"_s;
    if (query.profitTo)
        where << u"o.net_profit < :profit_to"_s;
    return where;
}

void bindConditions(SqlQuery &q, const OrderQuery &query)
{
    if (!query.text.trimmed().isEmpty())
        q.bind(u":text"_s, u'%' + escapeLike(query.text.trimmed()) + u'%');
    if (!query.marketplaceSlug.isEmpty())
        q.bind(u":marketplace"_s, query.marketplaceSlug);
    if (query.status)
        q.bind(u":status"_s, statusKey(*query.status));
    if (!query.currency.isEmpty())
        q.bind(u":currency"_s, query.currency);
    if (query.soldFrom.isValid())
        q.bind(u":sold_from"_s, QDateTime(query.soldFrom, QTime(0, 0), Qt::UTC));
    if (query.soldTo.isValid())
        q.bind(u":sold_to"_s, QDateTime(query.soldTo.addDays(1), QTime(0, 0), Qt::UTC));
    if (!query.brand.isNull())
        q.bind(u":brand"_s, query.brand);
    if (!query.supplier.isNull())
        q.bind(u":supplier"_s, query.supplier);
    if (!query.product.isNull())
        q.bind(u":product"_s, query.product);
    if (query.profitFrom)
        q.bind(u":profit_from"_s, *query.profitFrom);
    if (query.profitTo)
        q.bind(u":profit_to"_s, *query.profitTo);
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

// The last path segment of the document URL StockX gives is the id its PDF endpoint takes.
QString shippingIdOf(const QString &platformData)
{
    const QJsonObject data = QJsonDocument::fromJson(platformData.toUtf8()).object();
    const QString url = data.value(u"shippingDocumentUrl"_s).toString();
    return url.isEmpty() ? QString() : QUrl(url).path().section(u'/', -1);
}

OrderRow readRow(const SqlQuery &q, int c)
{
    OrderRow row;
    row.id = q.id<OrderId>(c + 0);
    row.itemId = q.id<StockItemId>(c + 1);
    row.orderNumber = q.string(c + 2);
    row.marketplace = q.string(c + 3);
    row.marketplaceSlug = q.string(c + 4);
    row.productName = q.string(c + 5);
    row.sku = q.string(c + 6);
    row.sizeLabel = q.isNull(c + 7) ? QString() : Size::labelFor(q.string(c + 8), q.string(c + 7));
    row.status = statusFromKey<OrderStatus>(q.string(c + 9)).value_or(OrderStatus::Pending);
    row.platformStatus = q.string(c + 10);
    row.soldAt = q.dateTime(c + 11);
    row.currency = q.isNull(c + 12) ? u"EUR"_s : q.string(c + 12);
    row.sale = q.money(c + 13, row.currency);
    row.netProceeds = q.money(c + 14, row.currency);
    row.cost = q.money(c + 15, row.currency);
    row.netProfit = q.money(c + 16, row.currency);
    row.roi = q.hundredths(c + 17);
    if (!q.isNull(c + 18))
        row.shelfLifeDays = int(q.integer(c + 18));
    row.payoutReceived = q.boolean(c + 19);
    row.payoutDate = q.dateTime(c + 20);
    row.shippingDocumentPath = q.string(c + 21);
    row.shippingId = shippingIdOf(q.string(c + 22));
    return row;
}
} // namespace

Result<OrderRowPage> OrderListRepository::fetchPage(const OrderQuery &query, const std::optional<KeysetCursor> &cursor,
                                                    int limit) const
{
    return fetchKeysetPage<OrderRow>(
        m_db, KeysetPaging{sortExpression(query.sort), u"o.id"_s, query.descending}, kColumns + kFrom,
        conditions(query, m_db.dialect()), [&](SqlQuery &q) { bindConditions(q, query); }, cursor, limit, readRow,
        [](const OrderRow &row) { return row.id.toString(); });
}

Result<std::optional<OrderRow>> OrderListRepository::fetchRow(const OrderId &id) const
{
    SqlQuery q(m_db, u"SELECT "_s + kColumns + kFrom + u" WHERE o.id = :id"_s);
    q.bind(u":id"_s, id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<OrderRow>();
    return std::optional<OrderRow>(readRow(q, 0));
}

Result<OrderSummary> OrderListRepository::summary(const OrderQuery &query) const
{
    // Cancelled, returned and failed sales earned nothing; profit needs the pair's cost.
    const QString earned = u"o.status NOT IN ('cancelled', 'returned', 'failed')"_s;
    SqlQuery q(m_db, u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN %1 THEN o.gross_sale END), 0), "
                     "COALESCE(SUM(CASE WHEN %1 THEN o.net_proceeds END), 0), "
                     "COALESCE(SUM(CASE WHEN %1 AND s.purchase_price IS NOT NULL THEN o.net_profit END), 0), "
                     "COALESCE(SUM(CASE WHEN %1 AND NOT o.payout_received THEN 1 ELSE 0 END), 0), "
                     "COALESCE(SUM(CASE WHEN %1 AND s.purchase_price IS NULL THEN 1 ELSE 0 END), 0)"_s.arg(earned) +
                         kFrom + whereClause(conditions(query, m_db.dialect())));
    bindConditions(q, query);
    if (Status status = q.exec(); !status)
        return status.error();
    OrderSummary summary;
    if (q.next()) {
        summary.orders = q.integer(0);
        summary.saleMinor = q.money(1, QString()).value_or(Money()).minor();
        summary.netProceedsMinor = q.money(2, QString()).value_or(Money()).minor();
        summary.netProfitMinor = q.money(3, QString()).value_or(Money()).minor();
        summary.outstandingPayouts = q.integer(4);
        summary.withoutCost = q.integer(5);
    }
    return summary;
}

Status OrderListRepository::setShippingDocument(const OrderId &id, const QString &path) const
{
    SqlQuery q(m_db, u"UPDATE {{sales.order}} SET shipping_document_path = :path, updated_at = {{now}} "
                     "WHERE id = :id"_s);
    q.bind(u":id"_s, id).bind(u":path"_s, path);
    return q.exec();
}

} // namespace sf
