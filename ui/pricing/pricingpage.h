#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sf {

class AutoRepricingSchedule;
class DatabaseWorker;
class PricingTableModel;
class StockXSession;

// Every pair in stock or listed on StockX with StockX's figures, the engine's recommended ask (strategy
// and reasoning in its tooltip), what that nets after fees and its profit. A dry run plans the repricing
// of the listed pairs. Read on the database worker when first shown; follows changes to stock, listings
// and products. A strip above the table shows auto-repricing (on or off, the last run) with its kill
// switch; repricing is planned and applied in a dialog.
class PricingPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingPage)

public:
    PricingPage(DatabaseWorker &worker, StockXSession &session, AutoRepricingSchedule &schedule,
                QWidget *parent = nullptr);

    PricingTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *listedOnly() const { return m_listedOnly; }
    // The dry run of the selected listed pairs, or of all of them when none is selected.
    void planRepricing();
    void openRepricingSettings();
    QPushButton *killSwitch() const { return m_killSwitch; }
    QLabel *autoStatus() const { return m_autoStatus; }
    // The price history of the size of the pair in `row`.
    void openPriceHistory(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showAutoState();

    DatabaseWorker &m_worker;
    StockXSession &m_session;
    AutoRepricingSchedule &m_schedule;
    QLabel *m_autoStatus = nullptr;
    QPushButton *m_killSwitch = nullptr;
    QPushButton *m_switchOn = nullptr;
    PricingTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_listedOnly = nullptr;
    QLabel *m_hint = nullptr;
    bool m_started = false;
};

} // namespace sf
