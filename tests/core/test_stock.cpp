#include "catchqt.h"
#include "fixtures.h"
#include "testdatabase.h"

#include "catalog/brandrepository.h"
#include "db/sqlquery.h"
#include "events/eventstore.h"
#include "inventory/stockservice.h"
#include "suppliers/supplierrepository.h"

#include "events/changenotifier.h"

#include <QSignalSpy>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
struct Shelf {
    QList<StockItemId> ids;
    SupplierId snipes;
};

// 30 items over three products, two sizes, two suppliers, prices 100..129 euro (gross).
Shelf fillShelf(Database &db)
{
    StockService service(db);
    const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low \u201CPanda\u201D"_s, u"Nike"_s);
    const Product samba = makeProduct(db, u"B75806"_s, u"Adidas Samba OG"_s, u"Adidas"_s);
    const Product aj1 = makeProduct(db, u"555088-134"_s, u"Air Jordan 1 High \u201CUNC\u201D"_s, u"Jordan"_s);
    const Product products[] = {dunk, samba, aj1};
    const SupplierId snipes = SupplierRepository(db).findOrCreate(u"Snipes"_s).value().id;
    const SupplierId zalando = SupplierRepository(db).findOrCreate(u"Zalando"_s).value().id;
    Shelf shelf{{}, snipes};
    for (int i = 0; i < 30; ++i) {
        StockItem item = makeItem(products[i % 3].id, sizeId(db, i % 2 ? u"US 9"_s : u"US 10"_s),
                                  QByteArray::number(100 + i).constData(), QDate(2024, 1, 1).addDays(i));
        item.supplierId = i < 20 ? snipes : zalando;
        item.location = i < 10 ? u"Shelf A"_s : u"Shelf B"_s;
        if (i == 7)
            item.notes = u"box damaged, needs a new lid"_s;
        if (i % 5 == 0)
            StockService::applyStatus(item, ItemStatus::ListedStockX);
        auto created = service.addItem(item);
        REQUIRE(created);
        shelf.ids.append(created.value().id);
    }
    return shelf;
}

QStringList walk(const StockRepository &repo, const StockQuery &query, int pageSize)
{
    QStringList ids;
    std::optional<StockCursor> cursor;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = repo.fetchPage(query, cursor, pageSize);
        INFO((page ? std::string() : page.error().toString().toStdString()));
        REQUIRE(page);
        for (const StockRow &row : page.value().rows)
            ids << row.item.id.toString();
        if (!page.value().next)
            break;
        cursor = page.value().next;
    }
    return ids;
}
} // namespace

TEST_CASE("Stock pages: keyset paging visits every row once in order", "[db][stock]")
{
    onEachBackend([](Database &db) {
        fillShelf(db);
        StockRepository repo(db);
        for (auto sort : {StockQuery::Sort::GrossPrice, StockQuery::Sort::Product, StockQuery::Sort::Size,
                          StockQuery::Sort::PurchaseDate, StockQuery::Sort::Supplier, StockQuery::Sort::Created,
                          StockQuery::Sort::State, StockQuery::Sort::Brand, StockQuery::Sort::Location,
                          StockQuery::Sort::Quantity, StockQuery::Sort::NetPrice, StockQuery::Sort::Sku}) {
            for (bool descending : {false, true}) {
                StockQuery query;
                query.sort = sort;
                query.descending = descending;
                const QStringList paged = walk(repo, query, 7);
                const QStringList whole = walk(repo, query, 1000);
                INFO("sort " << int(sort) << " descending " << descending);
                CHECK(paged.size() == 30);
                CHECK(paged == whole);
                CHECK(QSet<QString>(paged.begin(), paged.end()).size() == 30);
            }
        }
        StockQuery byPrice;
        byPrice.sort = StockQuery::Sort::GrossPrice;
        byPrice.descending = false;
        const auto first = repo.fetchPage(byPrice, std::nullopt, 3).value().rows;
        CHECK(first.at(0).item.grossPrice == eur("100.00"));
        CHECK(first.at(2).item.grossPrice == eur("102.00"));
        CHECK(first.at(0).sizeLabel == u"US 10"_s);
        CHECK(first.at(0).brandName == u"Nike"_s);
        CHECK(first.at(0).supplierName == u"Snipes"_s);
    });
}

TEST_CASE("Stock filters: text / status / brand / size / supplier / location", "[db][stock]")
{
    onEachBackend([](Database &db) {
        const Shelf shelf = fillShelf(db);
        StockRepository repo(db);
        auto countOf = [&](const StockQuery &q) { return repo.totals(q).value().items; };
        StockQuery q;
        CHECK(countOf(q) == 30);
        q.text = u"panda"_s;
        CHECK(countOf(q) == 10);
        CHECK(walk(repo, q, 4).size() == 10);
        q.text = u"B758"_s; // part of a SKU
        CHECK(countOf(q) == 10);
        q.text = u"jordan"_s; // brand name
        CHECK(countOf(q) == 10);
        q.text = u"new lid"_s; // notes
        CHECK(countOf(q) == 1);
        q.text = u"50%_off"_s; // wildcards are literal
        CHECK(countOf(q) == 0);
        q = {};
        q.statuses = {ItemStatus::ListedStockX};
        CHECK(countOf(q) == 6);
        q.statuses = {ItemStatus::ListedStockX, ItemStatus::InStock};
        CHECK(countOf(q) == 30);
        q = {};
        q.brand = BrandRepository(db).findByName(u"Adidas"_s).value()->id;
        CHECK(countOf(q) == 10);
        q.size = sizeId(db, u"US 9"_s);
        CHECK(countOf(q) == 5);
        q = {};
        q.supplier = shelf.snipes;
        q.location = u"Shelf B"_s;
        CHECK(countOf(q) == 10);
        CHECK(repo.locations().value() == QStringList{u"Shelf A"_s, u"Shelf B"_s});
    });
}

