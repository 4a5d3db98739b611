#include "catchqt.h"
#include "fixtures.h"
#include "importfixtures.h"
#include "testdatabase.h"

#include "catalog/productrepository.h"
#include "catalog/sizerepository.h"
#include "db/sqlquery.h"
#include "imports/importbatchrepository.h"
#include "imports/importrunner.h"
#include "imports/importsecrets.h"
#include "inventory/stockrepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"
#include "secrets/memorysecretstore.h"
#include "suppliers/supplieraccountrepository.h"
#include "suppliers/supplierrepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
Order stockXOrder(const Database &db, const QString &number)
{
    const auto stockx = MarketplaceRepository(db).findBySlug(u"stockx"_s);
    REQUIRE(stockx);
    const auto order = OrderRepository(db).findByExternalId(stockx.value()->id, number);
    REQUIRE(order);
    REQUIRE(order.value());
    return *order.value();
}

qint64 stockCount(const Database &db)
{
    const auto totals = StockRepository(db).totals(StockQuery{});
    REQUIRE(totals);
    return totals.value().items;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

TEST_CASE("StockX sales report: each row is one order and the totals match the file to the cent", "[db][imports]")
{
    onEachBackend([](Database &db) {
        // A pair already in stock: the first Panda sale in size 10 must take it, the second one cannot.
        const Product panda = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
        StockItem owned = makeItem(panda.id, sizeId(db, u"10"_s), "95.20", QDate(2024, 1, 10));
        owned = StockRepository(db).create(owned).value();

        const ImportReport report = runImport(db, importFixture(u"stockx_sales.csv"_s));
        CHECK(report.formatKey == u"stockx-sales"_s);
        CHECK(report.imported == 8);
        CHECK(report.rejected == 0);
        CHECK(report.batch.status == u"completed"_s);

        // Independently summed from the fixture: listing prices, payouts, and payouts minus the one known cost.
        const auto totals = OrderRepository(db).totals(u"EUR"_s);
        REQUIRE(totals);
        CHECK(totals.value().orders == 8);
        CHECK(totals.value().gross == eur("967.50"));
        CHECK(totals.value().fees == eur("124.37"));
        CHECK(totals.value().netProceeds == eur("843.13"));
        CHECK(totals.value().netProfit == eur("763.13"));

        const Order first = stockXOrder(db, u"70010001-70010001"_s);
        CHECK(first.itemId == owned.id);
        CHECK(first.financials.netProfit == eur("23.30"));
        CHECK(first.financials.shelfLifeDays == 51);
        CHECK(first.payoutReceived);
        CHECK(first.soldAt == QDateTime(QDate(2024, 3, 1), QTime(14, 5, 9), Qt::UTC));
        CHECK(StockRepository(db).get(owned.id).value()->status == ItemStatus::Sold);

        // The un-itemised seller fee becomes "other fees", so net proceeds equal the payout.
        const Order unitemised = stockXOrder(db, u"70010007-70010007"_s);
        CHECK(unitemised.sellerFee == eur("0.00"));
        CHECK(unitemised.otherFees == eur("8.85"));
        CHECK(unitemised.financials.netProceeds == eur("78.30"));
        CHECK(!stockXOrder(db, u"70010004-70010004"_s).payoutReceived);
        CHECK(stockXOrder(db, u"70010002-70010002"_s).shippingFee == eur("-0.05"));

        const auto second = StockRepository(db).get(stockXOrder(db, u"70010008-70010008"_s).itemId);
        REQUIRE(second.value());
        CHECK(second.value()->createdByImport);
        CHECK(second.value()->status == ItemStatus::Sold);
        CHECK(second.value()->id != owned.id);

        // Products come from style codes with the brand the item name names; no placeholders.
        ProductRepository products(db);
        const auto jordan = products.findBySku(u"DZ5485-612"_s);
        REQUIRE(jordan.value());
        CHECK(jordan.value()->name == u"Jordan 1 Retro High OG Chicago Lost and Found"_s);
        const auto hoodie = products.findBySku(u"SUPREME BOX LOGO HOODED SWEATSHIRT BLACK"_s);
        REQUIRE(hoodie.value());
        CHECK(hoodie.value()->styleCode.isEmpty());

        // Every row is on record with its source; private addresses are not.
        const auto records = ImportBatchRepository(db).records(report.batch.id);
        REQUIRE(records);
        REQUIRE(records.value().size() == 8);
        const ImportRecord &jordanRow = records.value().at(2);
        CHECK(jordanRow.line == 6);
        CHECK(jordanRow.sourceData.value(u"Sku Name"_s).toString() ==
              u"Air Jordan 1 Retro High OG\n\"Lost & Found\""_s);
        CHECK(!jordanRow.sourceData.contains(u"Seller Address (Billing)"_s));
        CHECK(jordanRow.processedData.value(u"size"_s).toString() == u"8.5W"_s);
    });
}

TEST_CASE("StockX sales report: importing again adds nothing and a newer export updates", "[db][imports]")
{
    onEachBackend([](Database &db) {
        runImport(db, importFixture(u"stockx_sales.csv"_s));
        const qint64 items = stockCount(db);

        const ImportReport again = runImport(db, importFixture(u"stockx_sales.csv"_s));
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 8);
        CHECK(stockCount(db) == items);
        CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 8);

        // Overlaps the first export: order 4 has been paid out since and order 9 is new.
        const ImportReport newer = runImport(db, importFixture(u"stockx_sales_newer.csv"_s));
        CHECK(newer.imported == 1);
        CHECK(newer.updated == 1);
        CHECK(newer.duplicates == 4);
        CHECK(stockXOrder(db, u"70010004-70010004"_s).payoutReceived);
        CHECK(stockCount(db) == items + 1);
        CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 9);
    });
}

