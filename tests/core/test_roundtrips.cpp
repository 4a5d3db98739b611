// Team mode across a network (issue 17): held inserts (WriteBehind) keep every transaction's meaning, and
// a chunk of imported or synced rows costs a few round trips, counted at a proxy in front of PostgreSQL.
#include "catchqt.h"
#include "fixtures.h"
#include "importfixtures.h"
#include "latencyproxy.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/rowversion.h"
#include "db/savepoint.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "inventory/stockservice.h"
#include "sales/listingrepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"
#include "sync/stockx/stockxlistingsync.h"
#include "sync/stockx/stockxlistingwriter.h"
#include "sync/stockx/stockxordersync.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
qint64 count(const Database &db, const QString &table)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM "_s + table);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.integer(0);
}

Status hold(const Database &db, const QString &sql, const QList<std::pair<QString, QVariant>> &values,
            WriteBehind::Stage stage = WriteBehind::Stage::Rows)
{
    SqlQuery q(db, sql);
    for (const auto &[name, value] : values)
        q.bind(name, value);
    return q.execLater(stage);
}

void makeProbeTables(const Database &db)
{
    REQUIRE(execAll(db, {u"CREATE TABLE {{core.held_parent}} (id INTEGER PRIMARY KEY, label TEXT NOT NULL)"_s,
                         u"CREATE TABLE {{core.held_child}} (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                         "REFERENCES {{core.held_parent}} (id))"_s}));
}

Status parent(const Database &db, int id, const QString &label = u"p"_s)
{
    return hold(db, u"INSERT INTO {{core.held_parent}} (id, label) VALUES (:id, :label)"_s,
                {{u":id"_s, id}, {u":label"_s, label}});
}

Status child(const Database &db, int id, int parentId)
{
    return hold(db, u"INSERT INTO {{core.held_child}} (id, parent_id) VALUES (:id, :parent)"_s,
                {{u":id"_s, id}, {u":parent"_s, parentId}}, WriteBehind::Stage::Dependents);
}

// A fresh PostgreSQL test database reached through a proxy that adds no delay and counts round trips.
struct ProxiedPostgres {
    TestDatabase server{Backend::PostgreSQL};
    LatencyProxy proxy{QHostAddress(server.db().config().host), quint16(server.db().config().port), 0};
    Database db{throughProxy()};

    ProxiedPostgres() { REQUIRE(db.open()); }
    ~ProxiedPostgres() { db.releaseThreadConnection(); }
    DatabaseConfig throughProxy()
    {
        DatabaseConfig config = server.db().config();
        config.host = u"127.0.0.1"_s;
        config.port = proxy.port();
        return config;
    }
};

// A StockX report of `rows` sales over a few products and sizes, order numbers from `first` on.
QString writeReport(const QTemporaryDir &dir, int rows, int first)
{
    const QString path = dir.filePath(u"report_%1_%2.csv"_s.arg(rows).arg(first));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Order Number,Sale Date,Item,Sku Size,Style,Listing Price,Total Gross Amount (Total Payout)\n");
    const QStringList styles{u"DD1391-100"_s, u"555088-134"_s, u"HQ4540"_s, u"N/A"_s};
    const QStringList sizes{u"9"_s, u"10"_s, u"M"_s, u"12W / 10.5M"_s};
    for (int i = 0; i < rows; ++i)
        file.write(u"%1-%2,2024-03-01 14:05:09 +00,Model %3,%4,%5,120,103.30\n"_s.arg(first + i)
                       .arg(i % 7)
                       .arg(i % 4)
                       .arg(sizes.at(i % 4), styles.at(i % 4))
                       .toUtf8());
    return path;
}
} // namespace

TEST_CASE("Held inserts: read back in their transaction, gone with its rollback, refused at its commit", "[db]")
{
    onEachBackend([](Database &db) {
        makeProbeTables(db);
        {
            Transaction tx(db);
            REQUIRE(tx.begin());
            REQUIRE(parent(db, 1));
            REQUIRE(parent(db, 2));
            CHECK(count(db, u"{{core.held_parent}}"_s) == 2); // a read comes after what was held before it
            REQUIRE(parent(db, 3));
            REQUIRE(tx.commit());
        }
        CHECK(count(db, u"{{core.held_parent}}"_s) == 3);
        {
            Transaction tx(db);
            REQUIRE(tx.begin());
            REQUIRE(parent(db, 4));
        } // rolled back
        CHECK(count(db, u"{{core.held_parent}}"_s) == 3);
        {
            Transaction tx(db);
            REQUIRE(tx.begin());
            REQUIRE(parent(db, 5));
            const Status duplicate = parent(db, 1); // already there: refused when written (at once on SQLite)
            const Status committed = duplicate ? tx.commit() : duplicate;
            REQUIRE_FALSE(committed);
            CHECK_FALSE(committed.error().message.isEmpty());
        }
        CHECK(count(db, u"{{core.held_parent}}"_s) == 3); // row 5 went with the refused commit
        {
            Transaction tx(db);
            REQUIRE(tx.begin());
            REQUIRE(parent(db, 6));
            {
                Savepoint savepoint(db);
                REQUIRE(savepoint.begin());
                REQUIRE(parent(db, 7));
                REQUIRE(savepoint.rollback());
            }
            REQUIRE(tx.commit());
        }
        CHECK(count(db, u"{{core.held_parent}}"_s) == 4); // 6 kept, 7 undone with its savepoint
    });
}

TEST_CASE("Held inserts: a dependent row held before its parent is written after it", "[db]")
{
    onEachBackend([](Database &db) {
        makeProbeTables(db);
        Transaction tx(db);
        REQUIRE(tx.begin());
        REQUIRE(parent(db, 1));
        REQUIRE(child(db, 10, 1));
        REQUIRE(parent(db, 2)); // the parent group was opened first; the child group still comes later
        REQUIRE(child(db, 11, 2));
        REQUIRE(tx.commit());
        CHECK(count(db, u"{{core.held_child}}"_s) == 2);
    });
}

TEST_CASE("Imported sales in one chunk take the oldest unsold pairs one after another", "[import]")
{
    onEachBackend([](Database &db) {
        QTemporaryDir dir;
        // Three unsold pairs of the first product in size 9, bought on three days; two of its sales follow.
        const QString stockFile = writeReport(dir, 1, 100);
        REQUIRE(runImport(db, stockFile).imported == 1);
        SqlQuery product(db, u"SELECT product_id, size_id FROM {{inventory.stock}}"_s);
        REQUIRE(product.exec());
        REQUIRE(product.next());
        StockService stock(db);
        QList<StockItemId> bought;
        for (int day : {3, 1, 2}) {
            StockItem item;
            item.productId = product.id<ProductId>(0);
            item.sizeId = product.id<SizeId>(1);
            item.currency = u"EUR"_s;
            item.netPrice = Money(5000 + day, u"EUR"_s);
            item.purchaseDate = QDateTime(QDate(2024, 1, day), QTime(12, 0), Qt::UTC);
            const auto added = stock.addItem(item);
            REQUIRE(added);
            bought << added.value().id;
        }
        const QString path = dir.filePath(u"two.csv"_s);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Order Number,Sale Date,Item,Sku Size,Style,Listing Price,Total Gross Amount (Total Payout)\n"
                   "900-1,2024-03-01 14:05:09 +00,Model 0,9,DD1391-100,120,103.30\n"
                   "901-1,2024-03-02 14:05:09 +00,Model 0,9,DD1391-100,130,113.30\n"
                   "900-1,2024-03-01 14:05:09 +00,Model 0,9,DD1391-100,120,103.30\n");
        file.close();
        const ImportReport report = runImport(db, path);
        CHECK(report.imported == 2);
        CHECK(report.duplicates == 1);
        const auto stockx = MarketplaceRepository(db).findBySlug(u"stockx"_s);
        REQUIRE(stockx);
        REQUIRE(stockx.value());
        const auto first = OrderRepository(db).findByExternalId(stockx.value()->id, u"900-1"_s);
        REQUIRE(first);
        REQUIRE(first.value());
        CHECK(first.value()->itemId == bought.at(1)); // bought on the 1st
        const auto second = OrderRepository(db).findByExternalId(first.value()->marketplaceId, u"901-1"_s);
        REQUIRE(second);
        REQUIRE(second.value());
        CHECK(second.value()->itemId == bought.at(2)); // bought on the 2nd
        const auto left = stock.repository().get(bought.at(0));
        REQUIRE(left);
        CHECK(left.value()->status == ItemStatus::InStock);
    });
}