TEST_CASE("Stock totals are exact", "[db][stock]")
{
    onEachBackend([](Database &db) {
        fillShelf(db);
        const auto totals = StockRepository(db).totals({}).value();
        CHECK(totals.items == 30);
        CHECK(totals.pairs == 30);
        CHECK(totals.grossCostMinor == 343500); // 100 + 101 + ... + 129 euro
        qint64 net = 0;
        for (int i = 0; i < 30; ++i)
            net += VatRate::germanStandard().netFromGross(Money::fromMajor(100 + i, u"EUR"_s)).minor();
        CHECK(totals.netCostMinor == net);
        CHECK(totals.averageDaysInStock > 300);
    });
}

TEST_CASE("Stock service: transitions / bulk changes / events / delete and restore", "[db][stock][events]")
{
    onEachBackend([](Database &db) {
        const Shelf shelf = fillShelf(db);
        StockService service(db);
        EventStore events(db);
        const qint64 eventsBefore = events.count().value();
        CHECK(eventsBefore == 30); // one StockItemCreated per item

        Announcing announcing(db);
        QSignalSpy changes(&announcing.notifier, &ChangeNotifier::changed);
        const QList<StockItemId> three = shelf.ids.mid(1, 3);
        REQUIRE(service.changeStatus(three, ItemStatus::ListedAlias));
        REQUIRE(changes.wait(5000));
        CHECK(changes.count() == 1); // one action, one announcement with its three ids
        CHECK(changes.first().first().value<Change>().kind == Change::Kind::Changed);
        CHECK(changes.first().first().value<Change>().ids.size() == 3);
        for (const auto &id : three) {
            const auto item = service.repository().get(id).value();
            CHECK(item->status == ItemStatus::ListedAlias);
            CHECK(item->listedAlias);
        }
        CHECK(events.count().value() == eventsBefore + 3);
        const auto history = events.forAggregate(three.first().uuid()).value();
        REQUIRE(history.size() == 2);
        CHECK(history.last().type == u"StockItemUpdated"_s);
        CHECK(history.last().data.value(u"status"_s).toObject().value(u"to"_s).toString() == u"listed_alias"_s);
        const auto correlated = events.forCorrelation(history.last().correlationId).value();
        CHECK(correlated.size() == 3);

        // A forbidden move changes nothing, not even the items before the offending one.
        REQUIRE(service.changeStatus({shelf.ids.at(4)}, ItemStatus::Sold));
        const Status refused = service.changeStatus({shelf.ids.at(6), shelf.ids.at(4)}, ItemStatus::ListedStockX);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == u"stock.transition"_s);
        CHECK(service.repository().get(shelf.ids.at(6)).value()->status == ItemStatus::InStock);

        // Several edits in one call are all-or-nothing.
        StockItem fine = *service.repository().get(shelf.ids.at(10)).value();
        fine.location = u"Shelf Q"_s;
        StockItem forbidden = *service.repository().get(shelf.ids.at(4)).value(); // sold
        forbidden.status = ItemStatus::Reserved;
        CHECK_FALSE(service.updateItems({fine, forbidden}));
        CHECK(service.repository().get(fine.id).value()->location == u"Shelf B"_s);

        REQUIRE(service.changeLocation(three, u"Shelf C"_s));
        CHECK(service.repository().get(three.first()).value()->location == u"Shelf C"_s);

        StockItem edited = *service.repository().get(shelf.ids.at(8)).value();
        edited.grossPrice = eur("250.00");
        edited.netPrice = VatRate::germanStandard().netFromGross(eur("250.00"));
        REQUIRE(service.updateItem(edited));
        CHECK(service.repository().get(edited.id).value()->grossPrice == eur("250.00"));

        changes.clear();
        auto gone = service.removeItems(three);
        REQUIRE(gone);
        REQUIRE(changes.wait(5000));
        CHECK(changes.last().first().value<Change>().kind == Change::Kind::Removed);
        CHECK_FALSE(service.repository().get(three.first()).value());
        REQUIRE(service.restoreItems(gone.value()));
        const auto back = service.repository().get(three.first()).value();
        REQUIRE(back);
        CHECK(back->location == u"Shelf C"_s);
        CHECK(back->status == ItemStatus::ListedAlias);
    });
}

TEST_CASE("Oldest unsold item of a product and size", "[db][stock]")
{
    onEachBackend([](Database &db) {
        fillShelf(db);
        StockRepository repo(db);
        StockQuery q;
        q.text = u"DD1391"_s;
        q.size = sizeId(db, u"US 10"_s);
        q.sort = StockQuery::Sort::PurchaseDate;
        q.descending = false;
        const auto rows = repo.fetchPage(q, std::nullopt, 10).value().rows;
        REQUIRE(rows.size() == 5);
        const auto oldest = repo.oldestUnsold(rows.first().item.productId, rows.first().item.sizeId).value();
        REQUIRE(oldest);
        // rows.first() is listed (i == 0), still unsold, so it is the oldest.
        CHECK(oldest->id == rows.first().item.id);
    });
}
