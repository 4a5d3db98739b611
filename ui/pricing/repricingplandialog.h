#pragma once

#include "domain/ids.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QTableView;

namespace sf {

class DatabaseWorker;
class RepricingPlanModel;

// A dry run of repricing: every listed pair (or the selected ones) with its ask now and the ask the
// planner would set, what it nets after fees and why, read on the database worker. Nothing is written,
// locally or on StockX; the plan can be saved as CSV.
class RepricingPlanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepricingPlanDialog)

public:
    RepricingPlanDialog(DatabaseWorker &worker, const QSet<StockItemId> &only, QWidget *parent = nullptr);

    RepricingPlanModel *model() const { return m_model; }
    QString summaryText() const;

Q_SIGNALS:
    void planned();

private:
    void exportCsv();

    RepricingPlanModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace sf
