#include "stockrepository.h"

#include "stockage.h"

#include "db/keysetquery.h"

#include "catalog/size.h"
#include "db/batchupdate.h"
#include "db/ingroups.h"
#include "db/rowhelpers.h"
#include "db/rowversion.h"
#include "db/sqlquery.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
const QString kFrom =
    u" FROM {{inventory.stock}} s JOIN {{catalog.product}} p ON p.id = s.product_id "
    "LEFT JOIN {{catalog.brand}} b ON b.id = p.brand_id JOIN {{catalog.sizes}} sz ON sz.id = s.size_id "
    "LEFT JOIN {{supplier.profile}} sup ON sup.id = s.supplier_id "_s;
const QString kRowColumns =
    u"s.id, s.product_id, s.size_id, s.supplier_id, s.quantity, s.purchase_price, s.gross_purchase_price, "
    "s.vat_rate, s.currency, s.purchase_date, s.status, s.location, s.notes, s.listed_stockx, "
    "s.listed_alias, "
    "s.listed_local, s.created_by_import, s.version, s.updated_by, s.updated_at, p.sku, p.name, b.name, sz.value, "
    "sz.region, sup.name"_s;
const QString kItemColumns = u"SELECT s.id, s.product_id, s.size_id, s.supplier_id, s.quantity, "
                             u"s.purchase_price, s.gross_purchase_price, "
                             "s.vat_rate, s.currency, s.purchase_date, s.status, s.location, s.notes, "
                             "s.listed_stockx, s.listed_alias, "
                             "s.listed_local, s.created_by_import, s.version, s.updated_by, s.updated_at "
                             "FROM {{inventory.stock}} s "_s;

const QString kUnsold = u"s.status NOT IN ('sold', 'canceled', 'error')"_s;
// The pair a sale takes: the one bought first.
const QString kOldestFirst = u"COALESCE(s.purchase_date, s.created_at), s.created_at, s.id"_s;

// Sort keys never contain NULL, so keyset comparisons stay simple. The money and date expressions are
// indexed as written here (see migrations/0001_schema.sql).
QString sortExpression(StockQuery::Sort sort)
{
    switch (sort) {
    case StockQuery::Sort::Sku: return u"p.sku"_s;
    case StockQuery::Sort::Product: return u"p.name"_s;
    case StockQuery::Sort::Brand: return u"COALESCE(b.name, '')"_s;
    case StockQuery::Sort::Size: return u"COALESCE(sz.standardized_value, -1)"_s;
    case StockQuery::Sort::State: return u"s.status"_s;
    case StockQuery::Sort::Location: return u"COALESCE(s.location, '')"_s;
    case StockQuery::Sort::Supplier: return u"COALESCE(sup.name, '')"_s;
    case StockQuery::Sort::Quantity: return u"s.quantity"_s;
    case StockQuery::Sort::NetPrice: return u"COALESCE(s.purchase_price, -1)"_s;
    case StockQuery::Sort::GrossPrice: return u"COALESCE(s.gross_purchase_price, -1)"_s;
    case StockQuery::Sort::PurchaseDate: return u"COALESCE(s.purchase_date, {{ts_min}})"_s;
    case StockQuery::Sort::Created: return u"s.created_at"_s;
    }
    Q_UNREACHABLE();
}

StockItem readItem(const SqlQuery &q, int c)
{
    StockItem item;
    item.id = q.id<StockItemId>(c + 0);
    item.productId = q.id<ProductId>(c + 1);
    item.sizeId = q.id<SizeId>(c + 2);
    item.supplierId = q.id<SupplierId>(c + 3);
    item.quantity = int(q.integer(c + 4));
    item.currency = q.string(c + 8);
    item.netPrice = q.money(c + 5, item.currency);
    item.grossPrice = q.money(c + 6, item.currency);
    item.vatRate = VatRate::parse(q.string(c + 7)).value_or(VatRate::germanStandard());
    item.purchaseDate = q.dateTime(c + 9);
    item.status = itemstatus::fromKey(q.string(c + 10)).value_or(ItemStatus::Error);
    item.location = q.string(c + 11);
    item.notes = q.string(c + 12);
    item.listedStockX = q.boolean(c + 13);
    item.listedAlias = q.boolean(c + 14);
    item.listedLocal = q.boolean(c + 15);
    item.createdByImport = q.boolean(c + 16);
    item.version = int(q.integer(c + 17));
    item.updatedBy = q.string(c + 18);
    item.updatedAt = q.dateTime(c + 19);
    return item;
}

