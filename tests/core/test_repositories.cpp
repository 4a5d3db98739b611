#include "catchqt.h"
#include "fixtures.h"
#include "testdatabase.h"

#include "catalog/brandrepository.h"
#include "catalog/categoryrepository.h"
#include "catalog/productrepository.h"
#include "catalog/productvariantrepository.h"
#include "catalog/sizerepository.h"
#include "db/transaction.h"
#include "inventory/stockrepository.h"
#include "sales/listingrepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderrepository.h"
#include "suppliers/supplierrepository.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Brands / categories and sizes", "[db][catalog]")
{
    onEachBackend([](Database &db) {
        BrandRepository brands(db);
        auto created = brands.create(u"Stüssy Tribe"_s);
        REQUIRE(created);
        CHECK(created.value().slug == u"stussy-tribe"_s);
        CHECK(brands.findByName(u"stüssy tribe"_s).value()->id == created.value().id);
        CHECK(brands.findOrCreate(u"Stüssy Tribe"_s).value().id == created.value().id);
        CHECK_FALSE(brands.create(u"Stüssy Tribe"_s)); // unique
        CHECK_FALSE(brands.create(u"  "_s));
        REQUIRE(brands.rename(created.value().id, u"Stussy Tribe"_s));
        CHECK(brands.findByName(u"Stussy Tribe"_s).value());
        CHECK(brands.matchItemName(u"Air Jordan 1 Retro High OG Chicago"_s).value()->name == u"Jordan"_s);
        CHECK(brands.matchItemName(u"Nike Dunk Low Panda"_s).value()->name == u"Nike"_s);
        CHECK(brands.matchItemName(u"adidas Yeezy Boost 350"_s).value()->name == u"Yeezy"_s);
        CHECK_FALSE(brands.matchItemName(u"Mystery Box"_s).value());
        REQUIRE(brands.remove(created.value().id));
        CHECK_FALSE(brands.remove(created.value().id)); // gone

        CategoryRepository categories(db);
        auto cat = categories.create(u"Trading Cards"_s);
        REQUIRE(cat);
        CHECK(categories.findBySlug(u"trading-cards"_s).value()->name == u"Trading Cards"_s);
        REQUIRE(categories.rename(cat.value().id, u"Trading Card Games"_s));
        CHECK(categories.findBySlug(u"trading-card-games"_s).value()->id == cat.value().id);
        CHECK(categories.all().value().size() == 5);
        REQUIRE(categories.remove(cat.value().id));

        SizeRepository sizes(db);
        CHECK(sizes.findByLabel(u"US 9"_s).value()->standardizedValue == 42.5);
        CHECK(sizes.findByLabel(u"9"_s).value()->region == u"US"_s);
        CHECK(sizes.findByLabel(u"8.5W"_s).value()->region == u"US-W"_s);
        CHECK(sizes.findByLabel(u"EU 42,5"_s).value()->value == u"42.5"_s);
        CHECK(sizes.findByLabel(u"3C"_s).value()->region == u"US-K"_s);
        CHECK(sizes.findByLabel(u"M"_s).value()->region == u"INT"_s);
        CHECK(sizes.findByLabel(u"One Size"_s).value()->label() == u"One Size"_s);
        CHECK(sizes.findByLabel(u"N/A"_s).value()->label() == u"One Size"_s);
        CHECK_FALSE(sizes.findByLabel(u"huge"_s).value()); // an unclassified size nobody has filed yet
        Size custom;
        custom.value = u"15"_s;
        custom.region = u"US"_s;
        custom.standardizedValue = 49.5;
        auto added = sizes.create(custom);
        REQUIRE(added);
        CHECK(sizes.findByLabel(u"US 15"_s).value()->id == added.value().id);
        Size changed = added.value();
        changed.value = u"15.5"_s;
        changed.standardizedValue = 50.0;
        REQUIRE(sizes.update(changed));
        CHECK(sizes.findByLabel(u"US 15.5"_s).value()->standardizedValue == 50.0);
        REQUIRE(sizes.remove(added.value().id));
    });
}

