#include "mainwindow.h"

#include "analytics/deadstockpage.h"
#include "analytics/forecastpage.h"
#include "dashboard/welcomepanel.h"
#include "db/databaseworker.h"
#include "demo/demodatabase.h"
#include "inventory/stockrepository.h"
#include "sync/stockx/autorepricingschedule.h"

#include "common/rolegate.h"
#include "common/teamstatuslabel.h"
#include "dashboard/dashboardpage.h"

#include "catalog/brandsdialog.h"
#include "catalog/sizesdialog.h"
#include "imports/importspage.h"
#include "listings/listingdialog.h"
#include "listings/listingspage.h"
#include "pricing/pricingpage.h"
#include "sales/orderspage.h"
#include "settings/awinaccountbox.h"
#include "settings/settingsdialog.h"
#include "settings/stockxaccountbox.h"
#include "sourcing/awinfeedparser.h"
#include "sourcing/awinpage.h"
#include "sourcing/awinsession.h"
#include "sourcing/opportunitiespage.h"
#include "stock/stockpage.h"
#include "suppliers/supplierspage.h"
#include "sync/stockx/stockxsession.h"
#include "sync/syncpanel.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sf {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SoleFlipper"));
    setWindowIcon(QIcon(u":/icons/soleflipper.svg"_s));
    resize(1440, 860);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFixedWidth(176);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(
        u"QListWidget { background: #1f1b2e; color: #e8e6f0; font-size: 11pt; padding-top: 8px; }"
        "QListWidget::item { padding: 10px 14px; border-radius: 6px; margin: 2px 8px; }"
        "QListWidget::item:selected { background: #5b3fd1; color: white; }"_s);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);

    m_stockx = new StockXSession(*context.database, *context.secrets, context.stockxEndpoints, this);
    m_stockx->storeOn(context.worker.get());
    m_dashboardPage = new DashboardPage(*context.worker);
    addPage(u"dashboard"_s, tr("Dashboard"), u"office-chart-bar"_s, m_dashboardPage);
    m_deadStockPage = new DeadStockPage(*context.worker);
    addPage(u"deadStock"_s, tr("Dead stock"), u"dialog-warning"_s, m_deadStockPage);
    addPage(u"forecasts"_s, tr("Forecasts"), u"office-chart-line"_s, new ForecastPage(*context.worker));
    m_stockPage = new StockPage(*context.worker, *context.stock);
    addPage(u"stock"_s, tr("Stock"), u"view-list-details"_s, m_stockPage);
    m_ordersPage = new OrdersPage(*context.worker, *m_stockx);
    addPage(u"orders"_s, tr("Orders"), u"view-financial-list"_s, m_ordersPage);
    m_listingsPage = new ListingsPage(*context.worker, *m_stockx);
    addPage(u"listings"_s, tr("Listings"), u"view-list-text"_s, m_listingsPage);
    m_autoRepricing = new AutoRepricingSchedule(*context.worker, *m_stockx, this);
    addPage(u"pricing"_s, tr("Pricing"), u"office-chart-line-percentage"_s,
            new PricingPage(*context.worker, *m_stockx, *m_autoRepricing));
    m_autoRepricing->start();
    addPage(u"suppliers"_s, tr("Suppliers"), u"system-users"_s, new SuppliersPage(*context.worker, *context.secrets));
    m_awin = new AwinSession(*context.worker, *context.secrets, this);
    addPage(u"opportunities"_s, tr("Opportunities"), u"emblem-money"_s, new OpportunitiesPage(*context.worker));
    auto *awinPage = new AwinPage(*context.worker, *m_awin);
    connect(awinPage, &AwinPage::settingsRequested, this, &MainWindow::openSettings);
    connect(awinPage, &AwinPage::enrichRequested, this, [this] {
        m_syncPanel->show();
        m_stockx->enrichAwinOffers();
    });
    addPage(u"awin"_s, tr("Awin feeds"), u"folder-download"_s, awinPage);
    m_importsPage = new ImportsPage(*context.worker, *context.secrets);
    addPage(u"imports"_s, tr("Imports"), u"document-import"_s, m_importsPage);
    connect(m_dashboardPage, &DashboardPage::openOrders, this, [this](const OrderQuery &query, const QString &label) {
        m_ordersPage->showSubset(query, label);
        showPage(u"orders"_s);
    });
    connect(m_dashboardPage, &DashboardPage::openStock, this, [this](const StockQuery &query, const QString &label) {
        m_stockPage->showSubset(query, label);
        showPage(u"stock"_s);
    });
    WelcomePanel *welcome = m_dashboardPage->welcome();
    connect(welcome, &WelcomePanel::connectStockX, this, [this] {
        m_syncPanel->show();
        openSettings();
    });
    connect(welcome, &WelcomePanel::importFile, this, [this] {
        showPage(u"imports"_s);
        m_importsPage->importFile();
    });
    connect(welcome, &WelcomePanel::loadDemo, this, &MainWindow::openDemo);
    openDatabaseElsewhere = [](const QString &location) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--database"_s, location});
    };
    connect(m_deadStockPage, &DeadStockPage::listRequested, this, [this](const QList<StockItemId> &ids) {
        m_context.worker->run<Result<QList<StockRow>>>(
            this, [ids](const Database &db) { return StockRepository(db).fetchRows(ids); },
            [this](Result<QList<StockRow>> rows) {
                if (rows)
                    listOnStockX(rows.value());
            });
    });
    setAcceptDrops(true);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *content = new QVBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    if (context.keychainProblem)
        content->addWidget(keychainWarning(*context.keychainProblem));
    content->addWidget(m_pages, 1);
    layout->addLayout(content, 1);
    setCentralWidget(central);

    auto *where = new QLabel(tr("Database: %1").arg(context.database->config().displayString()));
    where->setObjectName(u"databaseLabel"_s);
    statusBar()->addPermanentWidget(where);
    if (m_context.database->dialect().isPostgres()) {
        auto *role = new QLabel(tr("Role: %1").arg(m_context.role.displayName()));
        role->setObjectName(u"roleLabel"_s);
        role->setToolTip(m_context.role.may(TeamRole::Action::Delete)
                             ? tr("You may do everything here.")
                             : m_context.role.whyNot(m_context.role.may(TeamRole::Action::Write)
                                                         ? TeamRole::Action::Delete
                                                         : TeamRole::Action::Write));
        statusBar()->addPermanentWidget(role);
    }
    if (context.teamListener)
        statusBar()->addPermanentWidget(new TeamStatusLabel(*context.teamListener));
    buildSyncPanel();
    buildMenus();
    RoleGate::apply(this, m_context.role);
}