StockRow readRow(const SqlQuery &q, int c)
{
    StockRow row;
    row.item = readItem(q, c);
    row.sku = q.string(c + 20);
    row.productName = q.string(c + 21);
    row.brandName = q.string(c + 22);
    row.sizeLabel = Size::labelFor(q.string(c + 24), q.string(c + 23));
    row.supplierName = q.string(c + 25);
    return row;
}

// What an edit writes: each column with its placeholder.
const QList<BatchUpdate::Column> kEditable = {
    {u"product_id"_s, u":product"_s},
    {u"size_id"_s, u":size"_s},
    {u"supplier_id"_s, u":supplier"_s},
    {u"quantity"_s, u":quantity"_s},
    {u"purchase_price"_s, u":net"_s},
    {u"gross_purchase_price"_s, u":gross"_s},
    {u"vat_amount"_s, u":vat_amount"_s},
    {u"vat_rate"_s, u":vat_rate"_s},
    {u"currency"_s, u":currency"_s},
    {u"purchase_date"_s, u":purchase_date"_s},
    {u"status"_s, u":status"_s},
    {u"location"_s, u":location"_s},
    {u"notes"_s, u":notes"_s},
    {u"listed_stockx"_s, u":listed_stockx"_s},
    {u"listed_alias"_s, u":listed_alias"_s},
    {u"listed_local"_s, u":listed_local"_s},
    {u"created_by_import"_s, u":created_by_import"_s},
};

QString editableSet()
{
    QStringList set;
    for (const BatchUpdate::Column &column : kEditable)
        set << column.name + u" = "_s + column.placeholder;
    return set.join(u", "_s);
}

// Binds every placeholder of kEditable and :id, on a SqlQuery or a BatchUpdate::Row.
template <typename Binder> void bindItem(Binder &q, const StockItem &item)
{
    q.bind(u":id"_s, item.id)
        .bind(u":product"_s, item.productId)
        .bind(u":size"_s, item.sizeId)
        .bind(u":supplier"_s, item.supplierId)
        .bind(u":quantity"_s, item.quantity)
        .bind(u":net"_s, item.netPrice)
        .bind(u":gross"_s, item.grossPrice)
        .bind(u":vat_amount"_s, item.netPrice && item.grossPrice ? std::optional(*item.grossPrice - *item.netPrice)
                                                                 : std::optional<Money>())
        .bind(u":vat_rate"_s, item.vatRate.toDecimalString())
        .bind(u":currency"_s, item.currency)
        .bind(u":purchase_date"_s, item.purchaseDate)
        .bind(u":status"_s, itemstatus::key(item.status))
        .bind(u":location"_s, item.location.isEmpty() ? QString() : item.location)
        .bind(u":notes"_s, item.notes.isEmpty() ? QString() : item.notes)
        .bind(u":listed_stockx"_s, item.listedStockX)
        .bind(u":listed_alias"_s, item.listedAlias)
        .bind(u":listed_local"_s, item.listedLocal)
        .bind(u":created_by_import"_s, item.createdByImport);
}

Status validate(const StockItem &item)
{
    auto invalid = [](const QString &message) { return Error{u"stock.invalid"_s, message, {}}; };
    if (item.productId.isNull())
        return invalid(QCoreApplication::translate("StockRepository", "Choose a product."));
    if (item.sizeId.isNull())
        return invalid(QCoreApplication::translate("StockRepository", "Choose a size."));
    if (item.quantity < 0)
        return invalid(QCoreApplication::translate("StockRepository", "The quantity cannot be negative."));
    if ((item.netPrice && item.netPrice->isNegative()) || (item.grossPrice && item.grossPrice->isNegative()))
        return invalid(QCoreApplication::translate("StockRepository", "A purchase price cannot be negative."));
    if (item.netPrice && item.grossPrice && *item.grossPrice < *item.netPrice)
        return invalid(
            QCoreApplication::translate("StockRepository", "The gross price cannot be below the net price."));
    return {};
}

const QString kInsert = u"INSERT INTO {{inventory.stock}} (id, product_id, size_id, supplier_id, quantity, "
                        "purchase_price, gross_purchase_price, vat_amount, vat_rate, currency, purchase_date, status, "
                        "location, notes, listed_stockx, listed_alias, listed_local, created_by_import, import_key) "
                        "VALUES (:id, :product, :size, :supplier, :quantity, :net, :gross, :vat_amount, :vat_rate, "
                        ":currency, :purchase_date, :status, :location, :notes, :listed_stockx, :listed_alias, "
                        ":listed_local, :created_by_import, :import_key)"_s;

