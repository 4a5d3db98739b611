#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "shopfixture.h"
#include "testdatabase.h"

#include "charts/barchart.h"
#include "db/sqlquery.h"
#include "mainwindow.h"
#include "stockxfixture.h"
#include "suppliers/recordpurchasedialog.h"
#include "suppliers/supplieraccountmodel.h"
#include "suppliers/supplieraccountrepository.h"
#include "suppliers/supplieraccountsdialog.h"
#include "suppliers/supplierchartsdialog.h"
#include "suppliers/supplierdialog.h"
#include "suppliers/supplieroverviewrepository.h"
#include "suppliers/supplierpairsdialog.h"
#include "suppliers/supplierperformancerepository.h"
#include "suppliers/supplierrepository.h"
#include "suppliers/supplierspage.h"
#include "suppliers/suppliertablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
SupplierId supplierNamed(const Database &db, const QString &name, int returnDays)
{
    Supplier supplier;
    supplier.name = name;
    supplier.returnDays = returnDays;
    supplier.city = u"Berlin"_s;
    return SupplierRepository(db).create(supplier).value().id;
}

int rowNamed(const SupplierTableModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rowAt(row).name == name)
            return row;
    return -1;
}

// The main window on the Suppliers page, once it shows `suppliers` rows.
class SuppliersWindow {
public:
    SuppliersWindow(const Database &db, int suppliers)
        : m_context(appContextFor(db))
        , m_window(m_context)
    {
        m_window.resize(1500, 860);
        m_window.show();
        m_window.showPage(u"suppliers"_s);
        page = m_window.findChild<SuppliersPage *>();
        REQUIRE(page);
        REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == suppliers; }, 10000));
    }
    MainWindow &window() { return m_window; }
    SuppliersPage *page = nullptr;

private:
    AppContext m_context;
    MainWindow m_window;
};
} // namespace

TEST_CASE("Suppliers page: ranked figures, search, a new supplier with its category guessed, deletion refused while "
          "pairs came from a supplier, and the alert for return windows about to close",
          "[ui][suppliers]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
    const SizeId us9 = sizeId(db, u"US 9"_s);
    const QDate today = QDate::currentDate();
    SalesShop bstn{db, dunk, us9, supplierNamed(db, u"BSTN"_s, 14), {}};
    SalesShop zalando{db, dunk, us9, supplierNamed(db, u"Zalando"_s, 30), {}};
    supplierNamed(db, u"Solebox"_s, 14);
    for (int i = 0; i < 3; ++i) {
        const StockItem sold = bstn.pair("119.00", today.addDays(-60 + i), ItemStatus::Sold);
        bstn.sell(sold, u"stockx"_s, u"B-%1"_s.arg(i), today.addDays(-30 + i), "190.00", "15.00", "5.00",
                  OrderStatus::Completed, true);
    }
    const StockItem closing = bstn.pair("119.00", today.addDays(-13), ItemStatus::InStock); // 1 day left
    SqlQuery delivered(db, u"UPDATE {{inventory.stock}} SET delivery_date = purchase_date WHERE id = :id"_s);
    REQUIRE(delivered.bind(u":id"_s, closing.id).exec());
    const StockItem sold = zalando.pair("59.50", today.addDays(-20), ItemStatus::Sold);
    zalando.sell(sold, u"stockx"_s, u"Z-1"_s, today.addDays(-2), "70.00", "5.00", "2.00", OrderStatus::Completed,
                 false);
    zalando.pair("59.50", today.addDays(-50), ItemStatus::InStock);

    AppContext context = appContextFor(db);
    MainWindow window(context);
    window.resize(1500, 860);
    window.show();
    auto *page = window.findChild<SuppliersPage *>();
    REQUIRE(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy refreshed(page, &SuppliersPage::refreshed);
    window.showPage(u"suppliers"_s);
    REQUIRE(QTest::qWaitFor([&] { return !refreshed.isEmpty() && page->model()->rowCount() == 3; }, 10000));
    CHECK(page->model()->rowAt(0).name == u"BSTN"_s); // ranked by profit
    CHECK(page->model()->rowAt(0).pairsBought == 4);
    CHECK(page->model()->rowAt(0).returnable == 1);
    auto *alert = page->findChild<QLabel *>(u"returnAlert"_s);
    REQUIRE(QTest::qWaitFor([&] { return alert->isVisible(); }, 5000));
    CHECK(alert->text().contains(u"1 pair"_s));
    const QString roi =
        page->model()->index(0, SupplierTableModel::Roi).data().toString(); // (3 × 70.00) ÷ (3 × 100.00)
    CHECK(roi.startsWith(u"70"_s));
    saveScreenshot(window, u"suppliers"_s);

    page->searchField()->setText(u"zal"_s);
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 1; }, 5000));
    CHECK(page->model()->rowAt(0).name == u"Zalando"_s);
    page->searchField()->clear();
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 3; }, 5000));

    Supplier footLocker;
    footLocker.name = u"Foot Locker"_s;
    footLocker.returnDays = 30;
    QSignalSpy saved(page, &SuppliersPage::saved);
    page->save(footLocker);
    REQUIRE(QTest::qWaitFor([&] { return !saved.isEmpty() && page->model()->rowCount() == 4; }, 5000));
    CHECK(SupplierRepository(db).findByName(u"foot locker"_s).value()->category == u"sneaker_retailers"_s);

    page->confirm = [](const QString &) { return true; };
    QSignalSpy deleted(page, &SuppliersPage::deleted);
    page->view()->selectRow(rowNamed(*page->model(), u"BSTN"_s));
    page->deleteSelected();
    REQUIRE(QTest::qWaitFor([&] { return page->statusText().contains(u"not deleted"_s); }, 5000));
    CHECK(page->statusText().contains(u"4 pairs came from this supplier"_s));
    CHECK(page->model()->rowCount() == 4);
    page->view()->selectRow(rowNamed(*page->model(), u"Solebox"_s));
    page->deleteSelected();
    REQUIRE(QTest::qWaitFor([&] { return !deleted.isEmpty(); }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 3; }, 5000));
    CHECK(rowNamed(*page->model(), u"Solebox"_s) < 0);
}

