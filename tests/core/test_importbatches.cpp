#include "catchqt.h"
#include "importfixtures.h"
#include "testdatabase.h"

#include "db/transaction.h"
#include "imports/importbatchrepository.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Import batches record every row's outcome", "[db][imports]")
{
    onEachBackend([](Database &db) {
        ImportBatchRepository repo(db);
        auto batch = repo.start(u"stockx"_s, u"/home/anna/stockx-sales-2024.csv"_s, u"ab12"_s);
        REQUIRE(batch);
        {
            Transaction transaction(db);
            REQUIRE(repo.addRecords(
                batch.value().id,
                {ImportRecord{2,
                              QJsonObject{{u"Order Number"_s, u"13274521-13174280"_s}},
                              QJsonObject{{u"order"_s, u"13274521-13174280"_s}},
                              u"processed"_s,
                              {}},
                 ImportRecord{
                     4, QJsonObject{{u"Order Number"_s, u""_s}}, {}, u"error"_s, u"The order number is missing."_s},
                 ImportRecord{6, QJsonObject{{u"Order Number"_s, u"13274521-13174280"_s}}, {}, u"duplicate"_s, {}}}));
            REQUIRE(transaction.commit());
        }
        ImportBatch done = batch.value();
        done.totalRecords = 3;
        done.processedRecords = 1;
        done.errorRecords = 1;
        done.status = u"completed"_s;
        REQUIRE(repo.finish(done));

        const auto recent = repo.recent(10);
        REQUIRE(recent);
        REQUIRE(recent.value().size() == 1);
        CHECK(recent.value().first().status == u"completed"_s);
        CHECK(recent.value().first().errorRecords == 1);
        CHECK(recent.value().first().sourceFile.endsWith(u"stockx-sales-2024.csv"_s));
        CHECK(recent.value().first().completedAt.isValid());

        const auto rejected = repo.records(done.id, u"error"_s);
        REQUIRE(rejected);
        REQUIRE(rejected.value().size() == 1);
        CHECK(rejected.value().first().line == 4);
        CHECK(rejected.value().first().errorMessage == u"The order number is missing."_s);
        const auto all = repo.records(done.id);
        REQUIRE(all);
        CHECK(all.value().size() == 3);
        CHECK(all.value().first().processedData.value(u"order"_s).toString() == u"13274521-13174280"_s);

        // A bad status never lands: the schema's CHECK keeps the set fixed.
        Transaction transaction(db);
        CHECK_FALSE(repo.addRecords(done.id, {ImportRecord{9, {}, {}, u"maybe"_s, {}}}));
    });
}

TEST_CASE("Import batches: a history entry that cannot be closed is reported, the rows stay", "[db][imports]")
{
    onEachBackend([](Database &db) {
        refuseInserts(db, u"integration.import_batches"_s, u"NEW.status = 'completed'"_s, u"disk full"_s, u"UPDATE"_s);
        const ImportReport report = runImport(db, importFixture(u"stockx_sales.csv"_s));
        CHECK(report.imported > 0);
        REQUIRE(report.warnings.size() == 1);
        CHECK(report.warnings.first().contains(u"disk full"_s));
        CHECK(report.summary().contains(u"could not be closed"_s));
        stopRefusing(db, u"integration.import_batches"_s);
    });
}
