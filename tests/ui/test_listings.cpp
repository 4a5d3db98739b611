#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "inventory/stockrepository.h"
#include "listings/listingdialog.h"
#include "listings/listingspage.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "sales/listinglistrepository.h"
#include "sales/presalemarker.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"
#include "sync/stockx/stockxcatalogsync.h"
#include "sync/stockx/stockxcredentials.h"
#include "sync/stockx/stockxlistingsync.h"
#include "sync/syncpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
void fetchAll(ListingTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QString panelStatus(MainWindow &window)
{
    return window.syncPanel()->findChild<QLabel *>(u"syncStatus"_s)->text();
}
} // namespace

TEST_CASE("Listing table model: pages and filters by state and price against the lowest ask", "[db][ui][listings]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(0, 240, fx.emulator.now());
        auto client = fx.client();
        StockXListingSync listings(db, *client);
        REQUIRE(StockXFixture::runToEnd(listings));
        StockXCatalogSync catalog(db, *client);
        REQUIRE(StockXFixture::runToEnd(catalog));
        REQUIRE(catalog.run().status == u"completed"_s);

        ListingTableModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ListingQuery all;
        all.state = ListingQuery::State::All;
        model.setQuery(all);
        fetchAll(model);
        CHECK(model.rowCount() == 240);
        ListingListRepository repository(db);
        ListingQuery above = all;
        above.price = ListingQuery::Price::AboveLowestAsk;
        ListingQuery below = all;
        below.price = ListingQuery::Price::AtOrBelowLowestAsk;
        CHECK(repository.count(above).value() + repository.count(below).value() == 240);
        model.setQuery(above);
        fetchAll(model);
        for (int row = 0; row < model.rowCount(); ++row)
            REQUIRE(model.rowAt(row).aboveLowestAsk()->minor() > 0);

        ListingQuery byDifference = all;
        byDifference.sort = ListingQuery::Sort::Difference;
        model.setQuery(byDifference);
        fetchAll(model);
        for (int row = 1; row < model.rowCount(); ++row)
            REQUIRE(
                model.index(row - 1, ListingTableModel::Difference).data(ListingTableModel::SortRole).toLongLong() >=
                model.index(row, ListingTableModel::Difference).data(ListingTableModel::SortRole).toLongLong());
    });
}

TEST_CASE("List on StockX from the Stock page / reprice and pause on the Listings page", "[ui][listings][stockx]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    StockXFixture fx;
    const emu::EmuProduct &stockx = fx.emulator.catalog().products().at(6);
    const Product product = makeProduct(test.db(), stockx.styleId, stockx.title);
    REQUIRE(StockRepository(test.db()).create(makeItem(product.id, sizeId(test.db(), u"US 9.5"_s), "120.00")));
    AppContext context = appContextFor(test.db());
    context.stockxEndpoints = fx.endpoints();
    fx.saveCredentials(*context.secrets);
    MainWindow window(context);
    window.resize(1500, 860);
    window.show();

    // Market prices first, so the dialog can show them.
    window.stockPage()->view()->selectRow(0);
    window.stockPage()->findChild<QAction *>(u"enrichAction"_s)->trigger();
    REQUIRE(QTest::qWaitFor([&] { return panelStatus(window).startsWith(u"Done: 1 new"_s); }, 30000));

    window.stockPage()->view()->selectRow(0);
    window.stockPage()->findChild<QAction *>(u"listAction"_s)->trigger();
    auto *dialog = window.findChild<ListingDialog *>();
    REQUIRE(dialog);
    auto *market = dialog->findChild<QTableWidget *>(u"marketTable"_s);
    REQUIRE(market->rowCount() == 1);
    CHECK(market->item(0, 3)->text() != u"\u2014"_s); // lowest ask known
    REQUIRE(dialog->amount());                        // suggested from the market
    dialog->findChild<QLineEdit *>(u"amountEdit"_s)->setText(u"abc"_s);
    CHECK(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->findChild<QLineEdit *>(u"amountEdit"_s)->setText(u"95"_s);
    CHECK(dialog->findChild<QLabel *>(u"listingSummary"_s)->text().startsWith(u"Below what they cost"_s));
    saveScreenshot(*dialog, u"listing-dialog"_s, true);
    dialog->findChild<QLineEdit *>(u"amountEdit"_s)->setText(u"199"_s);
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return panelStatus(window).startsWith(u"StockX listings:"_s); }, 30000));
    CHECK(panelStatus(window) == u"StockX listings: 1 done, 0 failed."_s);

    ListingsPage &page = *window.listingsPage();
    window.showPage(u"listings"_s);
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 5000));
    CHECK(page.model()->index(0, ListingTableModel::Status).data().toString() == u"Active"_s);
    CHECK(page.model()->rowAt(0).amount == Money::fromMajor(199, u"EUR"_s));

    page.askPrice = [](const ListingRow &, int) { return Money::fromMajor(185, u"EUR"_s); };
    page.view()->selectRow(0);
    page.findChild<QToolButton *>(u"priceButton"_s)->click();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return page.model()->rowCount() == 1 && page.model()->rowAt(0).amount == Money::fromMajor(185, u"EUR"_s);
        },
        30000));
    CHECK(fx.emulator.market().listing(page.model()->rowAt(0).externalId)->amount == 18500);
    page.view()->selectRow(0);
    page.findChild<QToolButton *>(u"deactivateButton"_s)->click();
    REQUIRE(QTest::qWaitFor(
        [&] { return page.model()->rowCount() == 1 && page.model()->rowAt(0).status == ListingStatus::Inactive; },
        30000));
    saveScreenshot(window, u"listings-page"_s, true);
}

TEST_CASE("Presale marking: the pair becomes a presale and returns to listed / one marking row per listing",
          "[db][listings]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        fx.emulator.market().seed(0, 5, fx.emulator.now());
        auto client = fx.client();
        StockXListingSync listings(db, *client);
        REQUIRE(StockXFixture::runToEnd(listings));
        ListingTableModel model(db);
        ListingQuery active;
        active.state = ListingQuery::State::Active;
        model.setQuery(active);
        REQUIRE(model.rowCount() > 0);
        const ListingRow row = model.rowAt(0);
        PresaleMarker marker(db);
        const Status marked = marker.setPresale(row.id, true);
        INFO((marked ? std::string() : marked.error().toString().toStdString()));
        REQUIRE(marked);
        CHECK(StockRepository(db).get(row.itemId).value()->status == ItemStatus::Presale);
        CHECK(rowCount(db, u"logging.stockx_presale_markings"_s,
                       u"WHERE is_presale AND stockx_listing_id = '%1'"_s.arg(row.externalId)) == 1);
        model.reload();
        CHECK(model.rowAt(0).presale);
        CHECK(model.index(0, ListingTableModel::Status).data().toString() == u"Active \u00b7 presale"_s);

        REQUIRE(marker.setPresale(row.id, false));
        CHECK(StockRepository(db).get(row.itemId).value()->status == ItemStatus::ListedStockX);
        CHECK(rowCount(db, u"logging.stockx_presale_markings"_s, u"WHERE is_presale"_s) == 0);
        CHECK(rowCount(db, u"logging.stockx_presale_markings"_s, u"WHERE unmarked_at IS NOT NULL"_s) == 1);
        REQUIRE(marker.setPresale(row.id, true));
        CHECK(rowCount(db, u"logging.stockx_presale_markings"_s) == 1);
        CHECK(rowCount(db, u"logging.stockx_presale_markings"_s, u"WHERE unmarked_at IS NULL AND is_presale"_s) == 1);
    });
}
