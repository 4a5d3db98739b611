#pragma once

#include "sales/orderrow.h"
#include "stockxclient.h"
#include "stockxsyncjob.h"

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
    void cancel();
    bool busy() const { return m_starting || (m_job && m_job->running()); }
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

private:
    void withClient(std::function<void(Result<StockXClient *>)> ready);
    void run(const QString &job, const QList<ProductId> &products);

    const Database &m_db;
    SecretStore &m_secrets;
    StockXEndpoints m_endpoints;
    std::unique_ptr<StockXClient> m_client;
    std::unique_ptr<StockXSyncJob> m_job;
    bool m_starting = false;
};

} // namespace sf
