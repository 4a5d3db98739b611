#pragma once

#include "domain/ids.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace sf {

class BarChart;
class DatabaseWorker;

// A supplier's charts (Qt Charts), computed by SQL aggregation on the database worker: spend against
// profit per month of purchase, how many days its pairs took to sell, and every supplier ranked by
// profit or ROI for comparison.
class SupplierChartsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupplierChartsDialog)

public:
    SupplierChartsDialog(DatabaseWorker &worker, const SupplierId &supplier, const QString &supplierName,
                         QWidget *parent = nullptr);

    BarChart *monthsChart() const { return m_months; }
    BarChart *rankingChart() const { return m_ranking; }
    BarChart *daysChart() const { return m_days; }
    QComboBox *rankingChoice() const { return m_rankBy; }

Q_SIGNALS:
    void loaded();
    void rankingLoaded();

private:
    void loadRanking();

    DatabaseWorker &m_worker;
    SupplierId m_supplier;
    BarChart *m_months = nullptr;
    BarChart *m_ranking = nullptr;
    BarChart *m_days = nullptr;
    QComboBox *m_rankBy = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace sf