QLabel *MainWindow::keychainWarning(const Error &problem)
{
    auto *banner = new QLabel(
        tr("<b>No keychain is available</b> (%1). SoleFlipper keeps passwords only in the keychain, so the StockX "
           "connection, supplier account passwords and the database password can be neither saved nor read. "
           "Start a keychain (Secret Service, such as GNOME Keyring or KWallet) and restart SoleFlipper.")
            .arg(problem.message.toHtmlEscaped()));
    banner->setObjectName(u"keychainWarning"_s);
    banner->setWordWrap(true);
    banner->setStyleSheet(u"QLabel { background: #fff4d6; color: #5c4400; border-bottom: 1px solid #e0c46c; "
                          "padding: 8px 14px; }"_s);
    return banner;
}

void MainWindow::buildSyncPanel()
{
    m_syncPanel = new SyncPanel(*m_context.worker, *m_stockx, this);
    m_syncPanel->setMinimumWidth(260);
    addDockWidget(Qt::RightDockWidgetArea, m_syncPanel);
    connect(m_syncPanel, &SyncPanel::settingsRequested, this, &MainWindow::openSettings);
    m_syncPanel->attachAwin(*m_awin);
    connect(m_stockPage, &StockPage::listRequested, this, &MainWindow::listOnStockX);
    connect(m_stockPage, &StockPage::enrichRequested, this, [this](const QList<ProductId> &products) {
        m_syncPanel->show();
        m_syncPanel->startJob(u"catalog"_s, products);
    });
}

void MainWindow::addPage(const QString &name, const QString &title, const QString &icon, QWidget *page)
{
    auto *item = new QListWidgetItem(QIcon::fromTheme(icon), title, m_navigation);
    item->setData(Qt::UserRole, name);
    m_pages->addWidget(page);
}

void MainWindow::showPage(const QString &name)
{
    for (int row = 0; row < m_navigation->count(); ++row)
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == name)
            m_navigation->setCurrentRow(row);
}

