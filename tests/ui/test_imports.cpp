#include "catchqt.h"
#include "fixtures.h"
#include "importfixtures.h"
#include "missingkeychain.h"
#include "screenshots.h"
#include "stockxfixture.h"
#include "testdatabase.h"

#include "appcontext.h"
#include "db/databaseworker.h"
#include "imports/columnmappingeditor.h"
#include "imports/importbatchrepository.h"
#include "imports/importbatchtablemodel.h"
#include "imports/importpresetrepository.h"
#include "imports/importrecordcsv.h"
#include "imports/importrowsmodel.h"
#include "imports/importspage.h"
#include "imports/importwizard.h"
#include "mainwindow.h"
#include "sales/orderrepository.h"
#include "secrets/memorysecretstore.h"
#include "stock/stockpage.h"
#include "stock/stocktablemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sf;
using namespace sf::test;
using namespace Qt::StringLiterals;

namespace {
QString labelText(const QWidget &parent, const QString &name)
{
    const auto *label = parent.findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

// The preview is read on the database worker.
void waitPreview(const ImportWizard &wizard)
{
    REQUIRE(QTest::qWaitFor([&] { return !wizard.previewing(); }, 30000));
}

// Runs the wizard's import and waits for its report page.
void runWizard(ImportWizard &wizard)
{
    waitPreview(wizard);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.findChild<QPushButton *>(u"importButton"_s)->click();
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
    CHECK(!wizard.isRunning());
}
} // namespace

TEST_CASE("Import models pass QAbstractItemModelTester", "[ui][imports]")
{
    ImportBatchTableModel batches;
    QAbstractItemModelTester batchTester(&batches, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ImportBatch batch;
    batch.id = QUuid::createUuid();
    batch.sourceType = u"stockx-sales"_s;
    batch.sourceFile = u"/home/anna/stockx.csv"_s;
    batch.totalRecords = 10;
    batch.processedRecords = 8;
    batch.errorRecords = 2;
    batch.status = u"completed"_s;
    batch.startedAt = QDateTime::currentDateTimeUtc();
    batches.setBatches({batch, batch});
    CHECK(batches.rowCount() == 2);
    CHECK(batches.index(0, ImportBatchTableModel::File).data().toString() == u"stockx.csv"_s);
    CHECK(batches.index(0, ImportBatchTableModel::Format).data().toString().contains(u"StockX"_s));
    batches.setBatches({});
    CHECK(batches.rowCount() == 0);

    ImportRowsModel rows(ImportRowsModel::Values::Source);
    QAbstractItemModelTester rowsTester(&rows, QAbstractItemModelTester::FailureReportingMode::Fatal);
    rows.setRecords(
        {ImportRecord{4,
                      QJsonObject{{u"Order Number"_s, u""_s}, {u"Item"_s, u"Dunk"_s}},
                      {},
                      u"error"_s,
                      u"Order Number is missing."_s},
         ImportRecord{6, QJsonObject{{u"Order Number"_s, u"1-1"_s}, {u"Size"_s, u"10"_s}}, {}, u"duplicate"_s, {}}});
    CHECK(rows.columnCount() == ImportRowsModel::FirstValue + 3); // Order Number, Item, Size
    CHECK(rows.index(0, ImportRowsModel::Outcome).data().toString() == u"Rejected"_s);
    CHECK(rows.index(1, ImportRowsModel::FirstValue + 2).data().toString() == u"10"_s);
    CHECK(rows.index(0, 0).data(ImportRowsModel::RejectedRole).toBool());

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(writeImportRecordsCsv(csv, rows.records()));
    CHECK(csv.data() == "Line,Outcome,Problem,Item,Order Number,Size\r\n4,error,Order Number is missing.,Dunk,,\r\n"
                        "6,duplicate,,,1-1,10\r\n");
}

TEST_CASE("Import wizard: preview / import on a worker thread / report with rejected rows", "[ui][imports]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    const Database &db = test.db();

    MemorySecretStore secrets;
    DatabaseWorker worker(db);
    ImportWizard wizard(worker, secrets, importFixture(u"stockx_sales_broken.csv"_s));
    wizard.resize(1100, 560);
    waitPreview(wizard);
    CHECK(labelText(wizard, u"detectedLabel"_s).contains(u"StockX"_s));
    CHECK(labelText(wizard, u"detectedLabel"_s).contains(u"UTF-8"_s));
    CHECK(wizard.previewSummary().contains(u"First 8 rows: 3 ready, 5 with problems"_s));
    const auto *preview = wizard.findChild<QTableView *>(u"previewView"_s);
    REQUIRE(preview->model()->rowCount() == 8);
    saveScreenshot(wizard, u"import-preview"_s, true);

    runWizard(wizard);
    CHECK(wizard.report().imported == 3);
    CHECK(wizard.report().rejected == 5);
    CHECK(labelText(wizard, u"reportSummary"_s).contains(u"5 rejected"_s));
    CHECK(wizard.findChild<QTableView *>(u"rejectedView"_s)->model()->rowCount() == 5);
    saveScreenshot(wizard, u"import-report"_s, true);
    CHECK(OrderRepository(db).totals(u"EUR"_s).value().orders == 3);

    // Forcing a format the file does not have is explained and blocks the import.
    ImportWizard wrong(worker, secrets, importFixture(u"stockx_sales.csv"_s));
    auto *format = wrong.findChild<QComboBox *>(u"formatCombo"_s);
    format->setCurrentIndex(format->findData(u"alias-sales"_s));
    waitPreview(wrong);
    CHECK(labelText(wrong, u"detectedLabel"_s).contains(u"ORDER_NUMBER"_s));
    CHECK(!wrong.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
}

TEST_CASE("Import wizard: account passwords go to the SecretStore / a missing keychain is reported", "[ui][imports]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    MemorySecretStore secrets;
    DatabaseWorker worker(test.db());
    ImportWizard wizard(worker, secrets, importFixture(u"supplier_accounts.csv"_s));
    waitPreview(wizard);
    CHECK(labelText(wizard, u"detectedLabel"_s).contains(u"Supplier accounts"_s));
    runWizard(wizard);
    CHECK(wizard.report().imported == 3);
    CHECK(wizard.report().secrets.isEmpty()); // handed over, not kept
    CHECK(labelText(wizard, u"reportSummary"_s).contains(u"4 passwords were saved in"_s));

    TestDatabase other(Backend::SQLite);
    MissingKeychain missing;
    DatabaseWorker otherWorker(other.db());
    ImportWizard failing(otherWorker, missing, importFixture(u"supplier_accounts.csv"_s));
    runWizard(failing);
    CHECK(failing.report().imported == 3);
    CHECK(labelText(failing, u"reportSummary"_s).contains(u"0 of 4 passwords were saved in no keychain"_s));
    CHECK(labelText(failing, u"reportSummary"_s).contains(u"No Secret Service is running"_s));
}

TEST_CASE("Import wizard: a purchases sheet with its column mapping edited and saved as a preset", "[ui][imports]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    MemorySecretStore secrets;
    DatabaseWorker worker(test.db());
    ImportWizard wizard(worker, secrets, importFixture(u"purchases_de.csv"_s));
    wizard.resize(1200, 720);
    waitPreview(wizard);
    ColumnMappingEditor *editor = wizard.mappingEditor();
    REQUIRE(!editor->isHidden());
    CHECK(editor->comboFor(ColumnMapping::Field::GrossPrice)->currentText() == u"EK Brutto"_s);
    CHECK(editor->comboFor(ColumnMapping::Field::Size)->currentText() == u"Größe"_s);
    CHECK(wizard.previewSummary().contains(u"First 7 rows: 5 ready, 2 with problems"_s));
    saveScreenshot(wizard, u"import-mapping"_s, true);

    // Without a price column the import cannot start; the sheet's prices read as net prices instead.
    auto choose = [&](ColumnMapping::Field field, const QString &column) {
        QComboBox *combo = editor->comboFor(field);
        combo->setCurrentIndex(combo->findData(column));
        Q_EMIT combo->activated(combo->currentIndex());
        waitPreview(wizard);
    };
    choose(ColumnMapping::Field::GrossPrice, QString());
    auto *importButton = wizard.findChild<QPushButton *>(u"importButton"_s);
    CHECK(!importButton->isEnabled());
    CHECK(labelText(wizard, u"mappingProblem"_s).contains(u"net or gross price"_s));
    choose(ColumnMapping::Field::NetPrice, u"EK Brutto"_s);
    CHECK(importButton->isEnabled());
    wizard.findChild<QLineEdit *>(u"presetName"_s)->setText(u"Netto-Liste"_s);
    runWizard(wizard);
    CHECK(wizard.report().imported == 5);
    const auto preset = ImportPresetRepository(test.db()).byName(u"Netto-Liste"_s);
    REQUIRE(preset.value());
    CHECK(preset.value()->mapping.column(ColumnMapping::Field::NetPrice) == u"EK Brutto"_s);

    // The next file with this header gets the preset.
    ImportWizard next(worker, secrets, importFixture(u"purchases_de.csv"_s));
    waitPreview(next);
    CHECK(next.mappingEditor()->comboFor(ColumnMapping::Field::NetPrice)->currentText() == u"EK Brutto"_s);
    CHECK(next.previewSummary().contains(u"First 7 rows"_s));
}

TEST_CASE("Imports page: a dropped file is imported and the Stock page and batch list follow", "[ui][imports]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    AppContext context = appContextFor(test.db());
    MainWindow window(context);
    window.resize(1440, 860);
    window.show();
    const int stockRowsBefore = window.stockPage()->model()->rowCount();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(importFixture(u"stockx_sales.csv"_s))});
    // Qt delivers a drop only to the widget that accepted the drag entering it.
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(window.importsPage()->isVisible());
    runWizard(*wizard);
    CHECK(wizard->report().imported == 8);

    ImportsPage &page = *window.importsPage();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 1; }, 5000));
    CHECK(page.model()->batchAt(0).processedRecords == 8);
    // The sold pairs the sales created: the Stock page, off screen meanwhile, catches up when shown.
    window.showPage(u"stock"_s);
    CHECK(QTest::qWaitFor([&] { return window.stockPage()->model()->rowCount() == stockRowsBefore + 8; }, 5000));
    window.showPage(u"imports"_s);
    wizard->close();

    page.importFile(importFixture(u"stockx_sales_broken.csv"_s));
    auto *broken = window.findChildren<ImportWizard *>().constLast();
    REQUIRE(broken != wizard);
    runWizard(*broken);
    broken->close();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowCount() == 2; }, 5000));
    const QAbstractItemModel &shown = *page.view()->model();
    const int brokenRow =
        shown.index(0, ImportBatchTableModel::File).data().toString() == u"stockx_sales_broken.csv"_s ? 0 : 1;
    page.view()->selectRow(brokenRow);
    CHECK(page.findChild<QPushButton *>(u"rejectedRowsButton"_s)->isEnabled());
    page.showRejectedRows();
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<QDialog *>(u"rejectedRowsDialog"_s); }, 5000));
    auto *rejected = page.findChild<QDialog *>(u"rejectedRowsDialog"_s);
    auto *rejectedView = rejected->findChild<QTableView *>();
    REQUIRE(rejectedView->model()->rowCount() == 5);
    CHECK(rejectedView->model()->headerData(ImportRowsModel::FirstValue, Qt::Horizontal).toString() ==
          u"Order Number"_s);
    saveScreenshot(*rejected, u"rejected-rows"_s, true);
    rejected->close();
    saveScreenshot(window, u"imports-page"_s, true);
}