TEST_CASE("Supplier dialog: every profile field read back, the category follows the name until chosen, a bad "
          "minimum order is named, not saved",
          "[ui][suppliers]")
{
    Supplier supplier;
    supplier.name = u"Solebox"_s;
    supplier.contactPerson = u"Jana Weber"_s;
    supplier.email = u"orders@solebox.example"_s;
    supplier.phone = u"+49 30 1234567"_s;
    supplier.website = u"https://www.solebox.example"_s;
    supplier.addressLine1 = u"Nürnberger Straße 14"_s;
    supplier.postalCode = u"10789"_s;
    supplier.city = u"Berlin"_s;
    supplier.vatRateBp = 1900;
    supplier.returnDays = 14;
    supplier.paymentTerms = u"Prepaid"_s;
    supplier.minimumOrder = eurText("50.00");
    SupplierDialog dialog(supplier);
    const auto same = dialog.supplier();
    REQUIRE(same);
    CHECK(same->category == u"sneaker_retailers"_s);
    CHECK(same->contactPerson == supplier.contactPerson);
    CHECK(same->addressLine1 == supplier.addressLine1);
    CHECK(*same->returnDays == 14);
    CHECK(*same->minimumOrder == eurText("50.00"));
    CHECK(*same->vatRateBp == 1900);
    dialog.resize(520, 640);
    dialog.show();
    saveScreenshot(dialog, u"supplier-dialog"_s, true);

    QTest::keyClicks(dialog.nameEdit(), u" Amazon"_s); // "Solebox Amazon": still starts like Solebox
    dialog.nameEdit()->setText(QString());
    QTest::keyClicks(dialog.nameEdit(), u"Zalando Lounge"_s);
    CHECK(dialog.categoryBox()->currentData().toString() == u"general_retail"_s);
    dialog.returnDaysBox()->setValue(-1);
    CHECK_FALSE(dialog.supplier()->returnDays);
    dialog.minimumOrderEdit()->setText(u"fifty"_s);
    CHECK_FALSE(dialog.supplier());
    CHECK(dialog.problemLabel()->text().contains(u"fifty"_s));
}

