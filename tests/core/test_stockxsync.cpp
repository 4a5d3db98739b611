#include "catchqt.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "fixtures.h"
#include "importfixtures.h"

#include "catalog/productrepository.h"
#include "catalog/productvariantrepository.h"
#include "db/sqlquery.h"
#include "inventory/stockrepository.h"
#include "inventory/stockservice.h"
#include "pricing/marketpricerepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"
#include "sync/stockx/stockxcatalogsync.h"
#include "sync/stockx/stockxlistingsync.h"
#include "sync/stockx/stockxordersync.h"
#include "sync/synclock.h"
#include "sync/syncrunrepository.h"

#include <QSignalSpy>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
// What StockX pays for the seeded orders, worked out from the emulator's own data: the sale price
// less 9 % transaction fee, 3 % payment processing and 5.00 shipping, each rounded to the cent.
qint64 expectedPayoutCents(emu::StockXEmulator &emulator)
{
    qint64 total = 0;
    for (bool active : {true, false})
        for (const emu::EmuOrder *o : emulator.market().orders(active, {}, {}, {}))
            total += o->amount - (o->amount * 9 + 50) / 100 - (o->amount * 3 + 50) / 100 - 500;
    return total;
}

Order stockXOrder(const Database &db, const QString &number)
{
    const auto stockx = MarketplaceRepository(db).findBySlug(u"stockx"_s);
    REQUIRE(stockx);
    const auto order = OrderRepository(db).findByExternalId(stockx.value()->id, number);
    REQUIRE(order);
    REQUIRE(order.value());
    return *order.value();
}
} // namespace

TEST_CASE("StockX orders sync: every order lands once with the payout to the cent / a rerun adds nothing",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(250, 0, fx.emulator.now());
        auto client = fx.client();
        StockXOrderSync first(db, *client);
        REQUIRE(StockXFixture::runToEnd(first));
        CHECK(first.run().status == u"completed"_s);
        CHECK(first.run().counts.created == 250);
        CHECK(rowCount(db, u"sales.order"_s) == 250);
        CHECK(sumCents(db, u"sales.order"_s, u"net_proceeds"_s) == expectedPayoutCents(fx.emulator));
        CHECK(rowCount(db, u"logging.event_store"_s, u"WHERE event_type = 'OrderSynced'"_s) == 250);
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE status = 'sold'"_s) == 250);

        StockXOrderSync again(db, *client);
        REQUIRE(StockXFixture::runToEnd(again));
        CHECK(again.run().status == u"completed"_s);
        CHECK(again.run().counts.created == 0);
        CHECK(again.run().counts.updated == 0);
        CHECK(rowCount(db, u"sales.order"_s) == 250);
        // The rerun asks for the history from the oldest order still open, not for three years again.
        CHECK(again.run().rangeFrom > first.run().rangeFrom);
    });
}

TEST_CASE("StockX orders sync: a sale on StockX takes the listed pair and follows its order to the payout",
          "[db][stockx]")
{
    TestDatabase test(Backend::SQLite);
    Database &db = test.db();
    StockXFixture fx;
    fx.emulator.market().seed(0, 3, fx.emulator.now());
    const auto listings = fx.emulator.market().listings({u"ACTIVE"_s}, {}, {}, false, fx.emulator.now());
    REQUIRE(!listings.isEmpty());
    const auto sold = fx.emulator.market().sell(listings.first()->listingId, fx.emulator.now());
    REQUIRE(sold);
    auto client = fx.client();
    StockXOrderSync sync(db, *client);
    REQUIRE(StockXFixture::runToEnd(sync));
    Order order = stockXOrder(db, sold->orderNumber);
    CHECK(order.status == OrderStatus::Pending);
    CHECK(order.platformStatus == u"CREATED"_s);
    CHECK_FALSE(order.payoutReceived);

    for (int step = 0; step < 7; ++step)
        REQUIRE(fx.emulator.market().advance(sold->orderNumber, {}, fx.emulator.now()));
    StockXOrderSync later(db, *client);
    REQUIRE(StockXFixture::runToEnd(later));
    CHECK(later.run().counts.updated == 1);
    order = stockXOrder(db, sold->orderNumber);
    CHECK(order.status == OrderStatus::Completed);
    CHECK(order.platformStatus == u"COMPLETED"_s);
    CHECK(order.payoutReceived);
    CHECK(rowCount(db, u"logging.event_store"_s, u"WHERE event_type = 'OrderChanged'"_s) == 1);
    CHECK(rowCount(db, u"sales.order"_s) == 1);
}

