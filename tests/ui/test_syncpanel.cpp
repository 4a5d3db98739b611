#include "catchqt.h"
#include "fixtures.h"
#include "importfixtures.h"
#include "screenshots.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "imports/importspage.h"
#include "imports/importwizard.h"
#include "mainwindow.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"
#include "sync/stockx/stockxcredentials.h"
#include "sync/stockx/stockxordersync.h"
#include "sync/syncpanel.h"
#include "sync/syncrejectionmodel.h"
#include "sync/syncrejectionrepository.h"
#include "sync/syncrejectionsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
QString labelText(QWidget &parent, const QString &name)
{
    auto *label = parent.findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

void click(QWidget &parent, const QString &name)
{
    auto *button = parent.findChild<QPushButton *>(name);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    button->click();
}

bool waitUntilIdle(SyncPanel &panel)
{
    return QTest::qWaitFor(
        [&] {
            auto *cancel = panel.findChild<QPushButton *>(u"syncCancel"_s);
            return !cancel->isEnabled() && !labelText(panel, u"syncStatus"_s).startsWith(u"Starting"_s);
        },
        60000);
}
} // namespace

TEST_CASE("Sync panel: a job runs from its button with progress log and last successful sync", "[ui][stockx]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    StockXFixture fx;
    fx.emulator.market().seed(120, 8, fx.emulator.now());
    AppContext context = appContextFor(test.db());
    context.stockxEndpoints = fx.endpoints();
    fx.saveCredentials(*context.secrets);
    MainWindow window(context);
    window.resize(1500, 860);
    window.show();
    SyncPanel &panel = *window.syncPanel();
    REQUIRE(QTest::qWaitFor([&] { return labelText(panel, u"lastRun_orders"_s) == u"Never synced"_s; }, 5000));

    click(panel, u"sync_orders"_s);
    REQUIRE(waitUntilIdle(panel));
    CHECK(labelText(panel, u"syncStatus"_s) == u"Done: 120 new, 0 changed, 0 unchanged, 0 rejected."_s);
    CHECK(QTest::qWaitFor([&] { return labelText(panel, u"lastRun_orders"_s).startsWith(u"Last successful: "_s); },
                          5000));
    CHECK(panel.logText().contains(u"Finished: 120 new"_s));
    CHECK(rowCount(test.db(), u"sales.order"_s) == 120);
    // The Stock page shows the sold pairs the sync created.
    window.showPage(u"stock"_s);
    REQUIRE(QTest::qWaitFor([&] { return window.stockPage()->model()->rowCount() > 0; }, 5000));

    click(panel, u"sync_listings"_s);
    REQUIRE(waitUntilIdle(panel));
    CHECK(labelText(panel, u"syncStatus"_s).startsWith(u"Done: 8 new"_s));

    // Enrich the products of two selected rows from the Stock page.
    QTableView *view = window.stockPage()->view();
    view->selectRow(0);
    view->selectionModel()->select(view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const qsizetype products = window.stockPage()->selectedProducts().size();
    window.stockPage()->findChild<QAction *>(u"enrichAction"_s)->trigger();
    REQUIRE(waitUntilIdle(panel));
    CHECK(labelText(panel, u"syncStatus"_s) == u"Done: %1 new, 0 changed, 0 unchanged, 0 rejected."_s.arg(products));
    CHECK(rowCount(test.db(), u"catalog.product"_s, u"WHERE last_enriched_at IS NOT NULL"_s) == products);
    saveScreenshot(window, u"sync-panel"_s, true);
}

TEST_CASE("Sync panel: without credentials or with a revoked login it says to open Settings", "[ui][stockx]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    StockXFixture fx;
    AppContext context = appContextFor(test.db());
    context.stockxEndpoints = fx.endpoints();
    MainWindow window(context);
    window.show();
    SyncPanel &panel = *window.syncPanel();
    click(panel, u"sync_orders"_s);
    REQUIRE(waitUntilIdle(panel));
    CHECK(labelText(panel, u"syncProblem"_s).contains(u"StockX is not connected"_s));
    CHECK(panel.findChild<QPushButton *>(u"syncReconnect"_s)->isVisible());

    StockXCredentials revoked = fx.credentials();
    revoked.refreshToken = u"revoked"_s;
    fx.saveCredentials(*context.secrets, revoked);
    click(panel, u"sync_orders"_s);
    REQUIRE(waitUntilIdle(panel));
    CHECK(labelText(panel, u"syncStatus"_s) == u"Stopped."_s);
    CHECK(labelText(panel, u"syncProblem"_s).contains(u"Connect StockX again in Settings"_s));
    CHECK(panel.findChild<QPushButton *>(u"syncReconnect"_s)->isVisible());
    saveScreenshot(panel, u"sync-panel-reconnect"_s, true);
}

TEST_CASE("Sync panel: records a sync could not store are counted and listed with what StockX sent", "[ui][stockx]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    SyncRejectionRepository rejections(test.db());
    const QJsonObject order{{u"orderNumber"_s, u"81442270-81342029"_s}, {u"amount"_s, u"n/a"_s}};
    REQUIRE(rejections.record({u"stockx"_s,
                               u"orders"_s,
                               u"81442270-81342029"_s,
                               {},
                               u"The order has no amount StockX could give."_s,
                               order,
                               QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC),
                               1,
                               {}}));
    REQUIRE(rejections.record({u"stockx"_s,
                               u"listings"_s,
                               u"98f1c2d4"_s,
                               {},
                               u"The listing has no id."_s,
                               QJsonObject{{u"status"_s, u"ACTIVE"_s}},
                               {},
                               1,
                               {}}));

    SyncRejectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(rejections.all(u"stockx"_s).value());
    CHECK(model.rowCount() == 2);

    AppContext context = appContextFor(test.db());
    MainWindow window(context);
    window.resize(1500, 860);
    auto *button = window.syncPanel()->findChild<QPushButton *>(u"syncRejected"_s);
    REQUIRE(QTest::qWaitFor([&] { return !button->isHidden(); }, 5000));
    CHECK(button->text().startsWith(u"2 records waiting"_s));
    button->click();
    auto *dialog = window.syncPanel()->findChild<SyncRejectionsDialog *>();
    REQUIRE(dialog);
    auto *view = dialog->findChild<QTableView *>(u"rejectionsView"_s);
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 2; }, 5000));
    view->selectRow(
        view->model()->index(0, SyncRejectionModel::Number).data().toString() == u"81442270-81342029"_s ? 0 : 1);
    CHECK(dialog->findChild<QPlainTextEdit *>(u"rejectionRaw"_s)->toPlainText().contains(u"\"amount\": \"n/a\""_s));
    saveScreenshot(*dialog, u"sync-rejections"_s, true);
}

