#include "catchqt.h"
#include "fixtures.h"
#include "shopfixture.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/sqlquery.h"
#include "inventory/stockrepository.h"
#include "inventory/stockservice.h"
#include "suppliers/supplieraccountexport.h"
#include "suppliers/supplieraccountrepository.h"
#include "suppliers/suppliercategory.h"
#include "suppliers/suppliermergeservice.h"
#include "suppliers/supplieroverviewrepository.h"
#include "suppliers/supplierperformancerepository.h"
#include "suppliers/supplierpurchaseservice.h"
#include "suppliers/supplierrepository.h"

#include <QDir>
#include <QFile>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
SupplierId makeSupplier(const Database &db, const QString &name, int returnDays)
{
    Supplier supplier;
    supplier.name = name;
    supplier.returnDays = returnDays;
    const auto created = SupplierRepository(db).create(supplier);
    REQUIRE(created);
    return created.value().id;
}

void setStockColumn(const Database &db, const StockItemId &item, const QString &column, const QDateTime &value)
{
    SqlQuery q(db, u"UPDATE {{inventory.stock}} SET %1 = :value WHERE id = :id"_s.arg(column));
    q.bind(u":value"_s, value).bind(u":id"_s, item);
    REQUIRE(q.exec());
}

QDateTime at10(const QDate &day)
{
    return QDateTime(day, QTime(10, 0), Qt::UTC);
}

const SupplierOverview &named(const QList<SupplierOverview> &rows, const QString &name)
{
    for (const SupplierOverview &row : rows)
        if (row.name == name)
            return row;
    FAIL("no supplier " << name.toStdString());
    return rows.first();
}
} // namespace

TEST_CASE("Supplier category: guessed from the name as the original's lookup table does", "[suppliers]")
{
    CHECK(suppliercategory::guess(u"BSTN"_s) == u"sneaker_retailers"_s);
    CHECK(suppliercategory::guess(u"  zalando "_s) == u"general_retail"_s);
    CHECK(suppliercategory::guess(u"Nike SNKRS"_s) == u"direct_brands"_s);
    CHECK(suppliercategory::guess(u"SSENSE"_s) == u"luxury_fashion"_s);
    CHECK(suppliercategory::guess(u"Lego"_s) == u"specialty_stores"_s);
    CHECK(suppliercategory::guess(u"Kleiner Laden um die Ecke"_s) == u"general_retail"_s);
    CHECK(suppliercategory::keys().size() == 5);
}

