#include "catchqt.h"
#include "importfixtures.h"
#include "testdatabase.h"

#include "imports/csv/columnmapping.h"
#include "imports/importpresetrepository.h"
#include "imports/importrunner.h"
#include "inventory/stockrepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
using Field = ColumnMapping::Field;

StockTotals stockTotals(const Database &db)
{
    const auto totals = StockRepository(db).totals(StockQuery{});
    REQUIRE(totals);
    return totals.value();
}
} // namespace

TEST_CASE("Column mapping: headers in English and German / spelling slips / each column once", "[imports]")
{
    const ColumnMapping german =
        ColumnMapping::guess({u"Artikelnummer"_s, u"Bezeichnung"_s, u"Größe"_s, u"Lieferrant"_s, u"Kaufdatum"_s,
                              u"EK Brutto"_s, u"MwSt"_s, u"Stück"_s, u"Lagerort"_s, u"Bestellnummer"_s});
    CHECK(german.column(Field::Sku) == u"Artikelnummer"_s);
    CHECK(german.column(Field::ProductName) == u"Bezeichnung"_s);
    CHECK(german.column(Field::Size) == u"Größe"_s);
    CHECK(german.column(Field::Supplier) == u"Lieferrant"_s); // one letter too many
    CHECK(german.column(Field::PurchaseDate) == u"Kaufdatum"_s);
    CHECK(german.column(Field::GrossPrice) == u"EK Brutto"_s);
    CHECK(german.column(Field::VatRate) == u"MwSt"_s);
    CHECK(german.column(Field::Quantity) == u"Stück"_s);
    CHECK(german.column(Field::Location) == u"Lagerort"_s);
    CHECK(german.column(Field::Reference) == u"Bestellnummer"_s);
    CHECK(!german.has(Field::NetPrice));
    CHECK(german.problem().isEmpty());

    const ColumnMapping english =
        ColumnMapping::guess({u"Style Code"_s, u"Size (US)"_s, u"Net price"_s, u"Purchase price"_s, u"Shop"_s});
    CHECK(english.column(Field::Sku) == u"Style Code"_s);
    CHECK(english.column(Field::Size) == u"Size (US)"_s);
    CHECK(english.column(Field::NetPrice) == u"Net price"_s);
    CHECK(english.column(Field::GrossPrice) == u"Purchase price"_s);
    CHECK(english.column(Field::Supplier) == u"Shop"_s);

    CHECK(!ColumnMapping::guess({u"Code"_s, u"Cost centre"_s}).problem().isEmpty());
    CHECK(ColumnMapping::fromJson(german.toJson()) == german);
    CHECK(ColumnMapping::signature({u"SKU"_s, u"Größe"_s}) == ColumnMapping::signature({u" sku"_s, u"GRÖSSE"_s}));
}

TEST_CASE("Purchases: a German sheet becomes stock / identical rows are two pairs / importing again adds nothing",
          "[db][imports]")
{
    onEachBackend([](Database &db) {
        const StockTotals before = stockTotals(db);
        ImportRunner::Options options;
        options.savePresetAs = u"Mein Einkauf"_s;
        const ImportReport report = runImport(db, importFixture(u"purchases_de.csv"_s), options);
        CHECK(report.formatKey == u"purchases"_s);
        CHECK(report.imported == 5);
        REQUIRE(report.rejectedRows.size() == 2);
        CHECK(report.rejectedRows.at(0).line == 7);
        CHECK(report.rejectedRows.at(0).errorMessage.contains(u"Artikelnummer is missing"_s));
        CHECK(report.rejectedRows.at(1).line == 8);
        CHECK(report.rejectedRows.at(1).errorMessage.contains(u"EK Brutto \"abc\""_s));

        // By hand from the sheet: gross 2 × 119 + 214.20 + 2 × 95.20 + 180; net 2 × 100 + 180 + 2 × 80 + 180 (0 % VAT).
        const StockTotals after = stockTotals(db);
        CHECK(after.items - before.items == 5);
        CHECK(after.pairs - before.pairs == 6);
        CHECK(after.grossCostMinor - before.grossCostMinor == 82260);
        CHECK(after.netCostMinor - before.netCostMinor == 72000);

        const ImportReport again = runImport(db, importFixture(u"purchases_de.csv"_s));
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 5);
        CHECK(stockTotals(db).items == after.items);

        const auto preset = ImportPresetRepository(db).byName(u"Mein Einkauf"_s);
        REQUIRE(preset);
        REQUIRE(preset.value());
        CHECK(preset.value()->mapping.column(Field::GrossPrice) == u"EK Brutto"_s);
    });
}

TEST_CASE("Purchases: a mapping chosen by the operator / presets offered for the same header", "[db][imports]")
{
    onEachBackend([](Database &db) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"odd.csv"_s);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Code,Cost centre,Box\nDD1391-100,\"1.234,50\",10\nDZ5485-612,150,8.5W\n");
        file.close();

        // Nothing in this header says SKU or price: the format is not guessed and a forced one needs a mapping.
        CHECK(!ImportRunner(db).run(path, {}));
        ImportRunner::Options forced;
        forced.formatKey = u"purchases"_s;
        const auto unmapped = ImportRunner(db).preview(path, forced, 10);
        REQUIRE(unmapped);
        CHECK(unmapped.value().mappingProblem.contains(u"SKU"_s));
        CHECK(!ImportRunner(db).run(path, forced));

        ColumnMapping mapping;
        mapping.set(Field::Sku, u"Code"_s);
        mapping.set(Field::GrossPrice, u"Cost centre"_s);
        mapping.set(Field::Size, u"Box"_s);
        forced.mapping = mapping;
        forced.savePresetAs = u"Odd shop"_s;
        CHECK(runImport(db, path, forced).imported == 2);
        CHECK(stockTotals(db).grossCostMinor >= 138450);

        ImportRunner::Options again;
        again.formatKey = u"purchases"_s;
        const auto offered = ImportRunner(db).preview(path, again, 10);
        REQUIRE(offered);
        CHECK(offered.value().presetName == u"Odd shop"_s);
        CHECK(offered.value().mapping == mapping);
        CHECK(runImport(db, path, again).duplicates == 2);

        again.presetName = u"No such preset"_s;
        const auto missing = ImportRunner(db).run(path, again);
        REQUIRE(!missing);
        CHECK(missing.error().message.contains(u"No such preset"_s));
        mapping.set(Field::Notes, u"Comments"_s);
        again.presetName.clear();
        again.mapping = mapping;
        CHECK(ImportRunner(db).run(path, again).error().message.contains(u"\"Comments\""_s));
    });
}

TEST_CASE("Purchases: identical rows keep their keys when a refused row rolls their chunk back", "[db][imports]")
{
    onEachBackend([](Database &db) {
        // The pair stored on shelf B is refused, so the chunk is rolled back and stored row by row.
        refuseInserts(db, u"inventory.stock"_s, u"NEW.location = 'Regal B'"_s, u"shelf B is full"_s);
        const StockTotals before = stockTotals(db);
        const ImportReport report = runImport(db, importFixture(u"purchases_de.csv"_s));
        CHECK(report.imported == 4); // both identical Dunk rows among them
        CHECK(report.rejected == 3);
        CHECK(stockTotals(db).items - before.items == 4);

        stopRefusing(db, u"inventory.stock"_s);
        const ImportReport again = runImport(db, importFixture(u"purchases_de.csv"_s));
        CHECK(again.imported == 1); // the refused pair, now welcome
        CHECK(again.duplicates == 4);
        CHECK(stockTotals(db).items - before.items == 5);
    });
}
