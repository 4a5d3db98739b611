// The code that runs on several threads at once, for the ThreadSanitizer build (SF_TSAN=ON): each
// thread has its own connection to one database, as in the app (GUI, totals worker, import worker).
#include "importfixtures.h"
#include "testdatabase.h"

#include "catalog/brandrepository.h"
#include "db/databaseworker.h"
#include "db/sqlquery.h"
#include "events/changenotifier.h"
#include "imports/importrunner.h"
#include "inventory/stockrepository.h"
#include "sourcing/awinfeedimporter.h"
#include "sourcing/awinfeedreader.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
constexpr int kThreads = 4;

// SQL texts from templates (the dialect's render cache), brand detection (the pattern cache) and writes.
void workOneThread(const Database &db, int thread, std::atomic_int &failures)
{
    BrandRepository brands(db);
    for (int i = 0; i < 60; ++i) {
        {
            SqlQuery count(db, u"SELECT COUNT(*) FROM {{catalog.brand}} WHERE name <> :n%1"_s.arg(i % 7));
            count.bind(u":n%1"_s.arg(i % 7), u"thread %1"_s.arg(thread));
            if (!count.exec() || !count.next())
                ++failures;
        }
        if (!brands.detect(u"Nike Dunk Low Retro %1-%2"_s.arg(thread).arg(i)))
            ++failures;
        if (const auto brand = brands.findOrCreate(u"Thread Brand %1-%2"_s.arg(thread).arg(i % 5)); !brand) {
            ++failures;
            qWarning("%s", qPrintable(brand.error().toString()));
        }
    }
    db.releaseThreadConnection();
}
} // namespace

TEST_CASE("Threads: one database used from four threads at once", "[threads][db]")
{
    onEachBackend([](Database &db) {
        std::atomic_int failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&db, t, &failures] { workOneThread(db, t, failures); });
        for (std::thread &thread : threads)
            thread.join();
        CHECK(failures == 0);
        SqlQuery q(db, u"SELECT COUNT(*) FROM {{catalog.brand}} WHERE name LIKE 'Thread Brand %'"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.integer(0) == kThreads * 5);
    });
}

TEST_CASE("Threads: an import on a worker while this thread reads the stock totals", "[threads][db]")
{
    onEachBackend([](Database &db) {
        std::atomic_bool done = false;
        std::optional<Result<ImportReport>> report;
        std::thread worker([&] {
            report = ImportRunner(db).run(importFixture(u"stockx_sales.csv"_s), {});
            db.releaseThreadConnection();
            done = true;
        });
        int reads = 0;
        std::atomic_int failures = 0;
        std::thread totals([&] {
            while (!done) {
                failures += StockRepository(db).totals(StockQuery{}) ? 0 : 1;
                ++reads;
            }
            db.releaseThreadConnection();
        });
        worker.join();
        totals.join();
        REQUIRE(report);
        REQUIRE(*report);
        CHECK(report->value().imported > 0);
        CHECK(failures == 0);
        CHECK(reads > 0);
    });
}

TEST_CASE("Threads: writers on several threads announce through one notifier, the worker answers here", "[threads][db]")
{
    onEachBackend([](Database &db) {
        ChangeNotifier notifier;
        db.setChangeNotifier(&notifier);
        QList<Change> heard;
        QObject::connect(&notifier, &ChangeNotifier::changed, [&](const Change &change) { heard.append(change); });
        std::atomic_int failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&db, t, &failures] {
                for (int i = 0; i < 20; ++i)
                    if (!BrandRepository(db).rename(
                            BrandRepository(db).findOrCreate(u"Notified %1-%2"_s.arg(t).arg(i)).value().id,
                            u"Renamed %1-%2"_s.arg(t).arg(i)))
                        ++failures;
                db.releaseThreadConnection();
            });
        {
            DatabaseWorker worker(db);
            int answered = 0;
            QObject context;
            for (int i = 0; i < 20; ++i)
                worker.run<bool>(
                    &context, [](const Database &on) { return bool(BrandRepository(on).all()); },
                    [&](bool ok) { answered += ok ? 1 : 0; });
            for (std::thread &thread : threads)
                thread.join();
            QElapsedTimer waited;
            waited.start();
            while (answered < 20 && waited.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            CHECK(answered == 20);
        }
        QCoreApplication::processEvents();
        CHECK(failures == 0);
        int renamed = 0;
        for (const Change &change : heard)
            renamed += change.entity == Change::Entity::Brand ? int(change.ids.size()) : 0;
        CHECK(renamed == kThreads * 20);
        db.setChangeNotifier(nullptr);
    });
}

TEST_CASE("Threads: an Awin feed parsed on the reader's thread while the importer writes", "[threads][db][awin]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"feed.csv"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("aw_product_id,search_price,product_name,ean\n");
        for (int row = 1; row <= 3000; ++row)
            file.write(
                u"%1,%2.95,Gel-Kayano %1,%3\n"_s.arg(row).arg(50 + row % 90).arg(4550457000000LL + row).toUtf8());
    }
    SECTION("a reader stopped after its first chunk")
    {
        AwinFeedReader reader(path, 100);
        const auto first = reader.next();
        REQUIRE(first);
        REQUIRE(first.value());
        CHECK(first.value()->offers.size() == 100);
    }
    onEachBackend([&](Database &db) {
        AwinImportOptions options;
        options.chunkRows = 64; // many chunks, so the reader waits on the writer and the writer on the reader
        const auto report = AwinFeedImporter(db).importFile(path, options);
        REQUIRE(report);
        CHECK(report.value().rows == 3000);
        CHECK(report.value().inserted == 3000);
        SqlQuery q(db, u"SELECT COUNT(*), SUM(retail_price_cents) FROM {{integration.awin_products}}"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.integer(0) == 3000);
        qint64 cents = 0;
        for (int row = 1; row <= 3000; ++row)
            cents += (50 + row % 90) * 100 + 95;
        CHECK(q.integer(1) == cents);
    });
}
