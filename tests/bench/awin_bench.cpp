// Awin benchmark (issue 16): a feed of N rows (default 1 000 000) served by the Awin emulator in its own
// process, downloaded, decompressed, parsed and upserted (rows/s and the peak memory of this process),
// next to the raw floor `zcat FILE | sqlite3 DB '.import --csv /dev/stdin awin'` of the same file; then a
// re-import of the same file, matching the offers against V catalog variants (default 100 000, GTINs of
// the feed's first models), valuing them, and the Opportunities page's first screen. Asserts nothing.
//
//   awin_bench [--rows N] [--variants N] [--postgres URL] [--runs N] [--skip-floor] [--keep]
//
// SQLite always (a fresh file in a temporary folder); PostgreSQL too when --postgres is given.
#include "awinfeedgenerator.h"
#include "benchutil.h"
#include "db/multirowinsert.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "sourcing/awinfeedimporter.h"
#include "sourcing/awinmatcher.h"
#include "sourcing/opportunityrepository.h"
#include "sync/awin/awinfeedclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace sf;
using namespace Qt::StringLiterals;
using Gen = sf::emu::AwinFeedGenerator;
using sf::bench::median;
using sf::bench::ms;

namespace {

constexpr int kFeedId = 21293; // the emulator's first feed

struct Emulator {
    QProcess process;
    QString baseUrl;
    QString key;

    bool start(int rows)
    {
        process.start(QStringLiteral(SF_AWIN_EMULATOR_PATH),
                      {u"--feeds"_s, u"1"_s, u"--rows"_s, QString::number(rows), u"--no-throttle"_s, u"--prepare"_s});
        QByteArray banner;
        while (!banner.contains("data feed key:") || !banner.endsWith('\n')) {
            if (!process.waitForReadyRead(900000))
                return false;
            banner += process.readAllStandardOutput();
        }
        const auto value = [&](const char *label) {
            return QRegularExpression(QString::fromLatin1(label) + u":\\s*(\\S+)"_s)
                .match(QString::fromUtf8(banner))
                .captured(1);
        };
        baseUrl = value("base");
        key = value("data feed key");
        return !baseUrl.isEmpty();
    }
    ~Emulator()
    {
        process.kill();
        process.waitForFinished();
    }
};

Result<QString> download(const Emulator &emulator)
{
    QNetworkAccessManager network;
    AwinFeedClient client(network, emulator.baseUrl, emulator.key);
    AwinDownloadRequest request;
    request.feedIds = {kFeedId};
    std::optional<Result<QString>> result;
    QEventLoop loop;
    client.download(request, [&](Result<QString> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    loop.exec();
    return *result;
}

double rawFloorMs(const QString &gz, const QString &dir)
{
    const QString db = dir + u"/floor.sqlite"_s;
    QProcess shell;
    shell.start(u"bash"_s, {u"-c"_s, u"zcat '%1' | sqlite3 '%2' '.import --csv /dev/stdin awin'"_s.arg(gz, db)});
    QElapsedTimer t;
    t.start();
    shell.waitForFinished(-1);
    const double elapsed = double(t.nsecsElapsed()) / 1e6;
    if (shell.exitCode() != 0)
        std::printf("  raw floor failed: %s\n", shell.readAllStandardError().constData());
    QFile::remove(db);
    return elapsed;
}

// `variants` catalog variants: the feed's first models with every size, their EANs as GTINs, StockX asks.
bool makeCatalog(const Database &db, int variants)
{
    QHash<QString, QString> sizeIds; // EU size -> a US size row
    SqlQuery sizes(db, u"SELECT id, standardized_value FROM {{catalog.sizes}} WHERE region = 'US'"_s);
    if (!sizes.exec())
        return false;
    while (sizes.next())
        sizeIds.insert(QString::number(sizes.real(1)), sizes.string(0));
    const int models = (variants + Gen::kSizesPerModel - 1) / Gen::kSizesPerModel;
    QStringList productIds;
    for (int m = 0; m < models; ++m)
        productIds << QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqlQuery category(db, u"SELECT id FROM {{catalog.category}} WHERE slug = 'sneakers'"_s);
    if (!category.exec() || !category.next())
        return false;
    const QString sneakers = category.string(0);
    Transaction tx(db);
    MultiRowInsert products(db, u"{{catalog.product}} (id, sku, name, category_id)"_s, u":id, :sku, :name, :cat"_s, 50);
    if (!products.run(models, [&](MultiRowInsert::Row &row, qsizetype m) {
            row.bind(u":id"_s, productIds.at(m))
                .bind(u":sku"_s, Gen::normalisedStyleCode(int(m)))
                .bind(u":name"_s, u"Bench model %1"_s.arg(m))
                .bind(u":cat"_s, sneakers);
        }))
        return false;
    QStringList variantIds;
    for (int v = 0; v < variants; ++v)
        variantIds << QUuid::createUuid().toString(QUuid::WithoutBraces);
    MultiRowInsert rows(db, u"{{catalog.product_variant}} (id, product_id, size_id, stockx_variant_id, gtin)"_s,
                        u":id, :product, :size, :sx, :gtin"_s, 50);
    if (!rows.run(variants, [&](MultiRowInsert::Row &row, qsizetype v) {
            const int model = int(v) / Gen::kSizesPerModel;
            const int size = int(v) % Gen::kSizesPerModel;
            row.bind(u":id"_s, variantIds.at(v))
                .bind(u":product"_s, productIds.at(model))
                .bind(u":size"_s, sizeIds.value(Gen::euSize(size)))
                .bind(u":sx"_s, u"bench-%1"_s.arg(v))
                .bind(u":gtin"_s, Gen::ean(model, size));
        }))
        return false;
    MultiRowInsert market(db,
                          u"{{pricing.market_latest}} (variant_id, platform_name, price_date, currency, lowest_ask, "
                          "highest_bid, sell_faster)"_s,
                          u":id, 'stockx', :day, 'EUR', :ask, :bid, :faster"_s, 50);
    if (!market.run(variants, [&](MultiRowInsert::Row &row, qsizetype v) {
            const Money ask(12000 + (v * 7919 % 20000), u"EUR"_s);
            row.bind(u":id"_s, variantIds.at(v))
                .bind(u":day"_s, QDate::currentDate())
                .bind(u":ask"_s, ask)
                .bind(u":bid"_s, ask.scaled(85, 100))
                .bind(u":faster"_s, ask.scaled(95, 100));
        }))
        return false;
    return bool(tx.commit());
}

void measure(const Database &db, const QString &label, const QString &gz, int variants, int runs)
{
    std::printf("  %s\n", qPrintable(label));
    AwinImportReport report;
    sf::bench::resetPeakRss();
    const double importMs = ms([&] {
        const auto r = AwinFeedImporter(db).importFile(gz);
        if (r)
            report = r.value();
        else
            std::printf("    import failed: %s\n", qPrintable(r.error().toString()));
    });
    std::printf("    import (gzip check + decompress + parse + upsert): %lld rows in %.1f s = %.0f rows/s, peak "
                "memory %.0f MB (target < 200 MB)\n",
                report.rows, importMs / 1000, double(report.rows) / importMs * 1000, sf::bench::rssMb("VmHWM:"));
    const double again = ms([&] { report = AwinFeedImporter(db).importFile(gz).value_or({}); });
    std::printf("    re-import of the same file: %.1f s = %.0f rows/s (%lld updated, %lld new prices)\n", again / 1000,
                double(report.rows) / again * 1000, report.updated, report.priceChanges);
    const double catalogMs = ms([&] {
        if (!makeCatalog(db, variants))
            std::printf("    catalog failed\n");
    });
    std::printf("    catalog of %d variants written in %.1f s (setup, not a target)\n", variants, catalogMs / 1000);
    AwinMatchReport matched;
    const double matchMs = ms([&] { matched = AwinMatcher(db).run().value_or({}); });
    std::printf("    matching %lld offers against %d variants: %.1f s, %lld matched by EAN (target < 10 s)\n",
                report.rows, variants, matchMs / 1000, matched.matchedTotal());
    qint64 valued = 0;
    const double valueMs = ms([&] { valued = OpportunityRepository(db).refresh({}).value_or(-1); });
    std::printf("    valuing the matched offers after fees: %lld in %.1f s\n", valued, valueMs / 1000);
    QList<double> first, filtered;
    int shown = 0;
    OpportunityFilter filter;
    filter.minProfit = Money(2000, u"EUR"_s);
    filter.onlySizesNotHeld = true;
    for (int run = 0; run < runs; ++run) {
        first << ms(
            [&] { shown = int(OpportunityRepository(db).page({}, std::nullopt, 200).value_or({}).rows.size()); });
        filtered << ms([&] { (void)OpportunityRepository(db).page(filter, std::nullopt, 200); });
    }
    std::printf("    Opportunities first screen (%d rows by profit): %.1f ms; with min. profit 20 and sizes not "
                "held: %.1f ms (target <= 100 ms)\n",
                shown, median(first), median(filtered));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"rows"_s, u"Feed rows (default 1000000)."_s, u"n"_s, u"1000000"_s},
                       {u"variants"_s, u"Catalog variants to match against (default 100000)."_s, u"n"_s, u"100000"_s},
                       {u"postgres"_s, u"Also measure PostgreSQL at this URL (its schemas are replaced)."_s, u"url"_s},
                       {u"runs"_s, u"Runs of the first screen (default 5)."_s, u"n"_s, u"5"_s},
                       {u"skip-floor"_s, u"Do not run the zcat | sqlite3 floor."_s},
                       {u"keep"_s, u"Keep the SQLite file for a look at its query plans and print its path."_s}});
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const int variants = parser.value(u"variants"_s).toInt();
    const int runs = parser.value(u"runs"_s).toInt();

