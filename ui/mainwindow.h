#pragma once

#include "appcontext.h"
#include "inventory/stockrow.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sf {

class AutoRepricingSchedule;
class AwinSession;

class ImportsPage;
class ListingsPage;
class OrdersPage;
class StockPage;
class DashboardPage;
class DeadStockPage;
class StockXSession;
class SyncPanel;

// The cockpit: a navigation sidebar on the left, the selected page on the right. Only pages that
// work are listed.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    DeadStockPage *deadStockPage() const { return m_deadStockPage; }
    StockPage *stockPage() const { return m_stockPage; }
    ImportsPage *importsPage() const { return m_importsPage; }
    SyncPanel *syncPanel() const { return m_syncPanel; }
    OrdersPage *ordersPage() const { return m_ordersPage; }
    ListingsPage *listingsPage() const { return m_listingsPage; }
    AwinSession *awinSession() const { return m_awin; }
    void openSettings();
    // First run: writes the demo database (a separate file) on a worker, then opens it.
    void openDemo();
    // Seam for tests: how another database is opened (default: a second SoleFlipper window on it).
    std::function<void(const QString &location)> openDatabaseElsewhere;
    // Asks for the price of the pairs and lists them; the sync panel shows how it went.
    void listOnStockX(const QList<StockRow> &pairs);
    void showPage(const QString &name);
    // Edit → Sizes and Edit → Brands.
    void openSizes();
    void openBrands();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void addPage(const QString &name, const QString &title, const QString &icon, QWidget *page);
    void buildMenus();
    static QLabel *keychainWarning(const Error &problem);
    void buildSyncPanel();

    AppContext &m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    DeadStockPage *m_deadStockPage = nullptr;
    StockPage *m_stockPage = nullptr;
    ImportsPage *m_importsPage = nullptr;
    OrdersPage *m_ordersPage = nullptr;
    ListingsPage *m_listingsPage = nullptr;
    StockXSession *m_stockx = nullptr;
    AwinSession *m_awin = nullptr;
    AutoRepricingSchedule *m_autoRepricing = nullptr;
    SyncPanel *m_syncPanel = nullptr;
    std::unique_ptr<Database> m_demoDatabase;
    std::unique_ptr<DatabaseWorker> m_demoWorker;
};

} // namespace sf
