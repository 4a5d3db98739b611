// StockX sync benchmark: the standalone emulator in its own process, the real client and jobs here.
//   stockx_sync_bench [--orders N] [--listings N] [--limited-orders N] [--postgres postgresql://...]
// 1. Rate limit off: sync N orders and N listings into a fresh database; orders/s end to end and the
//    share of the time spent storing.
// 2. Rate limit on (1 request/s): sync a smaller order set and compare the wall time with the ideal
//    schedule, one request per second: (requests - 1) x 1 s.
#include "benchutil.h"
#include "db/databaseconfig.h"
#include "emulatorprocess.h"
#include "sync/stockx/stockxlistingsync.h"
#include "sync/stockx/stockxordersync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace sf;
using namespace Qt::StringLiterals;

namespace {
bool runToEnd(StockXSyncJob &job)
{
    bool done = false;
    QObject::connect(&job, &StockXSyncJob::finished, [&] {
        done = true;
        QCoreApplication::exit(0);
    });
    job.start();
    if (!done)
        QCoreApplication::exec();
    if (job.run().status != u"completed"_s)
        std::printf("  job %s ended %s: %s\n", qPrintable(job.job()), qPrintable(job.run().status),
                    qPrintable(job.lastError().toString()));
    return job.run().status == u"completed"_s;
}

// The emulator started with its seed and a fresh, migrated database; prints what failed.
bool ready(bench::EmulatorProcess &emulator, const Database &db, int orders, int listings, bool rateLimit)
{
    if (!emulator.start(orders, listings, rateLimit)) {
        std::printf("emulator did not start\n");
        return false;
    }
    return bench::openMigrated(db, true);
}

void unlimited(const DatabaseConfig &config, int orders, int listings)
{
    bench::EmulatorProcess emulator;
    const Database db(config);
    if (!ready(emulator, db, orders, listings, false))
        return;
    StockXClient client(emulator.endpoints, emulator.credentials);
    StockXOrderSync orderSync(db, client, QDate(2015, 1, 1));
    const double orderMs = bench::ms([&] { runToEnd(orderSync); });
    const int orderRequests = client.requestsSent();
    StockXListingSync listingSync(db, client);
    const double listingMs = bench::ms([&] { runToEnd(listingSync); });
    std::printf("%-10s | orders %6d | %8.0f ms | %7.0f orders/s | %4d requests | storing %5.1f %%\n",
                qPrintable(db.dialect().name()), orderSync.run().counts.created, orderMs,
                orderSync.run().counts.created / (orderMs / 1000.0), orderRequests,
                100.0 * double(orderSync.databaseMs()) / orderMs);
    std::printf("%-10s | listings %4d | %8.0f ms | %7.0f listings/s | %4d requests | storing %5.1f %%\n",
                qPrintable(db.dialect().name()), listingSync.run().counts.created, listingMs,
                listingSync.run().counts.created / (listingMs / 1000.0), client.requestsSent() - orderRequests,
                100.0 * double(listingSync.databaseMs()) / listingMs);
    StockXOrderSync again(db, client, QDate(2015, 1, 1));
    const double againMs = bench::ms([&] { runToEnd(again); });
    std::printf("%-10s | orders again | %8.0f ms | %d new, %d changed, %d unchanged\n", qPrintable(db.dialect().name()),
                againMs, again.run().counts.created, again.run().counts.updated, again.run().counts.unchanged);
}

void limited(const DatabaseConfig &config, int orders)
{
    bench::EmulatorProcess emulator;
    const Database db(config);
    if (!ready(emulator, db, orders, 0, true))
        return;
    StockXClient client(emulator.endpoints, emulator.credentials);
    StockXOrderSync orderSync(db, client, QDate(2015, 1, 1));
    const double wallMs = bench::ms([&] { runToEnd(orderSync); });
    const int requests = client.requestsSent();
    const double idealMs = (requests - 1) * 1000.0;
    std::printf("rate limit on | %d orders | %d requests (%d retried) | wall %.0f ms | ideal %.0f ms | overhead "
                "%.2f %%\n",
                orderSync.run().counts.created, requests, client.retries(), wallMs, idealMs,
                100.0 * (wallMs - idealMs) / idealMs);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders on the emulator."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption listingsOption(u"listings"_s, u"Active listings on the emulator."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption limitedOption(u"limited-orders"_s, u"Orders for the run with the limit on (0: skip)."_s,
                                           u"n"_s, u"1000"_s);
    const QCommandLineOption postgres(u"postgres"_s, u"PostgreSQL URL for a PostgreSQL run."_s, u"url"_s);
    parser.addOptions({ordersOption, listingsOption, limitedOption, postgres});
    parser.addHelpOption();
    parser.process(app);
    QTemporaryDir dir;
    DatabaseConfig sqlite;
    sqlite.sqlitePath = dir.filePath(u"stockx_bench.sqlite"_s);
    unlimited(sqlite, parser.value(ordersOption).toInt(), parser.value(listingsOption).toInt());
    if (parser.isSet(postgres)) {
        const auto config = DatabaseConfig::fromString(parser.value(postgres));
        if (config)
            unlimited(config.value(), parser.value(ordersOption).toInt(), parser.value(listingsOption).toInt());
    }
    if (const int orders = parser.value(limitedOption).toInt(); orders > 0) {
        DatabaseConfig again;
        again.sqlitePath = dir.filePath(u"stockx_bench_limited.sqlite"_s);
        limited(again, orders);
    }
    return 0;
}
