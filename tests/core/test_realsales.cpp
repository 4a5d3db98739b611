#include "catchqt.h"
#include "importfixtures.h"
#include "realsales.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "catalog/brandrepository.h"
#include "catalog/sizeclassifier.h"
#include "sync/stockx/stockxmapping.h"
#include "sync/stockx/stockxordersync.h"
#include "sync/syncrejectionrepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
qint64 expectedCents(bool payout)
{
    qint64 total = 0;
    for (const RealSale &sale : realSales())
        total += payout ? realSalePayoutCents(sale) : sale.amountCents;
    return total;
}

// Every sale is an order on the pair of its size as written, to the cent.
void checkEverySaleKept(const Database &db)
{
    CHECK(rowCount(db, u"sales.order"_s) == realSales().size());
    CHECK(sumCents(db, u"sales.order"_s, u"gross_sale"_s) == expectedCents(false));
    CHECK(sumCents(db, u"sales.order"_s, u"net_proceeds"_s) == expectedCents(true));
    CHECK(rowCount(db, u"catalog.sizes"_s, u"WHERE region = 'TEXT' AND value = '3J'"_s) == 1);
    CHECK(rowCount(db, u"catalog.sizes"_s, u"WHERE region = 'DUAL' AND value = '12W / 10.5M'"_s) == 1);
    CHECK(rowCount(db, u"catalog.sizes"_s, u"WHERE region = 'US-Y' AND value = '4Y'"_s) == 1);
    CHECK(rowCount(db, u"catalog.sizes"_s, u"WHERE region = 'EU' AND value = '42'"_s) == 1);
    CHECK(rowCount(db, u"catalog.sizes"_s, u"WHERE region = 'WL' AND value = '34W/32L'"_s) == 1);
    CHECK(rowCount(db, u"catalog.product"_s, u"WHERE brand_id IS NULL"_s) == 0);
}

void checkSize(const QString &written, const QString &region, const QString &value)
{
    INFO(written.toStdString());
    const SizeClass size = SizeClassifier::classify(written);
    CHECK(size.region == region);
    CHECK(size.value == value);
}
} // namespace

TEST_CASE("Sizes: every form StockX sells is filed, and what fits no rule is kept as written", "[sizes]")
{
    checkSize(u"10.5"_s, u"US"_s, u"10.5"_s);
    checkSize(u"US M 9"_s, u"US"_s, u"9"_s);
    checkSize(u"8.5W"_s, u"US-W"_s, u"8.5W"_s);
    checkSize(u"4Y"_s, u"US-Y"_s, u"4Y"_s);
    checkSize(u"3C"_s, u"US-K"_s, u"3C"_s);
    checkSize(u"6K"_s, u"US-T"_s, u"6K"_s);
    checkSize(u"EU 42,5"_s, u"EU"_s, u"42.5"_s);
    checkSize(u"42"_s, u"EU"_s, u"42"_s);
    checkSize(u"EU 42 2/3"_s, u"EU"_s, u"42 2/3"_s);
    checkSize(u"UK 8"_s, u"UK"_s, u"8"_s);
    checkSize(u"CM 27.5"_s, u"CM"_s, u"27.5"_s);
    checkSize(u"M"_s, u"INT"_s, u"M"_s);
    checkSize(u"xxl"_s, u"INT"_s, u"XXL"_s);
    checkSize(u"M/L"_s, u"INT"_s, u"M/L"_s);
    checkSize(u"S / M"_s, u"INT"_s, u"S/M"_s);
    checkSize(u"L/XL"_s, u"INT"_s, u"L/XL"_s);
    checkSize(u"S / Men's 9-10"_s, u"INT"_s, u"S / Men's 9-10"_s);
    checkSize(u"34W/32L"_s, u"WL"_s, u"34W/32L"_s);
    checkSize(u"W32 L34"_s, u"WL"_s, u"32W/34L"_s);
    checkSize(u"42/44"_s, u"RANGE"_s, u"42/44"_s);
    checkSize(u"36/38"_s, u"RANGE"_s, u"36/38"_s);
    checkSize(u"12W / 10.5M"_s, u"DUAL"_s, u"12W / 10.5M"_s);
    checkSize(u"One Size"_s, u"ONE"_s, u"One Size"_s);
    checkSize(u"N/A"_s, u"ONE"_s, u"One Size"_s);
    checkSize(u""_s, u"ONE"_s, u"One Size"_s);
    checkSize(u"3J"_s, u"TEXT"_s, u"3J"_s);
    checkSize(u"PSA 10"_s, u"TEXT"_s, u"PSA 10"_s);
    CHECK(SizeClassifier::classify(u"S / "_s + QString(80, u'x')).value.size() == SizeClassifier::kMaxValueLength);
    // A dual size stands for the men's size; its EU equivalent comes from the size master.
    CHECK(SizeClassifier::classify(u"12W / 10.5M"_s).usSize == 10.5);
    CHECK(SizeClassifier::classify(u"12W / 10.5M"_s).gender == u"men"_s);
}

