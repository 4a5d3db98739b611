#include "listingrepository.h"

#include "db/batchupdate.h"
#include "db/ingroups.h"
#include "db/rowhelpers.h"
#include "db/rowversion.h"
#include "db/sqlquery.h"
#include "db/transaction.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
// What a confirmed change or a sync writes over a listing: each column with its placeholder.
const QList<BatchUpdate::Column> kWritable = {
    {u"status"_s, u":status"_s},       {u"platform_status"_s, u":platform_status"_s},
    {u"amount"_s, u":amount"_s},       {u"currency_code"_s, u":currency"_s},
    {u"inventory_type"_s, u":type"_s}, {u"expires_at"_s, u":expires"_s},
};

// Binds every placeholder of kWritable and :id, on a SqlQuery or a BatchUpdate::Row.
template <typename Binder> void bindWritable(Binder &q, const Listing &l)
{
    q.bind(u":id"_s, l.id)
        .bind(u":status"_s, statusKey(l.status))
        .bind(u":platform_status"_s, l.platformStatus)
        .bind(u":amount"_s, l.amount)
        .bind(u":currency"_s, l.amount ? l.amount->currency() : QString())
        .bind(u":type"_s, l.inventoryType)
        .bind(u":expires"_s, l.expiresAt);
}

void bindListing(SqlQuery &q, const Listing &l)
{
    bindWritable(q, l);
    q.bind(u":item"_s, l.itemId)
        .bind(u":platform"_s, l.marketplaceId)
        .bind(u":external"_s, l.externalId)
        .bind(u":stockx"_s, l.externalId)
        .bind(u":slug_of"_s, l.marketplaceId)
        .bind(u":created"_s, l.createdAt);
}
} // namespace

Result<QList<Listing>> ListingRepository::fetch(const QString &where, const std::function<void(SqlQuery &)> &bind) const
{
    SqlQuery q(m_db, u"SELECT id, inventory_item_id, platform_id, external_id, status, platform_status, amount, "
                     "currency_code, inventory_type, expires_at, stockx_created_at, version, updated_by, updated_at "
                     "FROM {{sales.listing}} "_s +
                         where);
    bind(q);
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Listing> result;
    while (q.next()) {
        Listing l;
        l.id = q.id<ListingId>(0);
        l.itemId = q.id<StockItemId>(1);
        l.marketplaceId = q.id<MarketplaceId>(2);
        l.externalId = q.string(3);
        l.status = statusFromKey<ListingStatus>(q.string(4)).value_or(ListingStatus::Pending);
        l.platformStatus = q.string(5);
        l.amount = q.money(6, q.string(7));
        l.inventoryType = q.string(8);
        l.expiresAt = q.dateTime(9);
        l.createdAt = q.dateTime(10);
        l.version = int(q.integer(11));
        l.updatedBy = q.string(12);
        l.updatedAt = q.dateTime(13);
        result.append(l);
    }
    return result;
}

Result<Listing> ListingRepository::create(const Listing &listing) const
{
    Listing l = listing;
    if (l.id.isNull())
        l.id = ListingId::create();
    // The StockX id column is filled for StockX listings only; the marketplace's slug says which.
    SqlQuery q(m_db, u"INSERT INTO {{sales.listing}} (id, inventory_item_id, platform_id, external_id, "
                     "stockx_listing_id, status, platform_status, amount, currency_code, inventory_type, expires_at, "
                     "stockx_created_at) VALUES (:id, :item, :platform, :external, (SELECT CASE WHEN slug = 'stockx' "
                     "THEN CAST(:stockx AS TEXT) END FROM {{platform.marketplace}} WHERE id = :slug_of), :status, "
                     ":platform_status, :amount, :currency, :type, :expires, :created)"_s);
    bindListing(q, l);
    if (Status status = q.exec(); !status)
        return status.error();
    announceAfterCommit(m_db, {Change::Entity::Listing, Change::Kind::Added, {l.id.uuid()}});
    return l;
}

