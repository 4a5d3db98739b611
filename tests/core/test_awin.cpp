#include "awinfixture.h"
#include "catchqt.h"
#include "fixtures.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/sqlquery.h"
#include "sales/marketplacerepository.h"
#include "sourcing/awinfeedimporter.h"
#include "sourcing/awinfeedparser.h"
#include "sourcing/awinfeedrepository.h"
#include "sourcing/awinmatcher.h"
#include "sourcing/awinofferrepository.h"
#include "sourcing/offerpurchase.h"
#include "sourcing/opportunityrepository.h"
#include "sync/awin/awinenrichment.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;
using Gen = sf::emu::AwinFeedGenerator;

namespace {

qint64 storedPrice(const Database &db, const QString &awinId)
{
    SqlQuery q(db, u"SELECT retail_price_cents FROM {{integration.awin_products}} WHERE awin_product_id = :id"_s);
    REQUIRE(q.bind(u":id"_s, awinId).exec());
    REQUIRE(q.next());
    return q.integer(0);
}

qint64 count(const Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.integer(0);
}

} // namespace

TEST_CASE("Awin feed import: a full import, then a re-import updates prices with their history and marks "
          "gone offers unavailable",
          "[awin]")
{
    onEachBackend([](Database &db) {
        AwinFixture fx(180);
        const auto first = fx.downloadAndImport(db);
        REQUIRE(first);
        CHECK(first.value().rows == 180);
        CHECK(first.value().inserted == 180);
        CHECK(first.value().rejected == 0);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}}"_s) == 180);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_price_history}}"_s) == 180);
        CHECK(storedPrice(db, Gen::awProductId(fx.feed(), 5)) == Gen::priceCents(fx.feed(), 5));

        fx.emulator.updateFeed(AwinFixture::kFeedId);
        qint64 present = 0;
        qint64 changed = 0;
        emu::AwinFeedSpec before = fx.feed();
        before.revision = 0;
        for (int row = 0; row < 180; ++row) {
            if (!Gen::present(fx.feed(), row))
                continue;
            ++present;
            changed += Gen::priceCents(fx.feed(), row) != Gen::priceCents(before, row) ? 1 : 0;
        }
        const auto second = fx.downloadAndImport(db);
        REQUIRE(second);
        CHECK(second.value().rows == present);
        CHECK(second.value().inserted == 0);
        CHECK(second.value().updated == present);
        CHECK(second.value().priceChanges == changed);
        CHECK(second.value().markedUnavailable == 180 - present);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}}"_s) == 180);
        CHECK(count(db, u"SELECT COUNT(DISTINCT awin_product_id) FROM {{integration.awin_products}}"_s) == 180);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_price_history}}"_s) == 180 + changed);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}} WHERE NOT available AND NOT in_stock"_s) ==
              180 - present);
        for (int row = 0; row < 180; ++row)
            if (Gen::present(fx.feed(), row))
                CHECK(storedPrice(db, Gen::awProductId(fx.feed(), row)) == Gen::priceCents(fx.feed(), row));
        // Importing the same download again changes nothing and duplicates nothing.
        const auto third = fx.downloadAndImport(db);
        REQUIRE(third);
        CHECK(third.value().priceChanges == 0);
        CHECK(third.value().markedUnavailable == 0);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_price_history}}"_s) == 180 + changed);
    });
}

