#include "awinfixture.h"
#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "charts/pricehistorychart.h"
#include "db/sqlquery.h"
#include "mainwindow.h"
#include "pricing/marketpricerepository.h"
#include "secrets/memorysecretstore.h"
#include "settings/awinaccountbox.h"
#include "sourcing/awinfeedimporter.h"
#include "sourcing/awinfeedmodel.h"
#include "sourcing/awinfeedparser.h"
#include "sourcing/awinmatcher.h"
#include "sourcing/awinoffertablemodel.h"
#include "sourcing/awinpage.h"
#include "sourcing/awinsession.h"
#include "sourcing/opportunitiespage.h"
#include "sourcing/opportunityrepository.h"
#include "sourcing/opportunitytablemodel.h"
#include "sync/awin/awinsettings.h"
#include "sync/syncpanel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;
using Gen = sf::emu::AwinFeedGenerator;

namespace {

// Offers of models 0 and 1 imported; model 1 known to StockX with its GTINs, asks from 150.00 up and a
// price history of 30 days for EU 42.5.
void shopWithOpportunities(const Database &db, AwinFixture &fx)
{
    REQUIRE(fx.downloadAndImport(db));
    QStringList sizes;
    QStringList gtins;
    QList<qint64> asks;
    for (int s = 0; s < Gen::kSizesPerModel; ++s) {
        sizes << Gen::euSize(s);
        gtins << Gen::ean(1, s);
        asks << 15000 + s * 1000;
    }
    const CatalogModel model = makeCatalogModel(db, u"JORDAN-1"_s, sizes, gtins, asks);
    for (int day = 1; day <= 30; ++day) {
        MarketPrice price;
        price.productId = model.product;
        price.variantId = model.variants.at(9);
        price.platform = u"stockx"_s;
        price.priceDate = QDate::currentDate().addDays(-day);
        price.lowestAsk = Money(24000 + day * 100, u"EUR"_s);
        price.highestBid = Money(21000 + day * 50, u"EUR"_s);
        REQUIRE(MarketPriceRepository(db).record(price));
    }
    REQUIRE(AwinMatcher(db).run());
    REQUIRE(OpportunityRepository(db).refresh({}));
}

class AwinWindow {
public:
    explicit AwinWindow(const Database &db)
        : m_context(appContextFor(db))
        , m_window(m_context)
    {
        m_window.resize(1500, 900);
        m_window.show();
    }
    MainWindow &window() { return m_window; }
    AppContext &context() { return m_context; }

private:
    AppContext m_context;
    MainWindow m_window;
};

} // namespace

TEST_CASE("Opportunities page: the most profitable offers with their breakdown, chart and purchase", "[awin][ui]")
{
    onEachBackend([](Database &db) {
        AwinFixture fx(36);
        shopWithOpportunities(db, fx);
        AwinWindow shop(db);
        shop.window().showPage(u"opportunities"_s);
        auto *page = shop.window().findChild<OpportunitiesPage *>();
        REQUIRE(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const auto expected = OpportunityRepository(db).page({}, std::nullopt, 100);
        REQUIRE(expected);
        REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == expected.value().rows.size(); }, 10000));
        REQUIRE(page->model()->rowCount() > 0);
        CHECK(page->model()->rowAt(0).profit == expected.value().rows.first().profit);
        for (int row = 1; row < page->model()->rowCount(); ++row)
            CHECK(page->model()->rowAt(row).profit <= page->model()->rowAt(row - 1).profit);

        int example = -1;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (page->model()->rowAt(row).size == u"42.5"_s)
                example = row;
        REQUIRE(example >= 0);
        page->selectRow(example);
        // 42.5 asks 240.00: 9 % = 21.60, 3 % = 7.20, payout 211.20, minus 160.00 = 51.20.
        CHECK(page->breakdownText().contains(QLocale().toString(21.60, 'f', 2)));
        CHECK(page->breakdownText().contains(QLocale().toString(7.20, 'f', 2)));
        CHECK(page->breakdownText().contains(QLocale().toString(211.20, 'f', 2)));
        CHECK(page->breakdownText().contains(QLocale().toString(51.20, 'f', 2)));
        // The drawn lines are the stored history.
        REQUIRE(QTest::qWaitFor([&] { return page->chart()->pointCount(u"Lowest ask"_s) > 0; }, 10000));
        {
            SqlQuery asks(db,
                          u"SELECT COUNT(*), SUM(lowest_ask) FROM {{pricing.market_prices}} WHERE variant_id = "
                          "(SELECT matched_variant_id FROM {{integration.awin_products}} WHERE awin_product_id = :id) "
                          "AND price_date >= :from"_s);
            REQUIRE(asks.bind(u":id"_s, page->model()->rowAt(example).awinProductId)
                        .bind(u":from"_s, QDate::currentDate().addDays(-90))
                        .exec());
            REQUIRE(asks.next());
            CHECK(page->chart()->pointCount(u"Lowest ask"_s) == asks.integer(0));
            const auto total = db.dialect().moneyFromDb(asks.value(1), u"EUR"_s);
            REQUIRE(total);
            CHECK(page->chart()->drawnTotalCents(u"Lowest ask"_s) == total->minor());
        } // the query ends here, so SQLite's read snapshot does not hide the purchase below
        CHECK(page->chart()->pointCount(u"Shop price"_s) == 2); // one price, drawn as a step to today
        saveScreenshot(shop.window(), u"opportunities-page"_s);

        QSignalSpy bought(page, &OpportunitiesPage::purchased);
        page->buySelected(2, u"SZ-77"_s);
        REQUIRE(bought.wait(10000));
        CHECK(bought.first().first().toInt() == 2);
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE supplier_order = 'SZ-77'"_s) == 2);
        // The size is held now: the page says so.
        REQUIRE(QTest::qWaitFor(
            [&] {
                for (int row = 0; row < page->model()->rowCount(); ++row)
                    if (page->model()->rowAt(row).size == u"42.5"_s)
                        return page->model()->rowAt(row).pairsHeld == 2;
                return false;
            },
            10000));
    });
}