TEST_CASE("Closing the window during a sync and an import waits for both to stop cleanly, nothing is half stored",
          "[ui][stockx]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    StockXFixture fx;
    fx.emulator.market().seed(1500, 0, fx.emulator.now());
    QTemporaryDir dir;
    const QString report = dir.filePath(u"history.csv"_s);
    REQUIRE(writeLongSalesReport(report, 20000, 80000000));
    {
        AppContext context = appContextFor(test.db());
        context.stockxEndpoints = fx.endpoints();
        fx.saveCredentials(*context.secrets);
        auto window = std::make_unique<MainWindow>(context);
        window->show();
        click(*window->syncPanel(), u"sync_orders"_s);
        window->importsPage()->importFile(report);
        auto *wizard = window->findChild<ImportWizard *>();
        REQUIRE(wizard);
        REQUIRE(QTest::qWaitFor([&] { return !wizard->previewing(); }, 30000));
        wizard->findChild<QPushButton *>(u"importButton"_s)->click();
        REQUIRE(wizard->isRunning());
        REQUIRE(QTest::qWaitFor(
            [&] { return rowCount(test.db(), u"sales.order"_s, u"WHERE external_id LIKE '8%'"_s) > 0; }, 30000));
        window.reset(); // what quitting does: the wizard and the sync go with the window
    }                   // the database worker finishes the stores it was given, then closes its connection

    // Whole rows only: every order has its sold pair, and no pair waits without its order.
    const qint64 orders = rowCount(test.db(), u"sales.order"_s);
    CHECK(orders > 0);
    CHECK(rowCount(test.db(), u"inventory.stock"_s) == orders);
    CHECK(rowCount(test.db(), u"inventory.stock"_s, u"WHERE status = 'sold'"_s) == orders);
    CHECK(rowCount(test.db(), u"integration.import_batches"_s, u"WHERE status = 'running'"_s) == 0);

    // The sync's next run resumes and completes; nothing is stored twice.
    auto client = fx.client();
    StockXOrderSync rerun(test.db(), *client);
    REQUIRE(StockXFixture::runToEnd(rerun));
    CHECK(rerun.run().status == u"completed"_s);
    CHECK(rowCount(test.db(), u"sales.order"_s, u"WHERE external_id NOT LIKE '8%'"_s) == 1500);
}
