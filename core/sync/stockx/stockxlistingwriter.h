#pragma once

#include "catalog/productvariant.h"
#include "db/database.h"
#include "db/workerlane.h"
#include "domain/money.h"
#include "inventory/stockservice.h"
#include "pricing/pricechangenote.h"
#include "sales/listing.h"
#include "sales/seenlisting.h"
#include "stockxclient.h"

#include <QJsonArray>
#include <QObject>

namespace sf {

// A pair to put up for sale on StockX at an amount, until `expiresAt` (invalid: StockX's default of
// 999 days); `note` goes into the price history with the first ask.
struct ListingDraft {
    StockItemId item;
    Money amount;
    QDateTime expiresAt = {};
    PriceChangeNote note = {};
};

// A new ask for one listing, sent only while StockX still shows `expected` there.
struct PriceChange {
    ListingId listing;
    Money amount;
    Money expected; // the ask we last set; another one on StockX means it was changed elsewhere
    PriceChangeNote note;
};

// What became of one pair or listing: the local listing on success, else why not.
struct ListingWriteResult {
    StockItemId item;
    ListingId listing;
    std::optional<Error> error;
    bool conflict = false; // changed or ended on StockX by someone else: left alone
    bool notSent = false;  // the run stopped before its batch
};

// Writes listings to StockX and mirrors each confirmed change in sales.listing and the pair's
// status. The variant comes from the product's StockX variants with the pair's size (the product is
// enriched first when it has none). One pair or listing takes one request, several go in batches of
// up to 100; StockX works asynchronously, so every write is polled until it succeeded or failed, and
// only then stored. A create is never resent blindly (that would list one pair twice): StockX's
// listings are looked up first.
class StockXListingWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXListingWriter)

public:
    enum class Action { Update, Activate, Deactivate, Delete };

    StockXListingWriter(const Database &db, StockXClient &client, QObject *parent = nullptr);
    ~StockXListingWriter() override { m_storage.close(); }
    // Stores confirmed writes on `worker` (its thread and connection), so a window stays responsive.
    void storeOn(DatabaseWorker *worker) { m_storage.setWorker(worker); }

    void create(const QList<ListingDraft> &drafts, const QString &currency = QStringLiteral("EUR"));
    // `amount` is the new price for Update (and, when given, for Activate).
    // A listing changed since the operator saw it (its version is not the seen one) is not sent: it is
    // reported as a conflict naming who changed it.
    void change(Action action, const QList<SeenListing> &listings, const std::optional<Money> &amount = {});
    // New asks, each listing at its own amount, in update batches of up to 100. Before each batch the
    // listings are read from StockX: one whose ask there is not the `expected` one (or that is gone)
    // is a conflict, reported and never overwritten. Each confirmed change is stored with its
    // sales.pricing_history row in one transaction.
    void reprice(const QList<PriceChange> &changes);
    // Asked on the storage worker before each repricing batch: a reason to stop there, or empty.
    void setStopCheck(std::function<QString()> check) { m_stopCheck = std::move(check); }
    // Stops before the next batch or request; what was not sent is reported as such.
    void cancel(const QString &why = {});
    // Why the last run stopped early; empty when it ran to its end.
    QString stopReason() const { return m_stopped.value_or(QString()); }
    bool busy() const { return m_busy; }
    int maxPolls = 60;  // a write still pending after this many polls is left to the listings sync
    int maxResends = 2; // creates StockX did not confirm and does not show, sent again

Q_SIGNALS:
    void progress(int done, int total);
    void logLine(const QString &line);
    void finished(const QList<ListingWriteResult> &results);