TEST_CASE("Awin page: syncing from the emulator fills the feeds and the offer browser, the sync dock logs it",
          "[awin][ui]")
{
    TestDatabase shop(Backend::SQLite);
    Database &db = shop.db();
    AwinFixture fx(54);
    AwinSettings settings;
    settings.baseUrl = fx.emulator.baseUrl();
    REQUIRE(settings.save(db));
    AwinWindow window(db);
    bool keySaved = false;
    window.context().secrets->write(QString::fromLatin1(AwinSettings::kKeySecret), fx.emulator.options().key,
                                    [&](Status s) { keySaved = s.ok(); });
    REQUIRE(QTest::qWaitFor([&] { return keySaved; }, 5000));
    window.window().showPage(u"awin"_s);
    auto *page = window.window().findChild<AwinPage *>();
    REQUIRE(page);
    QAbstractItemModelTester offers(page->offerModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester feeds(page->feedModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(window.window().awinSession(), &AwinSession::finished);
    window.window().findChild<QPushButton *>(u"awinSync"_s)->click();
    REQUIRE(finished.wait(30000));
    REQUIRE(QTest::qWaitFor([&] { return page->feedModel()->rowCount() == 1 && page->offerModel()->rowCount() == 54; },
                            10000));
    CHECK(page->feedModel()->rowAt(0).offers == 54);
    CHECK(page->feedModel()->rowAt(0).lastImportRows == 54);
    CHECK(page->statusText().contains(u"54 rows: 54 new"_s));
    CHECK(window.window().syncPanel()->logText().contains(u"54 rows: 54 new"_s));
    for (int row = 1; row < page->offerModel()->rowCount(); ++row)
        CHECK(page->offerModel()->rowAt(row).price >= page->offerModel()->rowAt(row - 1).price);
    saveScreenshot(window.window(), u"awin-page"_s);

    // The same again: the feed has not changed, so nothing is downloaded.
    const int served = fx.emulator.downloadsServed();
    window.window().findChild<QPushButton *>(u"awinSync"_s)->click();
    REQUIRE(finished.wait(30000));
    CHECK(fx.emulator.downloadsServed() == served);
    CHECK(page->statusText().contains(u"unchanged"_s));

    // A refused key is said in the dock and on the page, and nothing stored is touched.
    fx.emulator.updateFeed(AwinFixture::kFeedId);
    fx.emulator.injectFault(emu::AwinFault::WrongKey);
    window.window().findChild<QPushButton *>(u"awinSync"_s)->click();
    REQUIRE(finished.wait(30000));
    CHECK(page->statusText().contains(u"403"_s));
    CHECK(rowCount(db, u"integration.awin_products"_s, {}) == 54);
}

TEST_CASE("Awin settings: the key goes to the keychain only, the feeds to the database", "[awin][ui]")
{
    TestDatabase shop(Backend::SQLite);
    Database &db = shop.db();
    AppContext context = appContextFor(db);
    AwinAccountBox box(*context.worker, *context.secrets);
    box.findChild<QLineEdit *>(u"awinKey"_s)->setText(u"feed-key-123"_s);
    box.findChild<QLineEdit *>(u"awinBaseUrl"_s)->setText(u"http://127.0.0.1:9/"_s);
    box.findChild<QLineEdit *>(u"awinFeedIds"_s)->setText(u"21293; 21294 x"_s);
    QSignalSpy saved(&box, &AwinAccountBox::saved);
    box.save();
    REQUIRE(saved.wait(5000));
    std::optional<Result<QString>> key;
    context.secrets->read(QString::fromLatin1(AwinSettings::kKeySecret), [&](Result<QString> k) { key = k; });
    REQUIRE(QTest::qWaitFor([&] { return key.has_value(); }, 5000));
    REQUIRE(*key);
    CHECK(key->value() == u"feed-key-123"_s);
    const auto settings = AwinSettings::load(db);
    REQUIRE(settings);
    CHECK(settings.value().feedIds == QList<int>{21293, 21294});
    CHECK(rowCount(db, u"core.system_config"_s, u"WHERE value LIKE '%feed-key-123%'"_s) == 0);
    CHECK(box.findChild<QLineEdit *>(u"awinKey"_s)->text().isEmpty());
}

TEST_CASE("A feed file dropped on the window is recognised as an Awin feed", "[awin][ui]")
{
    TestDatabase shop(Backend::SQLite);
    AwinFixture fx(18);
    const auto path = fx.download();
    REQUIRE(path);
    CHECK(AwinFeedParser::looksLikeFeed(path.value()));
    QFile::remove(path.value());
    QTemporaryDir dir;
    QFile other(dir.filePath(u"sales.csv"_s));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("Order Number,Sale Date,Item\n1,2024-01-01,Dunk\n");
    other.close();
    CHECK_FALSE(AwinFeedParser::looksLikeFeed(other.fileName()));
}