TEST_CASE("StockX sales report: broken rows are reported by line and the others land", "[db][imports]")
{
    onEachBackend([](Database &db) {
        const ImportReport report = runImport(db, importFixture(u"stockx_sales_broken.csv"_s));
        CHECK(report.imported == 3);
        CHECK(report.rejected == 5);
        REQUIRE(report.rejectedRows.size() == 5);
        const QList<std::pair<qint64, QString>> expected{{4, u"Order Number is missing"_s},
                                                         {6, u"Sale Date \"31.02.2024 99:00\" is not a date"_s},
                                                         {8, u"Listing Price \"12O\" is not an amount"_s},
                                                         {12, u"Seller Fee is in USD"_s},
                                                         {16, u"never closed"_s}};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            INFO(report.rejectedRows.at(i).errorMessage.toStdString());
            CHECK(report.rejectedRows.at(i).line == expected.at(i).first);
            CHECK(report.rejectedRows.at(i).errorMessage.contains(expected.at(i).second));
        }
        CHECK(stockXOrder(db, u"71000007-71000007"_s).financials.netProceeds == eur("113.30"));
        const auto errors = ImportBatchRepository(db).records(report.batch.id, u"error"_s);
        REQUIRE(errors);
        CHECK(errors.value().size() == 5);
        const auto batches = ImportBatchRepository(db).recent(1);
        REQUIRE(batches);
        CHECK(batches.value().at(0).errorRecords == 5);
        CHECK(batches.value().at(0).processedRecords == 3);
        // A size no rule fits is kept as written, unclassified, for the operator to map.
        const auto unclassified = SizeRepository(db).find(u"TEXT"_s, u"Size 44 Tall"_s);
        REQUIRE(unclassified);
        CHECK(unclassified.value());
    });
}

TEST_CASE("Imports: a dry run stores nothing / a cancelled run keeps whole chunks and resumes", "[db][imports]")
{
    onEachBackend([](Database &db) {
        const qint64 items = stockCount(db);
        ImportRunner::Options dry;
        dry.dryRun = true;
        const ImportReport preview = runImport(db, importFixture(u"stockx_sales.csv"_s), dry);
        CHECK(preview.imported == 8);
        CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 0);
        CHECK(stockCount(db) == items);
        CHECK(ImportBatchRepository(db).recent(5).value().isEmpty());

        ImportRunner::Options chunked;
        chunked.chunkSize = 3;
        std::atomic_bool cancel = false;
        const auto cancelled = ImportRunner(db).run(importFixture(u"stockx_sales.csv"_s), chunked, &cancel,
                                                    [&](qint64, qint64, const ImportReport &) { cancel = true; });
        REQUIRE(cancelled);
        CHECK(cancelled.value().cancelled);
        CHECK(cancelled.value().imported == 3);
        CHECK(cancelled.value().batch.status == u"cancelled"_s);
        CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 3);

        const ImportReport resumed = runImport(db, importFixture(u"stockx_sales.csv"_s), chunked);
        CHECK(resumed.duplicates == 3);
        CHECK(resumed.imported == 5);
        CHECK(OrderRepository(db).totals(u"EUR"_s).value().netProceeds == eur("843.13"));
    });
}

