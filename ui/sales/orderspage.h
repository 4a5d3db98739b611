#pragma once

#include "sales/orderlistrepository.h"

#include "db/database.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace sf {

class DatabaseWorker;

class OrderTableModel;
class SubsetBar;
class StockXSession;

// Every sale in one table: open orders and history, filters for marketplace and payout, totals of
// what is shown, and each order's shipping label (downloaded from StockX on first use).
class OrdersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)

public:
    OrdersPage(DatabaseWorker &worker, StockXSession &stockx, QWidget *parent = nullptr);

    // Seams for tests: where labels are saved and how a file is opened.
    QString documentsDirectory;
    std::function<void(const QString &path)> openFile;

    OrderTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    QString message() const;

    void refresh();
    void applyFilters();
    // Shows exactly the orders `subset` names (the dashboard's drill-down) until "Show all".
    void showSubset(const OrderQuery &subset, const QString &label);
    void openShippingLabel();

Q_SIGNALS:
    void labelOpened(const QString &path);
    void labelFailed(const QString &message);

private:
    QWidget *buildFilterBar();
    void reloadMarketplaces();
    void updateSummary();
    void showSummary(const Result<OrderSummary> &summary);
    void updateActions();
    void showMessage(const QString &text, bool error);

    DatabaseWorker &m_worker;
    const Database &m_db;
    StockXSession &m_stockx;
    OrderTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_marketplace = nullptr;
    QComboBox *m_payout = nullptr;
    QToolButton *m_labelButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    SubsetBar *m_subsetBar = nullptr;
    std::optional<OrderQuery> m_subset;
};

} // namespace sf