TEST_CASE("Products and variants", "[db][catalog]")
{
    onEachBackend([](Database &db) {
        ProductRepository products(db);
        Product p = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Retro \u201CPanda\u201D"_s);
        p.retailPrice = eur("119.99");
        p.stockxProductId = u"5e6a1e57-1c7d-435a-82bd-5666a13560fe"_s;
        p.releaseDate = QDateTime(QDate(2021, 3, 10), QTime(8, 0), Qt::UTC);
        REQUIRE(products.update(p));
        const auto loaded = products.get(p.id).value();
        REQUIRE(loaded);
        CHECK(loaded->name == p.name);
        CHECK(loaded->retailPrice == eur("119.99"));
        CHECK(loaded->releaseDate == p.releaseDate);
        CHECK(products.findBySku(u"DD1391-100"_s).value()->id == p.id);
        CHECK(products.search(u"panda"_s, 10).value().size() == 1);
        const auto dup = products.create(p);
        REQUIRE_FALSE(dup);
        CHECK(dup.error().code == u"product.duplicate"_s);
        Product nameless;
        nameless.sku = u"X"_s;
        CHECK_FALSE(products.create(nameless));

        ProductVariantRepository variants(db);
        ProductVariant v;
        v.productId = p.id;
        v.sizeId = sizeId(db, u"US 9"_s);
        v.stockxVariantId = u"c5dd2a9b-7a5b-4f8e-9d53-2b1e0c0f6a11"_s;
        v.variantValue = u"9"_s;
        v.gtin = u"0195866131346"_s;
        auto created = variants.create(v);
        REQUIRE(created);
        CHECK(variants.forProduct(p.id).value().size() == 1);
        CHECK(variants.findByStockxId(v.stockxVariantId).value()->id == created.value().id);
        CHECK(variants.findByGtin(u"0195866131346"_s).value()->variantValue == u"9"_s);
        v = created.value();
        v.gtin = u"0195866131353"_s;
        REQUIRE(variants.update(v));
        CHECK_FALSE(variants.findByGtin(u"0195866131346"_s).value());
        // Products in use by variants are deleted with them (CASCADE); products in stock are protected.
        REQUIRE(products.remove(p.id));
        CHECK(variants.forProduct(p.id).value().isEmpty());
    });
}

TEST_CASE("Suppliers and marketplaces", "[db][suppliers]")
{
    onEachBackend([](Database &db) {
        SupplierRepository suppliers(db);
        Supplier s;
        s.name = u"Solebox"_s;
        s.vatRateBp = 1900;
        s.website = u"https://www.solebox.com"_s;
        auto created = suppliers.create(s);
        REQUIRE(created);
        auto found = suppliers.findByName(u"solebox"_s).value();
        REQUIRE(found);
        CHECK(found->vatRateBp == 1900);
        found->notes = u"Fast shipping"_s;
        REQUIRE(suppliers.update(*found));
        CHECK(suppliers.all().value().first().notes == u"Fast shipping"_s);
        CHECK(suppliers.findOrCreate(u"Solebox"_s).value().id == created.value().id);
        REQUIRE(suppliers.remove(created.value().id));

        MarketplaceRepository marketplaces(db);
        const auto stockx = marketplaces.findBySlug(u"stockx"_s).value();
        REQUIRE(stockx);
        CHECK(stockx->feePercentBp == 900);
        const auto rules = marketplaces.feeRules(stockx->id, QDateTime::currentDateTimeUtc(), 1).value();
        REQUIRE(rules.size() == 2);
        auto fees = computeFees(rules, eur("48.94"));
        CHECK(fees.value(u"transaction"_s) == eur("5.00")); // 9 % would be 4.40: the minimum applies
        CHECK(fees.value(u"payment_processing"_s) == eur("1.47"));
        fees =
            computeFees(marketplaces.feeRules(stockx->id, QDateTime::currentDateTimeUtc(), 5).value(), eur("200.00"));
        CHECK(fees.value(u"transaction"_s) == eur("14.00"));
        CHECK(fees.value(u"payment_processing"_s) == eur("6.00"));
        Marketplace vinted;
        vinted.name = u"Vinted"_s;
        vinted.feePercentBp = 500;
        auto createdMarketplace = marketplaces.create(vinted);
        REQUIRE(createdMarketplace);
        CHECK(marketplaces.findBySlug(u"vinted"_s).value()->feePercentBp == 500);
        CHECK_FALSE(marketplaces.create(vinted)); // unique name and slug
        REQUIRE(marketplaces.remove(createdMarketplace.value().id));
        REQUIRE(marketplaces.setActive(stockx->id, false));
        CHECK_FALSE(marketplaces.findBySlug(u"stockx"_s).value()->active);
    });
}