TEST_CASE("Imports: a row the database refuses is rejected alone and its chunk still lands", "[db][imports]")
{
    onEachBackend([](Database &db) {
        refuseInserts(db, u"sales.order"_s, u"NEW.external_id = '70010003-70010003'"_s, u"order refused by test"_s);
        const ImportReport report = runImport(db, importFixture(u"stockx_sales.csv"_s));
        CHECK(report.imported == 7);
        CHECK(report.rejected == 1);
        REQUIRE(report.rejectedRows.size() == 1);
        CHECK(report.rejectedRows.at(0).line == 6);
        CHECK(report.rejectedRows.at(0).errorMessage.contains(u"order refused by test"_s));
        CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 7);
        // The refused row's product was rolled back with it, so nothing points at a missing row.
        CHECK(!ProductRepository(db).findBySku(u"DZ5485-612"_s).value());
        const auto records = ImportBatchRepository(db).records(report.batch.id);
        REQUIRE(records);
        CHECK(records.value().size() == 8);
    });
}

TEST_CASE("Imports: files that cannot be imported say why", "[db][imports]")
{
    onEachBackend([](Database &db) {
        QTemporaryDir dir;
        auto errorFor = [&](const QByteArray &content, const QString &format = {}) {
            const QString path = dir.filePath(u"file.csv"_s);
            writeFile(path, content);
            ImportRunner::Options options;
            options.formatKey = format;
            const auto report = ImportRunner(db).run(path, options);
            REQUIRE(!report);
            return report.error().message;
        };
        CHECK(errorFor({}).contains(u"empty"_s));
        CHECK(errorFor("Name,Price\nDunk,100\n").contains(u"does not recognise"_s));
        CHECK(errorFor("Order Number,Item\n1,Dunk\n", u"stockx-sales"_s).contains(u"Sale Date, Listing Price"_s));
        CHECK(errorFor("a,b\n", u"ebay-magic"_s).contains(u"no import format"_s));
        CHECK(!ImportRunner(db).run(dir.filePath(u"missing.csv"_s), {}));

        // A header-only file is a valid, empty import.
        writeFile(dir.filePath(u"header.csv"_s), "Order Number,Sale Date,Item,Listing Price\r\n");
        const ImportReport empty = runImport(db, dir.filePath(u"header.csv"_s));
        CHECK(empty.rows() == 0);
        CHECK(empty.batch.status == u"completed"_s);
    });
}

TEST_CASE("Alias export: orders in dollars with day-first dates / duplicates skipped", "[db][imports]")
{
    onEachBackend([](Database &db) {
        const ImportReport report = runImport(db, importFixture(u"alias_sales.csv"_s));
        CHECK(report.formatKey == u"alias-sales"_s);
        CHECK(report.imported == 4);
        CHECK(report.rejected == 2);
        REQUIRE(report.rejectedRows.size() == 2);
        CHECK(report.rejectedRows.at(0).line == 6);
        CHECK(report.rejectedRows.at(1).errorMessage.contains(u"CREDIT_DATE"_s));

        const auto totals = OrderRepository(db).totals(u"USD"_s);
        REQUIRE(totals);
        CHECK(totals.value().orders == 4);
        CHECK(totals.value().gross == Money(52850, u"USD"_s));
        CHECK(totals.value().fees.isZero());

        const auto alias = MarketplaceRepository(db).findBySlug(u"alias"_s).value();
        const auto jordan = OrderRepository(db).findByExternalId(alias->id, u"551200001"_s).value();
        REQUIRE(jordan);
        CHECK(jordan->soldAt.date() == QDate(2024, 3, 9));
        CHECK(jordan->payoutDate.date() == QDate(2024, 3, 14));
        CHECK(jordan->currency == u"USD"_s);
        const auto newBalance = OrderRepository(db).findByExternalId(alias->id, u"551200003"_s).value();
        REQUIRE(newBalance);
        CHECK(newBalance->soldAt.date() == QDate(2024, 5, 15)); // no purchase date: the credit date

        CHECK(runImport(db, importFixture(u"alias_sales.csv"_s)).duplicates == 4);
        CHECK(OrderRepository(db).totals(u"USD"_s).value().orders == 4);
    });
}