Result<std::optional<Listing>> ListingRepository::get(const ListingId &id) const
{
    return firstOf(fetch(u"WHERE id = :id"_s, [&](SqlQuery &q) { q.bind(u":id"_s, id); }));
}

Result<QList<Listing>> ListingRepository::findByExternalIds(const MarketplaceId &marketplace,
                                                            const QStringList &externalIds) const
{
    const QString where = u"WHERE platform_id = :platform AND external_id IN ("_s + ingroups::marks({u"e"_s}) + u')';
    return ingroups::collect<Listing>(externalIds.size(), [&](qsizetype first) {
        return fetch(where, [&](SqlQuery &q) {
            q.bind(u":platform"_s, marketplace);
            ingroups::bind(q, u"e"_s, externalIds, first);
        });
    });
}

Result<QList<Listing>> ListingRepository::getMany(const QList<ListingId> &ids) const
{
    const QString where = u"WHERE id IN ("_s + ingroups::marks({u"i"_s}) + u')';
    return ingroups::collect<Listing>(ids.size(), [&](qsizetype first) {
        return fetch(where, [&](SqlQuery &q) { ingroups::bind(q, u"i"_s, ids, first); });
    });
}

Result<std::optional<Listing>> ListingRepository::findByExternalId(const MarketplaceId &marketplace,
                                                                   const QString &externalId) const
{
    return firstOf(fetch(u"WHERE platform_id = :platform AND external_id = :external"_s,
                         [&](SqlQuery &q) { q.bind(u":platform"_s, marketplace).bind(u":external"_s, externalId); }));
}

Result<QList<Listing>> ListingRepository::forItem(const StockItemId &item) const
{
    return fetch(u"WHERE inventory_item_id = :item ORDER BY created_at"_s,
                 [&](SqlQuery &q) { q.bind(u":item"_s, item); });
}

Result<QList<Listing>> ListingRepository::open(const MarketplaceId &marketplace) const
{
    return fetch(u"WHERE platform_id = :platform AND status IN ('pending', 'active', 'inactive') ORDER BY id"_s,
                 [&](SqlQuery &q) { q.bind(u":platform"_s, marketplace); });
}

Status ListingRepository::update(const Listing &listing) const
{
    QStringList set;
    for (const BatchUpdate::Column &column : kWritable)
        set << column.name + u" = "_s + column.placeholder;
    SqlQuery q(m_db, u"UPDATE {{sales.listing}} SET "_s + set.join(u", "_s) + u", updated_at = {{now}}, "_s +
                         rowversion::kNext + u" WHERE id = :id"_s);
    rowversion::bind(q, m_db, 0);
    bindWritable(q, listing);
    if (Status status = q.exec(); !status)
        return status;
    announceAfterCommit(m_db, {Change::Entity::Listing, Change::Kind::Changed, {listing.id.uuid()}});
    return {};
}

Status ListingRepository::updateMany(const QList<Listing> &listings) const
{
    if (!m_db.dialect().isPostgres()) { // no round trips to save on a local file
        for (const Listing &listing : listings)
            if (Status status = update(listing); !status)
                return status;
        return {};
    }
    const auto updated =
        BatchUpdate(m_db, u"sales.listing"_s, kWritable).run(listings.size(), [&](BatchUpdate::Row &row, qsizetype i) {
            bindWritable(row, listings.at(i));
        });
    if (!updated)
        return updated.error();
    QList<QUuid> ids;
    for (const Listing &listing : listings)
        ids << listing.id.uuid();
    announceAfterCommit(m_db, {Change::Entity::Listing, Change::Kind::Changed, ids});
    return {};
}

Status ListingRepository::remove(const ListingId &id) const
{
    if (Status removed = deleteById(m_db, u"sales.listing"_s, id.toString()); !removed)
        return removed;
    announceAfterCommit(m_db, {Change::Entity::Listing, Change::Kind::Removed, {id.uuid()}});
    return {};
}

} // namespace sf
