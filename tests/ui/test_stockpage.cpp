#include "catchqt.h"
#include "fixtures.h"
#include "pagedmodels.h"
#include "screenshots.h"
#include "testdatabase.h"

#include "appcontext.h"
#include "catalog/productrepository.h"
#include "dashboard/dashboardpage.h"
#include "db/databaseworker.h"
#include "demo/demodatagenerator.h"
#include "events/systemlog.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "settings/settingsdialog.h"
#include "stock/itemdialog.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
void fillDemo(Database &db, int items)
{
    DemoDataGenerator::Options options;
    options.items = items;
    options.seed = 7;
    options.today = QDate(2025, 6, 1);
    const auto summary = DemoDataGenerator(db).generate(options);
    INFO((summary ? std::string() : summary.error().toString().toStdString()));
    REQUIRE(summary);
}

int rowOfSku(const StockTableModel &model, const QString &sku)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.rowAt(r).sku == sku)
            return r;
    return -1;
}
} // namespace

TEST_CASE("Stock model passes QAbstractItemModelTester while paging / sorting and filtering", "[ui][model]")
{
    onEachBackend([](Database &db) {
        fillDemo(db, 650);
        StockService service(db);
        QUndoStack undo;
        StockTableModel model(service, undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reload();
        CHECK(model.rowCount() == StockTableModel::kFirstPageSize);
        CHECK(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == 650);
        model.sort(StockTableModel::GrossPrice, Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        REQUIRE(model.rowCount() == 650);
        for (int r = 1; r < model.rowCount(); ++r)
            REQUIRE(model.index(r - 1, StockTableModel::GrossPrice).data(StockTableModel::SortRole).toLongLong() <=
                    model.index(r, StockTableModel::GrossPrice).data(StockTableModel::SortRole).toLongLong());
        StockQuery q = model.query();
        q.text = u"jordan"_s;
        model.setQuery(q);
        CHECK(model.rowCount() > 0);
        CHECK(model.rowAt(0).brandName == u"Jordan"_s);
        CHECK(model.headerData(StockTableModel::Sku, Qt::Horizontal).toString() == u"SKU"_s);
    });
}

TEST_CASE("Stock page: filter / inline edit / bulk change / undo and redo / delete / export", "[ui][stock]")
{
    onEachBackend([](Database &db) {
        fillDemo(db, 300);
        Announcing announcing(db);
        StockService service(db);
        DatabaseWorker worker(db);
        StockPage page(worker, service);
        page.resize(1400, 800);
        page.show();
        StockTableModel &model = *page.model();
        waitLoaded(model);
        REQUIRE(model.rowCount() == StockTableModel::kFirstPageSize);
        auto *totals = page.findChild<QLabel *>(u"totalsLabel"_s);
        REQUIRE(totals);
        REQUIRE(QTest::qWaitFor([&] { return totals->text().startsWith(u"300 items"_s); }, 10000));

        // Search box (debounced) narrows the table and the totals.
        auto *search = page.findChild<QLineEdit *>(u"searchEdit"_s);
        QTest::keyClicks(search, u"Samba"_s);
        REQUIRE(QTest::qWaitFor([&] { return model.rowCount() > 0 && model.rowCount() < 200 && !model.fetching(); },
                                10000));
        const int sambas = model.rowCount();
        CHECK(sambas > 0);
        for (int r = 0; r < sambas; ++r)
            REQUIRE(model.rowAt(r).productName.contains(u"Samba"_s));
        REQUIRE(
            QTest::qWaitFor([&] { return totals->text().startsWith(QString::number(sambas) + u" items"_s); }, 10000));

        // Status filter: only what is in stock.
        auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"in_stock"_s));
        page.applyFilters();
        waitLoaded(model);
        for (int r = 0; r < model.rowCount(); ++r)
            REQUIRE(model.rowAt(r).item.status == ItemStatus::InStock);
        REQUIRE(model.rowCount() >= 2);

        // Inline edit through the model (as the delegate does), then undo and redo.
        const StockItemId first = model.rowAt(0).item.id;
        REQUIRE(model.setData(model.index(0, StockTableModel::GrossPrice), u"1.234,00"_s));
        CHECK(service.repository().get(first).value()->grossPrice == eur("1234.00"));
        const VatRate rate = model.rowAt(0).item.vatRate;
        CHECK(service.repository().get(first).value()->netPrice == rate.netFromGross(eur("1234.00")));
        // The edited row is read again on the database worker.
        CHECK(QTest::qWaitFor([&] { return model.rowAt(0).item.grossPrice == eur("1234.00"); }, 5000));
        CHECK_FALSE(model.setData(model.index(0, StockTableModel::GrossPrice), u"lots"_s));
        CHECK(page.message().contains(u"lots"_s));
        page.undoStack()->undo();
        CHECK(service.repository().get(first).value()->grossPrice != eur("1234.00"));
        page.undoStack()->redo();
        CHECK(service.repository().get(first).value()->grossPrice == eur("1234.00"));

        // Forbidden status through the model is refused and nothing lands on the undo stack.
        REQUIRE(model.setData(model.index(0, StockTableModel::Status), u"sold"_s));
        const int undoCount = page.undoStack()->count();
        CHECK_FALSE(model.setData(model.index(0, StockTableModel::Status), u"listed_stockx"_s));
        CHECK(page.undoStack()->count() == undoCount);
        CHECK(page.message().contains(u"cannot become"_s));
        const auto logged = SystemLog(db).recent(5);
        REQUIRE(logged);
        CHECK(logged.value().first().contains(u"cannot become"_s));

        // Bulk: select two rows, set status, move, undo both.
        page.view()->selectRow(1);
        page.view()->selectionModel()->select(model.index(2, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<StockItemId> two{model.rowAt(1).item.id, model.rowAt(2).item.id};
        REQUIRE(page.changeStatusOfSelection(ItemStatus::ListedStockX));
        for (const auto &id : two) {
            CHECK(service.repository().get(id).value()->status == ItemStatus::ListedStockX);
            CHECK(service.repository().get(id).value()->listedStockX);
        }
        page.askLocation = [](const QStringList &) { return std::optional(u"Shelf Z9"_s); };
        REQUIRE(page.moveSelection());
        CHECK(service.repository().get(two.first()).value()->location == u"Shelf Z9"_s);
        page.undoStack()->undo();
        page.undoStack()->undo();
        for (const auto &id : two) {
            CHECK(service.repository().get(id).value()->status == ItemStatus::InStock);
            CHECK(service.repository().get(id).value()->location != u"Shelf Z9"_s);
        }

        // Delete asks first; "no" keeps the items, "yes" deletes, undo restores.
        page.view()->selectRow(1);
        const StockItemId doomed = model.rowAt(1).item.id;
        page.confirm = [](const QString &) { return false; };
        CHECK_FALSE(page.deleteSelection());
        CHECK(service.repository().get(doomed).value());
        QString asked;
        page.confirm = [&](const QString &question) {
            asked = question;
            return true;
        };
        const bool deleted = page.deleteSelection();
        INFO(asked.toStdString() << " / " << page.message().toStdString());
        REQUIRE(deleted);
        CHECK(asked.contains(u"Delete 1 item"_s));
        CHECK_FALSE(service.repository().get(doomed).value());
        CHECK(rowOfSku(model, QString()) == -1);
        page.undoStack()->undo();
        CHECK(service.repository().get(doomed).value());

        // Export writes exactly the filtered rows.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stock.csv"_s);
        std::optional<Result<qint64>> exported;
        QObject::connect(&page, &StockPage::exported, [&](const Result<qint64> &written) { exported = written; });
        page.exportCsvTo(path); // on the database worker
        REQUIRE(QTest::qWaitFor([&] { return exported.has_value(); }, 10000));
        REQUIRE(*exported);
        const qint64 expectedRows = service.repository().totals(model.query()).value().items;
        CHECK(exported->value() == expectedRows);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        CHECK(lines.first().startsWith("id,sku,product,brand,size,status"));
        CHECK(lines.size() == expectedRows + 2); // header + rows + the empty piece after the last CRLF
    });
}

TEST_CASE("Stock page: add an item with a new product and a new supplier", "[ui][stock]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    Announcing announcing(test.db());
    StockService service(test.db());
    DatabaseWorker worker(test.db());
    StockPage page(worker, service);
    page.show();                                                         // a hidden page only marks itself stale
    REQUIRE(QTest::qWaitFor([&] { return page.choices().read; }, 5000)); // read on the database worker
    page.askItem = [&](const StockChoices &choices, const std::optional<StockItem> &) -> std::optional<StockDraft> {
        ItemDialog dialog(choices, std::nullopt);
        auto *ok = dialog.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        dialog.findChild<QGroupBox *>(u"newProductGroup"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"newSkuEdit"_s)->setText(u"IE0876"_s);
        dialog.findChild<QLineEdit *>(u"newNameEdit"_s)->setText(u"Adidas Handball Spezial Navy"_s);
        dialog.findChild<QComboBox *>(u"newBrandCombo"_s)->setCurrentText(u"Adidas"_s);
        auto *size = dialog.findChild<QComboBox *>(u"sizeCombo"_s);
        size->setCurrentIndex(size->findText(u"US 10.5"_s));
        dialog.findChild<QComboBox *>(u"supplierCombo"_s)->setCurrentText(u"Overkill Berlin"_s);
        auto *price = dialog.findChild<QLineEdit *>(u"priceEdit"_s);
        price->setText(u"12x"_s);
        CHECK_FALSE(ok->isEnabled());
        CHECK(dialog.findChild<QLabel *>(u"problemLabel"_s)->text().contains(u"12x"_s));
        price->setText(u"119,00"_s);
        CHECK(ok->isEnabled());
        CHECK(dialog.findChild<QLabel *>(u"priceSummary"_s)->text().contains(u"100"_s));
        saveScreenshot(dialog, u"add-item-dialog"_s);
        return dialog.draft();
    };
    REQUIRE(page.addItem());
    const auto product = ProductRepository(test.db()).findBySku(u"IE0876"_s).value();
    REQUIRE(product);
    // The page hears of the new pair through the change notifier and reads it on the worker.
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 5000));
    const StockRow &row = page.model()->rowAt(0);
    CHECK(row.supplierName == u"Overkill Berlin"_s);
    CHECK(row.brandName == u"Adidas"_s);
    CHECK(row.sizeLabel == u"US 10.5"_s);
    CHECK(row.item.grossPrice == eur("119.00"));
    CHECK(row.item.netPrice == eur("100.00"));
}