TEST_CASE("Sales sheet: German dates and decimal commas in Windows-1252 / costs and fees from the sheet",
          "[db][imports]")
{
    onEachBackend([](Database &db) {
        const ImportReport report = runImport(db, importFixture(u"sales_sheet_de.csv"_s));
        CHECK(report.formatKey == u"manual-sales"_s);
        CHECK(report.dialect.encoding == TextEncoding::Windows1252);
        CHECK(report.dialect.delimiter == u';');
        CHECK(report.imported == 3);
        REQUIRE(report.rejectedRows.size() == 2);
        CHECK(report.rejectedRows.at(0).line == 5);
        CHECK(report.rejectedRows.at(0).errorMessage.contains(u"31.04.2024"_s));
        CHECK(report.rejectedRows.at(1).line == 6);

        // Summed by hand from the sheet: sales 180 + 260 + 140, cuts 24.50 + 0 + 20, net buys 100 + 180 + 80.
        const auto totals = OrderRepository(db).totals(u"EUR"_s);
        REQUIRE(totals);
        CHECK(totals.value().orders == 3);
        CHECK(totals.value().gross == eur("580.00"));
        CHECK(totals.value().fees == eur("44.50"));
        CHECK(totals.value().netProceeds == eur("535.50"));
        CHECK(totals.value().netProfit == eur("175.50"));

        const auto manual = MarketplaceRepository(db).findBySlug(u"manual"_s);
        REQUIRE(manual.value()); // created for the rows without a platform
        StockQuery query;
        query.text = u"IE0421"_s;
        const auto samba = StockRepository(db).fetchPage(query, std::nullopt, 10);
        REQUIRE(samba);
        REQUIRE(samba.value().rows.size() == 1);
        CHECK(samba.value().rows.at(0).item.grossPrice == eur("95.20"));
        CHECK(samba.value().rows.at(0).item.netPrice == eur("80.00"));
        CHECK(samba.value().rows.at(0).sizeLabel == u"EU 40"_s);

        const ImportReport again = runImport(db, importFixture(u"sales_sheet_de.csv"_s));
        CHECK(again.duplicates == 3);
        CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 3);
    });
}

TEST_CASE("Supplier accounts: passwords go to the SecretStore and nowhere else / emails deduplicated", "[db][imports]")
{
    onEachBackend([](Database &db) {
        const ImportReport report = runImport(db, importFixture(u"supplier_accounts.csv"_s));
        CHECK(report.formatKey == u"supplier-accounts"_s);
        CHECK(report.imported == 3);
        CHECK(report.duplicates == 1); // the same email in capitals
        REQUIRE(report.rejectedRows.size() == 1);
        CHECK(report.rejectedRows.at(0).line == 4);
        CHECK(!report.rejectedRows.at(0).sourceData.contains(u"PASSWORD"_s));

        const auto footlocker = SupplierRepository(db).findByName(u"Footlocker"_s).value();
        REQUIRE(footlocker);
        const auto accounts = SupplierAccountRepository(db).forSupplier(footlocker->id);
        REQUIRE(accounts);
        REQUIRE(accounts.value().size() == 2);
        const SupplierAccount &anna = accounts.value().at(0);
        CHECK(anna.email == u"anna.example@example.com"_s);
        CHECK(anna.city == u"Berlin"_s);

        // Anna twice (password and proxy, then the password again from her duplicate row) and Ben.
        QHash<QString, QString> secrets;
        for (const auto &[key, value] : report.secrets)
            secrets.insert(key, value);
        CHECK(secrets.value(anna.passwordKey()) == u"s3cret-Pa55!"_s);
        CHECK(secrets.value(anna.proxyKey()) == u"10.0.0.1:8080:user:pw"_s);
        CHECK(secrets.value(accounts.value().at(1).passwordKey()) == u"pa,ss\"word"_s);

        // Not in the import records, not anywhere in the database.
        const auto records = ImportBatchRepository(db).records(report.batch.id);
        REQUIRE(records);
        for (const ImportRecord &record : records.value()) {
            CHECK(!record.sourceData.contains(u"PASSWORD"_s));
            CHECK(!record.sourceData.contains(u"CC_NUMBER"_s));
            CHECK(!record.sourceData.contains(u"CVV"_s));
        }
        SqlQuery q(db, u"SELECT COUNT(*) FROM {{integration.import_records}} WHERE CAST(source_data AS TEXT) LIKE "
                       "'%s3cret%' OR CAST(processed_data AS TEXT) LIKE '%s3cret%' OR CAST(source_data AS TEXT) LIKE "
                       "'%4111111111111111%'"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.integer(0) == 0);

        MemorySecretStore store;
        std::optional<std::pair<int, std::optional<Error>>> outcome;
        storeImportSecrets(store, report.secrets,
                           [&](int stored, std::optional<Error> error) { outcome = std::pair(stored, error); });
        REQUIRE(outcome);
        CHECK(outcome->first == 4);
        CHECK(!outcome->second);
        std::optional<Result<QString>> read;
        store.read(anna.passwordKey(), [&](Result<QString> value) { read = value; });
        REQUIRE(read);
        REQUIRE(bool(*read));
        CHECK(read->value() == u"s3cret-Pa55!"_s);

        ImportRunner::Options dry;
        dry.dryRun = true;
        CHECK(runImport(db, importFixture(u"supplier_accounts.csv"_s), dry).secrets.isEmpty());
        const ImportReport again = runImport(db, importFixture(u"supplier_accounts.csv"_s));
        CHECK(again.imported == 0);
        CHECK(again.duplicates == 4);
    });
}

