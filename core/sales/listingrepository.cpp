#include "listingrepository.h"

#include "db/ingroups.h"
#include "db/rowhelpers.h"
#include "db/rowversion.h"
#include "db/sqlquery.h"
#include "db/transaction.h"

using namespace Qt::StringLiterals;

namespace sf {

namespace {
void bindListing(SqlQuery &q, const Listing &l, bool isStockX)
{
    q.bind(u":id"_s, l.id)
        .bind(u":item"_s, l.itemId)
        .bind(u":platform"_s, l.marketplaceId)
        .bind(u":external"_s, l.externalId)
        .bind(u":stockx"_s, isStockX ? l.externalId : QString())
        .bind(u":status"_s, statusKey(l.status))
        .bind(u":platform_status"_s, l.platformStatus)
        .bind(u":amount"_s, l.amount)
        .bind(u":currency"_s, l.amount ? l.amount->currency() : QString())
        .bind(u":type"_s, l.inventoryType)
        .bind(u":expires"_s, l.expiresAt)
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
    SqlQuery slug(m_db, u"SELECT slug FROM {{platform.marketplace}} WHERE id = :id"_s);
    slug.bind(u":id"_s, l.marketplaceId);
    if (Status status = slug.exec(); !status)
        return status.error();
    const bool isStockX = slug.next() && slug.string(0) == u"stockx"_s;
    SqlQuery q(m_db, u"INSERT INTO {{sales.listing}} (id, inventory_item_id, platform_id, external_id, "
                     "stockx_listing_id, status, platform_status, amount, currency_code, inventory_type, expires_at, "
                     "stockx_created_at) VALUES (:id, :item, :platform, :external, :stockx, :status, "
                     ":platform_status, :amount, :currency, :type, :expires, :created)"_s);
    bindListing(q, l, isStockX);
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
    SqlQuery q(m_db, u"UPDATE {{sales.listing}} SET status = :status, platform_status = :platform_status, "
                     "amount = :amount, currency_code = :currency, inventory_type = :type, expires_at = :expires, "
                     "updated_at = {{now}}, "_s +
                         rowversion::kNext + u" WHERE id = :id"_s);
    rowversion::bind(q, m_db, 0);
    q.bind(u":id"_s, listing.id)
        .bind(u":status"_s, statusKey(listing.status))
        .bind(u":platform_status"_s, listing.platformStatus)
        .bind(u":amount"_s, listing.amount)
        .bind(u":currency"_s, listing.amount ? listing.amount->currency() : QString())
        .bind(u":type"_s, listing.inventoryType)
        .bind(u":expires"_s, listing.expiresAt);
    if (Status status = q.exec(); !status)
        return status;
    announceAfterCommit(m_db, {Change::Entity::Listing, Change::Kind::Changed, {listing.id.uuid()}});
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