TEST_CASE("Awin downloads that fail leave the stored offers untouched and say why", "[awin]")
{
    onEachBackend([](Database &db) {
        AwinFixture fx(90);
        REQUIRE(fx.downloadAndImport(db));
        const qint64 price = storedPrice(db, Gen::awProductId(fx.feed(), 0));
        fx.emulator.updateFeed(AwinFixture::kFeedId); // a successful import would now change prices

        SECTION("a truncated gzip")
        {
            fx.emulator.injectFault(emu::AwinFault::TruncatedGzip);
            const auto report = fx.downloadAndImport(db);
            REQUIRE_FALSE(report);
            CHECK(report.error().code == u"gzip.corrupt"_s);
            CHECK(report.error().message.contains(u"cut short"_s));
        }
        SECTION("a wrong key")
        {
            fx.emulator.injectFault(emu::AwinFault::WrongKey);
            const auto report = fx.downloadAndImport(db);
            REQUIRE_FALSE(report);
            CHECK(report.error().message.contains(u"403"_s));
            CHECK(report.error().message.contains(u"key"_s));
            CHECK_FALSE(report.error().toString().contains(fx.emulator.options().key));
        }
        SECTION("a throttled download")
        {
            fx.emulator.options().maxPerFeedPerHour = 1; // the first import used the hour's one download
            const auto report = fx.downloadAndImport(db);
            REQUIRE_FALSE(report);
            CHECK(report.error().code == u"awin.throttled"_s);
            CHECK(fx.emulator.refusals() == 1);
        }
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}}"_s) == 90);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}} WHERE NOT available"_s) == 0);
        CHECK(storedPrice(db, Gen::awProductId(fx.feed(), 0)) == price);
    });
}

TEST_CASE("Awin bad rows are reported with their line, the rest of the feed is stored", "[awin]")
{
    onEachBackend([](Database &db) {
        AwinFixture fx(120);
        fx.emulator.setBadRowEvery(10);
        const auto report = fx.downloadAndImport(db);
        REQUIRE(report);
        // Rows 10, 20, … of the file are spoilt; the header is line 1, so the n-th row is on line n + 1.
        qint64 rejected = 0;
        qint64 cut = 0;
        for (int written = 10; written <= 120; written += 10) {
            const int kind = (written - 1) % 3; // the generator spoils by the feed row (written − 1)
            (kind == 2 ? cut : rejected) += 1;
        }
        CHECK(report.value().rejected == rejected);
        CHECK(report.value().flagged >= cut);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}}"_s) == 120 - rejected);
        for (const AwinRowNote &note : report.value().rejections) {
            CHECK((note.line - 1) % 10 == 0);
            CHECK_FALSE(note.text.isEmpty());
        }
        bool sawPriceReason = false;
        for (const AwinRowNote &note : report.value().rejections)
            sawPriceReason = sawPriceReason || note.text.contains(u"1a9,00"_s);
        CHECK(sawPriceReason);
        // The rows cut short keep what they had, flagged.
        bool sawCut = false;
        for (const AwinRowNote &note : report.value().flags)
            sawCut = sawCut || note.text.contains(u"fields where the header has"_s);
        CHECK(sawCut);
    });
}

TEST_CASE("Awin feed files: gzip read as a stream, concatenated members, plain CSV, and a truncated file refused",
          "[awin]")
{
    QTemporaryDir dir;
    const QByteArray csv = "aw_product_id,search_price,product_name,ean,description\n"
                           "1,130.00,\"ASICS GT-2160 Damen, weiss\",4550457535267,\"„Leicht“ | 1203A544.101\"\n"
                           "2,99.95,Air Jordan 1 Mid DQ8426-061,0195866180155,kein Code\n";
    const auto gzip = [](const QByteArray &plain) {
        QByteArray out(int(compressBound(uLong(plain.size()))) + 64, Qt::Uninitialized);
        z_stream zs{};
        deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.data()));
        zs.avail_in = uInt(plain.size());
        zs.next_out = reinterpret_cast<Bytef *>(out.data());
        zs.avail_out = uInt(out.size());
        deflate(&zs, Z_FINISH);
        out.resize(qsizetype(zs.total_out));
        deflateEnd(&zs);
        return out;
    };
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    onEachBackend([&](Database &db) {
        const AwinFeedImporter importer(db);
        SECTION("gzip, two members")
        {
            const qsizetype half = csv.indexOf('\n', csv.indexOf('\n') + 1) + 1;
            const auto r = importer.importFile(write(u"two.csv.gz"_s, gzip(csv.left(half)) + gzip(csv.mid(half))));
            REQUIRE(r);
            CHECK(r.value().inserted == 2);
        }
        SECTION("plain CSV")
        {
            const auto r = importer.importFile(write(u"plain.csv"_s, csv));
            REQUIRE(r);
            CHECK(r.value().inserted == 2);
        }
        SECTION("a truncated gzip file stores nothing")
        {
            const QByteArray whole = gzip(csv);
            const auto r = importer.importFile(write(u"cut.csv.gz"_s, whole.left(whole.size() - 9)));
            REQUIRE_FALSE(r);
            CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}}"_s) == 0);
            return;
        }
        SqlQuery q(db, u"SELECT style_code, retail_price_cents FROM {{integration.awin_products}} ORDER BY "
                       "awin_product_id"_s);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.string(0) == u"1203A544-101"_s);
        CHECK(q.integer(1) == 13000);
        REQUIRE(q.next());
        CHECK(q.string(0) == u"DQ8426-061"_s); // from the end of the name
        CHECK(q.integer(1) == 9995);
    });
}

