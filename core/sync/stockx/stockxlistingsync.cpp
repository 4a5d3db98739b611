#include "stockxlistingsync.h"

#include "catalog/productrepository.h"
#include "db/transaction.h"
#include "inventory/stockrepository.h"
#include "sales/listingitemstatus.h"
#include "sales/listingrepository.h"
#include "sales/marketplacerepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sf {

namespace {
bool sameListing(const Listing &a, const Listing &b)
{
    return a.status == b.status && a.platformStatus == b.platformStatus && a.amount == b.amount &&
           a.inventoryType == b.inventoryType && a.expiresAt.toSecsSinceEpoch() == b.expiresAt.toSecsSinceEpoch();
}

void apply(Listing &listing, const StockXListingData &data)
{
    if (data.status)
        listing.status = *data.status; // a word we do not know keeps our last status; the raw word is stored
    listing.platformStatus = data.rawStatus;
    listing.amount = data.amount;
    listing.inventoryType = data.inventoryType;
    listing.expiresAt = data.expiresAt;
    if (data.createdAt.isValid())
        listing.createdAt = data.createdAt;
}
} // namespace

StockXListingSync::StockXListingSync(const Database &db, StockXClient &client, QObject *parent)
    : StockXSyncJob(db, client, parent)
    , m_catalog(db)
    , m_stock(db)
{}

Status StockXListingSync::prepare(SyncRun &run)
{
    const auto stockx = stockXMarketplace();
    if (!stockx)
        return stockx.error();
    m_stockx = stockx.value();
    m_seen.clear();
    m_closed = 0;
    run.rangeTo = QDateTime::currentDateTimeUtc().date();
    return {};
}

QList<StockXSyncJob::Phase> StockXListingSync::phases() const
{
    StockXRequest request;
    request.path = u"/selling/listings"_s;
    request.query.addQueryItem(u"listingStatuses"_s, u"ACTIVE,INACTIVE"_s);
    return {{QCoreApplication::translate("StockXListingSync", "listings"), request, u"listings"_s, 100}};
}

Result<SyncCounts> StockXListingSync::storeItems(const Phase &, const QJsonArray &items)
{
    SyncCounts counts;
    for (const QJsonValue &value : items) {
        const QJsonObject listing = value.toObject();
        const SyncRecord record{listing.value(u"listingId"_s).toString(), listing,
                                stockXTime(listing.value(u"createdAt"_s))};
        const auto data = listingFromStockX(listing);
        if (data)
            m_seen.insert(data.value().listingId);
        const Status kept = data ? storeRecord(record, counts,
                                               [&]() -> Result<RecordResult> {
                                                   const auto outcome = storeListing(data.value());
                                                   if (!outcome)
                                                       return outcome.error();
                                                   return RecordResult{outcome.value(), {}, {}};
                                               })
                                 : rejectRecord(record, data.error().message, counts);
        if (!kept)
            return kept.error();
    }
    return counts;
}

Status StockXListingSync::prepareItems(const QJsonArray &items)
{
    forgetUncommitted();
    QStringList ids;
    for (const QJsonValue &value : items)
        if (const auto data = listingFromStockX(value.toObject()))
            ids << data.value().listingId;
    const auto found = ListingRepository(m_db).findByExternalIds(m_stockx, ids);
    if (!found)
        return found.error();
    for (const Listing &listing : found.value())
        m_stored.insert(listing.externalId, listing);
    m_prefetched = true;
    return {};
}

void StockXListingSync::forgetUncommitted()
{
    m_catalog.forgetUncommitted();
    m_stored.clear();
    m_prefetched = false;
}

Result<std::optional<Listing>> StockXListingSync::stored(const QString &listingId) const
{
    if (!m_prefetched)
        return ListingRepository(m_db).findByExternalId(m_stockx, listingId);
    const auto known = m_stored.constFind(listingId);
    return known == m_stored.cend() ? std::optional<Listing>() : std::optional(*known);
}

Result<RecordOutcome> StockXListingSync::storeListing(const StockXListingData &data)
{
    ListingRepository listings(m_db);
    const auto existing = stored(data.listingId);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        Listing after = *existing.value();
        apply(after, data);
        if (sameListing(after, *existing.value()))
            return RecordOutcome::Duplicate;
        if (Status status = listings.update(after); !status)
            return status.error();
        if (m_prefetched)
            m_stored.insert(after.externalId, after);
        if (Status status = itemFollowsListing(m_stock, after); !status)
            return status.error();
        return RecordOutcome::Updated;
    }
    const auto item = itemFor(data);
    if (!item)
        return item.error();
    Listing listing;
    listing.itemId = item.value().id;
    listing.marketplaceId = m_stockx;
    listing.externalId = data.listingId;
    listing.status = ListingStatus::Pending;
    apply(listing, data);
    const auto created = listings.create(listing);
    if (!created)
        return created.error();
    if (m_prefetched)
        m_stored.insert(created.value().externalId, created.value());
    if (Status status = itemFollowsListing(m_stock, created.value()); !status)
        return status.error();
    return RecordOutcome::Imported;
}