TEST_CASE("Main window and settings dialog", "[ui][settings]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    AppContext context = appContextFor(test.db());
    MainWindow window(context);
    window.show();
    CHECK(window.dashboardPage()->isVisible()); // the home page
    window.showPage(u"stock"_s);
    CHECK(window.stockPage()->isVisible());
    const QImage shot = window.grab().toImage();
    CHECK(shot.width() >= 1000);

    const DatabaseConfig pg = DatabaseConfig::fromString(u"postgresql://anna@127.0.0.1:1/none"_s).value();
    MemorySecretStore secrets;
    SettingsDialog dialog(pg, u"de"_s, secrets);
    CHECK(dialog.config().kind == DatabaseConfig::Kind::PostgreSQL);
    CHECK(dialog.language() == u"de"_s);
    dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"hunter2"_s);
    dialog.findChild<QLineEdit *>(u"caFileEdit"_s)->setText(u"/etc/ssl/team-ca.crt"_s);
    dialog.findChild<QLineEdit *>(u"operatorEdit"_s)->setText(u" Anna "_s);
    CHECK(dialog.config().sslRootCert == u"/etc/ssl/team-ca.crt"_s);
    CHECK(dialog.config().operatorName == u"Anna"_s);
    saveScreenshot(dialog, u"settings-dialog"_s);
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    dialog.testConnection();
    REQUIRE(tested.wait(15000));
    CHECK_FALSE(tested.first().first().toBool());
    CHECK(dialog.testResult().contains(u"127.0.0.1:1"_s));
    bool saved = false;
    dialog.save([&](Status status) { saved = status.ok(); });
    CHECK(saved);
    const DatabaseConfig reread = DatabaseConfig::fromSettings(QSettings());
    CHECK(reread.sslRootCert == u"/etc/ssl/team-ca.crt"_s);
    CHECK(reread.operatorName == u"Anna"_s);
    CHECK(Database(reread).operatorName() == u"Anna"_s);
    bool read = false;
    secrets.read(pg.passwordKey(),
                 [&](Result<QString> password) { read = password && password.value() == u"hunter2"_s; });
    CHECK(read);
}