TEST_CASE("Supplier accounts dialog: an account added with its password in the keychain only, the password revealed "
          "after a confirmation and copied to a clipboard that clears itself, bulk status, an export, the database, "
          "the settings and the log never hold it",
          "[ui][suppliers]")
{
    const QString secret = u"Sn3aker-Raffle!2026"_s;
    QStringList log;
    static QStringList *captured = nullptr;
    captured = &log;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { captured->append(message); });
    {
        TestDatabase test(Backend::SQLite);
        REQUIRE(test.error().isEmpty());
        Database &db = test.db();
        const SupplierId bstn = supplierNamed(db, u"BSTN"_s, 14);
        SuppliersWindow suppliers(db, 1);
        SuppliersPage *page = suppliers.page;
        page->view()->selectRow(0);
        SupplierAccountsDialog *dialog = page->openAccounts();
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy saved(dialog, &SupplierAccountsDialog::saved);
        for (const QString &email : {u"anna@example.com"_s, u"ben@example.com"_s}) {
            SupplierAccount account;
            account.supplierId = bstn;
            account.email = email;
            account.firstName = email.section(u'@', 0, 0);
            account.listName = u"Raffle A"_s;
            dialog->saveAccount(account, email.startsWith(u'a') ? secret : QString(), u"user:pw@10.0.0.1:8080"_s);
        }
        REQUIRE(QTest::qWaitFor([&] { return saved.size() == 2 && dialog->model()->rowCount() == 2; }, 5000));
        SupplierAccount twin;
        twin.supplierId = bstn;
        twin.email = u"ANNA@example.com"_s;
        dialog->saveAccount(twin, QString(), QString());
        REQUIRE(QTest::qWaitFor([&] { return dialog->statusText().contains(u"already has"_s); }, 5000));

        dialog->view()->selectRow(0); // anna
        QString shown;
        bool asked = false;
        dialog->confirm = [&](const QString &) {
            asked = true;
            return false;
        };
        dialog->showPassword = [&](const QString &, const QString &password) { shown = password; };
        dialog->revealSelected();
        QTest::qWait(100);
        CHECK(asked);
        CHECK(shown.isEmpty()); // refused: nothing read
        dialog->confirm = [](const QString &) { return true; };
        dialog->revealSelected();
        REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 5000));
        CHECK(shown == secret);

        dialog->clipboardClearMs = 300;
        QSignalSpy copied(dialog, &SupplierAccountsDialog::copied);
        QSignalSpy cleared(dialog, &SupplierAccountsDialog::clipboardCleared);
        dialog->copySelected();
        REQUIRE(QTest::qWaitFor([&] { return !copied.isEmpty(); }, 5000));
        CHECK(QApplication::clipboard()->text() == secret);
        REQUIRE(QTest::qWaitFor([&] { return !cleared.isEmpty(); }, 5000));
        CHECK(QApplication::clipboard()->text().isEmpty());
        // Something else copied in the meantime stays.
        dialog->copySelected();
        REQUIRE(QTest::qWaitFor([&] { return copied.size() == 2; }, 5000));
        QApplication::clipboard()->setText(u"an order number"_s);
        REQUIRE(QTest::qWaitFor([&] { return cleared.size() == 2; }, 5000));
        CHECK(QApplication::clipboard()->text() == u"an order number"_s);

        QSignalSpy changed(dialog, &SupplierAccountsDialog::changed);
        dialog->view()->selectAll();
        dialog->setStatusOfSelected(u"suspended"_s);
        REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty(); }, 5000));
        REQUIRE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 2; }, 5000));
        CHECK(dialog->model()->rowAt(0).status == u"suspended"_s);
        CHECK(dialog->model()->rowAt(1).status == u"suspended"_s);
        dialog->view()->clearSelection();
        saveScreenshot(*dialog, u"supplier-accounts"_s, true);

        QTemporaryDir dir;
        const QString exportPath = dir.filePath(u"accounts.csv"_s);
        QSignalSpy exported(dialog, &SupplierAccountsDialog::exported);
        dialog->exportTo(exportPath);
        REQUIRE(QTest::qWaitFor([&] { return !exported.isEmpty(); }, 5000));
        const auto contents = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray csv = contents(exportPath);
        CHECK(csv.contains("anna@example.com"));
        for (const QByteArray &leak : {secret.toUtf8(), QByteArrayLiteral("10.0.0.1")}) {
            CHECK_FALSE(csv.contains(leak));
            QByteArray stored = contents(test.sqlitePath());
            for (const QString &extra : {u"-wal"_s, u"-journal"_s})
                stored += contents(test.sqlitePath() + extra);
            CHECK_FALSE(stored.isEmpty());
            CHECK_FALSE(stored.contains(leak));
            CHECK_FALSE(contents(QSettings().fileName()).contains(leak));
            CHECK_FALSE(log.join(u'\n').toUtf8().contains(leak));
        }
        dialog->close();
    }
    qInstallMessageHandler(previous);
}