TEST_CASE("Supplier performance: spend, orders, delivery, sell-through, days to sell, returns and ROI per month "
          "against a hand-computed fixture, the Suppliers page's totals and returnable pairs",
          "[db][suppliers]")
{
    onEachBackend([](Database &db) {
        const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
        const SizeId us9 = sizeId(db, u"US 9"_s);
        SalesShop bstn{db, dunk, us9, makeSupplier(db, u"BSTN"_s, 14), {}};
        SalesShop zalando{db, dunk, us9, makeSupplier(db, u"Zalando"_s, 30), {}};

        // BSTN, January 2026: three pairs on two days; one delivered after 4 days, two sold, one sent back.
        const StockItem a1 = bstn.pair("119.00", QDate(2026, 1, 10), ItemStatus::Sold); // net 100.00
        setStockColumn(db, a1.id, u"delivery_date"_s, at10(QDate(2026, 1, 14)));
        bstn.sell(a1, u"stockx"_s, u"A-1"_s, QDate(2026, 1, 24), "180.00", "15.00", "5.00", OrderStatus::Completed,
                  true); // profit 60.00 after 14.2 days
        const StockItem a2 = bstn.pair("119.00", QDate(2026, 1, 20), ItemStatus::Sold);
        bstn.sell(a2, u"stockx"_s, u"A-2"_s, QDate(2026, 2, 19), "150.00", "10.00", "10.00", OrderStatus::Completed,
                  true); // profit 30.00 after 30.2 days
        const StockItem a3 = bstn.pair("119.00", QDate(2026, 1, 20), ItemStatus::Canceled);
        setStockColumn(db, a3.id, u"returned_at"_s, at10(QDate(2026, 1, 25)));
        // February: one dear pair, unsold.
        bstn.pair("238.00", QDate(2026, 2, 5), ItemStatus::InStock);
        // Zalando: one pair inside its 30 days, one outside, one sold.
        const QDate today = QDate::currentDate();
        const StockItem b1 = zalando.pair("59.50", today.addDays(-5), ItemStatus::InStock);
        setStockColumn(db, b1.id, u"delivery_date"_s, at10(today.addDays(-3)));
        zalando.pair("59.50", today.addDays(-40), ItemStatus::InStock);
        const StockItem b3 = zalando.pair("59.50", today.addDays(-5), ItemStatus::Sold);
        zalando.sell(b3, u"stockx"_s, u"B-3"_s, today.addDays(-1), "100.00", "5.00", "5.00", OrderStatus::Completed,
                     false); // profit 40.00
        // A cancelled sale does not count.
        zalando.sell(b1, u"stockx"_s, u"B-1x"_s, today.addDays(-2), "90.00", "5.00", "5.00", OrderStatus::Cancelled,
                     false);

        const SupplierPerformanceRepository performance(db);
        REQUIRE(performance.recompute());
        REQUIRE(performance.recompute()); // again: replaced, not added
        const auto months = performance.months(bstn.supplier);
        REQUIRE(months);
        REQUIRE(months.value().size() == 2);
        const SupplierMonth &jan = months.value().at(0);
        CHECK(jan.month == QDate(2026, 1, 1));
        CHECK(jan.supplierName == u"BSTN"_s);
        CHECK(jan.pairsBought == 3);
        CHECK(jan.spend == eurText("357.00"));
        CHECK(jan.orders == 2);
        CHECK(*jan.deliveryDays == Approx(4.0));
        CHECK(jan.pairsSold == 2);
        CHECK(jan.pairsReturned == 1);
        CHECK(*jan.returnRatePercent == Approx(33.33));
        CHECK(*jan.sellThroughPercent == Approx(66.67));
        CHECK(jan.revenue == eurText("330.00"));
        CHECK(jan.profit == eurText("90.00"));
        CHECK(jan.soldCost == eurText("200.00"));
        CHECK(*jan.roiPercent == Approx(45.0));
        CHECK(*jan.daysToSell == Approx(22.2).margin(0.05));
        const SupplierMonth &feb = months.value().at(1);
        CHECK(feb.month == QDate(2026, 2, 1));
        CHECK(feb.pairsBought == 1);
        CHECK(feb.spend == eurText("238.00"));
        CHECK(feb.pairsSold == 0);
        CHECK(*feb.sellThroughPercent == Approx(0.0));
        CHECK_FALSE(feb.roiPercent);
        CHECK_FALSE(feb.daysToSell);
        CHECK_FALSE(feb.deliveryDays);
        const auto january = performance.month(QDate(2026, 1, 17));
        REQUIRE(january);
        REQUIRE(january.value().size() == 1);
        CHECK(january.value().first().supplierName == u"BSTN"_s);
        CHECK(rowCount(db, u"core.supplier_performance"_s, u"WHERE 1 = 1"_s) >= 3);

        const SupplierOverviewRepository overview(db);
        auto page = overview.fetchPage({}, SupplierOrder::Name, std::nullopt, 100);
        REQUIRE(page);
        const SupplierOverview &a = named(page.value().rows, u"BSTN"_s);
        CHECK(a.category == u"sneaker_retailers"_s);
        CHECK(a.pairsBought == 4);
        CHECK(a.spend == eurText("595.00"));
        CHECK(a.pairsSold == 2);
        CHECK(a.profit == eurText("90.00"));
        CHECK(*a.roiPercent() == Approx(45.0));
        CHECK(*a.sellThroughPercent() == Approx(50.0));
        CHECK(*a.daysToSell == Approx(22.2).margin(0.05));
        CHECK(a.pairsReturned == 1);
        CHECK(a.returnable == 0);
        const SupplierOverview &b = named(page.value().rows, u"Zalando"_s);
        CHECK(b.category == u"general_retail"_s);
        CHECK(b.pairsBought == 3);
        CHECK(b.pairsSold == 1);
        CHECK(b.profit == eurText("40.00"));
        CHECK(*b.roiPercent() == Approx(80.0));
        CHECK(b.returnable == 1); // delivered 3 days ago, 30 days to send it back
        StockQuery returnable;
        returnable.returnableOnly = true;
        const auto shelf = StockRepository(db).fetchPage(returnable, std::nullopt, 50);
        REQUIRE(shelf);
        REQUIRE(shelf.value().rows.size() == 1); // the Stock page's "returnable to the supplier" filter
        CHECK(shelf.value().rows.first().item.id == b1.id);
        CHECK(qAbs(b.nextDeadline.secsTo(at10(today.addDays(27)))) < 3600);

        // Ranked, paged and filtered.
        page = overview.fetchPage({}, SupplierOrder::Profit, std::nullopt, 1);
        REQUIRE(page);
        CHECK(page.value().rows.first().name == u"BSTN"_s);
        REQUIRE(page.value().next);
        const auto second = overview.fetchPage({}, SupplierOrder::Profit, page.value().next, 1);
        CHECK(second.value().rows.first().name == u"Zalando"_s);
        CHECK(overview.fetchPage({}, SupplierOrder::Roi, std::nullopt, 1).value().rows.first().name == u"Zalando"_s);
        CHECK(overview.fetchPage({u"zal"_s, {}}, SupplierOrder::Name, std::nullopt, 10).value().rows.size() == 1);
        CHECK(overview.fetchPage({{}, u"sneaker_retailers"_s}, SupplierOrder::Name, std::nullopt, 10)
                  .value()
                  .rows.first()
                  .name == u"BSTN"_s);
    });
}

