#pragma once

#include "db/database.h"
#include "domain/ids.h"
#include "stockxemulator.h"
#include "sync/stockx/stockxclient.h"
#include "sync/stockx/stockxsyncjob.h"

#include <memory>

namespace sf {
class SecretStore;
}

namespace sf::test {

// A StockX emulator on a free loopback port and a client for it, tuned for tests: no 1 request/s
// limit unless a test switches it on, short timeouts and backoff.
struct StockXFixture {
    StockXFixture();

    StockXEndpoints endpoints() const;
    StockXCredentials credentials();
    // Puts `credentials` (by default the emulator's) into the store, as connecting in Settings does.
    void saveCredentials(SecretStore &store, std::optional<StockXCredentials> credentials = {});
    std::unique_ptr<StockXClient> client();
    // `count` pairs of one StockX product in US 10 bought for 119.00, listed through the listing writer
    // at `amount` euros (the product is enriched on the way, so its market figures are stored too).
    QList<ListingId> listPairs(Database &db, int count, qint64 amount);
    // Starts the job and waits until it finishes; false when it did not within `timeoutMs`.
    static bool runToEnd(StockXSyncJob &job, int timeoutMs = 60000);

    emu::StockXEmulator emulator;
    int minIntervalMs = 0;
    int timeoutMs = 800;
    int backoffBaseMs = 10;
    int maxAttempts = 4;
};

// Another client that tries to take a StockX job's sync lock each time the job reports progress (and gives
// it back at once when it got it): while the run is alive, `taken` stays 0.
struct LockProbe {
    LockProbe(const StockXSyncJob &job, const QString &jobName);
    ~LockProbe();
    Database other;
    int probes = 0;
    int taken = 0;
};

// Rows in a table named in code (e.g. "sales.order").
qint64 rowCount(const Database &db, const QString &table, const QString &where = {});
// The EUR amounts of one money column, added up row by row in cents; -1 when the query fails.
qint64 sumCents(const Database &db, const QString &table, const QString &column);

} // namespace sf::test
