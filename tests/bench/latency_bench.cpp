// Team mode across a network (issue 17): the same work on one PostgreSQL server, reached directly and through
// a proxy that holds every chunk for half the round trip in each direction.
//   latency_bench --postgres postgresql://... [--rows N] [--orders N] [--items N] [--rtt 0,5,30]
// For each round trip: import a generated StockX sales report of N rows into a fresh database; sync N orders
// from the StockX emulator (rate limit off) into a fresh database; open the Stock page on the database of
// --items pairs (filled once, directly) and time its first screen and its totals bar. Prints each figure and
// its ratio to the direct (0 ms) run; asserts nothing.
#include "benchutil.h"
#include "db/databaseconfig.h"
#include "db/databaseworker.h"
#include "db/sqlquery.h"
#include "demo/demodatagenerator.h"
#include "emulatorprocess.h"
#include "imports/importrunner.h"
#include "inventory/stockrepository.h"
#include "latencyproxy.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"
#include "stockxreport.h"
#include "sync/stockx/stockxordersync.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <map>
#include <memory>

using namespace sf;
using namespace Qt::StringLiterals;
using sf::bench::ms;

namespace {

struct Figures {
    double import = 0, sync = 0, firstScreen = 0, totals = 0;
};

// The server's address as this round trip reaches it: itself at 0 ms, else the proxy in front of it.
DatabaseConfig through(const DatabaseConfig &server, const test::LatencyProxy *proxy)
{
    DatabaseConfig config = server;
    if (proxy) {
        config.host = u"127.0.0.1"_s;
        config.port = proxy->port();
    }
    return config;
}

// A fresh schema made directly (migrating through the proxy is not what is measured).
bool fresh(const DatabaseConfig &server)
{
    const Database direct(server);
    const bool ok = bench::openMigrated(direct, true);
    direct.releaseThreadConnection();
    return ok;
}

double importReport(const DatabaseConfig &config, const QString &report)
{
    const Database db(config);
    if (Status status = db.open(); !status) {
        std::printf("  cannot open: %s\n", qPrintable(status.error().toString()));
        return -1;
    }
    ImportReport result;
    const double elapsed = ms([&] {
        const auto run = ImportRunner(db).run(report, {});
        if (!run)
            std::printf("  import failed: %s\n", qPrintable(run.error().toString()));
        result = run.value_or(ImportReport{});
    });
    std::printf("    import: %d imported, %d rejected\n", result.imported, result.rejected);
    db.releaseThreadConnection();
    return elapsed;
}

double syncOrders(const DatabaseConfig &config, bench::EmulatorProcess &emulator)
{
    const Database db(config);
    if (Status status = db.open(); !status)
        return -1;
    StockXClient client(emulator.endpoints, emulator.credentials);
    StockXOrderSync sync(db, client, QDate(2015, 1, 1));
    const double elapsed = ms([&] {
        QEventLoop loop;
        QObject::connect(&sync, &StockXSyncJob::finished, &loop, &QEventLoop::quit);
        sync.start();
        if (sync.running())
            loop.exec();
    });
    std::printf("    sync: %d orders created, ended %s %s\n", sync.run().counts.created, qPrintable(sync.run().status),
                qPrintable(sync.lastError().message));
    db.releaseThreadConnection();
    return elapsed;
}

// Until the page shows its first rows and until its totals bar is filled, from its creation.
std::pair<double, double> stockPage(const DatabaseConfig &config)
{
    const Database db(config);
    if (Status status = db.open(); !status)
        return {-1, -1};
    StockService service(db);
    DatabaseWorker worker(db);
    {
        // The worker's connection is made once when the app starts, not per page: made before timing.
        QEventLoop connected;
        worker.run<bool>(
            &connected, [](const Database &on) { return bool(execStatement(on, u"SELECT 1"_s)); },
            [&](bool) { connected.quit(); });
        connected.exec();
    }
    QElapsedTimer start;
    start.start();
    auto page = std::make_unique<StockPage>(worker, service);
    page->resize(1440, 860);
    page->show();
    double firstScreen = -1;
    double totals = -1;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (firstScreen < 0 && page->model()->rowCount() > 0 && !page->model()->fetching())
            firstScreen = double(start.nsecsElapsed()) / 1e6;
        if (firstScreen >= 0 && totals >= 0)
            loop.quit();
    });
    QObject::connect(page.get(), &StockPage::totalsShown, [&] { totals = double(start.nsecsElapsed()) / 1e6; });
    poll.start(0);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    page.reset();
    return {firstScreen, totals};
}