TEST_CASE("Supplier accounts: statistics from the purchase history, paged and filtered, bulk status and list, and an "
          "export without secrets",
          "[db][suppliers]")
{
    onEachBackend([](Database &db) {
        const SupplierId bstn = makeSupplier(db, u"BSTN"_s, 14);
        const SupplierId solebox = makeSupplier(db, u"Solebox"_s, 14);
        const SupplierAccountRepository accounts(db);
        QList<SupplierAccount> made;
        for (const auto &[supplier, email, list] : {std::tuple{bstn, u"anna@example.com"_s, u"Raffle A"_s},
                                                    std::tuple{bstn, u"ben@example.com"_s, u"Raffle A"_s},
                                                    std::tuple{solebox, u"carla@example.com"_s, u"Members"_s}}) {
            SupplierAccount a;
            a.supplierId = supplier;
            a.email = email;
            a.firstName = email.section(u'@', 0, 0);
            a.listName = list;
            const auto created = accounts.create(a);
            REQUIRE(created);
            made << created.value();
        }
        // Anna: three attempts, two went through (100.00 and 150.00); Ben: one that failed.
        const auto purchase = [&db](const SupplierAccount &a, const char *amount, bool success, const QDate &day) {
            SqlQuery q(db, u"INSERT INTO {{supplier.purchase_history}} (id, account_id, supplier_id, purchase_amount, "
                           "purchase_date, purchase_status, success) VALUES (:id, :account, :supplier, :amount, :at, "
                           ":status, :success)"_s);
            q.bind(u":id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(u":account"_s, a.id.toString(QUuid::WithoutBraces))
                .bind(u":supplier"_s, a.supplierId)
                .bind(u":amount"_s, eurText(amount))
                .bind(u":at"_s, QDateTime(day, QTime(9, 0), Qt::UTC))
                .bind(u":status"_s, success ? u"completed"_s : u"failed"_s)
                .bind(u":success"_s, success);
            REQUIRE(q.exec());
        };
        purchase(made.at(0), "100.00", true, QDate(2026, 3, 1));
        purchase(made.at(0), "150.00", true, QDate(2026, 3, 8));
        purchase(made.at(0), "90.00", false, QDate(2026, 3, 9));
        purchase(made.at(1), "120.00", false, QDate(2026, 3, 2));
        REQUIRE(accounts.recomputeStatistics());
        auto page = accounts.fetchPage({}, std::nullopt, 50);
        REQUIRE(page);
        REQUIRE(page.value().rows.size() == 3);
        const SupplierAccount &anna = page.value().rows.at(0);
        CHECK(anna.email == u"anna@example.com"_s);
        CHECK(anna.supplierName == u"BSTN"_s);
        CHECK(anna.purchases == 2);
        CHECK(anna.spent == eurText("250.00"));
        CHECK(anna.averageOrderValue == eurText("125.00"));
        CHECK(anna.successRatePercent == Approx(66.67));
        CHECK(anna.lastUsedAt == QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
        const SupplierAccount &ben = page.value().rows.at(1);
        CHECK(ben.purchases == 0);
        CHECK(ben.spent == eurText("0.00"));
        CHECK(ben.successRatePercent == Approx(0.0));

        CHECK(accounts.fetchPage({bstn, {}, {}, {}}, std::nullopt, 50).value().rows.size() == 2);
        CHECK(accounts.fetchPage({{}, u"CARLA"_s, {}, {}}, std::nullopt, 50).value().rows.size() == 1);
        REQUIRE(accounts.setStatus({made.at(0).id, made.at(2).id}, u"suspended"_s));
        REQUIRE(accounts.setList({made.at(1).id}, u"  Raffle B "_s));
        CHECK(accounts.fetchPage({{}, {}, u"suspended"_s, {}}, std::nullopt, 50).value().rows.size() == 2);
        CHECK(accounts.fetchPage({{}, {}, {}, u"Raffle B"_s}, std::nullopt, 50).value().rows.size() == 1);
        CHECK(accounts.listNames().value() == QStringList{u"Members"_s, u"Raffle A"_s, u"Raffle B"_s});
        SupplierAccount edited = made.at(2);
        edited.verified = true;
        edited.city = u"Berlin"_s;
        REQUIRE(accounts.update(edited));
        CHECK(accounts.findByEmail(solebox, u"CARLA@example.com"_s).value()->verified);

        const QString path = QDir::temp().filePath(u"sf-accounts-export-%1.csv"_s.arg(db.dialect().name()));
        const auto written = supplieraccountexport::exportTo(db, {}, path);
        REQUIRE(written);
        CHECK(written.value() == 3);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        CHECK(csv.startsWith(supplieraccountexport::header().join(u',')));
        CHECK(csv.contains(u"BSTN,anna@example.com,anna,,Raffle A,suspended,no,2026-03-09T09:00:00Z,2,250.00,125.00,"
                           "66.67"_s));
        CHECK_FALSE(csv.contains(u"password"_s, Qt::CaseInsensitive));
        CHECK_FALSE(csv.contains(u"proxy"_s, Qt::CaseInsensitive));
        QFile::remove(path);
    });
}

TEST_CASE("Supplier purchases: an order creates its incoming pairs with the shipping shared to the cent and a purchase "
          "history row, all or nothing, receiving dates them, a return closes a pair with its refund and an event",
          "[db][suppliers]")
{
    onEachBackend([](Database &db) {
        const SupplierId bstn = makeSupplier(db, u"BSTN"_s, 14);
        SupplierAccount account;
        account.supplierId = bstn;
        account.email = u"anna@example.com"_s;
        const auto created = SupplierAccountRepository(db).create(account);
        REQUIRE(created);
        const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
        const Product samba = makeProduct(db, u"B75806"_s, u"adidas Samba OG"_s, u"Adidas"_s);
        const SizeId us9 = sizeId(db, u"US 9"_s);
        SupplierPurchase purchase;
        purchase.supplier = bstn;
        purchase.account = created.value().id;
        purchase.orderNumber = u"BSTN-100234"_s;
        purchase.orderedAt = QDateTime(QDate(2026, 11, 20), QTime(18, 5), Qt::UTC);
        purchase.lines = {PurchaseLine{dunk.id, us9, 2, eurText("100.00"), true, VatRate::germanStandard()},
                          PurchaseLine{samba.id, us9, 1, eurText("80.00"), false, VatRate::germanStandard()}};
        purchase.shipping = eurText("10.00");
        purchase.expectedDelivery = QDate(2026, 11, 25);
        const SupplierPurchaseService purchases(db);

        // A line that names no product stores nothing at all.
        SupplierPurchase broken = purchase;
        broken.lines.append(
            PurchaseLine{ProductId::create(), us9, 1, eurText("50.00"), true, VatRate::germanStandard()});
        CHECK_FALSE(purchases.record(broken));
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE 1 = 1"_s) == 0);
        CHECK(rowCount(db, u"supplier.purchase_history"_s, u"WHERE 1 = 1"_s) == 0);
        SupplierPurchase empty = purchase;
        empty.lines.clear();
        CHECK(purchases.record(empty).error().code == u"purchase.empty"_s);

        const auto pairs = purchases.record(purchase);
        REQUIRE(pairs);
        REQUIRE(pairs.value().size() == 3);
        const StockRepository stock(db);
        QList<Money> gross;
        for (const StockItemId &id : pairs.value()) {
            const StockItem item = *stock.get(id).value();
            CHECK(item.supplierId == bstn);
            CHECK(item.purchaseDate == purchase.orderedAt);
            CHECK(item.status == ItemStatus::InStock);
            gross << *item.grossPrice;
        }
        CHECK(gross == QList<Money>{eurText("103.34"), eurText("103.33"), eurText("98.53")}); // 95.20 + 3.33
        CHECK(rowCount(db, u"inventory.stock"_s,
                       u"WHERE supplier_order = 'BSTN-100234' AND detailed_status = 'incoming' AND "
                       "expected_delivery IS NOT NULL AND delivery_date IS NULL"_s) == 3);
        const auto stats = SupplierAccountRepository(db).findByEmail(bstn, u"anna@example.com"_s);
        CHECK(stats.value()->purchases == 1);
        CHECK(stats.value()->spent == eurText("305.20"));

        const QDateTime arrived(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
        REQUIRE(purchases.markReceived({pairs.value().at(0), pairs.value().at(1)}, arrived));
        REQUIRE(purchases.markReceived({pairs.value().at(0)}, arrived.addDays(3))); // already received: kept
        CHECK(rowCount(db, u"inventory.stock"_s,
                       u"WHERE delivery_date IS NOT NULL AND detailed_status = 'available'"_s) == 2);
        REQUIRE(SupplierPerformanceRepository(db).recompute());

        const PairReturn sendBack{pairs.value().at(0), eurText("103.34"), u"Sole glue visible"_s, arrived.addDays(2)};
        REQUIRE(purchases.returnPair(sendBack));
        const StockItem returned = *stock.get(pairs.value().at(0)).value();
        CHECK(returned.status == ItemStatus::Canceled);
        CHECK(rowCount(db, u"inventory.stock"_s,
                       u"WHERE returned_at IS NOT NULL AND return_reason = 'Sole glue visible' AND "
                       "detailed_status = 'cancelled'"_s) == 1);
        CHECK(rowCount(db, u"logging.event_store"_s, u"WHERE event_type = 'StockItemReturnedToSupplier'"_s) == 1);
        CHECK(purchases.returnPair(sendBack).error().code == u"return.status"_s); // not twice
        REQUIRE(StockService(db).changeStatus({pairs.value().at(1)}, ItemStatus::Sold));
        CHECK(purchases.returnPair({pairs.value().at(1), eurText("1.00"), {}, arrived}).error().code ==
              u"return.status"_s);
        REQUIRE(SupplierPerformanceRepository(db).recompute());
        const auto november = SupplierPerformanceRepository(db).month(QDate(2026, 11, 1));
        REQUIRE(november.value().size() == 1);
        CHECK(november.value().first().pairsBought == 3);
        CHECK(november.value().first().pairsReturned == 1);
        CHECK(*november.value().first().deliveryDays == Approx(3.7).margin(0.05)); // 20 Nov 18:05 → 24 Nov 11:00
    });
}

TEST_CASE("Supplier merge: pairs, accounts and purchase history move in one transaction and undo puts back exactly "
          "that, a shared account email refuses the merge",
          "[db][suppliers]")
{
    onEachBackend([](Database &db) {
        const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
        const SizeId us9 = sizeId(db, u"US 9"_s);
        SalesShop munich{db, dunk, us9, makeSupplier(db, u"BSTN Munich"_s, 14), {}};
        SalesShop bstn{db, dunk, us9, makeSupplier(db, u"BSTN"_s, 14), {}};
        for (int i = 0; i < 3; ++i)
            munich.pair("119.00", QDate(2026, 5, 1 + i), ItemStatus::InStock);
        const StockItem own = bstn.pair("119.00", QDate(2026, 5, 9), ItemStatus::InStock);
        const auto account = [&db](const SupplierId &supplier, const QString &email) {
            SupplierAccount a;
            a.supplierId = supplier;
            a.email = email;
            return SupplierAccountRepository(db).create(a).value();
        };
        const SupplierAccount anna = account(munich.supplier, u"anna@example.com"_s);
        account(bstn.supplier, u"ben@example.com"_s);
        SupplierPurchase purchase;
        purchase.supplier = munich.supplier;
        purchase.account = anna.id;
        purchase.orderNumber = u"M-1"_s;
        purchase.orderedAt = QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
        purchase.lines = {PurchaseLine{dunk.id, us9, 1, eurText("120.00"), true, VatRate::germanStandard()}};
        REQUIRE(SupplierPurchaseService(db).record(purchase));
        const SupplierMergeService merger(db);
        CHECK(merger.merge(bstn.supplier, bstn.supplier).error().code == u"merge.same"_s);

        const auto merged = merger.merge(munich.supplier, bstn.supplier);
        REQUIRE(merged);
        CHECK(merged.value().pairs.size() == 4);
        CHECK(merged.value().accounts.size() == 1);
        CHECK(merged.value().history.size() == 1);
        CHECK_FALSE(SupplierRepository(db).findByName(u"BSTN Munich"_s).value());
        const QString into = bstn.supplier.toString();
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE supplier_id = '%1'"_s.arg(into)) == 5);
        CHECK(rowCount(db, u"supplier.account"_s, u"WHERE supplier_id = '%1'"_s.arg(into)) == 2);
        CHECK(rowCount(db, u"supplier.purchase_history"_s, u"WHERE supplier_id = '%1'"_s.arg(into)) == 1);
        REQUIRE(SupplierPerformanceRepository(db).recompute());
        const auto combined = SupplierOverviewRepository(db).find(bstn.supplier);
        CHECK(combined.value()->pairsBought == 5);

        REQUIRE(merger.undo(merged.value()));
        const auto back = SupplierRepository(db).findByName(u"BSTN Munich"_s);
        REQUIRE(back.value());
        CHECK(back.value()->id == munich.supplier);
        CHECK(back.value()->returnDays == 14);
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE supplier_id = '%1'"_s.arg(munich.supplier.toString())) == 4);
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE supplier_id = '%1'"_s.arg(into)) == 1);
        CHECK(StockRepository(db).get(own.id).value()->supplierId == bstn.supplier);
        CHECK(rowCount(db, u"supplier.account"_s, u"WHERE supplier_id = '%1'"_s.arg(munich.supplier.toString())) == 1);
        CHECK(rowCount(db, u"supplier.purchase_history"_s,
                       u"WHERE supplier_id = '%1'"_s.arg(munich.supplier.toString())) == 1);

        account(bstn.supplier, u"ANNA@example.com"_s);
        const auto refused = merger.merge(munich.supplier, bstn.supplier);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(u"anna@example.com"_s));
        CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE supplier_id = '%1'"_s.arg(munich.supplier.toString())) == 4);
    });
}