namespace {
// The local file a drag carries, if it is exactly one.
QString droppedFile(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    return urls.size() == 1 && urls.first().isLocalFile() ? urls.first().toLocalFile() : QString();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty() && m_context.role.may(TeamRole::Action::Write))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    if (AwinFeedParser::looksLikeFeed(file)) {
        showPage(u"awin"_s);
        m_syncPanel->show();
        m_awin->importFile(file);
        return;
    }
    showPage(u"imports"_s);
    m_importsPage->importFile(file);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import file\u2026"), QKeySequence(tr("Ctrl+I")), this, [this] {
        showPage(u"imports"_s);
        m_importsPage->importFile();
    });
    RoleGate::require(import, TeamRole::Action::Write);
    file->addAction(tr("&Export stock as CSV\u2026"), m_stockPage, &StockPage::exportCsv);
    file->addAction(tr("&Settings\u2026"), QKeySequence::Preferences, this, &MainWindow::openSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_stockPage->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stockPage->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *add = edit->addAction(tr("&Add item\u2026"), QKeySequence::New, m_stockPage, &StockPage::addItem);
    edit->addSeparator();
    QAction *sizes = edit->addAction(tr("&Sizes\u2026"), this, &MainWindow::openSizes);
    QAction *brands = edit->addAction(tr("&Brands\u2026"), this, &MainWindow::openBrands);
    for (QAction *action : {add, sizes, brands})
        RoleGate::require(action, TeamRole::Action::Write);

    QMenu *sync = menuBar()->addMenu(tr("S&ync"));
    sync->addAction(tr("StockX &orders"), this, [this] { m_syncPanel->startJob(u"orders"_s); });
    sync->addAction(tr("StockX &listings"), this, [this] { m_syncPanel->startJob(u"listings"_s); });
    sync->addAction(tr("StockX &catalog and prices"), this, [this] { m_syncPanel->startJob(u"catalog"_s); });
    sync->addAction(tr("&Awin feeds"), this, [this] {
        m_syncPanel->show();
        m_awin->sync();
    });
    for (QAction *action : sync->actions())
        RoleGate::require(action, TeamRole::Action::Write);
    sync->addSeparator();
    QAction *showPanel = m_syncPanel->toggleViewAction();
    showPanel->setText(tr("Show sync &panel"));
    sync->addAction(showPanel);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SoleFlipper"), this, [this] {
        QMessageBox::about(this, tr("About SoleFlipper"),
                           tr("<b>SoleFlipper %1</b><p>Inventory, sales and profit for sneaker resellers.</p>"
                              "<p>Secrets are kept in %2.</p>")
                               .arg(QCoreApplication::applicationVersion(), m_context.secrets->description()));
    });
}

void MainWindow::openSizes()
{
    auto *dialog = new SizesDialog(*m_context.worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openBrands()
{
    auto *dialog = new BrandsDialog(*m_context.worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::listOnStockX(const QList<StockRow> &pairs)
{
    auto *dialog = new ListingDialog(*m_context.database, pairs, *m_context.worker, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_syncPanel->show();
        m_stockx->createListings(dialog->drafts());
    });
    dialog->open();
}

void MainWindow::openDemo()
{
    if (m_demoWorker)
        return; // already being written
    const QString location = demodatabase::path();
    m_demoDatabase = std::make_unique<Database>(DatabaseConfig::fromString(location).value());
    m_demoWorker = std::make_unique<DatabaseWorker>(*m_demoDatabase);
    WelcomePanel *welcome = m_dashboardPage->welcome();
    welcome->setDemoProgress(tr("Writing a year of demo business to %1…").arg(location), true);
    m_demoWorker->run<Result<DemoDataGenerator::Summary>>(
        this,
        [](const Database &db) {
            auto filled = demodatabase::fill(db, 3000, QDate::currentDate());
            db.releaseThreadConnection();
            return filled;
        },
        [this, welcome, location](Result<DemoDataGenerator::Summary> filled) {
            welcome->setDemoProgress(
                filled ? tr("The demo opens in a new window; this one keeps your own data.")
                       : tr("The demo database could not be written: %1").arg(filled.error().toString()),
                false);
            // The worker is done; it goes after this answer has been delivered.
            QTimer::singleShot(0, this, [this] {
                m_demoWorker.reset();
                m_demoDatabase.reset();
            });
            if (filled)
                openDatabaseElsewhere(location);
        });
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_context.database->config(), m_context.language, *m_context.secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addSection(new StockXAccountBox(*m_context.secrets, m_context.stockxEndpoints, *m_stockx));
    dialog->addSection(new AwinAccountBox(*m_context.worker, *m_context.secrets));
    dialog->open();
}

} // namespace sf
