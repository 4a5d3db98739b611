#include "catchqt.h"
#include "fixtures.h"
#include "screenshots.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "catalog/brandclaimmodel.h"
#include "catalog/brandrepository.h"
#include "catalog/brandsdialog.h"
#include "catalog/brandusagemodel.h"
#include "catalog/catalogresolver.h"
#include "catalog/sizerepository.h"
#include "catalog/sizesdialog.h"
#include "catalog/sizeusagemodel.h"
#include "inventory/stockrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
void waitFor(QObject *object, const char *signal)
{
    QSignalSpy spy(object, signal);
    REQUIRE(spy.wait(10000));
}

// Pairs in sizes as real exports write them, two of which no rule reads.
void stockInOddSizes(const Database &db)
{
    CatalogResolver resolver(db);
    const auto product = resolver.product({u"DD1391-100"_s, u"Nike Dunk Low Retro White Black"_s, {}, u"10"_s});
    REQUIRE(product);
    const QList<std::pair<QString, int>> sizes{{u"3J"_s, 3}, {u"12-13 Jahre"_s, 1}, {u"10"_s, 2}, {u"M/L"_s, 1}};
    for (const auto &[label, pairs] : sizes) {
        const auto size = resolver.size(label);
        REQUIRE(size);
        for (int i = 0; i < pairs; ++i)
            REQUIRE(StockRepository(db).create(makeItem(product.value(), size.value().id, "90.00")));
    }
}
} // namespace

TEST_CASE("Catalog editor models pass QAbstractItemModelTester", "[ui][catalog]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    stockInOddSizes(test.db());
    SizeUsageModel sizes;
    QAbstractItemModelTester sizesTester(&sizes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sizes.setRows(SizeRepository(test.db()).usage(false).value());
    CHECK(sizes.rowCount() >= 4);

    BrandUsageModel brands;
    QAbstractItemModelTester brandsTester(&brands, QAbstractItemModelTester::FailureReportingMode::Fatal);
    brands.setRows(BrandRepository(test.db()).usage().value());
    CHECK(brands.rowCount() > 100);

    BrandClaimModel claims;
    QAbstractItemModelTester claimsTester(&claims, QAbstractItemModelTester::FailureReportingMode::Fatal);
    claims.setRows({{ProductId::create(), u"Nike Dunk Low"_s, u"Nike"_s}, {ProductId::create(), u"Sample"_s, {}}});
    CHECK(claims.data(claims.index(1, BrandClaimModel::CurrentBrand)).toString() == u"no brand"_s);
}

TEST_CASE("Sizes dialog: the unread sizes with their pairs, mapped in one step", "[ui][catalog]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    stockInOddSizes(test.db());
    AppContext context = appContextFor(test.db());
    SizesDialog dialog(*context.worker);
    dialog.confirm = [](const QString &) { return true; };
    waitFor(&dialog, SIGNAL(loaded()));
    auto *view = dialog.findChild<QTableView *>(u"sizesView"_s);
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(view->model()->index(0, SizeUsageModel::Written).data().toString() == u"3J"_s); // most pairs first
    CHECK(view->model()->index(0, SizeUsageModel::Pairs).data().toInt() == 3);
    view->selectRow(0);
    dialog.findChild<QComboBox *>(u"targetSizeCombo"_s)->setCurrentText(u"3.5Y"_s);
    saveScreenshot(dialog, u"sizes-editor"_s, true);

    QSignalSpy changed(&dialog, &SizesDialog::sizesChanged);
    dialog.findChild<QPushButton *>(u"mapSizesButton"_s)->click();
    REQUIRE(changed.wait(10000));
    waitFor(&dialog, SIGNAL(loaded()));
    CHECK(dialog.statusText().contains(u"3 pairs moved"_s));
    CHECK(view->model()->rowCount() == 1);
    CHECK(rowCount(test.db(), u"inventory.stock"_s,
                   u"WHERE size_id = '%1'"_s.arg(sizeId(test.db(), u"3.5Y"_s).toString())) == 3);

    // A target no rule reads is refused with a reason, and nothing moves.
    view->selectRow(0);
    dialog.findChild<QComboBox *>(u"targetSizeCombo"_s)->setCurrentText(u"teen"_s);
    dialog.mapSelected();
    REQUIRE(QTest::qWaitFor([&] { return dialog.statusText().contains(u"not a size"_s); }, 10000));
    CHECK(view->model()->rowCount() == 1);
}

TEST_CASE("Brands dialog: a pattern is previewed, then claims its products, a merge moves them", "[ui][catalog]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    CatalogResolver resolver(test.db());
    for (const QString &name : {u"Kapital Century Denim Jacket Indigo"_s, u"Kapital Kountry Bandana Red"_s,
                                u"KAPITAL Smiley Socks"_s, u"Foam Runner by YZY Onyx"_s})
        REQUIRE(resolver.product({{}, name, {}, u"M"_s}));
    AppContext context = appContextFor(test.db());
    BrandsDialog dialog(*context.worker);
    dialog.confirm = [](const QString &) { return true; };
    dialog.resize(1100, 640);
    waitFor(&dialog, SIGNAL(loaded()));
    dialog.findChild<QLineEdit *>(u"brandSearch"_s)->setText(u"kapital"_s);
    dialog.selectBrand(u"Kapital"_s);
    auto *type = dialog.findChild<QComboBox *>(u"patternTypeCombo"_s);
    type->setCurrentIndex(type->findData(u"regex"_s));
    dialog.findChild<QLineEdit *>(u"patternEdit"_s)->setText(u"\\b(yzy|yeezy)\\b"_s);
    dialog.previewPattern();
    waitFor(&dialog, SIGNAL(previewed()));
    CHECK(dialog.findChild<QTableView *>(u"claimsView"_s)->model()->rowCount() == 1);
    saveScreenshot(dialog, u"brands-editor"_s, true);

    QSignalSpy changed(&dialog, &BrandsDialog::brandsChanged);
    dialog.findChild<QPushButton *>(u"addPatternButton"_s)->click();
    REQUIRE(changed.wait(10000));
    CHECK(dialog.statusText().contains(u"1 products moved"_s));
    CHECK(BrandRepository(test.db()).detect(u"Yeezy Slide Bone"_s).value()->name == u"Kapital"_s);

    // Merging "Kapital" into a new brand moves all its products.
    REQUIRE(BrandRepository(test.db()).create(u"Kapital Japan"_s));
    dialog.reload();
    auto *mergeInto = dialog.findChild<QComboBox *>(u"mergeIntoCombo"_s);
    // The reload the pattern started may still answer first, from before the new brand.
    REQUIRE(QTest::qWaitFor([&] { return mergeInto->findText(u"Kapital Japan"_s) >= 0; }, 10000));
    dialog.selectBrand(u"Kapital"_s);
    mergeInto->setCurrentText(u"Kapital Japan"_s);
    dialog.findChild<QPushButton *>(u"mergeBrandButton"_s)->click();
    REQUIRE(changed.wait(10000));
    CHECK(dialog.statusText().contains(u"4 products moved"_s));
    CHECK_FALSE(BrandRepository(test.db()).findByName(u"Kapital"_s).value());
}