TEST_CASE("Sizes: a catalog variant is filed by its own size chart", "[sizes][stockx]")
{
    const auto variant = [](const QString &value, const QString &size, const QString &type) {
        const QJsonObject conversion{{u"size"_s, size}, {u"type"_s, type}};
        return QJsonObject{{u"variantValue"_s, value},
                           {u"sizeChart"_s, QJsonObject{{u"defaultConversion"_s, conversion}}}};
    };
    CHECK(stockXSizeLabel(variant(u"42"_s, u"42"_s, u"eu"_s)) == u"EU 42"_s);
    CHECK(stockXSizeLabel(variant(u"4Y"_s, u"4"_s, u"us y"_s)) == u"4Y"_s);
    CHECK(stockXSizeLabel(variant(u"8.5W"_s, u"US W 8.5"_s, u"us w"_s)) == u"8.5W"_s);
    CHECK(stockXSizeLabel(variant(u"10"_s, u"US M 10"_s, u"us m"_s)) == u"10"_s);
    CHECK(stockXSizeLabel(QJsonObject{{u"variantValue"_s, u"M/L"_s}}) == u"M/L"_s);
    CHECK(SizeClassifier::classify(stockXSizeLabel(variant(u"4Y"_s, u"4"_s, u"us y"_s))).region == u"US-Y"_s);
}

TEST_CASE("Brands: at least 98 % of 200 StockX item names across every category get their brand", "[db][brands]")
{
    QFile file(QStringLiteral(SF_TEST_DATA_DIR) + u"/brands/stockx_item_names.tsv"_s);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<std::pair<QString, QString>> names;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        REQUIRE(parts.size() == 2);
        names.append({parts.at(0), parts.at(1)});
    }
    REQUIRE(names.size() >= 200);
    onEachBackend([&](Database &db) {
        BrandRepository brands(db);
        const auto all = brands.all();
        REQUIRE(all);
        CHECK(all.value().size() >= 60);
        int right = 0;
        for (const auto &[name, expected] : names) {
            const auto brand = brands.detect(name);
            REQUIRE(brand);
            if (brand.value() && brand.value()->name == expected)
                ++right;
            else
                UNSCOPED_INFO(name.toStdString() + " -> " +
                              (brand.value() ? brand.value()->name.toStdString() : std::string("none")));
        }
        CHECK(right * 100 >= int(names.size()) * 98);
    });
}

TEST_CASE("Brands: a name no pattern knows gets the brand it starts with", "[db][brands]")
{
    CHECK(BrandRepository::fallbackBrandName(u"The Hundreds Rich Tee"_s) == u"Hundreds"_s);
    CHECK(BrandRepository::fallbackBrandName(u"2024 Zorro Cards"_s) == u"Zorro"_s);
    CHECK(BrandRepository::fallbackBrandName(u"  "_s).isEmpty());
    onEachBackend([](Database &db) {
        const auto brand = BrandRepository(db).detect(u"Zebedee Canvas Tote Natural"_s);
        REQUIRE(brand);
        REQUIRE(brand.value());
        CHECK(brand.value()->name == u"Zebedee"_s);
    });
}