TEST_CASE("Team mode: an import costs a few round trips per chunk, not several per row", "[team][import]")
{
    if (!postgresAvailable())
        return;
    ProxiedPostgres server;
    LatencyProxy &proxy = server.proxy;
    Database &db = server.db;
    QTemporaryDir dir;
    constexpr int rows = 1200;
    const QString report = writeReport(dir, rows, 1000);

    int before = proxy.roundTrips();
    const ImportReport first = runImport(db, report);
    const int importTrips = proxy.roundTrips() - before;
    CHECK(first.imported == rows);
    before = proxy.roundTrips();
    const ImportReport again = runImport(db, report);
    const int againTrips = proxy.roundTrips() - before;
    CHECK(again.duplicates == rows);
    INFO("round trips: import " << importTrips << ", again " << againTrips << " for " << rows << " rows");
    // Per row the import used to ask several times (issue 17 measured about ten); now a 500-row chunk
    // asks a few dozen times (184 for these 1 200 rows when this was written).
    CHECK(importTrips < rows / 5);
    CHECK(againTrips < rows / 10);
    CHECK(count(db, u"{{sales.order}}"_s) == rows);
    CHECK(count(db, u"{{logging.event_store}} WHERE event_type = 'StockItemCreated'"_s) == rows);
}

TEST_CASE("Team mode: an orders sync costs a few round trips per page, not several per order", "[team][stockx]")
{
    if (!postgresAvailable())
        return;
    ProxiedPostgres server;
    LatencyProxy &proxy = server.proxy;
    Database &db = server.db;
    StockXFixture fx;
    constexpr int orders = 600;
    fx.emulator.market().seed(orders, 0, fx.emulator.now());
    auto client = fx.client();
    const int before = proxy.roundTrips();
    StockXOrderSync sync(db, *client);
    REQUIRE(StockXFixture::runToEnd(sync));
    const int trips = proxy.roundTrips() - before;
    CHECK(sync.run().counts.created == orders);
    CHECK(rowCount(db, u"sales.order"_s) == orders);
    CHECK(rowCount(db, u"logging.event_store"_s, u"WHERE event_type = 'OrderSynced'"_s) == orders);
    INFO("round trips: " << trips << " for " << orders << " orders");
    CHECK(trips < orders / 2); // 213 when this was written; several per order before
}