// WHERE clause for the query's filters; binds are applied by bindFilters().
QStringList conditions(const StockQuery &query, const Dialect &dialect)
{
    QStringList where;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const bool wildcards = text.contains(u'%') || text.contains(u'_');
        const QString escape = wildcards ? u" ESCAPE '\\'"_s : QString();
        if (dialect.isPostgres())
            where << u"(s.product_id IN (SELECT p2.id FROM {{catalog.product}} p2 LEFT JOIN "
                     u"{{catalog.brand}} b2 "
                     "ON b2.id = p2.brand_id WHERE p2.sku ILIKE :text ESCAPE '\\' OR p2.name ILIKE :text "
                     "ESCAPE '\\' "
                     "OR b2.name ILIKE :text ESCAPE '\\') OR s.notes ILIKE :text ESCAPE '\\')"_s;
        else
            where << u"s.rowid IN (SELECT rowid FROM inventory_stock_fts WHERE doc LIKE :text"_s + escape + u')';
    }
    if (!query.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < query.statuses.size(); ++i)
            names << u":status"_s + QString::number(i);
        where << u"s.status IN ("_s + names.join(u", "_s) + u')';
    }
    if (query.returnableOnly)
        where << u"s.returned_at IS NULL AND s.status IN ('in_stock', 'listed_stockx', 'listed_alias', 'listed') "
                 "AND EXISTS (SELECT 1 FROM {{supplier.profile}} rp WHERE rp.id = s.supplier_id AND "
                 "rp.return_policy_days IS NOT NULL AND {{days_since:COALESCE(s.delivery_date, s.purchase_date)}} "
                 "<= rp.return_policy_days)"_s;
    if (!query.brand.isNull())
        where << u"p.brand_id = :brand"_s;
    if (!query.size.isNull())
        where << u"s.size_id = :size"_s;
    if (!query.supplier.isNull())
        where << u"s.supplier_id = :supplier"_s;
    if (!query.location.isEmpty())
        where << u"s.location = :location"_s;
    if (!query.currency.isEmpty())
        where << u"s.currency = :currency"_s;
    if (query.minAgeDays)
        where << stockage::daysSql() + u" >= :min_age"_s;
    if (query.maxAgeDays)
        where << stockage::daysSql() + u" < :max_age"_s;
    return where;
}

QString filterClause(const StockQuery &query, const Dialect &dialect)
{
    const QStringList where = conditions(query, dialect);
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

void bindFilters(SqlQuery &q, const StockQuery &query, const Dialect &dialect)
{
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const bool wildcards = text.contains(u'%') || text.contains(u'_');
        q.bind(u":text"_s, u'%' + (dialect.isPostgres() || wildcards ? escapeLike(text) : text) + u'%');
    }
    for (int i = 0; i < query.statuses.size(); ++i)
        q.bind(u":status"_s + QString::number(i), itemstatus::key(query.statuses.at(i)));
    if (!query.brand.isNull())
        q.bind(u":brand"_s, query.brand);
    if (!query.size.isNull())
        q.bind(u":size"_s, query.size);
    if (!query.supplier.isNull())
        q.bind(u":supplier"_s, query.supplier);
    if (!query.location.isEmpty())
        q.bind(u":location"_s, query.location);
    if (!query.currency.isEmpty())
        q.bind(u":currency"_s, query.currency);
    if (query.minAgeDays)
        q.bind(u":min_age"_s, *query.minAgeDays);
    if (query.maxAgeDays)
        q.bind(u":max_age"_s, *query.maxAgeDays + 1);
    if (query.minAgeDays || query.maxAgeDays)
        q.bind(u":as_of"_s, query.ageAsOf.isValid() ? query.ageAsOf : QDateTime::currentDateTimeUtc());
}
} // namespace

Result<StockItem> StockRepository::create(const StockItem &item) const
{
    if (Status status = validate(item); !status)
        return status.error();
    StockItem created = item;
    if (created.id.isNull())
        created.id = StockItemId::create();
    SqlQuery q(m_db, kInsert);
    bindItem(q, created);
    q.bind(u":import_key"_s, created.importKey);
    if (Status status = q.execLater(); !status)
        return status.error();
    announceAfterCommit(m_db, {Change::Entity::StockItem, Change::Kind::Added, {created.id.uuid()}});
    return created;
}

