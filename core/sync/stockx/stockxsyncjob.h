#pragma once

#include "db/database.h"
#include "db/statisticsrefresh.h"
#include "db/workerlane.h"
#include "domain/ids.h"
#include "sales/recordoutcome.h"
#include "stockxclient.h"
#include "sync/syncrun.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QSet>

namespace sf {

struct SyncProgress {
    QString job;
    QString phase;
    int pagesDone = 0;
    int pagesKnown = 0; // pages the server announced so far (its counts); grows while phases start
    SyncCounts counts;
    qint64 etaMs = -1; // -1 while unknown
};

// One record of a page, as the rejection list keeps it.
struct SyncRecord {
    QString externalId; // empty: a digest of the JSON stands in
    QJsonObject raw;
    QDateTime occurredAt;
};

// A StockX job that pages through an endpoint and stores every ten pages (and whatever was fetched
// when it stops) in one transaction together with the checkpoint, so a cancelled or failed run keeps
// every page it fetched and the next run of the same job resumes at the page after them; storing is idempotent (upserts
// by StockX's ids), so repeating a page never duplicates anything. Cancel stops between requests.
class StockXSyncJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockXSyncJob)

public:
    StockXSyncJob(const Database &db, StockXClient &client, QObject *parent = nullptr);
    // Waits for a store in progress on the storage worker; one not started yet is dropped.
    ~StockXSyncJob() override { closeStorage(); }
    // Stores the fetched pages on `worker` (its thread and connection) instead of this thread, so a
    // window stays responsive; the next page is asked for once they are stored. Before start().
    void storeOn(DatabaseWorker *worker) { m_storage.setWorker(worker); }

    virtual QString job() const = 0; // orders, listings, catalog
    void start();
    void cancel();
    bool running() const { return m_running; }
    const SyncRun &run() const { return m_run; }
    const Error &lastError() const { return m_error; }
    qint64 databaseMs() const { return m_dbMs; } // time spent storing pages

Q_SIGNALS:
    void progress(const SyncProgress &progress);
    void logLine(const QString &line);
    void finished(const SyncRun &run);

protected:
    struct Phase {
        QString name; // shown in the log ("active orders")
        StockXRequest request;
        QString itemsKey; // orders, listings, products
        int pageSize = 100;
    };
    // Sets the run's range before the phases are asked for. Runs on the storage worker when there is one.
    virtual Status prepare(SyncRun &run) = 0;
    virtual QList<Phase> phases() const = 0;
    // Inside the page's transaction. A row StockX sent badly is counted as rejected and logged;
    // an Error (the database failed) rolls the page back and ends the run.
    virtual Result<SyncCounts> storeItems(const Phase &phase, const QJsonArray &items) = 0;
    // Before the items of several pages are stored in one transaction: what they need may be read here at
    // once. Runs in that transaction.
    virtual Status prepareItems(const QJsonArray &) { return {}; }
    virtual void forgetUncommitted() {}
    // After the last page: work that needs the whole picture (reconciling listings gone from StockX).
    virtual void afterPages(std::function<void(Status)> done) { done({}); }
    void log(const QString &line);
    // Stores one record in a savepoint of the page's transaction. A record the database refuses (or the
    // store rejects) is undone alone, kept in integration.sync_rejections with its reason and JSON, logged
    // and counted as rejected; the run goes on, and the next run tries it again. An Error means the
    // database itself failed (the savepoint could not be undone) and ends the run.
    Status storeRecord(const SyncRecord &record, SyncCounts &counts,
                       const std::function<Result<RecordResult>()> &store);
    // A record that cannot be read (no number, no money): nothing is stored, the rejection is kept.
    Status rejectRecord(const SyncRecord &record, const QString &reason, SyncCounts &counts);
    // For work done item by item after the pages (or instead of them): one item of `what` finished. The
    // run is recorded on the storage worker; `next` gets the outcome here.
    void stepDone(const QString &what, const SyncCounts &counts, int stepsDone, int stepsTotal,
                  std::function<void(Status)> next);
    // Database work of the job: on the storage worker when there is one (see WorkerLane).
    template <typename T> void onStorage(std::function<T()> work, std::function<void(T)> next)
    {
        m_storage.run<T>(std::move(work), std::move(next));
    }
    // First thing in the destructor of each job: no storing starts or answers after it.
    void closeStorage() { m_storage.close(); }
    Result<MarketplaceId> stockXMarketplace() const;
    bool cancelled() const { return m_cancelRequested; }
    // The page of the first phase this run began at: above 1 when it resumed an unfinished run.
    int firstPage() const { return m_firstPage; }
    // The request for `page` of `phase`, as the run fetches it.
    static StockXRequest pageRequest(const Phase &phase, int page);
    // Records the run; false (with the error) when the database refused.
    Status saveRun(const SyncRun &run) const;

    const Database &m_db;
    StockXClient &m_client;

private:
    struct Fetched {
        int phase = 0;
        int page = 1;
        QJsonArray items;
        bool more = false;
    };
    struct Stored {
        Status status;
        SyncRun run;
        qint64 ms = 0;
    };
    struct Begun {
        Status status;
        SyncRun run; // recorded as started, with the checkpoint it resumes at
        QSet<QString> rejectedBefore;
        bool resume = false;
    };
    // On the storage worker: prepare(), the records earlier runs rejected, and the run recorded.
    // The job's team-wide lock first (see SyncLock): a run alive on another client is not resumed here.
    Begun begin(SyncRun run);
    Status beginLocked(Begun &begun);
    void adoptBegun(const Begun &begun);
    void conclude(const QString &status, const Error &error);
    void requestPage();
    void receivePage(const QJsonObject &page);
    // Stores the fetched pages and their checkpoint in one transaction, on the storage worker when there
    // is one; `next` gets the outcome on this thread. Fetching and storing are apart so that no
    // transaction stays open while waiting for StockX, and grouping pages saves SQLite rewriting the
    // same index pages into its log once per page.
    void flushThen(std::function<void(Status)> next);
    Stored store(const QList<Fetched> &pages, SyncRun run);
    // The pages in one transaction, first without a savepoint per record (two round trips each); when any
    // record is refused or cannot be read, the batch is undone and stored again record by record.
    Stored storeBatch(const QList<Fetched> &pages, const SyncRun &run);
    // Counts a stored record; one an earlier run rejected is no longer kept as rejected.
    Status countStored(const SyncRecord &record, RecordOutcome outcome, SyncCounts &counts);
    Status adopt(const Stored &stored);
    void continueAfter(bool more);
    void nextPhase();
    void finish(const QString &status, const Error &error = {});
    void emitProgress();

    static constexpr int kPagesPerCommit = 10;

    WorkerLane m_storage{this};
    int m_storing = 0; // pages handed to the storage worker and not stored yet
    StatisticsRefresh m_statistics;
    QSet<QString> m_rejectedBefore; // records earlier runs could not store; stored now, their rows go
    bool m_wholeBatch = false;      // store()'s first attempt: a refused record undoes the batch
    SyncRun m_run;
    QList<Fetched> m_fetched; // fetched, not stored yet
    QList<Phase> m_phases;
    int m_phaseIndex = 0;
    int m_page = 1;
    int m_firstPage = 1;
    QList<int> m_phasePages; // pages per phase, once known
    bool m_running = false;
    bool m_cancelRequested = false;
    Error m_error;
    QElapsedTimer m_elapsed;
    qint64 m_dbMs = 0;
};

} // namespace sf