TEST_CASE("Notion export: unsold pairs become stock / sold ones orders with recomputed profit / a later export sells "
          "the same pair",
          "[db][imports]")
{
    onEachBackend([](Database &db) {
        const qint64 itemsBefore = stockCount(db);
        const ImportReport report = runImport(db, importFixture(u"notion_inventory.csv"_s));
        CHECK(report.formatKey == u"notion-inventory"_s);
        CHECK(report.dialect.hasBom);
        CHECK(report.imported == 4);
        REQUIRE(report.rejectedRows.size() == 2);
        CHECK(report.rejectedRows.at(0).errorMessage.contains(u"before Buy Date"_s));
        CHECK(report.rejectedRows.at(1).errorMessage.contains(u"SKU is missing"_s));
        CHECK(stockCount(db) == itemsBefore + 4);

        // By hand: sales 250 + 200, cuts 44.81 + 0, net buys 102 / 1.19 = 85.71 and 180 (no VAT).
        const auto totals = OrderRepository(db).totals(u"EUR"_s);
        REQUIRE(totals);
        CHECK(totals.value().orders == 2);
        CHECK(totals.value().gross == eur("450.00"));
        CHECK(totals.value().fees == eur("44.81"));
        CHECK(totals.value().netProfit == eur("139.48"));
        const auto kleinanzeigen = MarketplaceRepository(db).findBySlug(u"kleinanzeigen"_s).value();
        const auto yeezy = OrderRepository(db).findByExternalId(kleinanzeigen->id, u"S-102"_s).value();
        REQUIRE(yeezy);
        CHECK(yeezy->financials.shelfLifeDays == 21);
        CHECK(yeezy->payoutReceived);

        StockQuery inStock;
        inStock.statuses = {ItemStatus::InStock};
        CHECK(StockRepository(db).totals(inStock).value().items == 2);
        CHECK(StockRepository(db).totals(inStock).value().netCostMinor == 40000);

        // The second Panda has been sold since: it is sold, not added again.
        const ImportReport later = runImport(db, importFixture(u"notion_inventory_later.csv"_s));
        CHECK(later.imported == 1);
        CHECK(later.duplicates == 3);
        CHECK(stockCount(db) == itemsBefore + 4);
        CHECK(StockRepository(db).totals(inStock).value().items == 1);
        CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 3);
        CHECK(runImport(db, importFixture(u"notion_inventory_later.csv"_s)).duplicates == 4);
    });
}