    Emulator emulator;
    const double generated = ms([&] { emulator.start(rows); });
    if (emulator.baseUrl.isEmpty()) {
        std::printf("the Awin emulator did not start\n");
        return 1;
    }
    std::printf("Awin feed of %d rows, generated and gzipped by the emulator in %.1f s (not timed below)\n", rows,
                generated / 1000);
    QString gz;
    const double downloadMs = ms([&] {
        const auto path = download(emulator);
        if (path)
            gz = path.value();
        else
            std::printf("download failed: %s\n", qPrintable(path.error().toString()));
    });
    if (gz.isEmpty())
        return 1;
    const qint64 size = QFileInfo(gz).size();
    std::printf("  download streamed to a temporary file: %.1f MB in %.2f s\n", double(size) / 1e6, downloadMs / 1000);
    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(u"keep"_s));
    if (!parser.isSet(u"skip-floor"_s)) {
        const double floor = rawFloorMs(gz, dir.path());
        std::printf("  raw floor, zcat | sqlite3 .import --csv: %.1f s = %.0f rows/s\n", floor / 1000,
                    double(rows) / floor * 1000);
    }
    const int code = sf::bench::onEachDatabase(
        dir.filePath(u"awin.sqlite"_s), parser.value(u"postgres"_s), [](const Database &) { return true; },
        [&](const Database &db, const QString &label) { measure(db, label, gz, variants, runs); });
    QFile::remove(gz);
    if (!dir.autoRemove())
        std::printf("kept %s\n", qPrintable(dir.filePath(u"awin.sqlite"_s)));
    return code;
}