TEST_CASE("StockX client: 500 503 429 hangs and broken bodies are retried and the sync completes", "[db][stockx]")
{
    TestDatabase test(Backend::SQLite);
    Database &db = test.db();
    StockXFixture fx;
    fx.emulator.market().seed(120, 0, fx.emulator.now());
    fx.emulator.injectFault(emu::Fault::ServerError, 1, u"/v2/selling/orders/history"_s);
    fx.emulator.injectFault(emu::Fault::Unavailable, 1, u"/v2/selling/orders/history"_s);
    fx.emulator.injectFault(emu::Fault::TooManyRequests, 1, u"/v2/selling/orders/active"_s);
    fx.emulator.injectFault(emu::Fault::Hang, 1, u"/v2/selling/orders/active"_s);
    fx.emulator.injectFault(emu::Fault::Truncated, 1, u"/v2/selling/orders/history"_s);
    auto client = fx.client();
    StockXOrderSync sync(db, *client);
    REQUIRE(StockXFixture::runToEnd(sync));
    CHECK(sync.run().status == u"completed"_s);
    CHECK(client->retries() == 5);
    CHECK(rowCount(db, u"sales.order"_s) == 120);
}

TEST_CASE("StockX orders sync: a failure keeps the stored pages / the rerun resumes after them without duplicates",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(350, 0, fx.emulator.now());
        auto client = fx.client();
        // Page 2 of the history stays broken for every attempt.
        fx.emulator.clearRequests();
        StockXOrderSync failing(db, *client);
        QObject::connect(client.get(), &StockXClient::retrying, [] {});
        int historyPages = 0;
        bool injected = false;
        QObject::connect(&failing, &StockXSyncJob::progress, [&](const SyncProgress &p) {
            historyPages = p.pagesDone;
            if (p.pagesDone == 2 && !injected) {
                injected = true;
                fx.emulator.injectFault(emu::Fault::Malformed, fx.maxAttempts, u"/v2/selling/orders/history"_s);
            }
        });
        REQUIRE(StockXFixture::runToEnd(failing));
        CHECK(failing.run().status == u"failed"_s);
        CHECK(failing.lastError().code == u"stockx.bad_json"_s);
        CHECK(historyPages == 2);
        const qint64 kept = rowCount(db, u"sales.order"_s);
        CHECK(kept > 0);
        CHECK(kept < 350);

        fx.emulator.clearRequests();
        StockXOrderSync resumed(db, *client);
        REQUIRE(StockXFixture::runToEnd(resumed));
        CHECK(resumed.run().status == u"completed"_s);
        CHECK(rowCount(db, u"sales.order"_s) == 350);
        CHECK(resumed.run().counts.created == 350 - kept);
        // It started at the page after the stored ones: the first request is history page 2.
        REQUIRE(!fx.emulator.requests().isEmpty());
        CHECK(fx.emulator.requests().first().path == u"/v2/selling/orders/history"_s);
    });
}