TEST_CASE("Awin style codes: dots and dashes are one code", "[awin]")
{
    CHECK(AwinFeedParser::normaliseStyleCode(u"1203a544.101"_s) == u"1203A544-101"_s);
    CHECK(AwinFeedParser::styleCodeIn(u"Der „Kayano“ … Stabilität. | 1203A544.101"_s, {}) == u"1203A544-101"_s);
    CHECK(AwinFeedParser::styleCodeIn(u"Ein Schuh | für alle Tage"_s, {}).isEmpty());
    CHECK(AwinFeedParser::styleCodeIn({}, u"Nike Dunk Low DD1391-100"_s) == u"DD1391-100"_s);
}

TEST_CASE("Awin matching: by EAN to StockX variant GTINs, then by style code and EU size", "[awin]")
{
    onEachBackend([](Database &db) {
        AwinFixture fx(72); // models 0–3, 18 sizes each
        REQUIRE(fx.downloadAndImport(db));
        // Model 1 (Jordan) is known to StockX with GTINs: every size matches by EAN; one GTIN as a 12-digit UPC.
        QStringList sizes;
        QStringList gtins;
        for (int s = 0; s < Gen::kSizesPerModel; ++s) {
            sizes << Gen::euSize(s);
            gtins << Gen::ean(1, s);
        }
        gtins[0] = gtins[0].mid(1); // 4… is not a UPC; make one that is: 0 + 12 digits
        makeCatalogModel(db, u"JORDAN-1"_s, sizes, gtins, {});
        // Model 0 (ASICS, "1203A000.000" in the feed) is in the catalog as 1203A000-000 with three sizes.
        makeCatalogModel(db, Gen::normalisedStyleCode(0), {u"42.5"_s, u"43"_s, u"44"_s}, {}, {});
        // Model 2 is in the catalog without sizes: matched to the product only.
        makeCatalogModel(db, Gen::styleCode(2), {}, {}, {});

        const auto report = AwinMatcher(db).run();
        REQUIRE(report);
        CHECK(report.value().byGtin == 17); // the shortened GTIN is not the EAN's UPC (the EAN starts with 4)
        CHECK(report.value().byStyleSize == 3);
        CHECK(report.value().byStyleOnly == 18 + 15);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}} WHERE match_method = 'ean' AND "
                        "match_confidence = 1"_s) == 17);
        CHECK(count(db, u"SELECT COUNT(*) FROM {{integration.awin_products}} WHERE match_method = 'style_size' "
                        "AND matched_variant_id IS NOT NULL"_s) == 3);
        // A rerun finds nothing new; a variant added later upgrades the product-only matches.
        const auto again = AwinMatcher(db).run();
        REQUIRE(again);
        CHECK(again.value().matchedTotal() == 0);
    });
}