TEST_CASE("Team mode: a bulk edit costs a few round trips, and its one statement still checks every version",
          "[team][stock]")
{
    if (!postgresAvailable())
        return;
    ProxiedPostgres server;
    Database &db = server.db;
    const Product product = makeProduct(db, u"DD1391-100"_s, u"Dunk Low Panda"_s);
    QList<StockItem> pairs;
    for (int i = 0; i < 300; ++i) {
        StockItem item = makeItem(product.id, sizeId(db, u"US 9"_s), "100.00");
        item.id = StockItemId::create();
        item.version = 1;
        pairs << item;
    }
    REQUIRE(StockRepository(db).insertMany(pairs));
    QList<StockItemId> ids;
    for (const StockItem &pair : pairs)
        ids << pair.id;

    StockService stock(db);
    const int before = server.proxy.roundTrips();
    REQUIRE(stock.changeLocation(ids, u"Shelf B"_s));
    const int trips = server.proxy.roundTrips() - before;
    INFO("round trips: " << trips << " for " << ids.size() << " pairs");
    CHECK(trips < 20); // 600–900 when each pair was read and written on its own
    CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE location = 'Shelf B' AND version = 2"_s) == 300);
    CHECK(rowCount(db, u"logging.event_store"_s, u"WHERE event_type = 'StockItemUpdated'"_s) == 300);

    // Copies read at version 2; another operator saves one pair; the batch over all the copies is refused.
    const auto copies = stock.repository().getMany(ids.mid(0, 3));
    REQUIRE(copies);
    REQUIRE(copies.value().size() == 3);
    REQUIRE(stock.changeLocation({ids.at(1)}, u"Shelf C"_s));
    QList<StockItem> edited = copies.value();
    for (StockItem &item : edited)
        item.notes = u"checked"_s;
    Transaction tx(db);
    REQUIRE(tx.begin());
    const Status refused = stock.repository().updateMany(edited);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == rowversion::kStaleCode);
    CHECK(refused.error().message.contains(db.operatorName()));
}

