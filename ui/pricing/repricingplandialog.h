#pragma once

#include "domain/ids.h"
#include "pricing/repricingpolicy.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace sf {

class DatabaseWorker;
class RepricingPlanModel;
class StockXSession;
struct RepricingReport;

// Repricing, dry run first: every listed pair (or the selected ones) with its ask now and the ask the
// planner would set (the recommendation within the saved limits, or a fixed price or a change in
// percent), what it nets after fees and why, read on the database worker. Nothing is written until
// the operator applies the plan; then its changes go to StockX in checked batches of 100, with progress
// and stop, and the table turns into the run's report. The plan and the report can be saved as CSV.
class RepricingPlanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepricingPlanDialog)

public:
    RepricingPlanDialog(DatabaseWorker &worker, StockXSession &session, const QSet<StockItemId> &only,
                        QWidget *parent = nullptr);

    RepricingPlanModel *model() const { return m_model; }
    QString summaryText() const;
    // Plans again with the chosen kind of change.
    void plan();
    // Sends the planned changes to StockX.
    void apply();
    QRadioButton *fixedChoice() const { return m_fixed; }
    QLineEdit *fixedPrice() const { return m_fixedPrice; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void planned();
    void applied();

private:
    std::optional<RepricingPolicy> manualChange() const;
    void showReport(const RepricingReport &report);
    void setApplying(bool applying);
    void exportCsv();

    DatabaseWorker &m_worker;
    StockXSession &m_session;
    QSet<StockItemId> m_only;
    RepricingPlanModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QRadioButton *m_recommended = nullptr;
    QRadioButton *m_fixed = nullptr;
    QRadioButton *m_percent = nullptr;
    QLineEdit *m_fixedPrice = nullptr;
    QDoubleSpinBox *m_percentChange = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_replan = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_export = nullptr;
    bool m_applying = false;
};

} // namespace sf