bool fillStock(const DatabaseConfig &server, int items)
{
    if (!fresh(server))
        return false;
    const Database db(server);
    DemoDataGenerator::Options options;
    options.items = items;
    options.seed = 1;
    options.withOrders = false;
    bool filled = false;
    const double elapsed = ms([&] { filled = db.open() && DemoDataGenerator(db).generate(options); });
    (void)execAll(db, {u"ANALYZE"_s});
    std::printf("  %d pairs written directly in %.1f s\n", items, elapsed / 1000);
    db.releaseThreadConnection();
    return filled;
}

void printRatio(const char *what, double figure, double direct)
{
    std::printf("    %-28s %9.1f ms", what, figure);
    if (direct > 0 && figure >= 0)
        std::printf("  (%.2fx direct)", figure / direct);
    std::printf("\n");
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption postgres(u"postgres"_s, u"PostgreSQL URL of a server on this machine."_s, u"url"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows of the imported StockX report."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders synced from the emulator."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption itemsOption(u"items"_s, u"Pairs behind the Stock page."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption rttOption(u"rtt"_s, u"Round trips to measure, in ms."_s, u"list"_s, u"0,5,30"_s);
    parser.addOptions({postgres, rowsOption, ordersOption, itemsOption, rttOption});
    parser.addHelpOption();
    parser.process(app);
    const auto server = DatabaseConfig::fromString(parser.value(postgres));
    if (!parser.isSet(postgres) || !server) {
        std::printf("latency_bench needs --postgres with a server on this machine\n");
        return 1;
    }
    const int rows = parser.value(rowsOption).toInt();
    const int orders = parser.value(ordersOption).toInt();
    const int items = parser.value(itemsOption).toInt();
    QTemporaryDir dir;
    const QString report = bench::writeStockXReport(dir.path(), rows);
    bench::EmulatorProcess emulator;
    if (!emulator.start(orders, 0, false)) {
        std::printf("emulator did not start\n");
        return 1;
    }
    std::printf("Team mode over a network: %d report rows, %d orders, Stock page on %d pairs\n", rows, orders, items);
    QList<int> rtts;
    std::map<int, std::unique_ptr<test::LatencyProxy>> proxies;
    for (const QString &text : parser.value(rttOption).split(u',')) {
        rtts << text.toInt();
        if (rtts.last() > 0)
            proxies[rtts.last()] = std::make_unique<test::LatencyProxy>(QHostAddress(server.value().host),
                                                                        server.value().port, rtts.last() / 2);
    }
    const auto config = [&](int rtt) { return through(server.value(), rtt > 0 ? proxies[rtt].get() : nullptr); };
    std::map<int, Figures> figures;
    for (int rtt : std::as_const(rtts)) {
        std::printf("  round trip %d ms:\n", rtt);
        std::fflush(stdout);
        const auto trips = [&] { return rtt > 0 ? proxies[rtt]->roundTrips() : 0; };
        int before = trips();
        if (rows > 0 && fresh(server.value()))
            figures[rtt].import = importReport(config(rtt), report);
        if (rtt > 0)
            std::printf("    import: %d round trips\n", trips() - before);
        before = trips();
        if (orders > 0 && fresh(server.value()))
            figures[rtt].sync = syncOrders(config(rtt), emulator);
        if (rtt > 0)
            std::printf("    sync: %d round trips\n", trips() - before);
    }
    if (items > 0 && fillStock(server.value(), items)) {
        for (int rtt : std::as_const(rtts))
            std::tie(figures[rtt].firstScreen, figures[rtt].totals) = stockPage(config(rtt));
    }
    const Figures direct = figures[0];
    for (int rtt : std::as_const(rtts)) {
        const Figures &f = figures[rtt];
        std::printf("  round trip %d ms:\n", rtt);
        printRatio("import", f.import, direct.import);
        printRatio("sync", f.sync, direct.sync);
        printRatio("Stock page first screen", f.firstScreen, direct.firstScreen);
        printRatio("Stock page totals", f.totals, direct.totals);
    }
    return 0;
}
