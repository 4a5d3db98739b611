#include "catchqt.h"
#include "fixtures.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/databaseworker.h"
#include "db/rowversion.h"
#include "inventory/stockrepository.h"
#include "sales/listingrepository.h"
#include "sales/marketplacerepository.h"
#include "sync/stockx/stockxlistingwriter.h"

#include <QSignalSpy>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
Money eur(qint64 major)
{
    return Money::fromMajor(major, u"EUR"_s);
}

StockItem pairOf(const Database &db, const Product &product, const QString &size)
{
    auto created = StockRepository(db).create(makeItem(product.id, sizeId(db, size), "100.00"));
    REQUIRE(created);
    return created.value();
}

QList<ListingWriteResult> runWriter(StockXListingWriter &writer, const std::function<void()> &start)
{
    QSignalSpy finished(&writer, &StockXListingWriter::finished);
    start();
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));
    return finished.first().first().value<QList<ListingWriteResult>>();
}

ItemStatus statusOf(const Database &db, const StockItemId &id)
{
    const auto item = StockRepository(db).get(id);
    REQUIRE(item);
    REQUIRE(item.value());
    return item.value()->status;
}

Listing localListing(const Database &db, const ListingId &id)
{
    const auto listing = ListingRepository(db).get(id);
    REQUIRE(listing);
    REQUIRE(listing.value());
    return *listing.value();
}
} // namespace

TEST_CASE("StockX listing writer: a pair is listed in its size after polling / changes follow / a rerun adds nothing",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().pendingPolls = 2;
        const emu::EmuProduct &stockx = fx.emulator.catalog().products().at(3);
        const Product product = makeProduct(db, stockx.styleId, stockx.title);
        const StockItem pair = pairOf(db, product, u"US 10"_s);
        auto client = fx.client();
        StockXListingWriter writer(db, *client);

        // The product has no StockX variants yet: the writer enriches it first.
        const auto created = runWriter(writer, [&] { writer.create({{pair.id, eur(180)}}); });
        REQUIRE(created.size() == 1);
        INFO((created.first().error ? created.first().error->message.toStdString() : std::string()));
        REQUIRE(!created.first().error);
        const Listing listing = localListing(db, created.first().listing);
        CHECK(listing.status == ListingStatus::Active);
        CHECK(listing.amount == eur(180));
        CHECK(statusOf(db, pair.id) == ItemStatus::ListedStockX);
        const emu::EmuListing *remote = fx.emulator.market().listing(listing.externalId);
        REQUIRE(remote);
        CHECK(remote->amount == 18000);
        CHECK(fx.emulator.catalog().variant(remote->variantId)->size == u"10"_s);

        const auto again = runWriter(writer, [&] { writer.create({{pair.id, eur(180)}}); });
        REQUIRE(again.first().error);
        CHECK(again.first().error->message.contains(u"Only pairs in stock"_s));
        CHECK(rowCount(db, u"sales.listing"_s) == 1);

        using Action = StockXListingWriter::Action;
        REQUIRE(!runWriter(writer, [&] { writer.change(Action::Update, {listing.id}, eur(165)); }).first().error);
        CHECK(localListing(db, listing.id).amount == eur(165));
        CHECK(fx.emulator.market().listing(listing.externalId)->amount == 16500);
        // An operator who saw the listing before that change: theirs is not sent over it.
        const auto stale = runWriter(writer, [&] {
            writer.change(Action::Update, {{listing.id, listing.version}}, eur(150));
        });
        REQUIRE(stale.first().error);
        CHECK(stale.first().conflict);
        CHECK(stale.first().error->code == rowversion::kStaleCode);
        CHECK(stale.first().error->message.startsWith(u"This listing was changed by "_s + db.operatorName()));
        CHECK(fx.emulator.market().listing(listing.externalId)->amount == 16500);
        CHECK(localListing(db, listing.id).amount == eur(165));
        CHECK(localListing(db, listing.id).version > listing.version);
        REQUIRE(!runWriter(writer, [&] { writer.change(Action::Deactivate, {listing.id}); }).first().error);
        CHECK(localListing(db, listing.id).status == ListingStatus::Inactive);
        CHECK(statusOf(db, pair.id) == ItemStatus::InStock);
        REQUIRE(!runWriter(writer, [&] { writer.change(Action::Activate, {listing.id}); }).first().error);
        CHECK(statusOf(db, pair.id) == ItemStatus::ListedStockX);
        REQUIRE(!runWriter(writer, [&] { writer.change(Action::Delete, {listing.id}); }).first().error);
        CHECK(localListing(db, listing.id).status == ListingStatus::Deleted);
        CHECK(statusOf(db, pair.id) == ItemStatus::InStock);
        CHECK(fx.emulator.market().listing(listing.externalId)->status == u"DELETED"_s);
    });
}

