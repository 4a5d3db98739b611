#include "catchqt.h"
#include "fixtures.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "catalog/brandrepository.h"
#include "catalog/catalogresolver.h"
#include "catalog/productrepository.h"
#include "catalog/sizerepository.h"
#include "inventory/stockrepository.h"

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
BrandId brandOf(const Database &db, const ProductId &id)
{
    const auto product = ProductRepository(db).get(id);
    REQUIRE(product);
    REQUIRE(product.value());
    return product.value()->brandId;
}

Brand brandNamed(const Database &db, const QString &name)
{
    const auto brand = BrandRepository(db).findByName(name);
    REQUIRE(brand);
    REQUIRE(brand.value());
    return *brand.value();
}
} // namespace

TEST_CASE("Size editor: an unclassified size is mapped in one step and later imports follow the mapping",
          "[db][catalog]")
{
    onEachBackend([](Database &db) {
        CatalogResolver resolver(db);
        const auto junior = resolver.size(u"3J"_s);
        REQUIRE(junior);
        CHECK(junior.value().region == u"TEXT"_s);
        const Product product = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Retro"_s);
        for (int i = 0; i < 2; ++i)
            REQUIRE(StockRepository(db).create(makeItem(product.id, junior.value().id, "80.00")));

        SizeRepository sizes(db);
        const auto unclassified = sizes.usage(true);
        REQUIRE(unclassified);
        REQUIRE(unclassified.value().size() == 1);
        CHECK(unclassified.value().first().size.value == u"3J"_s);
        CHECK(unclassified.value().first().pairs == 2);

        const auto youth = resolver.size(u"3.5Y"_s);
        REQUIRE(youth);
        REQUIRE(sizes.mapInto({junior.value().id}, youth.value().id));
        CHECK(sizes.usage(true).value().isEmpty());
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE size_id = '%1'"_s.arg(youth.value().id.toString())) == 2);
        CHECK(sizeId(db, u"3J"_s) == youth.value().id);
        CatalogResolver nextImport(db);
        CHECK(nextImport.size(u"3J"_s).value().id == youth.value().id);
        CHECK(rowCount(db, u"catalog.sizes"_s, u"WHERE region = 'TEXT'"_s) == 0);
    });
}

TEST_CASE("Brand editor: rename / merge moves products / a pattern previews and claims its products", "[db][catalog]")
{
    onEachBackend([](Database &db) {
        CatalogResolver resolver(db);
        // The fallback rule makes "Kapital" of these names.
        const auto tee = resolver.product({{}, u"Kapital Century Denim Jacket Indigo"_s, {}, u"L"_s});
        const auto flare = resolver.product({{}, u"Kapital Kountry Bandana Red"_s, {}, u"One Size"_s});
        REQUIRE(tee);
        REQUIRE(flare);
        const Brand kapital = brandNamed(db, u"Kapital"_s);
        CHECK(brandOf(db, tee.value()) == kapital.id);

        BrandRepository brands(db);
        const auto dept = brands.create(u"Kapital Japan"_s);
        REQUIRE(dept);
        const auto taken = brands.renameTo(kapital.id, u"kapital japan"_s);
        REQUIRE_FALSE(taken);
        CHECK(taken.error().message.contains(u"merge"_s));

        REQUIRE(brands.merge(kapital.id, dept.value().id));
        CHECK(brandOf(db, tee.value()) == dept.value().id);
        CHECK(brandOf(db, flare.value()) == dept.value().id);
        CHECK_FALSE(brands.findByName(u"Kapital"_s).value());
        // The merged name now finds the brand it went into, instead of making "Gallery" again.
        CHECK(brands.detect(u"Kapital Smiley Socks"_s).value()->id == dept.value().id);

        // A keyword claims products of other brands; the preview says which, applying moves them.
        const Product slide = makeProduct(db, u"HQ6448"_s, u"adidas Yeezy Slide Onyx"_s, u"Adidas"_s);
        const Product kanye = makeProduct(db, u"YZY-FOAM"_s, u"Foam Runner by YZY Onyx"_s, u"Foam"_s);
        const auto yeezy = brands.create(u"Yeezy Gap"_s);
        REQUIRE(yeezy);
        CHECK_FALSE(brands.claims(yeezy.value().id, u"regex"_s, u"(yzy"_s));
        const auto preview = brands.claims(yeezy.value().id, u"regex"_s, u"\\b(yeezy|yzy)\\b"_s);
        REQUIRE(preview);
        REQUIRE(preview.value().size() == 2);
        CHECK(preview.value().at(0).currentBrand == u"Adidas"_s);
        const auto moved = brands.addPattern(yeezy.value().id, u"regex"_s, u"\\b(yeezy|yzy)\\b"_s);
        REQUIRE(moved);
        CHECK(moved.value() == 2);
        CHECK(brandOf(db, slide.id) == yeezy.value().id);
        CHECK(brandOf(db, kanye.id) == yeezy.value().id);
        CHECK(brands.detect(u"Yeezy Boost 350 V2 Zebra"_s).value()->id == yeezy.value().id);

        const auto usage = brands.usage();
        REQUIRE(usage);
        const auto row = std::find_if(usage.value().cbegin(), usage.value().cend(),
                                      [&](const BrandUsage &u) { return u.brand.id == yeezy.value().id; });
        REQUIRE(row != usage.value().cend());
        CHECK(row->products == 2);
        CHECK(row->patterns == QStringList{u"regex: \\b(yeezy|yzy)\\b"_s});
    });
}