TEST_CASE("StockX orders sync: pages are stored ten at a time / a failure stores the pages fetched before it",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(1500, 0, fx.emulator.now());
        auto client = fx.client();
        StockXOrderSync failing(db, *client);
        qint64 storedAtTen = -1;
        bool injected = false;
        QObject::connect(&failing, &StockXSyncJob::progress, [&](const SyncProgress &p) {
            if (p.pagesDone == 10 && storedAtTen < 0)
                storedAtTen = rowCount(db, u"sales.order"_s); // the tenth page is fetched, not stored yet
            if (p.pagesDone == 13 && !injected) {
                injected = true;
                fx.emulator.injectFault(emu::Fault::ServerError, fx.maxAttempts, u"/v2/selling/orders/history"_s);
            }
        });
        REQUIRE(StockXFixture::runToEnd(failing));
        CHECK(failing.run().status == u"failed"_s);
        CHECK(storedAtTen == 0);
        CHECK(failing.run().pages == 13);
        const qint64 kept = rowCount(db, u"sales.order"_s);
        CHECK(kept >= 1200);

        StockXOrderSync resumed(db, *client);
        REQUIRE(StockXFixture::runToEnd(resumed));
        CHECK(resumed.run().status == u"completed"_s);
        CHECK(rowCount(db, u"sales.order"_s) == 1500);
        CHECK(resumed.run().counts.created == 1500 - kept);
    });
}

TEST_CASE("StockX mapping: money as numbers and unknown statuses are stored with the raw word", "[db][stockx]")
{
    TestDatabase test(Backend::SQLite);
    Database &db = test.db();
    StockXFixture fx;
    fx.emulator.market().seed(30, 0, fx.emulator.now());
    fx.emulator.market().moneyAsNumbers = true;
    fx.emulator.market().unknownStatuses = true;
    auto client = fx.client();
    StockXOrderSync sync(db, *client);
    REQUIRE(StockXFixture::runToEnd(sync));
    CHECK(sync.run().status == u"completed"_s);
    CHECK(rowCount(db, u"sales.order"_s) == 30);
    CHECK(rowCount(db, u"sales.order"_s, u"WHERE platform_status = 'PAUSED_FOR_REVIEW' AND status = 'pending'"_s) ==
          30);
    CHECK(sumCents(db, u"sales.order"_s, u"net_proceeds"_s) == expectedPayoutCents(fx.emulator));
}

TEST_CASE("StockX auth: an expired token is refreshed once / a revoked refresh token asks to reconnect", "[db][stockx]")
{
    TestDatabase test(Backend::SQLite);
    Database &db = test.db();
    StockXFixture fx;
    fx.emulator.market().seed(20, 0, fx.emulator.now());
    auto client = fx.client();
    StockXOrderSync first(db, *client);
    REQUIRE(StockXFixture::runToEnd(first));
    REQUIRE(fx.emulator.refreshGrants() == 1);

    fx.emulator.expireAccessTokens();
    StockXOrderSync second(db, *client);
    REQUIRE(StockXFixture::runToEnd(second));
    CHECK(second.run().status == u"completed"_s);
    CHECK(fx.emulator.refreshGrants() == 2);

    fx.emulator.expireAccessTokens();
    fx.emulator.revokeRefreshTokens();
    QSignalSpy reconnect(&client->auth(), &StockXAuth::reconnectNeeded);
    StockXOrderSync third(db, *client);
    REQUIRE(StockXFixture::runToEnd(third));
    CHECK(third.run().status == u"failed"_s);
    CHECK(third.lastError().code == u"stockx.reconnect"_s);
    CHECK(reconnect.count() == 1);
    CHECK(rowCount(db, u"sales.order"_s) == 20);
}