TEST_CASE("Awin opportunities: profit after StockX fees and shipping, exact to the cent", "[awin]")
{
    onEachBackend([](Database &db) {
        AwinFixture fx(36); // models 0 and 1
        REQUIRE(fx.downloadAndImport(db));
        // Model 1, EU 42.5 (size index 9), costs 160.00 at this shop with free delivery.
        REQUIRE(Gen::priceCents(fx.feed(), 18 + 9) == 16000);
        QStringList sizes;
        QStringList gtins;
        QList<qint64> asks;
        for (int s = 0; s < Gen::kSizesPerModel; ++s) {
            sizes << Gen::euSize(s);
            gtins << Gen::ean(1, s);
            asks << (s == 9 ? 25000 : 4000 + s * 700); // includes asks where the 5.00 minimum fee applies
        }
        makeCatalogModel(db, u"JORDAN-1"_s, sizes, gtins, asks);
        REQUIRE(AwinMatcher(db).run());
        OpportunitySettings settings;
        const auto valued = OpportunityRepository(db).refresh(settings);
        REQUIRE(valued);
        CHECK(valued.value() == 18);

        const auto allPage = OpportunityRepository(db).page({}, std::nullopt, 100);
        REQUIRE(allPage);
        const Result<QList<Opportunity>> all = allPage.value().rows;
        qint64 previous = std::numeric_limits<qint64>::max();
        int inStock = 0;
        for (int s = 0; s < Gen::kSizesPerModel; ++s)
            inStock += Gen::inStock(fx.feed(), 18 + s) ? 1 : 0;
        CHECK(all.value().size() == inStock);
        // By hand, seller level 1: 9 % transaction (at least 5.00) + 3 % payment processing.
        bool sawExample = false;
        for (const Opportunity &o : all.value()) {
            CHECK(o.profit.minor() <= previous);
            previous = o.profit.minor();
            if (o.size == u"42.5"_s) {
                sawExample = true;
                CHECK(o.salePrice.minor() == 25000);
                CHECK(o.fees.minor() == 2250 + 750);
                CHECK(o.netProceeds.minor() == 22000);
                CHECK(o.buyPrice.minor() == 16000);
                CHECK(o.profit.minor() == 6000);
                CHECK(o.marginPercent == Approx(24.0));
                REQUIRE(o.roiPercent);
                CHECK(*o.roiPercent == Approx(37.5));
            }
            // Independently: the app's fee rules applied by Money arithmetic.
            const auto rules = OpportunityRepository(db).feeRules(settings);
            REQUIRE(rules);
            Money fees(0, u"EUR"_s);
            for (const Money &fee : computeFees(rules.value(), o.salePrice))
                fees = fees + fee;
            CHECK(o.fees == fees);
            CHECK(o.profit == o.salePrice - fees - o.buyPrice - o.delivery);
        }
        CHECK(sawExample);

        // Shipping to StockX and the filters.
        settings.shipping = Money(500, u"EUR"_s);
        REQUIRE(OpportunityRepository(db).refresh(settings));
        OpportunityFilter filter;
        filter.minProfit = Money(5000, u"EUR"_s);
        const auto richPage = OpportunityRepository(db).page(filter, std::nullopt, 100);
        const Result<QList<Opportunity>> rich =
            richPage ? Result<QList<Opportunity>>(richPage.value().rows) : richPage.error();
        REQUIRE(rich);
        REQUIRE(rich.value().size() == 1);
        CHECK(rich.value().first().profit.minor() == 5500);
        filter = {};
        filter.maxBuyPrice = Money(10000, u"EUR"_s);
        const auto cheapPage = OpportunityRepository(db).page(filter, std::nullopt, 100);
        REQUIRE(cheapPage);
        const Result<QList<Opportunity>> cheap = cheapPage.value().rows;
        REQUIRE(cheap);
        CHECK(cheap.value().isEmpty());
    });
}