TEST_CASE("Imports: a dropped PostgreSQL connection stops the run / keeps what was stored / a retry adds the rest once",
          "[db][imports]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    qint64 backend = 0;
    {
        SqlQuery pid(db, u"SELECT pg_backend_pid()"_s);
        REQUIRE(pid.exec());
        REQUIRE(pid.next());
        backend = pid.integer(0);
    }
    Database admin(*postgresConfig());
    REQUIRE(admin.open());

    // The server goes away after the first chunk of three rows was committed.
    ImportRunner::Options options;
    options.chunkSize = 3;
    bool killed = false;
    const auto run = ImportRunner(db).run(importFixture(u"stockx_sales.csv"_s), options, nullptr,
                                          [&](qint64, qint64, const ImportReport &) {
                                              if (std::exchange(killed, true))
                                                  return;
                                              SqlQuery kill(admin, u"SELECT pg_terminate_backend(:pid)"_s);
                                              kill.bind(u":pid"_s, backend);
                                              REQUIRE(kill.exec());
                                          });
    REQUIRE(!run);
    CHECK(run.error().code == u"db.connection_lost"_s);
    CHECK(run.error().message.contains(u"stopped after 3 rows (they are stored)"_s));

    CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 3); // reconnects by itself
    const ImportReport retry = runImport(db, importFixture(u"stockx_sales.csv"_s));
    CHECK(retry.duplicates == 3);
    CHECK(retry.imported == 5);
    CHECK(OrderRepository(db).totals(u"EUR"_s).value().netProceeds == eur("843.13"));
}

namespace {
QString writeTemporaryCsv(QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

bool anyRecordContains(const Database &db, const QUuid &batch, const QString &text)
{
    const auto records = ImportBatchRepository(db).records(batch);
    REQUIRE(records);
    for (const ImportRecord &record : records.value())
        if (QString::fromUtf8(QJsonDocument(record.sourceData).toJson()).contains(text))
            return true;
    return false;
}
} // namespace

TEST_CASE("Supplier accounts: a row that cannot be split keeps only its line and reason, never its fields",
          "[db][imports]")
{
    onEachBackend([](Database &db) {
        QTemporaryDir dir;
        const QString path = writeTemporaryCsv(
            dir, u"accounts.csv"_s,
            "EMAIL,FIRST_NAME,LAST_NAME,ADDRESS_LINE_1,ADDRESS_LINE_2,CITY,ZIP_CODE,STATE_CODE,COUNTRY_CODE,"
            "PHONE_NUMBER,BROWSER,LISTNAME,PASSWORD,PROXY,CC_NUMBER,CVV\n"
            "dana@example.com,Dana,Example,Weg 3,,Köln,50667,NW,DE,,Chrome,Snipes,fine-Pa55,,,\n"
            // A comma in the password without quotes: every field after it moves one column on.
            "eve@example.com,Eve,Example,Weg 4,,Köln,50667,NW,DE,,Chrome,Snipes,hunter2,shifted,,4000123412341234,999\n"
            // An unclosed quote swallows the rest of the file.
            "fay@example.com,Fay,Example,\"Weg 5,,Köln,50667,NW,DE,,Chrome,Snipes,s3cr3t-F4y,,5500000000000004,321\n");
        const ImportReport report = runImport(db, path);
        CHECK(report.imported == 1);
        CHECK(report.rejected == 2);
        for (const QString &secret : {u"hunter2"_s, u"shifted"_s, u"4000123412341234"_s, u"s3cr3t-F4y"_s,
                                      u"5500000000000004"_s, u"fine-Pa55"_s})
            CHECK_FALSE(anyRecordContains(db, report.batch.id, secret));
        REQUIRE(report.rejectedRows.size() == 2);
        for (const ImportRecord &row : report.rejectedRows) {
            CHECK(row.sourceData.isEmpty());
            CHECK(row.line > 1);
            CHECK(!row.errorMessage.isEmpty());
        }
    });
}

TEST_CASE("Imports: a field that swallowed the file is cut in the import record", "[db][imports]")
{
    onEachBackend([](Database &db) {
        QTemporaryDir dir;
        QByteArray content = "SKU,Sale Date,Status,Sale Price\n"
                             "DD1391-100,\"2024-03-01,sold,100\n";
        content += QByteArray(5000, 'x') + "\n";
        const ImportReport report = runImport(db, writeTemporaryCsv(dir, u"sales.csv"_s, content));
        REQUIRE(report.rejectedRows.size() == 1);
        CHECK(!report.rejectedRows.first().sourceData.isEmpty());
        for (const QJsonValue &value : report.rejectedRows.first().sourceData)
            CHECK(value.toString().size() < CsvColumns::kLongestKeptField + 40);
    });
}