TEST_CASE("StockX client: never more than one request per second / the daily limit says when to try again",
          "[db][stockx]")
{
    TestDatabase test(Backend::SQLite);
    Database &db = test.db();
    StockXFixture fx;
    fx.minIntervalMs = 1000;
    fx.emulator.options().rateLimit = true;
    fx.emulator.options().minIntervalMs = 1000;
    fx.emulator.market().seed(250, 0, fx.emulator.now()); // 1 active page and 3 history pages
    auto client = fx.client();
    StockXOrderSync sync(db, *client);
    REQUIRE(StockXFixture::runToEnd(sync, 20000));
    CHECK(sync.run().status == u"completed"_s);
    QList<qint64> apiTimes;
    for (const emu::RequestRecord &r : fx.emulator.requests()) {
        CHECK(r.status != 429);
        if (r.path.startsWith(u"/v2/"_s))
            apiTimes.append(r.receivedNs);
    }
    REQUIRE(apiTimes.size() >= 4);
    for (qsizetype i = 1; i < apiTimes.size(); ++i)
        CHECK(apiTimes.at(i) - apiTimes.at(i - 1) >= 1000LL * 1000 * 1000);

    fx.emulator.options().dailyQuota = 0;
    fx.emulator.options().retryAfter = true;
    StockXOrderSync limited(db, *client);
    REQUIRE(StockXFixture::runToEnd(limited, 20000));
    CHECK(limited.run().status == u"failed"_s);
    CHECK(limited.lastError().code == u"stockx.quota"_s);
    CHECK(limited.lastError().message.contains(u"daily limit reached; next try at"_s));
    CHECK(SyncRunRepository(db).latest(u"stockx"_s, u"orders"_s).value()->errorMessage.contains(u"daily limit"_s));
}

TEST_CASE("StockX listings sync: listings land linked to pairs / gone ones are closed / a rerun adds nothing",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(0, 30, fx.emulator.now());
        auto &market = fx.emulator.market();
        const auto now = fx.emulator.now();
        const auto active = market.listings({u"ACTIVE"_s}, {}, {}, false, now);
        REQUIRE(active.size() == 27);
        // A pair we already hold for the first listing's product and size is the one it stands for.
        const emu::EmuVariant *variant = fx.emulator.catalog().variant(active.first()->variantId);
        const emu::EmuProduct *product = fx.emulator.catalog().product(variant->productId);
        const Product held = makeProduct(db, product->styleId, product->title, product->brand);
        StockService stock(db);
        const auto heldItem = stock.addItem(makeItem(held.id, sizeId(db, variant->size), "120.00"));
        REQUIRE(heldItem);

        auto client = fx.client();
        StockXListingSync first(db, *client);
        REQUIRE(StockXFixture::runToEnd(first));
        CHECK(first.run().status == u"completed"_s);
        CHECK(first.run().counts.created == 30);
        CHECK(rowCount(db, u"sales.listing"_s) == 30);
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE status = 'active'"_s) == 27);
        CHECK(rowCount(db, u"inventory.stock"_s) == 30); // one held pair plus 29 created
        CHECK(StockRepository(db).get(heldItem.value().id).value()->status == ItemStatus::ListedStockX);
        CHECK(rowCount(db, u"catalog.product"_s, u"WHERE stockx_product_id IS NOT NULL"_s) > 0);

        // On StockX: one listing deleted, one sold.
        const QString deleted = active.at(1)->listingId;
        const QString sold = active.at(2)->listingId;
        market.pendingPolls = 0;
        const auto op = market.changeListing(deleted, u"DELETE"_s, {}, now);
        REQUIRE(std::holds_alternative<emu::EmuOperation>(op));
        REQUIRE(market.pollOperation(deleted, std::get<emu::EmuOperation>(op).operationId, now)->status ==
                u"SUCCEEDED"_s);
        REQUIRE(market.sell(sold, now));

        StockXListingSync second(db, *client);
        REQUIRE(StockXFixture::runToEnd(second));
        CHECK(second.run().status == u"completed"_s);
        CHECK(second.run().counts.created == 0);
        CHECK(rowCount(db, u"sales.listing"_s) == 30);
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE status = 'deleted'"_s) == 1);
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE status = 'matched'"_s) == 1);
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE status = 'active'"_s) == 25);
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE status = 'listed_stockx'"_s) == 26);

        StockXListingSync third(db, *client);
        REQUIRE(StockXFixture::runToEnd(third));
        CHECK(third.run().counts.created == 0);
        CHECK(third.run().counts.updated == 0);
        CHECK(rowCount(db, u"sales.listing"_s) == 30);
    });
}

