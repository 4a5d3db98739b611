#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "testdatabase.h"

#include "analytics/deadstockpage.h"
#include "analytics/deadstockrepository.h"
#include "analytics/deadstocktablemodel.h"
#include "dashboard/kpitile.h"
#include "db/databaseworker.h"
#include "demo/demodatagenerator.h"
#include "listings/listingdialog.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

TEST_CASE("Dead stock page: level tiles and rows as the repository classifies them, a level filter, sorting, and "
          "the selected pairs open in the listing dialog",
          "[ui][deadstock]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    DemoDataGenerator::Options options;
    options.items = 600;
    options.today = QDate(2026, 6, 1);
    REQUIRE(DemoDataGenerator(test.db()).generate(options));
    AppContext context = appContextFor(test.db());
    MainWindow window(context);
    window.resize(1500, 900);
    window.show();
    window.showPage(u"deadStock"_s);
    DeadStockPage &page = *window.deadStockPage();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&page, &DeadStockPage::loaded);
    const QDateTime asOf(QDate(2026, 6, 2), QTime(0, 0), Qt::UTC);
    page.setAsOf(asOf);
    REQUIRE(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 10000));

    KpiQuery query;
    query.asOf = asOf;
    const QList<DeadStockItem> items = DeadStockRepository(test.db()).classified(query).value();
    REQUIRE(items.size() > 100);
    CHECK(page.model()->rowCount() == items.size());
    const auto portfolio = deadstockanalysis::summarise(items, u"EUR"_s);
    const QLocale locale;
    for (DeadStockLevel level : deadstocklevel::all())
        CHECK(page.tile(level)->value() == locale.toString(portfolio.pairs.value(level)));
    CHECK(page.summaryText().contains(portfolio.totalLocked.toDisplayString(locale)));
    // Sorted by level, worst first.
    const QModelIndex top = page.view()->model()->index(0, DeadStockTableModel::Level);
    CHECK(top.data().toString() == deadstocklevel::displayName(DeadStockLevel::Critical));

    page.setMinimumLevel(DeadStockLevel::Dead);
    const qint64 deadOrWorse =
        portfolio.pairs.value(DeadStockLevel::Dead) + portfolio.pairs.value(DeadStockLevel::Critical);
    CHECK(page.model()->rowCount() == deadOrWorse);
    saveScreenshot(window, u"dead-stock"_s, true);

    QSignalSpy listed(&page, &DeadStockPage::listRequested);
    page.view()->selectRow(0);
    page.view()->selectionModel()->select(page.view()->model()->index(1, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.findChild<QPushButton *>(u"listButton"_s)->click();
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).at(0).value<QList<StockItemId>>().size() == 2);
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<ListingDialog *>() != nullptr; }, 5000));
    window.findChild<ListingDialog *>()->reject();
}