Result<ProductId> StockXListingSync::productFor(const StockXListingData &data)
{
    ProductRepository products(m_db);
    if (!data.productId.isEmpty()) {
        const auto byId = products.findByStockXId(data.productId);
        if (!byId)
            return byId.error();
        if (byId.value())
            return byId.value()->id;
    }
    const auto id = m_catalog.product({data.styleId, data.productName, QString(), data.size});
    if (!id || data.productId.isEmpty())
        return id;
    const auto product = products.get(id.value());
    if (!product)
        return product.error();
    if (product.value() && product.value()->stockxProductId.isEmpty()) {
        Product linked = *product.value();
        linked.stockxProductId = data.productId;
        if (Status status = products.update(linked); !status)
            return status.error();
    }
    return id;
}

Result<StockItem> StockXListingSync::itemFor(const StockXListingData &data)
{
    const auto product = productFor(data);
    if (!product)
        return product.error();
    const auto size = m_catalog.size(data.size);
    if (!size)
        return size.error();
    const auto free = m_stock.repository().oldestUnlisted(product.value(), size.value().id);
    if (!free)
        return free.error();
    if (free.value())
        return *free.value();
    StockItem item;
    item.productId = product.value();
    item.sizeId = size.value().id;
    item.status = ItemStatus::InStock;
    item.createdByImport = true;
    item.currency = data.currency;
    item.notes = QCoreApplication::translate("StockXListingSync", "Created for StockX listing %1; purchase details "
                                                                  "unknown.")
                     .arg(data.listingId);
    return m_stock.addItem(item);
}

void StockXListingSync::afterPages(std::function<void(Status)> done)
{
    if (firstPage() > 1) {
        log(QCoreApplication::translate("StockXListingSync",
                                        "Reading the %n pages the interrupted run stored, to tell which listings "
                                        "are gone.",
                                        nullptr, firstPage() - 1));
        markSeen(1, std::move(done));
        return;
    }
    reconcileGone(std::move(done));
}

void StockXListingSync::markSeen(int page, std::function<void(Status)> done)
{
    if (page >= firstPage() || cancelled()) {
        reconcileGone(std::move(done));
        return;
    }
    m_client.send(pageRequest(phases().first(), page), this, [this, page, done](Result<StockXReply> reply) {
        const QJsonObject json = reply ? reply.value().json.object() : QJsonObject();
        if (!reply || !json.value(u"listings"_s).isArray()) {
            done(reply ? Status(Error{u"stockx.bad_page"_s,
                                      QCoreApplication::translate("StockXListingSync",
                                                                  "StockX sent a page of listings without its list."),
                                      u"/selling/listings"_s})
                       : Status(reply.error()));
            return;
        }
        for (const QJsonValue &listing : json.value(u"listings"_s).toArray())
            m_seen.insert(listing.toObject().value(u"listingId"_s).toString());
        markSeen(page + 1, done);
    });
}

void StockXListingSync::reconcileGone(std::function<void(Status)> done)
{
    onStorage<Result<QList<Listing>>>(
        [this] { return ListingRepository(m_db).open(m_stockx); },
        [this, done](Result<QList<Listing>> open) {
            if (!open) {
                done(open.error());
                return;
            }
            QList<Listing> gone;
            for (const Listing &listing : open.value())
                if (!m_seen.contains(listing.externalId))
                    gone.append(listing);
            if (!gone.isEmpty())
                log(QCoreApplication::translate("StockXListingSync",
                                                "%n listings are no longer listed on StockX; asking for "
                                                "their status.",
                                                nullptr, int(gone.size())));
            reconcileNext(gone, done);
        });
}

void StockXListingSync::reconcileNext(QList<Listing> pending, std::function<void(Status)> done)
{
    if (pending.isEmpty() || cancelled()) {
        if (m_closed > 0)
            log(QCoreApplication::translate("StockXListingSync", "%n listings closed.", nullptr, m_closed));
        done({});
        return;
    }
    const Listing listing = pending.takeFirst();
    StockXRequest request;
    request.path = u"/selling/listings/"_s + listing.externalId;
    m_client.send(request, this, [this, listing, pending, done](Result<StockXReply> reply) {
        // Only StockX's 404 says a listing is gone; a reply we cannot read leaves the pair where it is.
        std::optional<StockXListingData> data;
        if (reply) {
            const auto parsed = listingFromStockX(reply.value().json.object());
            if (!parsed) {
                done(Error{parsed.error().code, parsed.error().message, u"/selling/listings/"_s + listing.externalId});
                return;
            }
            data = parsed.value();
        } else if (reply.error().code != u"stockx.not_found"_s) {
            done(reply.error());
            return;
        }
        onStorage<Status>(
            [this, listing, data] {
                Transaction tx(m_db);
                Status status = tx.begin();
                if (status)
                    status = close(listing, data);
                return status ? tx.commit() : status;
            },
            [this, pending, done](Status closed) {
                if (!closed)
                    done(closed);
                else
                    reconcileNext(pending, done);
            });
    });
}

Status StockXListingSync::close(const Listing &listing, const std::optional<StockXListingData> &data)
{
    Listing after = listing;
    if (data) {
        apply(after, *data);
    } else {
        after.status = ListingStatus::Deleted;
        after.platformStatus = u"NOT_FOUND"_s;
    }
    // Still open after all (listed between our pages) is only updated; anything else is closed.
    if (!listingstatus::isOpen(after.status))
        ++m_closed;
    if (Status status = ListingRepository(m_db).update(after); !status)
        return status;
    return itemFollowsListing(m_stock, after);
}

} // namespace sf
