// Stock page benchmark: time to first screen, text filter, sort by purchase price, scroll to end, and
// memory, for SoleFlipper's lazy keyset model and for a QSqlQueryModel + QSortFilterProxyModel baseline (same join,
// same text) on the same data. Prints a table; asserts nothing (timings belong in reports, not in unit tests).
//
//   stock_page_bench [--items N] [--skip-million] [--postgres postgresql://...] [--dir DIR]
#include "benchutil.h"
#include "db/databaseworker.h"
#include "db/migrator.h"
#include "db/sqlquery.h"
#include "demo/demodatagenerator.h"
#include "inventory/stockrepository.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sf;
using namespace Qt::StringLiterals;
using sf::bench::ms;
using sf::bench::rssMb;

namespace {

// Median of three runs of `f`, with `reset` run before each.
template <typename R, typename F> double median3(R &&reset, F &&f)
{
    double runs[3];
    for (double &run : runs) {
        reset();
        run = ms(f);
    }
    std::sort(std::begin(runs), std::end(runs));
    return runs[1];
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// settle(), and until the page's table has the page it asked the database worker for.
void settle(StockPage &page)
{
    settle();
    while (page.model()->fetching())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

struct Figures {
    double firstScreen = 0, filter = 0, sort = 0, scroll = 0, rssFirst = 0, rssAll = 0;
    double firstTotals = -1, filterTotals = -1; // until the totals bar is filled (computed off the GUI thread)
    qint64 filterRows = 0;
};

void print(const QString &label, const Figures &f)
{
    std::printf("  %-34s first screen %8.1f ms | filter %8.1f ms (%lld rows) | sort by price %8.1f ms | "
                "scroll to end %9.1f ms | RSS +%6.1f MB at first screen, +%7.1f MB after scrolling all\n",
                qPrintable(label), f.firstScreen, f.filter, f.filterRows, f.sort, f.scroll, f.rssFirst, f.rssAll);
    if (f.firstTotals >= 0)
        std::printf("  %-34s totals bar filled after %.1f ms (first screen) and %.1f ms (filter)\n", "", f.firstTotals,
                    f.filterTotals);
    std::fflush(stdout);
}

// Time from `start` until the page shows its totals.
double untilTotals(StockPage &page, const QElapsedTimer &start)
{
    QEventLoop loop;
    QObject::connect(&page, &StockPage::totalsShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!page.findChild<QLabel *>(u"totalsLabel"_s)->text().contains(u'\u2026'))
        return double(start.nsecsElapsed()) / 1e6;
    loop.exec();
    return double(start.nsecsElapsed()) / 1e6;
}

Figures measureSoleFlipper(const Database &db)
{
    Figures f;
    StockService service(db);
    DatabaseWorker worker(db);
    const double rss0 = rssMb();
    std::unique_ptr<StockPage> page;
    f.firstScreen = median3([&] { page.reset(); },
                            [&] {
                                page = std::make_unique<StockPage>(worker, service);
                                page->resize(1440, 860);
                                page->show();
                                settle(*page);
                            });
    f.rssFirst = rssMb() - rss0;
    {
        page.reset();
        QElapsedTimer start;
        start.start();
        page = std::make_unique<StockPage>(worker, service);
        page->resize(1440, 860);
        page->show();
        f.firstTotals = untilTotals(*page, start);
    }
    auto *search = page->findChild<QLineEdit *>(u"searchEdit"_s);
    f.filter = median3([&] { search->setText(QString()), page->applyFilters(); },
                       [&] {
                           search->setText(u"dunk"_s);
                           page->applyFilters();
                           settle(*page);
                       });
    f.filterRows = service.repository().totals(page->model()->query()).value().items;
    {
        search->setText(QString());
        page->applyFilters();
        untilTotals(*page, QElapsedTimer());
        QElapsedTimer start;
        start.start();
        search->setText(u"dunk"_s);
        page->applyFilters();
        f.filterTotals = untilTotals(*page, start);
    }
    search->setText(QString());
    page->applyFilters();
    f.sort = median3([&] { page->model()->sort(StockTableModel::Product, Qt::AscendingOrder); },
                     [&] {
                         page->model()->sort(StockTableModel::GrossPrice, Qt::AscendingOrder);
                         settle(*page);
                     });
    const double rssBeforeScroll = rssMb();
    f.scroll = ms([&] {
        while (page->model()->canFetchMore({})) {
            page->view()->scrollToBottom();
            settle(*page);
        }
        page->view()->scrollToBottom();
        settle(*page);
    });
    f.rssAll = rssMb() - rssBeforeScroll + f.rssFirst;
    return f;
}

Figures measureBaseline(const Database &db)
{
    Figures f;
    const QSqlDatabase connection = db.connection();
    const double rss0 = rssMb();
    std::unique_ptr<QSqlQueryModel> source;
    std::unique_ptr<QSortFilterProxyModel> proxy;
    std::unique_ptr<QTableView> view;
    auto build = [&] {
        // The columns our search reads (SKU, product, brand, notes) joined in, so both filters do the same work.
        source = std::make_unique<QSqlQueryModel>();
        source->setQuery(u"SELECT s.id, p.sku, p.name, b.name, s.notes, s.gross_purchase_price, s.status, "
                         "s.location, s.purchase_date FROM %1 s JOIN %2 p ON p.id = s.product_id "
                         "LEFT JOIN %3 b ON b.id = p.brand_id"_s.arg(db.dialect().tableName(u"inventory.stock"_s),
                                                                     db.dialect().tableName(u"catalog.product"_s),
                                                                     db.dialect().tableName(u"catalog.brand"_s)),
                         connection);
        proxy = std::make_unique<QSortFilterProxyModel>();
        proxy->setSourceModel(source.get());
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        view = std::make_unique<QTableView>();
        view->setModel(proxy.get());
        view->resize(1440, 860);
        view->show();
        settle();
    };
    f.firstScreen = median3([&] { view.reset(), proxy.reset(), source.reset(); }, build);
    f.rssFirst = rssMb() - rss0;
    // The proxy only sees fetched rows, so a correct filter or sort needs every row loaded first.
    auto loadAll = [&] {
        while (source->canFetchMore())
            source->fetchMore();
    };
    f.filter = median3([&] { view.reset(), proxy.reset(), source.reset(), build(); },
                       [&] {
                           loadAll();
                           proxy->setFilterFixedString(u"dunk"_s);
                           settle();
                       });
    f.filterRows = proxy->rowCount();
    proxy->setFilterFixedString(QString());
    const int priceColumn = 5; // s.gross_purchase_price
    f.sort = median3([&] { view.reset(), proxy.reset(), source.reset(), build(); },
                     [&] {
                         loadAll();
                         proxy->sort(priceColumn, Qt::AscendingOrder);
                         settle();
                     });
    view.reset(), proxy.reset(), source.reset();
    const double rssBefore = rssMb();
    build();
    f.scroll = ms([&] {
        loadAll();
        view->scrollToBottom();
        settle();
    });
    f.rssAll = rssMb() - rssBefore;
    return f;
}

bool prepare(const Database &db, int items, bool fresh)
{
    if (!bench::openMigrated(db, fresh))
        return false;
    if (!fresh) {
        std::printf("  reusing the existing %lld items\n", StockRepository(db).totals({}).value_or({}).items);
        return true;
    }
    DemoDataGenerator::Options options;
    options.items = items;
    options.seed = 1;
    options.withOrders = false;
    const double generated = ms([&] {
        if (auto summary = DemoDataGenerator(db).generate(options); !summary)
            std::printf("  demo data failed: %s\n", qPrintable(summary.error().toString()));
    });
    if (db.dialect().isPostgres())
        (void)execAll(db, {u"ANALYZE"_s});
    else
        (void)execAll(db, {u"ANALYZE"_s});
    std::printf("  %d items written in %.1f s (%.0f items/s)\n", items, generated / 1000, items / (generated / 1000));
    return true;
}

void run(const QString &title, const DatabaseConfig &config, int items, bool reuse)
{
    std::printf("\n%s — %d stock items\n", qPrintable(title), items);
    const Database db(config);
    if (!prepare(db, items, !reuse))
        return;
    print(u"SoleFlipper (keyset, SQL sort/filter)"_s, measureSoleFlipper(db));
    print(u"QSqlQueryModel + QSortFilterProxy"_s, measureBaseline(db));
    std::printf("  peak RSS of the process so far: %.1f MB\n", rssMb("VmHWM:"));
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(u"items"_s, u"Rows for the main runs."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption skipMillion(u"skip-million"_s, u"Skip the 1 000 000-row SQLite run."_s);
    const QCommandLineOption postgres(u"postgres"_s, u"PostgreSQL URL for the PostgreSQL run."_s, u"url"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the SQLite files go."_s, u"dir"_s);
    const QCommandLineOption reuseOption(u"reuse"_s, u"Reuse databases a previous run left in --dir."_s);
    const QCommandLineOption datasetOption(u"dataset"_s, u"Run one dataset in this process (internal)."_s, u"name"_s);
    parser.addOptions({itemsOption, skipMillion, postgres, dirOption, reuseOption, datasetOption});
    parser.process(app);
    const int items = parser.value(itemsOption).toInt();
    QTemporaryDir temp;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temp.path();
    const bool reuse = parser.isSet(reuseOption);

    if (parser.isSet(datasetOption)) {
        const QString dataset = parser.value(datasetOption);
        DatabaseConfig config;
        int rows = items;
        if (dataset == u"postgresql"_s) {
            config = DatabaseConfig::fromString(parser.value(postgres)).value();
        } else {
            rows = dataset == u"million"_s ? 1000000 : items;
            config.sqlitePath = dir + u"/bench-"_s + QString::number(rows) + u".sqlite"_s;
            if (!reuse)
                QFile::remove(config.sqlitePath);
        }
        run(dataset == u"postgresql"_s ? u"PostgreSQL"_s : u"SQLite"_s, config, rows,
            reuse && (dataset == u"postgresql"_s || QFile::exists(config.sqlitePath)));
        return 0;
    }

    // Each dataset runs in its own process, so memory figures do not carry over from one to the next.
    std::printf("Stock page benchmark (median of 3 where repeated; filter text \"dunk\")\n");
    std::fflush(stdout);
    QStringList datasets{u"sqlite"_s};
    if (!parser.isSet(skipMillion))
        datasets << u"million"_s;
    if (parser.isSet(postgres))
        datasets << u"postgresql"_s;
    int failures = 0;
    for (const QString &dataset : datasets) {
        QStringList arguments{u"--dataset"_s, dataset, u"--items"_s, QString::number(items), u"--dir"_s, dir};
        if (reuse)
            arguments << u"--reuse"_s;
        if (parser.isSet(postgres))
            arguments << u"--postgres"_s << parser.value(postgres);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedOutputChannel);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            ++failures;
    }
    return failures == 0 ? 0 : 1;
}