TEST_CASE("Supplier purchases on screen: an order recorded with its lines, shipping and account, its pairs received, "
          "one sent back with a refund from the open pairs",
          "[ui][suppliers]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    const SupplierId bstn = supplierNamed(db, u"BSTN"_s, 14);
    SupplierAccount anna;
    anna.supplierId = bstn;
    anna.email = u"anna@example.com"_s;
    REQUIRE(SupplierAccountRepository(db).create(anna));
    const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
    const SizeId us9 = sizeId(db, u"US 9"_s);
    SuppliersWindow suppliers(db, 1);
    SuppliersPage *page = suppliers.page;
    page->view()->selectRow(0);

    RecordPurchaseDialog *dialog = page->recordPurchase();
    QSignalSpy accounts(dialog, &RecordPurchaseDialog::accountsLoaded);
    REQUIRE(QTest::qWaitFor([&] { return !accounts.isEmpty() && dialog->accountBox()->count() == 2; }, 5000));
    QSignalSpy recorded(dialog, &RecordPurchaseDialog::recorded);
    dialog->save();
    CHECK(dialog->problemLabel()->text().contains(u"at least one line"_s)); // nothing to record yet
    dialog->addLine(PurchaseLine{dunk.id, us9, 2, eurText("100.00"), true, VatRate::germanStandard()});
    dialog->orderNumberEdit()->setText(u"BSTN-100234"_s);
    dialog->shippingEdit()->setText(u"9,99"_s);
    dialog->accountBox()->setCurrentIndex(1);
    CHECK(dialog->lineCount() == 1);
    saveScreenshot(*dialog, u"record-purchase"_s, true);
    dialog->save();
    REQUIRE(QTest::qWaitFor([&] { return !recorded.isEmpty(); }, 5000));
    CHECK(recorded.first().first().value<QList<StockItemId>>().size() == 2);
    CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE supplier_order = 'BSTN-100234'"_s) == 2);
    CHECK(rowCount(db, u"supplier.purchase_history"_s, u"WHERE order_reference = 'BSTN-100234'"_s) == 1);

    // The page reloads after the purchase (and may drop the selection while it does): choose BSTN again.
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowCount() == 1; }, 5000));
    page->view()->selectRow(0);
    SupplierPairsDialog *pairs = page->openPairs();
    REQUIRE(pairs);
    QSignalSpy loaded(pairs, &SupplierPairsDialog::loaded);
    REQUIRE(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 5000));
    REQUIRE(pairs->pairs().size() == 2);
    CHECK(pairs->pairs().first().incoming);
    CHECK(pairs->pairs().first().orderNumber == u"BSTN-100234"_s);
    CHECK(*pairs->pairs().first().grossPrice == eurText("105.00")); // 100.00 + half of 9.99, the cent to the first
    QSignalSpy changed(pairs, &SupplierPairsDialog::changed);
    pairs->table()->selectAll();
    for (QPushButton *button : pairs->findChildren<QPushButton *>())
        if (button->text() == u"Mark received"_s)
            button->click();
    REQUIRE(QTest::qWaitFor([&] { return !changed.isEmpty() && loaded.size() >= 2; }, 5000));
    REQUIRE(pairs->pairs().size() == 2);
    CHECK_FALSE(pairs->pairs().first().incoming);
    CHECK(pairs->pairs().first().returnDeadline.isValid());

    pairs->askReturn = [](const SupplierPair &pair) {
        return std::optional<PairReturn>(
            PairReturn{pair.item, eurText("100.00"), u"Box damaged"_s, QDateTime::currentDateTimeUtc()});
    };
    pairs->table()->selectRow(0);
    for (QPushButton *button : pairs->findChildren<QPushButton *>())
        if (button->text() == u"Return\u2026"_s)
            button->click();
    REQUIRE(QTest::qWaitFor([&] { return changed.size() == 2 && pairs->pairs().size() == 1; }, 5000));
    CHECK(pairs->statusText().contains(u"100.00"_s));
    saveScreenshot(*pairs, u"supplier-open-pairs"_s, true);
    CHECK(rowCount(db, u"inventory.stock"_s, u"WHERE status = 'canceled' AND return_reason = 'Box damaged'"_s) == 1);
    REQUIRE(QTest::qWaitFor(
        [&] { return page->model()->rowCount() == 1 && page->model()->rowAt(0).pairsReturned == 1; }, 5000));
}