private:
    struct Resolved {
        ListingDraft draft;
        QString variantId;
    };
    using OperationDone = std::function<void(Result<QJsonObject>)>;
    using BatchDone = std::function<void(Result<QJsonArray>)>; // the batch's items once it is done

    void resolve(const QList<ListingDraft> &drafts, bool enriched);
    // The variants of the products a run met, read once per product.
    using VariantCache = QHash<ProductId, QList<ProductVariant>>;
    Result<QString> variantFor(const StockItem &item, VariantCache &variants) const;
    void submit(const QList<Resolved> &pairs);
    QJsonObject listingInput(const Resolved &pair) const; // a CreateListingInput
    void createOne(const Resolved &pair);
    void createBatch(QList<Resolved> pairs);
    // After a create whose reply was lost: StockX's own listings of those variants, made since
    // `sentAt` and unknown here, are the pairs it listed; only the others are sent again (then `rest`).
    void recoverCreated(const QList<Resolved> &sent, const QDateTime &sentAt, const Error &why,
                        const QList<Resolved> &rest);
    // After looking up StockX's listings: the pairs still unlisted are sent again (a few times), or
    // recorded as failed; then `rest` goes.
    void settleUnconfirmed(const QList<Resolved> &waiting, const Error &why, const QList<Resolved> &rest,
                           const std::optional<Error> &lookUpFailed);
    struct Adopted {
        QList<Resolved> waiting; // still not listed
        QList<ListingWriteResult> results;
    };
    // In the lane: the pairs of `waiting` StockX listed after all are stored and taken out of it.
    Adopted adoptListed(QList<Resolved> waiting, const QJsonArray &listings, const QDateTime &sentAt);
    // One listing to change: its new amount (if any), and for a repricing the ask it must still have.
    struct PendingChange {
        Listing listing;
        std::optional<Money> amount;
        std::optional<Money> expected;
        QString variantId; // for looking a repriced listing up on StockX
        PriceChangeNote note;
    };
    QList<PendingChange> pendingFor(const QList<SeenListing> &seen, const std::optional<Money> &amount);
    void changeBatch(Action action, QList<PendingChange> changes);
    // For a repricing: the stop check, then StockX's view of the chunk; `send` gets the listings that
    // are still as we left them (the others are recorded as conflicts).
    void guardBatch(const QList<PendingChange> &chunk, std::function<void(QList<PendingChange>)> send);
    void sendBatch(Action action, const QList<PendingChange> &chunk, const QList<PendingChange> &rest);
    void recordNotSent(const QList<PendingChange> &changes);
    // Sends a batch (create-listing, update-listing or delete-listing) and polls it to its end.
    void runBatch(const QString &kind, const QJsonArray &items, BatchDone done);
    void pollBatch(const QString &kind, const QString &batchId, int polls, BatchDone done);
    static Error batchItemError(const QJsonObject &item);
    void pollOperation(const QJsonObject &operation, int polls, OperationDone done);
    struct Confirmed {
        ListingDraft draft;
        QString listingId;
    };
    // Stores listings StockX confirmed, in the lane, and records each; then `then`.
    void storeConfirmed(const QList<Confirmed> &confirmed, std::function<void()> then);
    Result<ListingId> storeCreated(const ListingDraft &draft, const QString &listingId);
    void changeNext(Action action, QList<PendingChange> pending);
    // Stores the changes StockX confirmed (errors, where it did not, are recorded as given), in the
    // lane, and records each; then `then`.
    void storeChanges(Action action, const QList<std::pair<PendingChange, Status>> &outcomes,
                      std::function<void()> then);
    QList<ListingWriteResult> storeOutcomes(Action action, const QList<std::pair<PendingChange, Status>> &outcomes);
    // Stores changes of distinct listings in one transaction with a few statements; false (and nothing
    // stored) when any of them cannot be, so that each is then stored on its own.
    bool storeTogether(Action action, const QList<PendingChange> &changes);
    Status storeChange(Action action, const PendingChange &change);
    static void applyAction(Action action, const PendingChange &change, Listing &listing);
    void record(const ListingWriteResult &result);
    void finish();

    const Database &m_db;
    StockXClient &m_client;
    StockService m_stock;
    QString m_currency;
    QList<ListingWriteResult> m_results;
    int m_total = 0;
    int m_resends = 0;
    bool m_busy = false;
    std::optional<QString> m_stopped; // why the run stops before its next batch
    std::function<QString()> m_stopCheck;
    WorkerLane m_storage{this};
};

} // namespace sf