TEST_CASE("Team mode: storing a repricing batch StockX confirmed costs a few round trips, not several per listing",
          "[team][stockx][pricing]")
{
    if (!postgresAvailable())
        return;
    ProxiedPostgres server;
    Database &db = server.db;
    StockXFixture fx;
    const emu::EmuProduct &stockx = fx.emulator.catalog().products().at(8);
    const Product product = makeProduct(db, stockx.styleId, stockx.title);
    QList<ListingDraft> drafts;
    for (int i = 0; i < 60; ++i) {
        const auto pair = StockRepository(db).create(makeItem(product.id, sizeId(db, u"US 9"_s), "100.00"));
        REQUIRE(pair);
        drafts.append({pair.value().id, Money::fromMajor(230, u"EUR"_s)});
    }
    auto client = fx.client();
    StockXListingWriter writer(db, *client);
    const auto run = [&](const std::function<void()> &start) {
        QSignalSpy finished(&writer, &StockXListingWriter::finished);
        start();
        if (finished.isEmpty())
            REQUIRE(finished.wait(60000));
        return finished.first().first().value<QList<ListingWriteResult>>();
    };
    QList<SeenListing> seen;
    for (const ListingWriteResult &result : run([&] { writer.create(drafts); })) {
        REQUIRE(!result.error);
        seen.append(result.listing);
    }
    const int before = server.proxy.roundTrips();
    for (const ListingWriteResult &result :
         run([&] { writer.change(StockXListingWriter::Action::Update, seen, Money::fromMajor(219, u"EUR"_s)); }))
        CHECK(!result.error);
    const int trips = server.proxy.roundTrips() - before;
    INFO("round trips: " << trips << " for " << seen.size() << " listings");
    CHECK(trips < 30); // about 6 per listing when each was stored in its own transaction
    CHECK(rowCount(db, u"sales.listing"_s, u"WHERE amount = 219 AND version = 2"_s) == 60);
    CHECK(rowCount(db, u"sales.pricing_history"_s, u"WHERE new_price = 219 AND old_price = 230"_s) == 60);
}

TEST_CASE("Team mode: a listings sync reads a page's stored listings together, not one by one", "[team][stockx]")
{
    if (!postgresAvailable())
        return;
    ProxiedPostgres server;
    Database &db = server.db;
    StockXFixture fx;
    constexpr int listings = 300;
    fx.emulator.market().seed(0, listings, fx.emulator.now());
    auto client = fx.client();
    {
        StockXListingSync first(db, *client);
        REQUIRE(StockXFixture::runToEnd(first));
        REQUIRE(first.run().counts.created == listings);
    }
    const int before = server.proxy.roundTrips();
    StockXListingSync again(db, *client);
    REQUIRE(StockXFixture::runToEnd(again));
    const int trips = server.proxy.roundTrips() - before;
    CHECK(again.run().counts.unchanged == listings);
    CHECK(rowCount(db, u"sales.listing"_s) == listings);
    INFO("round trips: " << trips << " for " << listings << " unchanged listings");
    CHECK(trips < listings / 5); // one lookup per listing before
}