namespace {
// Three products as an operator would have them: one by style code written differently from StockX,
// one with only an EAN, one StockX does not know.
QList<Product> enrichableProducts(const Database &db, const emu::EmulatorCatalog &catalog)
{
    const emu::EmuProduct &first = catalog.products().at(0);
    Product byStyle = makeProduct(db, first.styleId.toLower().replace(u'-', u' '), first.title);
    Product byEan = makeProduct(db, u"zz-no-style-1"_s, u"Bought without a box label"_s);
    byEan.styleCode.clear();
    byEan.ean = catalog.variants().at(catalog.products().at(1).variantIndexes.first()).gtin;
    REQUIRE(ProductRepository(db).update(byEan));
    Product unknown = makeProduct(db, u"ZZ0000-000"_s, u"Sample pair"_s);
    return {byStyle, byEan, unknown};
}

Product reloaded(const Database &db, const ProductId &id)
{
    const auto product = ProductRepository(db).get(id);
    REQUIRE(product);
    REQUIRE(product.value());
    return *product.value();
}
} // namespace

TEST_CASE("StockX catalog sync: products get StockX ids variants and one market price per size and day", "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        const emu::EmulatorCatalog &catalog = fx.emulator.catalog();
        const QList<Product> products = enrichableProducts(db, catalog);
        auto client = fx.client();
        StockXCatalogSync first(db, *client);
        REQUIRE(StockXFixture::runToEnd(first));
        CHECK(first.run().status == u"completed"_s);
        CHECK(first.run().counts.created == 2);
        CHECK(first.run().counts.rejected == 1);

        const emu::EmuProduct &stockxFirst = catalog.products().at(0);
        const Product byStyle = reloaded(db, products.at(0).id);
        CHECK(byStyle.stockxProductId == stockxFirst.productId);
        qint64 lowest = std::numeric_limits<qint64>::max();
        qint64 highest = 0;
        for (int index : stockxFirst.variantIndexes) {
            lowest = qMin(lowest, catalog.variants().at(index).lowestAsk);
            highest = qMax(highest, catalog.variants().at(index).highestBid);
        }
        REQUIRE(byStyle.lowestAskOfAnySize);
        CHECK(byStyle.lowestAskOfAnySize->minor() == lowest);
        CHECK(byStyle.highestBidOfAnySize->minor() == highest);
        CHECK(reloaded(db, products.at(1).id).stockxProductId == catalog.products().at(1).productId);
        CHECK(reloaded(db, products.at(2).id).stockxProductId.isEmpty());

        const qsizetype sizes = stockxFirst.variantIndexes.size() + catalog.products().at(1).variantIndexes.size();
        CHECK(rowCount(db, u"catalog.product_variant"_s) == sizes);
        CHECK(rowCount(db, u"pricing.market_prices"_s) == sizes);
        const emu::EmuVariant &variant = catalog.variants().at(stockxFirst.variantIndexes.at(3));
        const auto local = ProductVariantRepository(db).findByStockxId(variant.variantId);
        REQUIRE(local);
        REQUIRE(local.value());
        CHECK(local.value()->gtin == variant.gtin);
        CHECK(!local.value()->sizeId.isNull());
        const auto price = MarketPriceRepository(db).latest(local.value()->id, u"stockx"_s);
        REQUIRE(price);
        REQUIRE(price.value());
        CHECK(price.value()->lowestAsk->minor() == variant.lowestAsk);
        CHECK(price.value()->sizeValue == variant.size);

        // Products enriched today are not asked for again; only the unknown one is tried once more.
        StockXCatalogSync again(db, *client);
        REQUIRE(StockXFixture::runToEnd(again));
        CHECK(again.run().counts.created + again.run().counts.updated == 0);
        CHECK(again.run().counts.rejected == 1);
        // An explicit selection refreshes today's figures in place.
        StockXCatalogSync selected(db, *client, {products.at(0).id});
        REQUIRE(StockXFixture::runToEnd(selected));
        CHECK(selected.run().counts.updated == 1);
        CHECK(rowCount(db, u"pricing.market_prices"_s) == sizes);
        CHECK(rowCount(db, u"catalog.product_variant"_s) == sizes);
    });
}

