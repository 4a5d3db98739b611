#pragma once

#include "pricing/autolistingdecision.h"
#include "stockxlistingwriter.h"

namespace sf {

// An auto-listing run: what the rules decided for each pair, and what StockX made of the listings.
struct AutoListingRun {
    bool dryRun = true;
    QList<AutoListingDecision> decisions;
    QHash<StockItemId, ListingWriteResult> written; // by pair, for the decisions that were sent
    std::optional<Error> error;                     // the run could not plan or reach StockX at all

    int matched() const;
    int listed() const;
    int failed() const;
    QString summary() const; // one translated line
};

// Lists on StockX the newest pairs in stock that an active auto-listing rule matches (original-system.md
// §3.16): plans on the storage worker, then creates the listings through the writer, each with its
// rule's ask and expiry and a price-history row naming the rule. A dry run plans only.
class StockXAutoLister final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXAutoLister)

public:
    StockXAutoLister(const Database &db, StockXClient &client, QObject *parent = nullptr);
    ~StockXAutoLister() override { m_storage.close(); }

    void run(bool dryRun);
    bool busy() const { return m_busy; }
    // The listings the matched decisions ask for.
    static QList<ListingDraft> draftsFor(const QList<AutoListingDecision> &decisions);

Q_SIGNALS:
    void logLine(const QString &line);
    void finished(const AutoListingRun &run);

private:
    void planned(const Result<QList<AutoListingDecision>> &decisions);
    void finish();

    StockXListingWriter m_writer;
    const Database &m_db;
    AutoListingRun m_run;
    bool m_busy = false;
    WorkerLane m_storage{this};
};

} // namespace sf