TEST_CASE("Awin feed list: which feeds changed since their last import", "[awin]")
{
    onEachBackend([](Database &db) {
        AwinFixture fx(18);
        std::optional<Result<QList<AwinFeed>>> listed;
        fx.client->fetchList([&](Result<QList<AwinFeed>> r) { listed.emplace(std::move(r)); });
        REQUIRE(QTest::qWaitFor([&] { return listed.has_value(); }, 5000));
        REQUIRE(*listed);
        REQUIRE(listed->value().size() == 1);
        const AwinFeedRepository feeds(db);
        REQUIRE(feeds.storeListed(listed->value()));
        auto stored = feeds.find(AwinFixture::kFeedId);
        REQUIRE(stored);
        REQUIRE(stored.value());
        CHECK(stored.value()->changedSinceImport());
        const auto report = fx.downloadAndImport(db);
        REQUIRE(report);
        REQUIRE(feeds.recordImport(AwinFixture::kFeedId, listed->value().first().listedAt, report.value()));
        stored = feeds.find(AwinFixture::kFeedId);
        CHECK_FALSE(stored.value()->changedSinceImport());
        CHECK(stored.value()->offers == 18);
    });
}

TEST_CASE("Awin offers: the browser pages by price with filters, the price history, and buying an opportunity "
          "creates an incoming pair from the merchant",
          "[awin]")
{
    onEachBackend([](Database &db) {
        AwinFixture fx(36);
        REQUIRE(fx.downloadAndImport(db));
        QStringList sizes;
        QStringList gtins;
        for (int s = 0; s < Gen::kSizesPerModel; ++s) {
            sizes << Gen::euSize(s);
            gtins << Gen::ean(1, s);
        }
        const CatalogModel model =
            makeCatalogModel(db, u"JORDAN-1"_s, sizes, gtins, QList<qint64>(Gen::kSizesPerModel, 25000));
        REQUIRE(AwinMatcher(db).run());
        REQUIRE(OpportunityRepository(db).refresh({}));

        const AwinOfferRepository offers(db);
        std::optional<KeysetCursor> cursor;
        qint64 seen = 0;
        qint64 lastPrice = -1;
        do {
            const auto page = offers.page({}, cursor, 10);
            REQUIRE(page);
            for (const AwinOfferRow &row : page.value().rows) {
                CHECK(row.price.minor() >= lastPrice);
                lastPrice = row.price.minor();
                ++seen;
            }
            cursor = page.value().next;
        } while (cursor);
        CHECK(seen == 36);
        AwinOfferFilter filter;
        filter.matchedOnly = true;
        const auto matched = offers.page(filter, std::nullopt, 100);
        REQUIRE(matched);
        CHECK(matched.value().rows.size() == 18);
        filter = {};
        filter.text = Gen::ean(1, 3);
        const auto byEan = offers.page(filter, std::nullopt, 100);
        REQUIRE(byEan);
        REQUIRE(byEan.value().rows.size() == 1);
        CHECK(byEan.value().rows.first().matchMethod == u"ean"_s);
        const auto history = offers.priceHistory(Gen::awProductId(fx.feed(), 0));
        REQUIRE(history);
        CHECK(history.value().size() == 1);

        const auto best = OpportunityRepository(db).page({}, std::nullopt, 1);
        REQUIRE(best);
        REQUIRE(best.value().rows.size() == 1);
        const Opportunity offer = best.value().rows.first();
        const auto bought = OfferPurchase(db).record(offer, 1, u"SZ-1001"_s);
        REQUIRE(bought);
        REQUIRE(bought.value().size() == 1);
        SqlQuery pair(db, u"SELECT s.ean, s.detailed_status, p.name, s.product_id FROM {{inventory.stock}} s JOIN "
                          "{{supplier.profile}} p ON p.id = s.supplier_id WHERE s.id = :id"_s);
        REQUIRE(pair.bind(u":id"_s, bought.value().first()).exec());
        REQUIRE(pair.next());
        CHECK(pair.string(0) == offer.ean);
        CHECK(pair.string(1) == u"incoming"_s);
        CHECK(pair.string(2) == u"size?Official DE"_s);
        CHECK(pair.id<ProductId>(3) == model.product);
        // Now the size is held: "only sizes I don't hold" leaves it out.
        OpportunityFilter notHeld;
        notHeld.onlySizesNotHeld = true;
        const auto rest = OpportunityRepository(db).page(notHeld, std::nullopt, 100);
        REQUIRE(rest);
        for (const Opportunity &o : rest.value().rows)
            CHECK(o.size != offer.size);
    });
}