TEST_CASE("StockX catalog sync: a failure keeps the products stored before it / the rerun finishes the rest",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        const emu::EmulatorCatalog &catalog = fx.emulator.catalog();
        const QList<Product> products = enrichableProducts(db, catalog);
        const QString secondMarket = u"/v2/catalog/products/%1/market-data"_s.arg(catalog.products().at(1).productId);
        fx.emulator.injectFault(emu::Fault::Unavailable, fx.maxAttempts, secondMarket);
        auto client = fx.client();
        StockXCatalogSync broken(db, *client);
        REQUIRE(StockXFixture::runToEnd(broken));
        CHECK(broken.run().status == u"failed"_s);
        CHECK(broken.lastError().code == u"stockx.server"_s);
        CHECK(!reloaded(db, products.at(0).id).stockxProductId.isEmpty());
        CHECK(reloaded(db, products.at(1).id).stockxProductId.isEmpty());
        const qint64 storedBefore = rowCount(db, u"pricing.market_prices"_s);
        CHECK(storedBefore == catalog.products().at(0).variantIndexes.size());

        StockXCatalogSync rerun(db, *client);
        REQUIRE(StockXFixture::runToEnd(rerun));
        CHECK(rerun.run().status == u"completed"_s);
        CHECK(rerun.run().counts.created == 1);
        CHECK(reloaded(db, products.at(1).id).stockxProductId == catalog.products().at(1).productId);
        CHECK(rowCount(db, u"pricing.market_prices"_s) ==
              storedBefore + catalog.products().at(1).variantIndexes.size());
    });
}

namespace {
int detailLookups(const emu::StockXEmulator &emulator)
{
    int count = 0;
    for (const auto &request : emulator.requests())
        count += request.path.startsWith(u"/v2/selling/listings/"_s) ? 1 : 0;
    return count;
}
} // namespace

TEST_CASE("StockX listings sync: a resumed run rereads the stored pages instead of looking up each listing",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(0, 350, fx.emulator.now());
        const int open =
            int(fx.emulator.market().listings({u"ACTIVE"_s, u"INACTIVE"_s}, {}, {}, false, fx.emulator.now()).size());
        auto client = fx.client();
        StockXListingSync failing(db, *client);
        bool injected = false;
        QObject::connect(&failing, &StockXSyncJob::progress, [&](const SyncProgress &p) {
            if (p.pagesDone == 2 && !injected) {
                injected = true;
                fx.emulator.injectFault(emu::Fault::Malformed, fx.maxAttempts, u"/v2/selling/listings"_s);
            }
        });
        REQUIRE(StockXFixture::runToEnd(failing));
        REQUIRE(failing.run().status == u"failed"_s);
        REQUIRE(rowCount(db, u"sales.listing"_s) == 200);

        fx.emulator.clearRequests();
        StockXListingSync resumed(db, *client);
        REQUIRE(StockXFixture::runToEnd(resumed));
        CHECK(resumed.run().status == u"completed"_s);
        CHECK(rowCount(db, u"sales.listing"_s) == open);
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE status IN ('deleted', 'matched')"_s) == 0);
        // Pages 3 and 4, then pages 1 and 2 again: four requests, not one per listing stored before.
        CHECK(detailLookups(fx.emulator) == 0);
        CHECK(fx.emulator.requests().size() == 4);
    });
}

