#pragma once

#include "catalog/catalogresolver.h"
#include "inventory/stockservice.h"
#include "sales/listing.h"
#include "sales/recordoutcome.h"
#include "stockxmapping.h"
#include "stockxsyncjob.h"

#include <QSet>

namespace sf {

// Listings from StockX into sales.listing, each linked to its pair: a known listing is updated; a new
// one takes the oldest unlisted pair of its product and size, or a pair created for it (the product
// found by StockX id or style code, or created with the brand its name names; the size from the size
// table). Listings we hold as open that StockX no longer lists are looked up one by one and closed
// with the status StockX gives (or as deleted), and their pairs return to stock unless sold.
class StockXListingSync final : public StockXSyncJob {
    Q_OBJECT

public:
    StockXListingSync(const Database &db, StockXClient &client, QObject *parent = nullptr);

    ~StockXListingSync() override { closeStorage(); } // before the members its storing uses are gone
    QString job() const override { return QStringLiteral("listings"); }

protected:
    Status prepare(SyncRun &run) override;
    QList<Phase> phases() const override;
    Result<SyncCounts> storeItems(const Phase &phase, const QJsonArray &items) override;
    Status prepareItems(const QJsonArray &items) override;
    void forgetUncommitted() override;
    void afterPages(std::function<void(Status)> done) override;

private:
    Result<RecordOutcome> storeListing(const StockXListingData &data);
    Result<std::optional<Listing>> stored(const QString &listingId) const;
    Result<StockItem> itemFor(const StockXListingData &data);
    Result<ProductId> productFor(const StockXListingData &data);
    // A resumed run did not fetch the pages stored before; their listings are not gone.
    void markSeen(int page, std::function<void(Status)> done);
    void reconcileGone(std::function<void(Status)> done);
    void reconcileNext(QList<Listing> pending, std::function<void(Status)> done);
    Status close(const Listing &listing, const std::optional<StockXListingData> &data);

    MarketplaceId m_stockx;
    CatalogResolver m_catalog;
    StockService m_stock;
    QSet<QString> m_seen;
    int m_closed = 0;
    // The batch's listings as stored, read together before its records (prepareItems); kept up to date
    // as they are written, and dropped when a record is undone.
    QHash<QString, Listing> m_stored;
    bool m_prefetched = false;
};

} // namespace sf
