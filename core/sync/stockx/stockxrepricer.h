#pragma once

#include "pricing/repricingreport.h"
#include "stockxlistingwriter.h"

namespace sf {

// A repricing run on StockX: plans every listed pair (on the storage worker), then sends the changes
// through the listing writer, 100 a batch, each batch checked against StockX first so that a price
// changed elsewhere is reported and left alone. A dry run plans only and writes nothing anywhere.
// Every confirmed change lands in sales.pricing_history with `changeReason` and the planner's reasoning.
class StockXRepricer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXRepricer)

public:
    StockXRepricer(const Database &db, StockXClient &client, QObject *parent = nullptr);
    ~StockXRepricer() override { m_storage.close(); }
    void storeOn(DatabaseWorker *worker);

    // Plans with `policy` (the pairs in `only`, or every listed pair) and, unless `dryRun`, applies it.
    void run(const RepricingPolicy &policy, bool dryRun, const QString &changeReason,
             const QSet<StockItemId> &only = {});
    // Applies a plan the operator has seen: its changes only.
    void apply(const QList<RepricingStep> &steps, const QString &changeReason);
    // The scheduled and cron runs follow the switch in core.system_config: once it is off, the run
    // stops before its next batch (the kill switch, from this client or another).
    void followSwitch(bool follow) { m_followSwitch = follow; }
    void cancel();
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void progress(int done, int total);
    void logLine(const QString &line);
    void finished(const RepricingReport &report);

private:
    void begin(bool dryRun, const QString &changeReason);
    void planned(const Result<QList<RepricingStep>> &steps);
    void written(const QList<ListingWriteResult> &results);
    void finish();

    const Database &m_db;
    StockXListingWriter m_writer;
    RepricingReport m_report;
    QHash<ListingId, RepricingStep> m_sent;
    bool m_busy = false;
    bool m_followSwitch = false;
    bool m_cancelled = false;
    WorkerLane m_storage{this};
};

} // namespace sf