TEST_CASE("StockX listings sync: a listing StockX answers without its id is not taken for gone", "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(0, 5, fx.emulator.now());
        auto &market = fx.emulator.market();
        const auto active = market.listings({u"ACTIVE"_s}, {}, {}, false, fx.emulator.now());
        REQUIRE(!active.isEmpty());
        auto client = fx.client();
        StockXListingSync first(db, *client);
        REQUIRE(StockXFixture::runToEnd(first));
        const qint64 listed = rowCount(db, u"sales.listing"_s, u"WHERE status = 'active'"_s);

        const QString deleted = active.first()->listingId;
        market.pendingPolls = 0;
        const auto op = market.changeListing(deleted, u"DELETE"_s, {}, fx.emulator.now());
        REQUIRE(market.pollOperation(deleted, std::get<emu::EmuOperation>(op).operationId, fx.emulator.now()));
        fx.emulator.injectFault(emu::Fault::EmptyObject, 1, u"/v2/selling/listings/"_s + deleted);
        StockXListingSync second(db, *client);
        REQUIRE(StockXFixture::runToEnd(second));
        CHECK(second.run().status == u"failed"_s);
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE status = 'active'"_s) == listed);

        StockXListingSync third(db, *client);
        REQUIRE(StockXFixture::runToEnd(third));
        CHECK(third.run().status == u"completed"_s);
        CHECK(rowCount(db, u"sales.listing"_s, u"WHERE status = 'deleted'"_s) == 1);
    });
}

TEST_CASE("StockX sync: a page without its list and an unrecorded run end are failures, not completions",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(30, 0, fx.emulator.now());
        auto client = fx.client();

        fx.emulator.injectFault(emu::Fault::EmptyObject, 1, u"/v2/selling/orders/history"_s);
        StockXOrderSync emptyPage(db, *client);
        REQUIRE(StockXFixture::runToEnd(emptyPage));
        CHECK(emptyPage.run().status == u"failed"_s);
        CHECK(emptyPage.lastError().code == u"stockx.bad_page"_s);
        CHECK(emptyPage.lastError().message.contains(u"orders"_s));

        refuseInserts(db, u"integration.sync_runs"_s, u"NEW.status = 'completed'"_s, u"disk full"_s, u"UPDATE"_s);
        StockXOrderSync unrecorded(db, *client);
        REQUIRE(StockXFixture::runToEnd(unrecorded));
        CHECK(unrecorded.run().status == u"failed"_s);
        CHECK(unrecorded.lastError().message.contains(u"could not be recorded"_s));
        stopRefusing(db, u"integration.sync_runs"_s);

        StockXOrderSync again(db, *client);
        REQUIRE(StockXFixture::runToEnd(again));
        CHECK(again.run().status == u"completed"_s);
        CHECK(rowCount(db, u"sales.order"_s) == 30);
    });
}

TEST_CASE("StockX orders sync: pages stored on a storage worker give the same rows / a rerun adds nothing",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(350, 0, fx.emulator.now());
        auto client = fx.client();
        DatabaseWorker worker(db);
        StockXOrderSync sync(db, *client);
        sync.storeOn(&worker);
        REQUIRE(StockXFixture::runToEnd(sync));
        CHECK(sync.run().status == u"completed"_s);
        CHECK(sync.run().counts.created == 350);
        CHECK(rowCount(db, u"sales.order"_s) == 350);

        StockXOrderSync again(db, *client);
        again.storeOn(&worker);
        REQUIRE(StockXFixture::runToEnd(again));
        CHECK(again.run().counts.created == 0);
        CHECK(rowCount(db, u"sales.order"_s) == 350);
    });
}