TEST_CASE("Import wizard: closing it during an import cancels the worker and waits for it", "[ui][imports]")
{
    TestDatabase test(Backend::SQLite);
    REQUIRE(test.error().isEmpty());
    QTemporaryDir dir;
    const QString big = dir.filePath(u"stockx-history.csv"_s);
    REQUIRE(writeLongSalesReport(big, 20000, 70000000));

    MemorySecretStore secrets;
    DatabaseWorker worker(test.db());
    auto *wizard = new ImportWizard(worker, secrets, big);
    waitPreview(*wizard);
    wizard->findChild<QPushButton *>(u"importButton"_s)->click();
    REQUIRE(wizard->isRunning());
    delete wizard; // what quitting the application does to an open wizard

    // The worker ended before the wizard was gone: its batch is closed, not left running.
    const auto batches = ImportBatchRepository(test.db()).recent(1);
    REQUIRE(batches);
    REQUIRE(batches.value().size() == 1);
    CHECK(batches.value().first().status == u"cancelled"_s);
    INFO(batches.value().first().totalRecords << " rows, " << batches.value().first().processedRecords << " stored");
    CHECK(batches.value().first().processedRecords < 20000);
    // Whole rows only: every row counted as stored is an order with its sold pair, and nothing else is.
    const qint64 stored = batches.value().first().processedRecords;
    CHECK(rowCount(test.db(), u"sales.order"_s) == stored);
    CHECK(rowCount(test.db(), u"inventory.stock"_s, u"WHERE status = 'sold'"_s) == stored);
    CHECK(rowCount(test.db(), u"inventory.stock"_s) == stored);
}
