#include "catchqt.h"
#include "common/teamstatuslabel.h"
#include "fixtures.h"
#include "importfixtures.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/transaction.h"
#include "events/changenotifier.h"
#include "events/teamlistener.h"
#include "imports/importrunner.h"
#include "inventory/stockrepository.h"
#include "inventory/stockservice.h"
#include "listings/listingspage.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "sales/listingrepository.h"
#include "sales/marketplacerepository.h"
#include "sales/orderspage.h"
#include "sales/ordertablemodel.h"
#include "sales/presalemarker.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"
#include "sync/stockx/stockxlistingsync.h"
#include "sync/stockx/stockxlistingwriter.h"
#include "sync/stockx/stockxordersync.h"

#include <QSignalSpy>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Change notifier: after commit only, merged per entity, delivered on its thread, as JSON too", "[db]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    ChangeNotifier notifier;
    test.db().setChangeNotifier(&notifier);
    QList<Change> heard;
    QObject::connect(&notifier, &ChangeNotifier::changed, [&](const Change &change) {
        CHECK(QThread::currentThread() == notifier.thread());
        heard.append(change);
    });
    const Product product = makeProduct(test.db(), u"DD1391-100"_s, u"Nike Dunk Low"_s);
    {
        Transaction rolledBack(test.db());
        REQUIRE(StockRepository(test.db()).create(makeItem(product.id, sizeId(test.db(), u"US 9"_s), "90.00")));
    }
    QTest::qWait(50);
    CHECK(heard.isEmpty()); // a rollback announces nothing

    StockItem one;
    StockItem two;
    {
        Transaction tx(test.db());
        one = StockRepository(test.db()).create(makeItem(product.id, sizeId(test.db(), u"US 9"_s), "90.00")).value();
        two = StockRepository(test.db()).create(makeItem(product.id, sizeId(test.db(), u"US 10"_s), "95.00")).value();
        QTest::qWait(20);
        CHECK(heard.isEmpty()); // not before the commit
        REQUIRE(tx.commit());
    }
    REQUIRE(QTest::qWaitFor([&] { return !heard.isEmpty(); }, 5000));
    REQUIRE(heard.size() == 1);
    CHECK(heard.first().entity == Change::Entity::StockItem);
    CHECK(heard.first().kind == Change::Kind::Added);
    CHECK(heard.first().ids == QList<QUuid>{one.id.uuid(), two.id.uuid()});
    CHECK(Change::fromJson(heard.first().toJson()) == heard.first());
    CHECK_FALSE(Change::fromJson(QJsonObject{{u"entity"_s, u"spaceship"_s}}));
    test.db().setChangeNotifier(nullptr);
}

TEST_CASE("Pages follow every writer without a manual refresh: import, another writer's edit, a listing",
          "[ui][changes]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    AppContext context = appContextFor(test.db());
    MainWindow window(context);
    window.resize(1400, 800);
    window.show();
    window.showPage(u"stock"_s);
    StockTableModel &stock = *window.stockPage()->model();
    CHECK(stock.rowCount() == 0);

    // An import (the wizard's worker writes through the same database).
    const auto report = ImportRunner(*context.database).run(importFixture(u"stockx_sales.csv"_s), {});
    REQUIRE(report);
    REQUIRE(report.value().imported > 0);
    REQUIRE(QTest::qWaitFor([&] { return stock.rowCount() == report.value().imported; }, 5000));
    window.showPage(u"orders"_s);
    REQUIRE(QTest::qWaitFor([&] { return window.ordersPage()->model()->rowCount() == report.value().imported; }, 5000));

    // A change made by another writer (a sync, the CLI) shows in place.
    window.showPage(u"stock"_s);
    const StockItemId first = stock.rowAt(0).item.id;
    REQUIRE(StockService(*context.database).changeLocation({first}, u"Shelf Z9"_s));
    REQUIRE(QTest::qWaitFor([&] { return stock.rowAt(0).item.location == u"Shelf Z9"_s; }, 5000));

    // A listing written while the Listings page is hidden appears when it is shown.
    const auto stockx = MarketplaceRepository(*context.database).findBySlug(u"stockx"_s);
    REQUIRE(stockx);
    Listing listing;
    listing.itemId = first;
    listing.marketplaceId = stockx.value()->id;
    listing.externalId = u"listing-from-elsewhere"_s;
    listing.status = ListingStatus::Active;
    listing.amount = Money::fromMajor(180, u"EUR"_s);
    REQUIRE(ListingRepository(*context.database).create(listing));
    QTest::qWait(300);
    window.showPage(u"listings"_s);
    REQUIRE(QTest::qWaitFor([&] { return window.listingsPage()->model()->rowCount() == 1; }, 5000));
}