TEST_CASE("Real sales history: the sales report keeps every sale, whatever its size or category", "[db][imports]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"stockx_history.csv"_s);
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(realSalesReportCsv().toUtf8());
    csv.close();
    onEachBackend([&](Database &db) {
        const ImportReport report = runImport(db, path);
        for (const auto &row : report.rejectedRows)
            UNSCOPED_INFO(row.line << ": " << row.errorMessage.toStdString());
        CHECK(report.rejected == 0);
        CHECK(report.imported == realSales().size());
        checkEverySaleKept(db);
    });
}

TEST_CASE("Real sales history: the orders sync keeps every sale, whatever its size or category", "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        addRealSalesTo(fx.emulator);
        auto client = fx.client();
        StockXOrderSync sync(db, *client, QDate(2022, 12, 1));
        REQUIRE(StockXFixture::runToEnd(sync));
        INFO(sync.lastError().toString().toStdString());
        CHECK(sync.run().status == u"completed"_s);
        CHECK(sync.run().counts.rejected == 0);
        checkEverySaleKept(db);
    });
}

TEST_CASE("Orders sync: an order the database refuses is kept as rejected, the run goes on, the next run "
          "stores it",
          "[db][stockx]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        addRealSalesTo(fx.emulator);
        const RealSale refused = realSales().at(6);
        refuseInserts(db, u"sales.order"_s, u"NEW.external_id = '"_s + refused.orderNumber + u"'"_s,
                      u"order refused by test"_s);
        auto client = fx.client();
        StockXOrderSync first(db, *client, QDate(2022, 12, 1));
        REQUIRE(StockXFixture::runToEnd(first));
        CHECK(first.run().status == u"completed"_s);
        CHECK(first.run().counts.rejected == 1);
        CHECK(rowCount(db, u"sales.order"_s) == realSales().size() - 1);
        const auto rejections = SyncRejectionRepository(db).all(u"stockx"_s, u"orders"_s);
        REQUIRE(rejections);
        REQUIRE(rejections.value().size() == 1);
        CHECK(rejections.value().at(0).externalId == refused.orderNumber);
        CHECK(rejections.value().at(0).reason.contains(u"order refused by test"_s));
        CHECK(rejections.value().at(0).raw.value(u"orderNumber"_s).toString() == refused.orderNumber);

        // Without a date, the next run reaches back to the rejected order and stores it.
        stopRefusing(db, u"sales.order"_s);
        StockXOrderSync second(db, *client);
        REQUIRE(StockXFixture::runToEnd(second));
        CHECK(second.run().status == u"completed"_s);
        CHECK(second.run().counts.created == 1);
        CHECK(second.run().counts.rejected == 0);
        checkEverySaleKept(db);
        CHECK(SyncRejectionRepository(db).all(u"stockx"_s, u"orders"_s).value().isEmpty());
    });
}

TEST_CASE("Orders sync: an order without its money is rejected with its JSON, the others land", "[db][stockx]")
{
    TestDatabase test(Backend::SQLite);
    Database &db = test.db();
    StockXFixture fx;
    addRealSalesTo(fx.emulator);
    fx.emulator.market().moneyAsNumbers = false;
    emu::EmuOrder broken;
    broken.orderNumber = u"81999999-91999999"_s;
    broken.variantId = u"no-such-variant"_s;
    broken.amount = 0;
    broken.status = u"COMPLETED"_s;
    broken.createdAt = QDateTime(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC);
    broken.updatedAt = broken.createdAt;
    fx.emulator.market().addOrder(broken);
    auto client = fx.client();
    StockXOrderSync sync(db, *client, QDate(2022, 12, 1));
    REQUIRE(StockXFixture::runToEnd(sync));
    CHECK(sync.run().status == u"completed"_s);
    CHECK(sync.run().counts.rejected == 1);
    CHECK(rowCount(db, u"sales.order"_s) == realSales().size());
    CHECK(rowCount(db, u"integration.sync_rejections"_s, u"WHERE external_id = '81999999-91999999'"_s) == 1);
}
