#pragma once

#include "sales/marketplace.h"
#include "sourcing/opportunitysettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sf {

class DatabaseWorker;
class OpportunityTableModel;
class PriceHistoryChart;
struct Opportunity;

// Awin offers worth buying: the matched, in-stock offers by profit after StockX's fees, with filters, the
// breakdown of the selected one (what you pay, StockX's price, each fee, payout, profit, margin, ROI),
// its price history against StockX's ask and bid, and "Record purchase" to put it into stock.
class OpportunitiesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunitiesPage)

public:
    explicit OpportunitiesPage(DatabaseWorker &worker, QWidget *parent = nullptr);

    OpportunityTableModel *model() const { return m_model; }
    PriceHistoryChart *chart() const { return m_chart; }
    QString breakdownText() const;
    void selectRow(int row);
    // Stores the valuation settings and recomputes every offer's figures on the worker.
    void recalculate();
    // Records a purchase of the selected offer (what the dialog's OK does).
    void buySelected(int quantity, const QString &orderNumber);

Q_SIGNALS:
    void recalculated(qint64 valued);
    void purchased(int pairs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void loadSettings();
    void showSelected();
    void showBreakdown(const Opportunity &o);
    void showStatus(const QString &text, bool problem = false);
    const Opportunity *selected() const;

    DatabaseWorker &m_worker;
    OpportunityTableModel *m_model;
    OpportunitySettings m_settings;
    QList<FeeRule> m_fees;
    bool m_settingsLoaded = false;
    QLineEdit *m_minProfit = nullptr;
    QSpinBox *m_minMargin = nullptr;
    QLineEdit *m_brand = nullptr;
    QLineEdit *m_size = nullptr;
    QComboBox *m_merchant = nullptr;
    QLineEdit *m_maxPrice = nullptr;
    QCheckBox *m_notHeld = nullptr;
    QComboBox *m_basis = nullptr;
    QSpinBox *m_level = nullptr;
    QLineEdit *m_shipping = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_breakdown = nullptr;
    PriceHistoryChart *m_chart = nullptr;
    QPushButton *m_buy = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sf