TEST_CASE("Pages follow the StockX writers: order sync, listing sync, a listing written, a presale mark",
          "[ui][changes][stockx]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    AppContext context = appContextFor(test.db());
    MainWindow window(context);
    window.resize(1400, 800);
    window.show();
    StockXFixture fx;
    fx.emulator.market().seed(6, 4, fx.emulator.now());
    auto client = fx.client();
    const auto runOnWorker = [&](StockXSyncJob &job) {
        job.storeOn(context.worker.get()); // as the window runs it
        REQUIRE(StockXFixture::runToEnd(job));
        REQUIRE(job.run().status == u"completed"_s);
    };

    window.showPage(u"orders"_s);
    StockXOrderSync orders(*context.database, *client);
    runOnWorker(orders);
    REQUIRE(orders.run().counts.created == 6);
    REQUIRE(QTest::qWaitFor([&] { return window.ordersPage()->model()->rowCount() == 6; }, 5000));

    window.showPage(u"listings"_s);
    ListingTableModel &shown = *window.listingsPage()->model();
    StockXListingSync listings(*context.database, *client);
    runOnWorker(listings);
    REQUIRE(listings.run().counts.created == 4);
    REQUIRE(QTest::qWaitFor([&] { return shown.rowCount() == 4; }, 5000));

    // The listing writer deactivates one: the row changes in place.
    const ListingId first = shown.rowAt(0).id;
    StockXListingWriter writer(*context.database, *client);
    writer.storeOn(context.worker.get());
    QSignalSpy written(&writer, &StockXListingWriter::finished);
    writer.change(StockXListingWriter::Action::Deactivate, {first});
    REQUIRE(written.wait(30000));
    const auto rowOf = [&](const ListingId &id) {
        for (int r = 0; r < shown.rowCount(); ++r)
            if (shown.rowAt(r).id == id)
                return r;
        return -1;
    };
    REQUIRE(QTest::qWaitFor(
        [&] { return rowOf(first) >= 0 && shown.rowAt(rowOf(first)).status == ListingStatus::Inactive; }, 5000));

    // Marking a listing as a presale moves its pair: the Stock page shows the new status.
    const ListingId second = shown.rowAt(rowOf(first) == 0 ? 1 : 0).id;
    const StockItemId pair = shown.rowAt(rowOf(second)).itemId;
    REQUIRE(PresaleMarker(*context.database).setPresale(second, true));
    REQUIRE(QTest::qWaitFor([&] { return rowOf(second) >= 0 && shown.rowAt(rowOf(second)).presale; }, 5000));
    window.showPage(u"stock"_s);
    StockTableModel &stock = *window.stockPage()->model();
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int r = 0; r < stock.rowCount(); ++r)
                if (stock.rowAt(r).item.id == pair)
                    return stock.rowAt(r).item.status == ItemStatus::Presale;
            return false;
        },
        5000));
}

TEST_CASE("Team status in the status bar: live, who changed something last, offline and why", "[team][ui]")
{
    TestDatabase test(Backend::SQLite);
    ChangeNotifier notifier;
    TeamListener listener(test.db(), notifier); // not started: its signals are played here
    TeamStatusLabel label(listener);
    CHECK(label.text().contains(u"connecting"_s));

    Q_EMIT listener.listeningChanged(true, {});
    REQUIRE(QTest::qWaitFor([&] { return label.text().contains(u"live"_s); }, 5000));
    Q_EMIT listener.heard(u"Ben@laptop"_s, 3);
    REQUIRE(QTest::qWaitFor([&] { return label.text().contains(u"last change by Ben@laptop"_s); }, 5000));

    Q_EMIT listener.listeningChanged(false, u"server closed the connection"_s);
    REQUIRE(QTest::qWaitFor([&] { return label.text().contains(u"offline"_s); }, 5000));
    CHECK(label.toolTip().contains(u"server closed the connection"_s));
    CHECK_FALSE(label.text().contains(u"Ben"_s));
}
