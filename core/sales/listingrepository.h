#pragma once

#include "db/database.h"
#include "listing.h"

#include <QList>
#include <optional>

namespace sf {

class ListingRepository {
public:
    explicit ListingRepository(const Database &db)
        : m_db(db)
    {}

    Result<Listing> create(const Listing &listing) const;
    Result<std::optional<Listing>> get(const ListingId &id) const;
    // The listings of these ids that exist, in a few queries.
    Result<QList<Listing>> getMany(const QList<ListingId> &ids) const;
    Result<std::optional<Listing>> findByExternalId(const MarketplaceId &marketplace, const QString &externalId) const;
    // The listings of these ids that exist, in a few queries.
    Result<QList<Listing>> findByExternalIds(const MarketplaceId &marketplace, const QStringList &externalIds) const;
    Result<QList<Listing>> forItem(const StockItemId &item) const;
    // Listings on the marketplace that are pending, active or inactive: what a sync must account for.
    Result<QList<Listing>> open(const MarketplaceId &marketplace) const;
    // Writes what a sync or StockX confirmed, raising the version (no check: the marketplace is the
    // truth); operators' changes are checked against the version they saw before they are sent.
    Status update(const Listing &listing) const;
    // update() for many distinct listings, in a few statements on PostgreSQL.
    Status updateMany(const QList<Listing> &listings) const;
    Status remove(const ListingId &id) const;

private:
    Result<QList<Listing>> fetch(const QString &where, const std::function<void(class SqlQuery &)> &bind) const;

    const Database &m_db;
};

} // namespace sf