TEST_CASE("Suppliers page: a supplier merged into another, then the merge undone", "[ui][suppliers]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
    const SizeId us9 = sizeId(db, u"US 9"_s);
    SalesShop bstn{db, dunk, us9, supplierNamed(db, u"BSTN"_s, 14), {}};
    SalesShop munich{db, dunk, us9, supplierNamed(db, u"BSTN Munich"_s, 14), {}};
    bstn.pair("119.00", QDate::currentDate().addDays(-40), ItemStatus::InStock);
    munich.pair("119.00", QDate::currentDate().addDays(-30), ItemStatus::InStock);
    munich.pair("119.00", QDate::currentDate().addDays(-20), ItemStatus::InStock);
    SuppliersWindow suppliers(db, 2);
    SuppliersPage *page = suppliers.page;
    page->view()->selectRow(rowNamed(*page->model(), u"BSTN Munich"_s));
    QSignalSpy merged(page, &SuppliersPage::merged);
    page->mergeSelectedInto(bstn.supplier);
    REQUIRE(QTest::qWaitFor([&] { return !merged.isEmpty() && page->model()->rowCount() == 1; }, 5000));
    CHECK(page->statusText().contains(u"2 pairs moved"_s));
    REQUIRE(QTest::qWaitFor([&] { return page->model()->rowAt(0).pairsBought == 3; }, 5000));
    QSignalSpy undone(page, &SuppliersPage::mergeUndone);
    page->undoMerge();
    REQUIRE(QTest::qWaitFor([&] { return !undone.isEmpty() && page->model()->rowCount() == 2; }, 5000));
    REQUIRE(QTest::qWaitFor(
        [&] { return page->model()->rowAt(rowNamed(*page->model(), u"BSTN Munich"_s)).pairsBought == 2; }, 5000));
}

TEST_CASE("Supplier charts: spend and profit per month, days to sell and the ranking draw exactly the SQL totals",
          "[ui][suppliers][charts]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    Database &db = test.db();
    const Product dunk = makeProduct(db, u"DD1391-100"_s, u"Nike Dunk Low Panda"_s);
    const SizeId us9 = sizeId(db, u"US 9"_s);
    SalesShop bstn{db, dunk, us9, supplierNamed(db, u"BSTN"_s, 14), {}};
    SalesShop zalando{db, dunk, us9, supplierNamed(db, u"Zalando"_s, 30), {}};
    const QDate today = QDate::currentDate();
    const QList<int> waits{3, 12, 25, 45, 75, 120, 240};
    for (int i = 0; i < waits.size(); ++i) {
        const StockItem pair = bstn.pair(i % 2 ? "119.00" : "178.50", today.addDays(-300 + 30 * i), ItemStatus::Sold);
        bstn.sell(pair, u"stockx"_s, u"C-%1"_s.arg(i), today.addDays(-300 + 30 * i + waits.at(i)), "200.00", "15.00",
                  "6.00", OrderStatus::Completed, true);
    }
    bstn.pair("119.00", today.addDays(-10), ItemStatus::InStock);
    const StockItem other = zalando.pair("59.50", today.addDays(-20), ItemStatus::Sold);
    zalando.sell(other, u"stockx"_s, u"Z-1"_s, today.addDays(-2), "90.00", "5.00", "2.00", OrderStatus::Completed,
                 false);

    SuppliersWindow suppliers(db, 2);
    SuppliersPage *page = suppliers.page;
    page->view()->selectRow(rowNamed(*page->model(), u"BSTN"_s));
    SupplierChartsDialog *charts = page->openCharts();
    REQUIRE(charts);
    QSignalSpy loaded(charts, &SupplierChartsDialog::loaded);
    QSignalSpy ranked(charts, &SupplierChartsDialog::rankingLoaded);
    REQUIRE(QTest::qWaitFor([&] { return !loaded.isEmpty() && !ranked.isEmpty(); }, 5000));

    const auto months = SupplierPerformanceRepository(db).months(bstn.supplier);
    REQUIRE(months);
    qint64 spendAndProfit = 0;
    for (const SupplierMonth &m : months.value())
        spendAndProfit += m.spend.minor() + m.profit.minor();
    CHECK(months.value().size() == 8);
    CHECK(charts->monthsChart()->drawnTotalHundredths() == spendAndProfit);
    CHECK(charts->daysChart()->drawnTotalHundredths() == 7 * 100); // seven pairs sold, one per band
    CHECK(charts->daysChart()->data().sets.first().values == QList<double>{1, 1, 1, 1, 1, 1, 1});
    const auto overview = SupplierOverviewRepository(db).fetchPage({}, SupplierOrder::Profit, std::nullopt, 10);
    qint64 profits = 0;
    for (const SupplierOverview &s : overview.value().rows)
        profits += s.profit.minor();
    CHECK(charts->rankingChart()->drawnTotalHundredths() == profits);
    CHECK(charts->rankingChart()->data().categories.last() == u"BSTN"_s); // the best at the top
    saveScreenshot(*charts, u"supplier-charts"_s, true);

    charts->rankingChoice()->setCurrentIndex(1);
    REQUIRE(QTest::qWaitFor([&] { return ranked.size() == 2; }, 5000));
    CHECK(charts->rankingChart()->data().unit == BarChartData::Unit::Percent);
    CHECK(charts->rankingChart()->data().categories.last() == u"Zalando"_s); // 83 % against BSTN's
}