TEST_CASE("StockX listing writer: several pairs go in one batch / sizes StockX lacks and refusals are reported",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        const emu::EmuProduct &stockx = fx.emulator.catalog().products().at(4);
        const Product product = makeProduct(db, stockx.styleId, stockx.title);
        const Product unknown = makeProduct(db, u"ZZ0000-001"_s, u"Sample pair"_s);
        const QList<StockItem> pairs = {pairOf(db, product, u"US 9"_s), pairOf(db, product, u"US 9"_s),
                                        pairOf(db, product, u"US 11"_s), pairOf(db, unknown, u"US 9"_s)};
        auto client = fx.client();
        DatabaseWorker worker(db);
        StockXListingWriter writer(db, *client);
        writer.storeOn(&worker); // as the window does: confirmed writes (and the enrichment) stored off its thread
        QList<ListingDraft> drafts;
        for (const StockItem &pair : pairs)
            drafts.append({pair.id, eur(210)});
        const auto results = runWriter(writer, [&] { writer.create(drafts); });
        REQUIRE(results.size() == 4);
        int listed = 0;
        for (const ListingWriteResult &result : results) {
            if (result.item == pairs.at(3).id) {
                REQUIRE(result.error);
                CHECK(result.error->message.contains(u"no variant"_s));
                continue;
            }
            CHECK(!result.error);
            listed += result.error ? 0 : 1;
            CHECK(statusOf(db, result.item) == ItemStatus::ListedStockX);
        }
        CHECK(listed == 3);
        CHECK(rowCount(db, u"sales.listing"_s) == 3);
        // One batch request, not one request per pair.
        int batches = 0;
        for (const auto &request : fx.emulator.requests())
            batches += request.path == u"/v2/selling/batch/create-listing"_s ? 1 : 0;
        CHECK(batches == 1);

        // A listing StockX refuses leaves the pair in stock and stores nothing.
        const StockItem refused = pairOf(db, product, u"US 12"_s);
        fx.emulator.market().failOperations = 1;
        const auto failed = runWriter(writer, [&] { writer.create({{refused.id, eur(199)}}); });
        REQUIRE(failed.first().error);
        CHECK(failed.first().error->message.startsWith(u"StockX refused the listing"_s));
        CHECK(statusOf(db, refused.id) == ItemStatus::InStock);
        CHECK(rowCount(db, u"sales.listing"_s) == 3);
    });
}

TEST_CASE("StockX listing writer: changes to several listings go in update and delete batches", "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        const emu::EmuProduct &stockx = fx.emulator.catalog().products().at(8);
        const Product product = makeProduct(db, stockx.styleId, stockx.title);
        QList<ListingDraft> drafts;
        for (const QString &size : {u"US 8"_s, u"US 9"_s, u"US 10"_s})
            drafts.append({pairOf(db, product, size).id, eur(230)});
        auto client = fx.client();
        StockXListingWriter writer(db, *client);
        QList<ListingId> listings;
        for (const ListingWriteResult &result : runWriter(writer, [&] { writer.create(drafts); })) {
            REQUIRE(!result.error);
            listings.append(result.listing);
        }
        const auto batchesOf = [&](const QString &kind) {
            int count = 0;
            for (const auto &request : fx.emulator.requests())
                count += request.path == u"/v2/selling/batch/"_s + kind ? 1 : 0;
            return count;
        };

        using Action = StockXListingWriter::Action;
        const QList<SeenListing> seen(listings.cbegin(), listings.cend());
        for (const auto &result : runWriter(writer, [&] { writer.change(Action::Update, seen, eur(219)); }))
            CHECK(!result.error);
        for (const ListingId &id : listings) {
            CHECK(localListing(db, id).amount == eur(219));
            CHECK(fx.emulator.market().listing(localListing(db, id).externalId)->amount == 21900);
        }
        for (const auto &result : runWriter(writer, [&] { writer.change(Action::Deactivate, seen); }))
            CHECK(!result.error);
        for (const ListingId &id : listings) {
            CHECK(localListing(db, id).status == ListingStatus::Inactive);
            CHECK(statusOf(db, localListing(db, id).itemId) == ItemStatus::InStock);
            CHECK(fx.emulator.market().listing(localListing(db, id).externalId)->status == u"INACTIVE"_s);
        }
        CHECK(batchesOf(u"update-listing"_s) == 2);
        for (const auto &result : runWriter(writer, [&] { writer.change(Action::Delete, seen); }))
            CHECK(!result.error);
        for (const ListingId &id : listings)
            CHECK(fx.emulator.market().listing(localListing(db, id).externalId)->status == u"DELETED"_s);
        CHECK(batchesOf(u"delete-listing"_s) == 1);
    });
}