TEST_CASE("StockX orders sync: cancelled while pages are being stored, only whole orders remain / the rerun completes",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(1200, 0, fx.emulator.now());
        auto client = fx.client();
        DatabaseWorker worker(db);
        StockXOrderSync sync(db, *client);
        sync.storeOn(&worker);
        // Cancel as soon as the first pages went to the worker: the store in progress finishes or
        // rolls back as a whole, and no page after it is asked for.
        QObject::connect(&sync, &StockXSyncJob::progress, &sync, [&](const SyncProgress &progress) {
            if (progress.pagesDone >= 10)
                sync.cancel();
        });
        REQUIRE(StockXFixture::runToEnd(sync));
        CHECK(sync.run().status == u"cancelled"_s);
        const qint64 stored = rowCount(db, u"sales.order"_s);
        CHECK(stored == sync.run().counts.created);
        CHECK(stored > 0);
        CHECK(stored < 1200);
        // Every order has its pair, sold; no pair was made for an order that is not there.
        CHECK(rowCount(db, u"inventory.stock"_s) == stored);
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE status = 'sold'"_s) == stored);
        CHECK(rowCount(db, u"sales.order"_s,
                       u"WHERE inventory_item_id NOT IN (SELECT id FROM {{inventory.stock}})"_s) == 0);

        StockXOrderSync rerun(db, *client);
        rerun.storeOn(&worker);
        REQUIRE(StockXFixture::runToEnd(rerun));
        CHECK(rerun.run().status == u"completed"_s);
        CHECK(rowCount(db, u"sales.order"_s) == 1200);
        CHECK(rowCount(db, u"inventory.stock"_s) == 1200);
    });
}

TEST_CASE("StockX orders sync: the server drops every session mid-sync / what was stored stays / the rerun "
          "completes without duplicates",
          "[db][stockx][team]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    Database admin(*postgresConfig());
    REQUIRE(admin.open());
    StockXFixture fx;
    fx.emulator.market().seed(1500, 0, fx.emulator.now());
    auto client = fx.client();
    StockXOrderSync interrupted(db, *client);
    bool restarted = false;
    QObject::connect(&interrupted, &StockXSyncJob::progress, [&](const SyncProgress &p) {
        // After the first ten pages were stored: as a server restart would, end every session but this one.
        if (p.pagesDone == 12 && !std::exchange(restarted, true))
            endOtherSessions(admin);
    });
    REQUIRE(StockXFixture::runToEnd(interrupted));
    REQUIRE(restarted);
    CHECK(interrupted.run().status == u"failed"_s);
    CHECK(interrupted.lastError().code == u"db.connection_lost"_s);
    const qint64 kept = rowCount(db, u"sales.order"_s); // reconnects by itself
    CHECK(kept > 0);                                    // what was stored before the sessions ended
    CHECK(kept < 1500);
    // Whole orders only: each stored order has its event and its sold pair.
    CHECK(rowCount(db, u"logging.event_store"_s, u"WHERE event_type = 'OrderSynced'"_s) == kept);
    CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE status = 'sold'"_s) == kept);

    StockXOrderSync rerun(db, *client);
    REQUIRE(StockXFixture::runToEnd(rerun));
    CHECK(rerun.run().status == u"completed"_s);
    CHECK(rerun.run().counts.created == 1500 - kept);
    CHECK(rowCount(db, u"sales.order"_s) == 1500);
    CHECK(sumCents(db, u"sales.order"_s, u"net_proceeds"_s) == expectedPayoutCents(fx.emulator));
    admin.releaseThreadConnection();
}

TEST_CASE("StockX catalog sync: the run keeps its lock from the first product to its end", "[db][stockx][team]")
{
    if (!postgresAvailable())
        return;
    TestDatabase test(Backend::PostgreSQL);
    REQUIRE(test.error().isEmpty());
    StockXFixture fx;
    enrichableProducts(test.db(), fx.emulator.catalog());
    auto client = fx.client();
    StockXCatalogSync sync(test.db(), *client);
    LockProbe probe(sync, u"catalog"_s);
    REQUIRE(StockXFixture::runToEnd(sync));
    CHECK(sync.run().status == u"completed"_s);
    REQUIRE(probe.probes > 1);
    CHECK(probe.taken == 0);
    CHECK(SyncLock::acquire(probe.other, u"stockx"_s, u"catalog"_s)); // given back at the end
    CHECK(SyncLock::release(probe.other, u"stockx"_s, u"catalog"_s));
}
