// Stall probe: how long the window stops responding while real work runs on the real pages. A 10 ms
// timer on the GUI thread records how late it fires; the worst lateness is the longest freeze.
//   stall_probe [--orders N] [--listings N] [--rows N] [--pairs N] [--postgres postgresql://...]
//               [--only stockx|import|scroll]
// Runs, each on a fresh database: a StockX orders sync and a listings sync from the sync dock (the
// emulator in its own process, rate limit off), an import of N rows from the import wizard, and
// scrolling the Stock page through N pairs to the end.
#include "benchutil.h"
#include "emulatorprocess.h"
#include "latencyproxy.h"

#include "appcontext.h"
#include "demo/demodatagenerator.h"
#include "imports/importwizard.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"
#include "sync/syncpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace sf;
using namespace Qt::StringLiterals;

namespace {
class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_worst = qMax(m_worst, now - m_last - kTickMs);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    static constexpr int kTickMs = 10;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_worst = 0;
};

// Runs the event loop until `done` holds (checked every 20 ms) or ten minutes pass.
void waitUntil(const std::function<bool()> &done)
{
    QElapsedTimer limit;
    limit.start();
    while (!done() && limit.elapsed() < 600000)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void report(const Database &db, const char *run, double worstMs, double tookMs, const QString &outcome)
{
    // The proxied server is told apart by its port.
    const QString where =
        db.dialect().name() +
        (db.config().kind == DatabaseConfig::Kind::PostgreSQL ? u":"_s + QString::number(db.config().port) : QString());
    std::printf("%-16s | %-34s | worst stall %8.1f ms | took %9.0f ms | %s\n", qPrintable(where), run, worstMs, tookMs,
                qPrintable(outcome));
    std::fflush(stdout);
}

// A fresh database for each run: SQLite in a new file, PostgreSQL emptied.
std::unique_ptr<AppContext> contextFor(DatabaseConfig config)
{
    static int runs = 0;
    if (config.kind == DatabaseConfig::Kind::SQLite)
        config.sqlitePath += u"."_s + QString::number(++runs);
    auto context = std::make_unique<AppContext>();
    context->notifier = std::make_unique<ChangeNotifier>();
    context->database = std::make_unique<Database>(config);
    context->database->setChangeNotifier(context->notifier.get());
    if (!bench::openMigrated(*context->database, true))
        return {};
    context->worker = std::make_unique<DatabaseWorker>(*context->database);
    context->stock = std::make_unique<StockService>(*context->database);
    context->secrets = std::make_unique<MemorySecretStore>();
    return context;
}

void syncRun(MainWindow &window, const Database &db, const QString &job, const char *label)
{
    SyncPanel &panel = *window.syncPanel();
    auto *status = panel.findChild<QLabel *>(u"syncStatus"_s);
    auto *cancel = panel.findChild<QPushButton *>(u"syncCancel"_s);
    StallProbe probe;
    QElapsedTimer took;
    took.start();
    probe.start();
    panel.startJob(job);
    waitUntil([&] {
        return !cancel->isEnabled() && !status->text().startsWith(u"Starting"_s) &&
               !status->text().startsWith(u"Talking"_s);
    });
    report(db, label, probe.stop(), double(took.elapsed()), status->text());
}

void stockxRuns(const DatabaseConfig &config, int orders, int listings)
{
    bench::EmulatorProcess emulator;
    if (!emulator.start(orders, listings, false)) {
        std::printf("emulator did not start\n");
        return;
    }
    qputenv("SOLEFLIPPER_STOCKX_API_KEY", emulator.credentials.apiKey.toUtf8());
    qputenv("SOLEFLIPPER_STOCKX_CLIENT_ID", emulator.credentials.clientId.toUtf8());
    qputenv("SOLEFLIPPER_STOCKX_CLIENT_SECRET", emulator.credentials.clientSecret.toUtf8());
    qputenv("SOLEFLIPPER_STOCKX_REFRESH_TOKEN", emulator.credentials.refreshToken.toUtf8());
    const auto context = contextFor(config);
    if (!context)
        return;
    context->stockxEndpoints = emulator.endpoints;
    MainWindow window(*context);
    window.resize(1440, 860);
    window.show();
    syncRun(window, *context->database, u"orders"_s, qPrintable(u"StockX orders sync (%1)"_s.arg(orders)));
    syncRun(window, *context->database, u"listings"_s, qPrintable(u"StockX listings sync (%1)"_s.arg(listings)));
}

QString writeSalesReport(const QString &dir, int rows)
{
    const QString path = dir + u"/stockx-sales.csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("Order Number,Sale Date,Item,Sku Size,Style,Listing Price,Total Gross Amount (Total Payout)\n");
    static const char *const items[] = {"Nike Dunk Low Retro White Black", "Jordan 1 Retro High OG Chicago",
                                        "adidas Yeezy Slide Onyx", "New Balance 550 White Green",
                                        "Supreme Box Logo Hooded Sweatshirt Black"};
    static const char *const sizes[] = {"9", "10.5", "8W", "M/L", "11"};
    for (int i = 0; i < rows; ++i)
        file.write(QByteArray::number(70000000 + i) + "-1,2024-0" + QByteArray::number(1 + i % 9) + "-1" +
                   QByteArray::number(i % 9) + " 14:05:09 +00," + items[i % 5] + ',' + sizes[i % 5] + ",ST" +
                   QByteArray::number(i % 400) + "," + QByteArray::number(100 + i % 300) + "," +
                   QByteArray::number(85 + i % 250) + ".30\n");
    return path;
}

void importRun(const DatabaseConfig &config, int rows)
{
    QTemporaryDir dir;
    const QString path = writeSalesReport(dir.path(), rows);
    const auto context = contextFor(config);
    if (!context || path.isEmpty())
        return;
    MainWindow window(*context);
    window.resize(1440, 860);
    window.show();
    StallProbe probe;
    QElapsedTimer took;
    took.start();
    probe.start(); // reading the preview (the whole file is hashed) is part of what the window lives through
    ImportWizard wizard(*context->worker, *context->secrets, path, &window);
    wizard.show();
    waitUntil([&] { return !wizard.previewing(); });
    bool finished = false;
    QObject::connect(&wizard, &ImportWizard::importFinished, [&] { finished = true; });
    wizard.findChild<QPushButton *>(u"importButton"_s)->click();
    waitUntil([&] { return finished; });
    const double worst = probe.stop();
    report(*context->database, qPrintable(u"import from the wizard (%1 rows)"_s.arg(rows)), worst,
           double(took.elapsed()), wizard.report().summary());
}

void scrollRun(const DatabaseConfig &config, int pairs)
{
    const auto context = contextFor(config);
    if (!context)
        return;
    DemoDataGenerator::Options options;
    options.items = pairs;
    options.withOrders = false;
    if (const auto made = DemoDataGenerator(*context->database).generate(options); !made) {
        std::printf("demo data: %s\n", qPrintable(made.error().toString()));
        return;
    }
    MainWindow window(*context);
    window.resize(1440, 860);
    window.show();
    StockPage &page = *window.stockPage();
    page.refresh();
    QTableView *view = page.view();
    StockTableModel &model = *page.model();
    waitUntil([&] { return model.rowCount() > 0; });
    const double rssFirstScreen = bench::rssMb();
    StallProbe probe;
    QElapsedTimer took;
    took.start();
    probe.start();
    // As a user dragging the scroll bar down: one step a frame until the last page is in.
    waitUntil([&] {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        return !model.canFetchMore({});
    });
    report(*context->database, qPrintable(u"scroll the Stock page (%1 pairs)"_s.arg(pairs)), probe.stop(),
           double(took.elapsed()),
           u"%1 rows shown, resident memory +%2 MB over the first screen"_s.arg(model.rowCount())
               .arg(bench::rssMb() - rssFirstScreen, 0, 'f', 0));
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders on the emulator."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption listingsOption(u"listings"_s, u"Listings on the emulator."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows of the imported report."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption pairsOption(u"pairs"_s, u"Pairs on the Stock page."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption postgresOption(u"postgres"_s, u"Also run on this PostgreSQL database."_s, u"url"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Only this run: stockx, import or scroll."_s, u"run"_s);
    const QCommandLineOption latencyOption(
        u"pg-latency-ms"_s, u"Also run on PostgreSQL through a proxy that adds this many ms each way."_s, u"ms"_s);
    parser.addOptions(
        {ordersOption, listingsOption, rowsOption, pairsOption, postgresOption, onlyOption, latencyOption});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir dir;
    QList<DatabaseConfig> configs{DatabaseConfig::fromString(dir.filePath(u"probe.sqlite"_s)).value()};
    if (parser.isSet(postgresOption)) {
        const auto pg = DatabaseConfig::fromString(parser.value(postgresOption));
        if (!pg) {
            std::printf("%s\n", qPrintable(pg.error().toString()));
            return 2;
        }
        configs << pg.value();
    }
    std::unique_ptr<test::LatencyProxy> proxy;
    if (parser.isSet(latencyOption) && configs.size() > 1) {
        DatabaseConfig far = configs.last();
        proxy = std::make_unique<test::LatencyProxy>(QHostAddress(far.host), quint16(far.port),
                                                     parser.value(latencyOption).toInt());
        far.host = u"127.0.0.1"_s;
        far.port = proxy->port();
        configs << far;
    }
    std::printf("Worst stall of the GUI thread (a 10 ms timer's lateness); target 50 ms.\n");
    const QString only = parser.value(onlyOption);
    const auto wanted = [&](const QString &run) { return only.isEmpty() || only == run; };
    for (const DatabaseConfig &config : configs) {
        if (wanted(u"stockx"_s))
            stockxRuns(config, parser.value(ordersOption).toInt(), parser.value(listingsOption).toInt());
        if (wanted(u"import"_s))
            importRun(config, parser.value(rowsOption).toInt());
        if (wanted(u"scroll"_s))
            scrollRun(config, parser.value(pairsOption).toInt());
    }
    return 0;
}