TEST_CASE("Awin enrichment: unmatched EANs found on StockX as GTINs, tracked as a job, then matched and valued",
          "[awin][stockx]")
{
    onEachBackend([](Database &db) {
        AwinFixture awin(36); // models 0 and 1
        REQUIRE(awin.downloadAndImport(db));
        StockXFixture fx;
        // StockX knows model 1 (US sizes, the shop's EANs as GTINs); model 0 it does not know.
        const QStringList us{u"4"_s, u"5"_s,   u"5.5"_s, u"6"_s,    u"6.5"_s, u"7"_s,    u"7.5"_s, u"8"_s,    u"8.5"_s,
                             u"9"_s, u"9.5"_s, u"10"_s,  u"10.5"_s, u"11"_s,  u"11.5"_s, u"12"_s,  u"12.5"_s, u"13"_s};
        emu::EmuProduct product;
        product.productId = u"awin-model-1"_s;
        product.urlKey = u"air-jordan-1-mid-awin"_s;
        product.styleId = Gen::normalisedStyleCode(1);
        product.title = u"Air Jordan 1 Mid"_s;
        product.brand = u"Jordan"_s;
        product.retailCents = 13000;
        QList<emu::EmuVariant> variants;
        for (int s = 0; s < Gen::kSizesPerModel; ++s) {
            emu::EmuVariant v;
            v.variantId = u"awin-model-1-"_s + us.at(s);
            v.productId = product.productId;
            v.size = us.at(s);
            v.gtin = Gen::ean(1, s);
            v.lowestAsk = 25000;
            v.highestBid = 21000;
            variants << v;
        }
        fx.emulator.catalog().addProduct(product, variants);
        const auto client = fx.client();

        int inStock0 = 0;
        int inStock1 = 0;
        for (int s = 0; s < Gen::kSizesPerModel; ++s) {
            inStock0 += Gen::inStock(awin.feed(), s) ? 1 : 0;
            inStock1 += Gen::inStock(awin.feed(), 18 + s) ? 1 : 0;
        }
        AwinEnrichment job(db, *client);
        QSignalSpy finished(&job, &AwinEnrichment::finished);
        QSignalSpy progress(&job, &AwinEnrichment::progress);
        job.start();
        REQUIRE(finished.wait(60000));
        const auto result = finished.first().first().value<AwinEnrichmentResult>();
        INFO((result.error ? result.error->toString() : QString()).toStdString());
        CHECK(result.status == u"completed"_s);
        CHECK(result.counts.total == inStock0 + inStock1);
        CHECK(result.counts.matched == inStock1);
        CHECK(result.counts.notFound == inStock0);
        CHECK(result.newProducts == 1);
        CHECK(progress.count() == inStock0 + inStock1);
        // One GTIN lookup per EAN of model 0, but only one for model 1: its other sizes came with its variants.
        int gtinLookups = 0;
        for (const auto &r : fx.emulator.requests())
            gtinLookups += r.path.contains(u"/variants/gtins/"_s) ? 1 : 0;
        CHECK(gtinLookups == inStock0 + 1);
        CHECK(rowCount(db, u"integration.awin_enrichment_jobs"_s,
                       u"WHERE status = 'completed' AND processed_products = "_s +
                           QString::number(inStock0 + inStock1)) == 1);
        CHECK(rowCount(db, u"integration.awin_products"_s, u"WHERE match_method = 'ean'"_s) == 18);
        CHECK(rowCount(db, u"integration.awin_products"_s, u"WHERE enrichment_status = 'not_found'"_s) == inStock0);
        const auto valued = OpportunityRepository(db).page({}, std::nullopt, 100);
        REQUIRE(valued);
        CHECK(valued.value().rows.size() == inStock1);

        // A second run has nothing left to look up.
        fx.emulator.clearRequests();
        AwinEnrichment again(db, *client);
        QSignalSpy done(&again, &AwinEnrichment::finished);
        again.start();
        REQUIRE((done.count() > 0 || done.wait(20000)));
        CHECK(done.first().first().value<AwinEnrichmentResult>().counts.total == 0);
    });
}