namespace {
int requestsTo(const emu::StockXEmulator &emulator, const QString &method, const QString &path)
{
    int count = 0;
    for (const auto &request : emulator.requests())
        count += request.path == path && request.method.contains(method, Qt::CaseInsensitive) ? 1 : 0;
    return count;
}
} // namespace

TEST_CASE("StockX listing writer: a create whose reply is lost is looked up, never listed twice", "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        const emu::EmuProduct &stockx = fx.emulator.catalog().products().at(5);
        const Product product = makeProduct(db, stockx.styleId, stockx.title);
        auto client = fx.client();
        DatabaseWorker worker(db);
        StockXListingWriter writer(db, *client);
        writer.storeOn(&worker);

        SECTION("one pair: StockX listed it and the reply was lost")
        {
            const StockItem pair = pairOf(db, product, u"US 9"_s);
            fx.emulator.injectFault(emu::Fault::LostReply, 1, u"/v2/selling/listings"_s);
            const auto results = runWriter(writer, [&] { writer.create({{pair.id, eur(230)}}); });
            REQUIRE(results.size() == 1);
            INFO((results.first().error ? results.first().error->message.toStdString() : std::string()));
            CHECK(!results.first().error);
            CHECK(fx.emulator.market().listingCount() == 1);
            CHECK(requestsTo(fx.emulator, u"POST"_s, u"/v2/selling/listings"_s) == 1);
            CHECK(localListing(db, results.first().listing).externalId ==
                  fx.emulator.market().listings({}, {}, {}, false, fx.emulator.now()).first()->listingId);
            CHECK(statusOf(db, pair.id) == ItemStatus::ListedStockX);
        }
        SECTION("one pair: the request never arrived, so it is sent again once")
        {
            const StockItem pair = pairOf(db, product, u"US 9"_s);
            fx.emulator.injectFault(emu::Fault::Hang, 1, u"/v2/selling/listings"_s);
            const auto results = runWriter(writer, [&] { writer.create({{pair.id, eur(230)}}); });
            REQUIRE(results.size() == 1);
            CHECK(!results.first().error);
            CHECK(fx.emulator.market().listingCount() == 1);
            CHECK(requestsTo(fx.emulator, u"POST"_s, u"/v2/selling/listings"_s) == 2);
        }
        SECTION("a batch: StockX listed all three and the reply was lost")
        {
            const QList<StockItem> pairs = {pairOf(db, product, u"US 9"_s), pairOf(db, product, u"US 9"_s),
                                            pairOf(db, product, u"US 10"_s)};
            fx.emulator.injectFault(emu::Fault::LostReply, 1, u"/v2/selling/batch/create-listing"_s);
            QList<ListingDraft> drafts;
            for (const StockItem &pair : pairs)
                drafts.append({pair.id, eur(240)});
            const auto results = runWriter(writer, [&] { writer.create(drafts); });
            REQUIRE(results.size() == 3);
            for (const ListingWriteResult &result : results)
                CHECK(!result.error);
            CHECK(fx.emulator.market().listingCount() == 3);
            CHECK(rowCount(db, u"sales.listing"_s) == 3);
            CHECK(requestsTo(fx.emulator, u"POST"_s, u"/v2/selling/batch/create-listing"_s) == 1);
        }
    });
}
