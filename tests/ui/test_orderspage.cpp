#include "catchqt.h"
#include "fixtures.h"
#include "pagedmodels.h"
#include "screenshots.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "db/databaseworker.h"
#include "db/sqlquery.h"
#include "sales/orderlistrepository.h"
#include "sales/orderspage.h"
#include "sales/ordertablemodel.h"
#include "secrets/memorysecretstore.h"
#include "sync/stockx/stockxcredentials.h"
#include "sync/stockx/stockxordersync.h"
#include "sync/stockx/stockxsession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
void syncOrders(const Database &db, StockXFixture &fx, int orders)
{
    fx.emulator.market().seed(orders, 0, fx.emulator.now());
    auto client = fx.client();
    StockXOrderSync sync(db, *client);
    REQUIRE(StockXFixture::runToEnd(sync));
    REQUIRE(sync.run().status == u"completed"_s);
}

void fetchAll(OrderTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

qint64 sumOf(const Database &db, const QString &column, const QString &where = {})
{
    SqlQuery q(db, u"SELECT COALESCE(SUM(%1), 0) FROM {{sales.order}} "_s.arg(column) + where);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.money(0, u"EUR"_s)->minor();
}
// A page over `orders` synced StockX orders, with labels saved to a temporary folder.
struct OrdersPageFixture {
    explicit OrdersPageFixture(int orders)
    {
        REQUIRE(test.error().isEmpty());
        syncOrders(test.db(), fx, orders);
        fx.saveCredentials(secrets);
        page.documentsDirectory = documents.path();
        page.refresh();
        waitLoaded(*page.model());
    }

    // The first order StockX has a label for.
    int downloadableRow()
    {
        int row = 0;
        while (page.model()->index(row, OrderTableModel::Label).data().toString() != u"Download"_s)
            ++row;
        return row;
    }

    TestDatabase test{Backend::SQLite};
    StockXFixture fx;
    MemorySecretStore secrets;
    StockXSession session{test.db(), secrets, fx.endpoints()};
    DatabaseWorker worker{test.db()};
    OrdersPage page{worker, session};
    QTemporaryDir documents;
};
} // namespace

TEST_CASE("Order table model: pages sorts filters and totals agree with the database", "[db][ui][orders]")
{
    onEachBackend([](Database &db) {
        StockXFixture fx;
        syncOrders(db, fx, 450);
        OrderTableModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reload();
        CHECK(model.rowCount() == OrderTableModel::kFirstPageSize);
        fetchAll(model);
        CHECK(model.rowCount() == 450);

        model.sort(OrderTableModel::NetProfit, Qt::DescendingOrder);
        fetchAll(model);
        REQUIRE(model.rowCount() == 450);
        for (int row = 1; row < model.rowCount(); ++row)
            REQUIRE(model.index(row - 1, OrderTableModel::NetProfit).data(OrderTableModel::SortRole).toLongLong() >=
                    model.index(row, OrderTableModel::NetProfit).data(OrderTableModel::SortRole).toLongLong());

        OrderListRepository orders(db);
        OrderQuery open;
        open.scope = OrderQuery::Scope::Open;
        OrderQuery history;
        history.scope = OrderQuery::Scope::History;
        const auto all = orders.summary({});
        REQUIRE(all);
        CHECK(all.value().orders == 450);
        CHECK(all.value().netProceedsMinor ==
              sumOf(db, u"net_proceeds"_s, u"WHERE status NOT IN ('cancelled', 'returned', 'failed')"_s));
        CHECK(all.value().withoutCost ==
              450 - rowCount(db, u"sales.order"_s, u"WHERE status IN ('cancelled', 'returned', 'failed')"_s));
        CHECK(orders.summary(open).value().orders + orders.summary(history).value().orders == 450);
        CHECK(orders.summary(open).value().orders > 0);
        OrderQuery outstanding;
        outstanding.payout = OrderQuery::Payout::Outstanding;
        CHECK(orders.summary(outstanding).value().orders == all.value().outstandingPayouts);

        const QString number = model.rowAt(7).orderNumber;
        OrderQuery search;
        search.text = number;
        model.setQuery(search);
        CHECK(model.rowCount() == 1);
        CHECK(model.index(0, OrderTableModel::OrderNumber).data().toString() == number);
    });
}

TEST_CASE("Orders page: filters summary and a StockX shipping label downloaded once then opened locally",
          "[ui][orders][stockx]")
{
    OrdersPageFixture f(60);
    OrdersPage &page = f.page;
    QStringList opened;
    page.openFile = [&](const QString &path) { opened << path; };
    page.resize(1400, 700);
    page.show();
    waitLoaded(*page.model());
    CHECK(page.model()->rowCount() == 60);
    CHECK(QTest::qWaitFor([&] { return page.summaryText().startsWith(u"60 orders"_s); }, 5000));

    auto *scope = page.findChild<QComboBox *>(u"scopeFilter"_s);
    scope->setCurrentIndex(scope->findData(int(OrderQuery::Scope::History)));
    page.applyFilters();
    waitLoaded(*page.model());
    const int historyRows = page.model()->rowCount();
    CHECK(historyRows < 60);
    scope->setCurrentIndex(0);
    auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"completed"_s));
    page.applyFilters();
    waitLoaded(*page.model());
    REQUIRE(page.model()->rowCount() > 0);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        REQUIRE(page.model()->rowAt(row).status == OrderStatus::Completed);
    status->setCurrentIndex(0);
    page.applyFilters();
    waitLoaded(*page.model());

    const int row = f.downloadableRow();
    page.view()->selectRow(row);
    auto *button = page.findChild<QToolButton *>(u"labelButton"_s);
    REQUIRE(button->isEnabled());
    QSignalSpy openedSpy(&page, &OrdersPage::labelOpened);
    button->click();
    REQUIRE(openedSpy.wait(15000));
    const QString path = openedSpy.first().first().toString();
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");
    CHECK(opened == QStringList{path});
    CHECK(page.model()->index(row, OrderTableModel::Label).data().toString() == u"Saved"_s);
    const auto stored = OrderListRepository(f.test.db()).fetchRow(page.model()->rowAt(row).id);
    REQUIRE(stored);
    CHECK(stored.value()->shippingDocumentPath == path);

    // The second time the saved file opens without asking StockX.
    const qsizetype requests = f.fx.emulator.requests().size();
    button->click();
    CHECK(openedSpy.size() == 2);
    CHECK(f.fx.emulator.requests().size() == requests);
    saveScreenshot(page, u"orders-page"_s, true);
}

TEST_CASE("Orders page: a label StockX will not send is reported and nothing is recorded", "[ui][orders][stockx]")
{
    OrdersPageFixture f(5);
    OrdersPage &page = f.page;
    page.openFile = [](const QString &) { FAIL("nothing should open"); };
    page.show();
    const int row = f.downloadableRow();
    page.view()->selectRow(row);
    f.fx.emulator.injectFault(emu::Fault::ServerError, 100, u"/v2/selling/orders/"_s);
    QSignalSpy failed(&page, &OrdersPage::labelFailed);
    page.findChild<QToolButton *>(u"labelButton"_s)->click();
    REQUIRE(failed.wait(15000));
    CHECK(page.message().contains(u"StockX"_s));
    CHECK(page.model()->index(row, OrderTableModel::Label).data().toString() == u"Download"_s);
    CHECK(QDir(f.documents.path()).isEmpty());
}
