#pragma once

#include "awinimportreport.h"
#include "awinoffer.h"
#include "db/database.h"

#include <atomic>
#include <functional>

namespace sf {

struct AwinImportOptions {
    // Rows per transaction. The reader runs two chunks ahead, so this also bounds the memory held.
    int chunkRows = 4000;
    // Offers of the imported feeds that the file no longer has are marked unavailable. Off when the
    // download was filtered (by category), since then the file is not the whole feed.
    bool markMissingUnavailable = true;
    std::function<void(qint64 rows, qint64 compressedBytes)> progress;
    const std::atomic_bool *cancel = nullptr; // checked between chunks
};

// Imports an Awin feed file (.csv or .csv.gz, as downloaded) into integration.awin_products: streamed
// (gzip → CSV → offers, on the reader's thread while the previous chunk is written) in chunked transactions that upsert
// by aw_product_id with a few multi-row statements each, keep every new price in integration.awin_price_history, and
// then mark the offers the feed dropped as unavailable. A gzip file is checked whole before anything is written, so a
// truncated download leaves the previous data as it was. A row the database refuses is retried alone and reported with
// its line; the rest of its chunk is stored.
class AwinFeedImporter {
public:
    explicit AwinFeedImporter(const Database &db)
        : m_db(db)
    {}

    Result<AwinImportReport> importFile(const QString &path, const AwinImportOptions &options = {}) const;

private:
    Status storeChunk(QList<AwinOffer> &chunk, AwinImportReport &report) const;
    Status writeOffers(const QList<AwinOffer> &offers, const QHash<QString, qint64> &oldPrices,
                       AwinImportReport &report) const;
    Result<QHash<QString, qint64>> currentPrices(const QList<AwinOffer> &offers) const;
    Status storeRowsAlone(const QList<AwinOffer> &chunk, AwinImportReport &report) const;
    Status markMissing(AwinImportReport &report, const QStringList &rejectedIds) const;

    const Database &m_db;
};

} // namespace sf