TEST_CASE("Stock items / listings and orders", "[db][sales]")
{
    onEachBackend([](Database &db) {
        const Product p =
            makeProduct(db, u"555088-134"_s, u"Air Jordan 1 Retro High OG \u201CUNC\u201D"_s, u"Jordan"_s);
        StockRepository stock(db);
        StockItem item = makeItem(p.id, sizeId(db, u"US 10"_s), "190.40", QDate(2024, 2, 1));
        item.location = u"Shelf A1"_s;
        item.notes = u"Receipt available"_s;
        auto created = stock.create(item);
        REQUIRE(created);
        item = created.value();
        CHECK(item.netPrice == eur("160.00"));
        const auto loaded = stock.get(item.id).value();
        REQUIRE(loaded);
        CHECK(loaded->grossPrice == eur("190.40"));
        CHECK(loaded->purchaseDate == item.purchaseDate);
        CHECK(loaded->vatRate == VatRate::germanStandard());
        StockItem bad = item;
        bad.quantity = -1;
        CHECK_FALSE(stock.update(bad));
        bad = item;
        bad.grossPrice = eur("100.00");
        CHECK_FALSE(stock.update(bad)); // gross below net

        const auto stockx = MarketplaceRepository(db).findBySlug(u"stockx"_s).value();
        ListingRepository listings(db);
        Listing listing;
        listing.itemId = item.id;
        listing.marketplaceId = stockx->id;
        listing.externalId = u"98e2e748-8000-45bf-a624-5531d6a68318"_s;
        listing.status = ListingStatus::Active;
        listing.platformStatus = u"ACTIVE"_s;
        listing.amount = eur("289.00");
        auto createdListing = listings.create(listing);
        REQUIRE(createdListing);
        CHECK(listings.findByExternalId(stockx->id, listing.externalId).value()->amount == eur("289.00"));
        CHECK_FALSE(listings.create(listing)); // same marketplace + external id
        listing = createdListing.value();
        listing.status = ListingStatus::Matched;
        REQUIRE(listings.update(listing));
        CHECK(listings.forItem(item.id).value().first().status == ListingStatus::Matched);

        OrderRepository orders(db);
        Order order;
        order.itemId = item.id;
        order.listingId = listing.id;
        order.marketplaceId = stockx->id;
        order.externalId = u"13274521-13174280"_s;
        order.status = OrderStatus::Completed;
        order.salePrice = eur("289.00");
        order.sellerFee = eur("26.01");
        order.processingFee = eur("8.67");
        order.soldAt = QDateTime(QDate(2024, 3, 2), QTime(15, 30), Qt::UTC);
        order.financials =
            computeFinancials(SaleFigures{order.salePrice, order.sellerFee, order.processingFee, eur("0"), eur("0"),
                                          *item.netPrice, QDate(2024, 2, 1), QDate(2024, 3, 2)});
        auto createdOrder = orders.create(order);
        REQUIRE(createdOrder);
        const auto loadedOrder = orders.findByExternalId(stockx->id, order.externalId).value();
        REQUIRE(loadedOrder);
        CHECK(loadedOrder->financials.netProceeds == eur("254.32"));
        CHECK(loadedOrder->financials.netProfit == eur("94.32"));
        CHECK(loadedOrder->financials.roi == 5895);
        CHECK(loadedOrder->financials.shelfLifeDays == 30);
        CHECK(loadedOrder->soldAt == order.soldAt);
        CHECK_FALSE(orders.create(order)); // dedup key (marketplace, external id)
        Order changed = *loadedOrder;
        changed.payoutReceived = true;
        changed.payoutDate = QDateTime(QDate(2024, 3, 12), QTime(9, 0), Qt::UTC);
        REQUIRE(orders.update(changed));
        CHECK(orders.get(changed.id).value()->payoutReceived);
        CHECK(orders.forItem(item.id).value().size() == 1);
        const auto totals = orders.totals(u"EUR"_s).value();
        CHECK(totals.orders == 1);
        CHECK(totals.fees == eur("34.68"));
        CHECK(totals.netProfit == eur("94.32"));
        // The stock item cannot be deleted while an order refers to it.
        const Status inUse = stock.remove(item.id);
        REQUIRE_FALSE(inUse);
        CHECK(inUse.error().code == u"db.in_use"_s);
        REQUIRE(orders.remove(changed.id));
        REQUIRE(listings.remove(listing.id));
        REQUIRE(stock.remove(item.id));
    });
}

TEST_CASE("Transactions roll back unless committed / nested ones join", "[db][transaction]")
{
    onEachBackend([](Database &db) {
        BrandRepository brands(db);
        {
            Transaction outer(db);
            REQUIRE(outer.begin());
            REQUIRE(brands.create(u"Rolled Back"_s));
        }
        CHECK_FALSE(brands.findByName(u"Rolled Back"_s).value());
        {
            Transaction outer(db);
            REQUIRE(brands.create(u"Kept"_s));
            {
                Transaction inner(db);
                REQUIRE(brands.create(u"Inner"_s));
                REQUIRE(inner.commit());
            }
            REQUIRE(outer.commit());
        }
        CHECK(brands.findByName(u"Inner"_s).value());
        {
            Transaction outer(db);
            REQUIRE(brands.create(u"Poisoned"_s));
            {
                Transaction inner(db); // abandoned
            }
            CHECK_FALSE(outer.commit());
        }
        CHECK_FALSE(brands.findByName(u"Poisoned"_s).value());
    });
}
