#pragma once

#include "sales/orderrow.h"
#include "stockxclient.h"
#include "stockxlistingwriter.h"
#include "stockxrepricer.h"
#include "stockxsyncjob.h"
#include "sync/awin/awinenrichment.h"

#include <QDate>
#include <QPointer>

#include <memory>

namespace sf {

class SecretStore;

// One StockX job by name: orders (history from `since`, or the default range), listings, or catalog
// (the selected products, or every product not enriched today).
std::unique_ptr<StockXSyncJob> makeStockXJob(const QString &job, const Database &db, StockXClient &client,
                                             const QDate &since = {}, const QList<ProductId> &products = {});

// The app's link to StockX: credentials from SOLEFLIPPER_STOCKX_* or the keychain, loaded when the
// first job starts; one client, and so one request limiter, for every job; one job at a time.
class StockXSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXSession)

public:
    StockXSession(const Database &db, SecretStore &secrets, const StockXEndpoints &endpoints,
                  QObject *parent = nullptr);
    ~StockXSession() override;

    void start(const QString &job, const QList<ProductId> &products = {});
    // Listing writes (see StockXListingWriter); they report through listingsWritten.
    void createListings(const QList<ListingDraft> &drafts);
    void changeListings(StockXListingWriter::Action action, const QList<SeenListing> &listings,
                        const std::optional<Money> &amount = {});
    // A repricing run (see StockXRepricer): a plan the operator saw, or a scheduled run with the saved
    // limits that follows the auto-repricing switch. It reports through repricingProgress/Finished.
    void applyRepricing(const QList<RepricingStep> &steps, const QString &changeReason);
    void runAutoRepricing(const RepricingPolicy &policy);
    // Looks up on StockX the EANs of in-stock Awin offers nothing in the catalog matches (at most `limit`).
    void enrichAwinOffers(int limit = 500);
    bool repricing() const { return m_repricer && m_repricer->busy(); }
    void cancel();
    // Syncs store their pages on this worker (the window's), not on the thread that talks to StockX.
    void storeOn(DatabaseWorker *worker) { m_storageWorker = worker; }
    // When the current access token expires; invalid before the first request.
    QDateTime tokenExpiry() const { return m_client ? m_client->auth().expiresAt() : QDateTime(); }
    bool busy() const
    {
        return m_starting || (m_job && m_job->running()) || (m_writer && m_writer->busy()) || repricing() ||
               (m_awinEnrichment && m_awinEnrichment->running());
    }
    // The order's shipping PDF, downloaded into `directory` (see downloadStockXShippingDocument).
    void downloadShippingDocument(const OrderRow &order, const QString &directory, QObject *context,
                                  std::function<void(Result<QString>)> done);
    // Forgets the loaded credentials and client, e.g. after connecting another account.
    void reset();

Q_SIGNALS:
    void jobStarted(const QString &job);
    void progress(const SyncProgress &progress);
    void logLine(const QString &line);
    void jobFinished(const SyncRun &run);
    // The job could not start (no credentials, or another job is running).
    void startFailed(const QString &job, const QString &message);
    void reconnectNeeded(const QString &why);
    void listingsWritten(const QList<ListingWriteResult> &results);
    void repricingProgress(int done, int total);
    void repricingFinished(const RepricingReport &report);
    void awinEnrichmentFinished(const AwinEnrichmentResult &result);

private:
    void withClient(std::function<void(Result<StockXClient *>)> ready);
    // Runs `go` once the client is ready, unless another job runs or StockX is not connected.
    void whenReady(const QString &what, std::function<void()> go);
    void run(const QString &job, const QList<ProductId> &products);
    // Runs `work` with the writer once the client is ready; `what` names it in the log.
    void write(const QString &what, std::function<void(StockXListingWriter &)> work);
    void reprice(std::function<void(StockXRepricer &)> work);

    const Database &m_db;
    DatabaseWorker *m_storageWorker = nullptr;
    SecretStore &m_secrets;
    StockXEndpoints m_endpoints;
    std::unique_ptr<StockXClient> m_client;
    std::unique_ptr<StockXSyncJob> m_job;
    std::unique_ptr<StockXListingWriter> m_writer;
    std::unique_ptr<StockXRepricer> m_repricer;
    std::unique_ptr<AwinEnrichment> m_awinEnrichment;
    bool m_starting = false;
};

} // namespace sf