Status StockRepository::insertMany(const QList<StockItem> &items) const
{
    SqlQuery q(m_db, kInsert);
    for (const StockItem &item : items) {
        if (Status status = validate(item); !status)
            return status;
        bindItem(q, item);
        q.bind(u":import_key"_s, item.importKey);
        if (Status status = q.exec(); !status)
            return status;
        announceAfterCommit(m_db, {Change::Entity::StockItem, Change::Kind::Added, {item.id.uuid()}});
    }
    return {};
}

Result<std::optional<StockItem>> StockRepository::get(const StockItemId &id) const
{
    SqlQuery q(m_db, kItemColumns + u"WHERE s.id = :id"_s);
    q.bind(u":id"_s, id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<StockItem>();
    return std::optional(readItem(q, 0));
}

Status StockRepository::update(const StockItem &item) const
{
    if (Status status = validate(item); !status)
        return status;
    const QString sql = u"UPDATE {{inventory.stock}} SET "_s + editableSet() + u", updated_at = {{now}}, "_s +
                        rowversion::kNext + u" WHERE id = :id"_s + rowversion::condition(item.version);
    SqlQuery q(m_db, sql);
    bindItem(q, item);
    rowversion::bind(q, m_db, item.version);
    if (Status status = q.exec(); !status)
        return status;
    if (q.rowsAffected() == 0)
        return rowversion::refusal(m_db, rowversion::Subject::Pair, u"{{inventory.stock}}"_s, item.id.toString());
    announceAfterCommit(m_db, {Change::Entity::StockItem, Change::Kind::Changed, {item.id.uuid()}});
    return {};
}

Status StockRepository::updateMany(const QList<StockItem> &items) const
{
    for (const StockItem &item : items)
        if (Status status = validate(item); !status)
            return status;
    if (!m_db.dialect().isPostgres()) { // no round trips to save on a local file
        for (const StockItem &item : items)
            if (Status status = update(item); !status)
                return status;
        return {};
    }
    const auto updated = BatchUpdate(m_db, u"inventory.stock"_s, kEditable)
                             .checkVersions()
                             .run(items.size(), [&](BatchUpdate::Row &row, qsizetype i) {
                                 bindItem(row, items.at(i));
                                 row.bind(u":version"_s, items.at(i).version);
                             });
    if (!updated)
        return updated.error();
    QList<QUuid> ids;
    for (const StockItem &item : items) {
        if (!updated.value().contains(item.id.toString()))
            return rowversion::refusal(m_db, rowversion::Subject::Pair, u"{{inventory.stock}}"_s, item.id.toString());
        ids << item.id.uuid();
    }
    announceAfterCommit(m_db, {Change::Entity::StockItem, Change::Kind::Changed, ids});
    return {};
}

Error StockRepository::staleEdit(const StockItem &current)
{
    return rowversion::stale(rowversion::Subject::Pair, current.updatedBy, current.updatedAt, current.id.toString());
}

Status StockRepository::remove(const StockItemId &id) const
{
    if (Status removed = deleteById(m_db, u"inventory.stock"_s, id.toString()); !removed)
        return removed;
    announceAfterCommit(m_db, {Change::Entity::StockItem, Change::Kind::Removed, {id.uuid()}});
    return {};
}

Result<StockRowPage> StockRepository::fetchPage(const StockQuery &query, const std::optional<StockCursor> &cursor,
                                                int limit) const
{
    return fetchKeysetPage<StockRow>(
        m_db, KeysetPaging{sortExpression(query.sort), u"s.id"_s, query.descending}, kRowColumns + kFrom,
        conditions(query, m_db.dialect()), [&](SqlQuery &q) { bindFilters(q, query, m_db.dialect()); }, cursor, limit,
        readRow, [](const StockRow &row) { return row.item.id.toString(); });
}

Result<QList<StockRow>> StockRepository::fetchRows(const QList<StockItemId> &ids) const
{
    if (ids.isEmpty())
        return QList<StockRow>();
    QStringList names;
    for (int i = 0; i < ids.size(); ++i)
        names << u":id"_s + QString::number(i);
    SqlQuery q(m_db, u"SELECT "_s + kRowColumns + kFrom + u" WHERE s.id IN ("_s + names.join(u", "_s) + u')');
    for (int i = 0; i < ids.size(); ++i)
        q.bind(names.at(i), ids.at(i));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<StockRow> rows;
    while (q.next())
        rows.append(readRow(q, 0));
    return rows;
}

Result<StockTotals> StockRepository::totals(const StockQuery &query) const
{
    const Dialect &dialect = m_db.dialect();
    SqlQuery q(m_db, u"SELECT COUNT(*), COALESCE(SUM(s.quantity), 0), "
                     "COALESCE(SUM(COALESCE(s.gross_purchase_price, 0) * s.quantity), 0), "
                     "COALESCE(SUM(COALESCE(s.purchase_price, 0) * s.quantity), 0), "
                     "AVG(CASE WHEN s.status NOT IN ('sold', 'canceled') AND s.purchase_date IS NOT NULL "
                     "THEN {{days_since:s.purchase_date}} END)"_s +
                         // Only the brand filter needs the product; names are not summed.
                         (query.brand.isNull() ? u" FROM {{inventory.stock}} s"_s
                                               : u" FROM {{inventory.stock}} s JOIN {{catalog.product}} p "
                                                 "ON p.id = s.product_id"_s) +
                         filterClause(query, dialect));
    bindFilters(q, query, dialect);
    if (Status status = q.exec(); !status)
        return status.error();
    StockTotals totals;
    if (q.next()) {
        totals.items = q.integer(0);
        totals.pairs = q.integer(1);
        totals.grossCostMinor = q.money(2, QString()).value_or(Money()).minor();
        totals.netCostMinor = q.money(3, QString()).value_or(Money()).minor();
        totals.averageDaysInStock = q.isNull(4) ? 0.0 : q.real(4);
    }
    return totals;
}

Result<QStringList> StockRepository::locations() const
{
    SqlQuery q(m_db,
               u"SELECT DISTINCT location FROM {{inventory.stock}} WHERE location IS NOT NULL ORDER BY location"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QStringList result;
    while (q.next())
        result << q.string(0);
    return result;
}

Result<std::optional<StockItemId>> StockRepository::findByImportKey(const QString &key) const
{
    SqlQuery q(m_db, u"SELECT id FROM {{inventory.stock}} WHERE import_key = :key"_s);
    q.bind(u":key"_s, key);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<StockItemId>();
    return std::optional(q.id<StockItemId>(0));
}

Result<std::optional<StockItem>> StockRepository::oldestWhere(const QString &condition, const ProductId &product,
                                                              const SizeId &size) const
{
    SqlQuery q(m_db, kItemColumns + u"WHERE s.product_id = :product AND s.size_id = :size AND "_s + condition +
                         u" ORDER BY "_s + kOldestFirst + u" LIMIT 1"_s);
    q.bind(u":product"_s, product).bind(u":size"_s, size);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<StockItem>();
    return std::optional(readItem(q, 0));
}

Result<QList<StockItem>> StockRepository::getMany(const QList<StockItemId> &ids) const
{
    return itemsWhere(u"s.id IN ("_s + ingroups::marks({u"i"_s}) + u')', ids.size(),
                      [&](SqlQuery &q, qsizetype first) { ingroups::bind(q, u"i"_s, ids, first); });
}

Result<QList<StockItem>> StockRepository::itemsWhere(const QString &condition, qsizetype keys,
                                                     const std::function<void(SqlQuery &, qsizetype)> &bindGroup) const
{
    const QString sql = kItemColumns + u"WHERE "_s + condition + u" ORDER BY "_s + kOldestFirst;
    return ingroups::collect<StockItem>(keys, [&](qsizetype first) -> Result<QList<StockItem>> {
        SqlQuery q(m_db, sql);
        bindGroup(q, first);
        if (Status status = q.exec(); !status)
            return status.error();
        QList<StockItem> items;
        while (q.next())
            items << readItem(q, 0);
        return items;
    });
}

Result<QList<StockItem>> StockRepository::unsold(const QList<ProductId> &products, const QList<SizeId> &sizes) const
{
    Q_ASSERT(products.size() == sizes.size());
    return itemsWhere(u"(s.product_id, s.size_id) IN ("_s + ingroups::marks({u"p"_s, u"z"_s}) + u") AND "_s + kUnsold,
                      products.size(), [&](SqlQuery &q, qsizetype first) {
                          ingroups::bind(q, u"p"_s, products, first);
                          ingroups::bind(q, u"z"_s, sizes, first);
                      });
}

Result<std::optional<StockItem>> StockRepository::oldestUnsold(const ProductId &product, const SizeId &size) const
{
    return oldestWhere(kUnsold, product, size);
}

Result<std::optional<StockItem>> StockRepository::oldestUnlisted(const ProductId &product, const SizeId &size) const
{
    return oldestWhere(u"s.status IN ('in_stock', 'presale', 'preorder') AND NOT EXISTS (SELECT 1 "
                       "FROM {{sales.listing}} l WHERE l.inventory_item_id = s.id "
                       "AND l.status IN ('pending', 'active', 'inactive'))"_s,
                       product, size);
}

} // namespace sf
