#pragma once

#include "db/database.h"
#include "db/workerlane.h"
#include "domain/ids.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUuid>

#include <memory>

namespace sf {

class StockXClient;
class StockXCatalogSync;

struct AwinEnrichmentProgress {
    int processed = 0;
    int total = 0;
    int matched = 0;
    int notFound = 0;
    int failed = 0;
    qint64 etaMs = -1; // -1 while unknown
};

struct AwinEnrichmentResult {
    QUuid jobId;
    QString status; // completed, cancelled, failed
    AwinEnrichmentProgress counts;
    int newProducts = 0;
    std::optional<Error> error;
};

// Finds on StockX the EANs of in-stock Awin offers that match nothing in the catalog (original-system.md
// §5.3), tracked as an integration.awin_enrichment_jobs row with progress, ETA and cancel. Each EAN is
// looked up as a GTIN; a product found puts its style code into the catalog and its variants' GTINs
// answer the EANs of its other sizes without asking again. Afterwards the catalog sync fetches the new
// products' variants and market prices, and the offers are matched and valued. Every request goes
// through the StockX client, so its rate limit holds.
class AwinEnrichment final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwinEnrichment)

public:
    AwinEnrichment(const Database &db, StockXClient &client, QObject *parent = nullptr);
    ~AwinEnrichment() override;

    void storeOn(DatabaseWorker *worker);
    void start(int limit = 500);
    void cancel();
    bool running() const { return m_running; }

Q_SIGNALS:
    void progress(const AwinEnrichmentProgress &progress);
    void logLine(const QString &line);
    void finished(const AwinEnrichmentResult &result);

private:
    void next();
    void lookUp(const QString &ean);
    void foundProduct(const QString &ean, const QString &stockxProductId);
    void record(const QString &ean, const QString &status, const QJsonObject &product);
    void itemDone();
    void afterLookups();
    void finish(const QString &status, std::optional<Error> error = std::nullopt);

    const Database &m_db;
    StockXClient &m_client;
    WorkerLane m_lane;
    DatabaseWorker *m_worker = nullptr;
    std::unique_ptr<StockXCatalogSync> m_catalogSync;
    QUuid m_jobId;
    QStringList m_eans;
    qsizetype m_index = 0;
    QSet<QString> m_knownGtins;                   // GTINs of variants of products found in this run
    QHash<QString, QJsonObject> m_stockxProducts; // StockX product id -> its JSON
    QList<ProductId> m_newProducts;
    AwinEnrichmentProgress m_progress;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace sf

Q_DECLARE_METATYPE(sf::AwinEnrichmentResult)
Q_DECLARE_METATYPE(sf::AwinEnrichmentProgress)
